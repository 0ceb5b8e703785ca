// The season as a PNG, in two panels one above the other, each with its own axis: hours logged per
// month against the goal (a line; for the month in progress, the goal pro-rated to today), and the
// pairs by standing (stacked bars). chart.js drawing on @napi-rs/canvas: a well-kept charting library
// and a prebuilt Skia canvas from the npm registry, so it renders with no browser and no network.
import { createCanvas } from "@napi-rs/canvas";
import { Chart, type ChartConfiguration, registerables } from "chart.js";
import type { Report, StandingCounts } from "../domain/report/build.ts";
import { monthName } from "../domain/time.ts";

Chart.register(...registerables);

export const CHART_SIZE = { width: 900, height: 720 } as const;
const PANEL = { width: CHART_SIZE.width, height: CHART_SIZE.height / 2 };

const STANDINGS: { key: keyof StandingCounts; label: string; color: string }[] = [
  { key: "onTrack", label: "on track", color: "#2e7d32" },
  { key: "inProgress", label: "too early to tell", color: "#9e9e9e" },
  { key: "behind", label: "behind", color: "#f9a825" },
  { key: "noHours", label: "no hours", color: "#c62828" },
  { key: "lateStart", label: "new that month", color: "#90caf9" },
  { key: "paused", label: "on a break all month", color: "#cfd8dc" },
];

const whiteBackground = {
  id: "white-background",
  beforeDraw: (chart: Chart) => {
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function labels(r: Report): string[] {
  return r.season.months.map(
    (m) => `${monthName(m).slice(0, 3)}${m === r.month && r.inProgress ? " (so far)" : ""}`,
  );
}

function hoursPanel(r: Report): ChartConfiguration {
  return {
    type: "bar",
    data: {
      labels: labels(r),
      datasets: [
        {
          type: "bar",
          label: "Hours logged",
          data: r.season.hours.map((x) => Math.round(x * 10) / 10),
          backgroundColor: "#1d4e89",
          order: 2,
        },
        {
          type: "line",
          label: r.inProgress
            ? "Goal for the pairs counted (this month: to date)"
            : "Goal for the pairs counted",
          data: r.season.goalHours,
          borderColor: "#d1495b",
          backgroundColor: "#d1495b",
          borderDash: [6, 4],
          pointRadius: 3,
          order: 1,
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        title: {
          display: true,
          text: `Hours logged against the goal, season to ${monthName(r.month)}`,
          font: { size: 16 },
        },
        legend: { position: "bottom" },
      },
      scales: { y: { beginAtZero: true, title: { display: true, text: "hours" } } },
    },
    plugins: [whiteBackground],
  };
}

function standingPanel(r: Report): ChartConfiguration {
  return {
    type: "bar",
    data: {
      labels: labels(r),
      datasets: STANDINGS.map((s) => ({
        label: s.label,
        data: r.season.byStanding.map((c) => c[s.key]),
        backgroundColor: s.color,
      })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        title: { display: true, text: "Pairs by standing", font: { size: 16 } },
        legend: { position: "bottom" },
      },
      scales: {
        x: { stacked: true },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: "pairs" },
        },
      },
    },
    plugins: [whiteBackground],
  };
}

async function draw(config: ChartConfiguration) {
  const canvas = createCanvas(PANEL.width, PANEL.height);
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return await canvas.encode("png");
  } finally {
    chart.destroy();
  }
}

export async function seasonChart(r: Report): Promise<Buffer> {
  const [top, bottom] = await Promise.all([draw(hoursPanel(r)), draw(standingPanel(r))]);
  const { loadImage } = await import("@napi-rs/canvas");
  const canvas = createCanvas(CHART_SIZE.width, CHART_SIZE.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(await loadImage(top), 0, 0);
  ctx.drawImage(await loadImage(bottom), 0, PANEL.height);
  return Buffer.from(await canvas.encode("png"));
}
