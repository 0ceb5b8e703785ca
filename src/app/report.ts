// Builds the coordinator's report for a month: load, compute, render.

import type { SnapshotRepository } from "../db/snapshot-repository.ts";
import { UserError } from "../domain/errors.ts";
import type { Clock } from "../domain/flow.ts";
import type { Message } from "../domain/message.ts";
import { buildReport, type Report, type ReportRow, seasonStartMonth } from "../domain/report/build.ts";
import { reportCsv } from "../domain/report/csv.ts";
import type { PairActivity } from "../domain/report/pair.ts";
import { reportPage, reportTable } from "../domain/report/render.ts";
import type { AgreementSource } from "../domain/signup/service.ts";
import {
  addMonths,
  dayOf,
  firstDay,
  lastDay,
  type Month,
  monthLabel,
  monthOf,
  monthOfDay,
  parseDay,
} from "../domain/time.ts";
import type { ProgramSettings } from "./services.ts";

export class ReportService {
  constructor(
    private readonly repo: SnapshotRepository,
    private readonly config: ProgramSettings,
    private readonly clock: Clock,
    private readonly agreements: AgreementSource,
  ) {}

  /** "2026-11", "nov", "november 2026"; no month means this month. A month still to come is refused. */
  parseMonth(text: string | undefined): Month {
    const month = this.readMonth(text);
    const current = monthOf(this.clock.now(), this.config.PROGRAM_TIMEZONE);
    if (month > current)
      throw new UserError(
        `${monthLabel(month)} hasn't begun yet: there is nothing to count. The report covers months up to ${monthLabel(current)}.`,
        "bad_month",
      );
    return month;
  }

  private readMonth(text: string | undefined): Month {
    const now = this.clock.now();
    const zone = this.config.PROGRAM_TIMEZONE;
    const t = (text ?? "").trim().toLowerCase();
    if (!t || t === "this") return monthOf(now, zone);
    if (t === "last") return addMonths(monthOf(now, zone), -1);
    if (/^\d{4}-\d{1,2}$/.test(t)) {
      const [y, m] = t.split("-");
      const month = `${y}-${String(m).padStart(2, "0")}`;
      if (Number(m) >= 1 && Number(m) <= 12) return month;
    }
    const day = parseDay(/\d{4}$/.test(t) ? t.replace(/\s+(\d{4})$/, " 1 $1") : `${t} 1`, dayOf(now, zone));
    if (day) return monthOfDay(day);
    throw new UserError(
      `I couldn't read "${text}" as a month. Use 2026-11, nov or november 2026.`,
      "bad_month",
    );
  }

  /** One pair's page: its row of the month's report and its season's entries, meetings and goals. */
  async pair(
    pairingId: string,
    month: Month,
  ): Promise<{ report: Report; row: ReportRow; activity: PairActivity } | null> {
    const report = await this.build(month);
    const row = report.rows.find((r) => r.pairingId === pairingId);
    if (!row) return null;
    const activity = await this.repo.pairActivity(pairingId, firstDay(report.season.months[0] as Month));
    return activity ? { report, row, activity } : null;
  }

  async build(month: Month): Promise<Report> {
    const zone = this.config.PROGRAM_TIMEZONE;
    const today = dayOf(this.clock.now(), zone);
    const seasonStart = firstDay(seasonStartMonth(month, this.config.SEASON_START, this.config.SEASON_END));
    const data = await this.repo.load(seasonStart, lastDay(month), today);
    return buildReport({
      month,
      today,
      zone,
      goalHours: this.config.MONTHLY_GOAL_HOURS,
      seasonStart: this.config.SEASON_START,
      seasonEnd: this.config.SEASON_END,
      ...data,
      currentAgreementSha: this.agreements.current().sha256,
      dayOf: (d) => dayOf(d, zone),
    });
  }
}

/** The report as a message: a page (with the season chart on the first), or the console's text table. */
export async function reportMessage(
  reports: ReportService,
  month: Month,
  page: number,
  platform: string,
): Promise<Message> {
  const report = await reports.build(month);
  // The chart's canvas is a native library: loaded the first time a chart is drawn, not at start-up.
  const seasonChart = page === 0 ? (await import("../report/chart.ts")).seasonChart : null;
  const chart = seasonChart
    ? [
        {
          filename: `season-${month}.png`,
          contentType: "image/png",
          data: await seasonChart(report),
          title: "Season chart",
        },
      ]
    : [];
  if (platform === "console") return { text: reportTable(report), attachments: chart };
  const { message } = reportPage(report, page);
  return { ...message, attachments: chart };
}

export async function reportCsvMessage(reports: ReportService, month: Month): Promise<Message> {
  const report = await reports.build(month);
  return {
    text: `The pairs report for ${monthLabel(month)} as a CSV file (${report.rows.length} pair${report.rows.length === 1 ? "" : "s"}). The columns are explained in the guide (docs/using.md, "The coordinator's report").`,
    attachments: [
      {
        filename: `pairs-report-${month}.csv`,
        contentType: "text/csv",
        data: reportCsv(report),
        title: `Pairs report ${month}`,
      },
    ],
  };
}
