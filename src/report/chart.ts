// The season as a PNG: hours per month against the goal line, and pairs on track per month.
// chart.js drawing on @napi-rs/canvas: a well-kept charting library and a prebuilt Skia canvas from
// the npm registry, so it renders with no browser, no network and nothing to compile.
import { createCanvas } from "@napi-rs/canvas";
import { Chart, type ChartConfiguration, registerables } from "chart.js";
import type { Report } from "../domain/report/build.ts";
import { monthName } from "../domain/time.ts";

Chart.register(...registerables);

export const CHART_SIZE = { width: 900, height: 480 } as const;

export async function seasonChart(r: Report): Promise<Buffer> {
  const canvas = createCanvas(CHART_SIZE.width, CHART_SIZE.height);
  const config: ChartConfiguration = {
    type: "bar",
    data: {
      labels: r.season.months.map((m) => monthName(m).slice(0, 3)),
      datasets: [
        {
          type: "bar",
          label: "Hours logged",
          data: r.season.hours.map((x) => Math.round(x * 10) / 10),
          backgroundColor: "#1d4e89",
          yAxisID: "hours",
          order: 2,
        },
        {
          type: "line",
          label: `Goal (${r.goalHours} h × pairs counted)`,
          data: r.season.goalHours,
          borderColor: "#d1495b",
          borderDash: [6, 4],
          pointRadius: 0,
          yAxisID: "hours",
          order: 1,
        },
        {
          type: "line",
          label: "Pairs on track",
          data: r.season.onTrack,
          borderColor: "#2e933c",
          backgroundColor: "#2e933c",
          yAxisID: "pairs",
          order: 0,
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
          text: `Mentoring season to ${monthName(r.month)}: hours against the goal, and pairs on track`,
          font: { size: 16 },
        },
        legend: { position: "bottom" },
      },
      scales: {
        hours: {
          type: "linear",
          position: "left",
          beginAtZero: true,
          title: { display: true, text: "hours" },
        },
        pairs: {
          type: "linear",
          position: "right",
          beginAtZero: true,
          grid: { drawOnChartArea: false },
          title: { display: true, text: "pairs on track" },
          ticks: { precision: 0 },
        },
      },
    },
    plugins: [
      {
        id: "white-background",
        beforeDraw: (chart) => {
          const ctx = chart.ctx;
          ctx.save();
          ctx.fillStyle = "#ffffff";
          ctx.fillRect(0, 0, chart.width, chart.height);
          ctx.restore();
        },
      },
    ],
  };
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return Buffer.from(await canvas.encode("png"));
  } finally {
    chart.destroy();
  }
}
