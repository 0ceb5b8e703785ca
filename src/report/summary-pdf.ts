// The funders' season summary as a PDF, drawn by pdfkit (pure JavaScript, its standard fonts, no
// browser, no network) with the season chart the chat report uses. No student's name or contact.
import PDFDocument from "pdfkit";
import { labelOf, REGIONS, STAGES } from "../domain/choices.ts";
import { dayInWords } from "../domain/hours/words.ts";
import type { Report } from "../domain/report/build.ts";
import { type Month, monthLabel } from "../domain/time.ts";
import { seasonChart } from "./chart.ts";

const share = (met: number, counted: number) => (counted ? Math.round((met / counted) * 100) : 0);

function counts(o: Record<string, number>, labels: typeof STAGES): string {
  const parts = Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${labelOf(labels, k)} ${n}`);
  return parts.length ? parts.join(", ") : "none yet";
}

export async function summaryPdf(r: Report): Promise<Buffer> {
  const chart = await seasonChart(r);
  const doc = new PDFDocument({ size: "LETTER", margin: 54, info: { Title: "Season summary" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const f = r.funders;
  const first = r.season.months[0] as Month;
  doc.font("Helvetica-Bold").fontSize(20).text("Pre-med mentoring: season summary");
  doc
    .font("Helvetica")
    .fontSize(12)
    .text(
      `${monthLabel(first)}${first === r.month ? "" : ` to ${monthLabel(r.month)}`}, figures as of ${r.asOf}`,
    )
    .moveDown();
  const lines: [string, string][] = [
    ["Students served", String(f.studentsServed)],
    ["Mentors active", String(f.mentorsActive)],
    ["Meeting hours", String(f.totalHours)],
    [
      "Pair-months at the goal",
      f.pairMonthsCounted
        ? `${share(f.pairMonthsMet, f.pairMonthsCounted)}% (${f.pairMonthsMet} of ${f.pairMonthsCounted}; the goal is ${r.goalHours} hours a month)`
        : "no complete pair-month to count yet",
    ],
    ["Students by stage", counts(f.byStage, STAGES)],
    ["Students by region", counts(f.byRegion, REGIONS)],
  ];
  for (const [k, v] of lines)
    doc.font("Helvetica-Bold").text(`${k}: `, { continued: true }).font("Helvetica").text(v);
  doc
    .moveDown()
    .image(chart, { fit: [504, 403], align: "center" })
    .moveDown();
  doc.font("Helvetica-Bold").text("Hours by month");
  r.season.months.forEach((m, i) => {
    doc
      .font("Helvetica")
      .text(`${monthLabel(m)}: ${r.season.hours[i]} hours met, goal ${r.season.goalHours[i]}`);
  });
  doc.end();
  return done;
}
