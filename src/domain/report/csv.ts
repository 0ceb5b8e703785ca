// The report as a CSV file that opens correctly in Excel and Google Sheets: RFC 4180 quoting, CRLF
// line ends, UTF-8 with a byte-order mark, and cells that a spreadsheet would run as a formula
// (starting with =, +, - or @, or a tab or carriage return) prefixed with an apostrophe.
import { labelOf, REGIONS, STAGES } from "../choices.ts";
import type { Report } from "./build.ts";

export const CSV_COLUMNS = [
  "month",
  "platform",
  "mentor",
  "student",
  "stage",
  "region",
  "under_18",
  "guardian_attended_first_meeting",
  "started_on",
  "status",
  "standing",
  "hours_this_month",
  "goal_hours",
  "hours_last_month",
  "hours_season",
  "months_under_goal",
  "last_meeting",
  "flags",
  "meeting_rating_average",
  "meeting_ratings",
  "goals_open",
  "goals_done",
  "goals_stuck",
] as const;

export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string | number | boolean | null): string {
  const s = neutralise(value === null ? "" : String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function reportCsv(r: Report): Buffer {
  const lines = [CSV_COLUMNS.join(",")];
  for (const x of r.rows)
    lines.push(
      [
        r.month,
        x.platform,
        x.mentor,
        x.student,
        labelOf(STAGES, x.stage),
        labelOf(REGIONS, x.region),
        x.under18 ? "yes" : "no",
        x.under18 ? (x.guardianAttended ? "yes" : "no") : "",
        x.startedOn,
        x.status,
        x.standing.replace("_", " "),
        hours(x.minutesThisMonth),
        hours(x.goalMinutes),
        hours(x.minutesLastMonth),
        hours(x.seasonMinutes),
        x.monthsUnder,
        x.lastMeeting,
        x.flags.join("; "),
        x.rating,
        x.ratings,
        x.goals.open,
        x.goals.done,
        x.goals.stuck,
      ]
        .map(csvCell)
        .join(","),
    );
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

/** Reads a CSV written by reportCsv back (RFC 4180), for checking an export. */
export function parseCsv(data: Buffer | string): string[][] {
  const text = (typeof data === "string" ? data : data.toString("utf8")).replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
