// The dashboard's only script: it signs in from the link's page, draws the season chart from the
// figures the table under it shows, and prints the funders' summary. Every page works without it.

(() => {
  const signin = document.querySelector("form[data-autosubmit]");
  if (signin) signin.submit();

  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }

  const canvas = document.getElementById("season-chart");
  const block = document.getElementById("season-data");
  if (!canvas || !block || typeof window.Chart !== "function") return;
  const data = JSON.parse(block.textContent || "{}");
  new window.Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        { type: "bar", label: "Hours met", data: data.hours, backgroundColor: "#1f6f8b" },
        {
          type: "line",
          label: "Goal",
          data: data.goal,
          borderColor: "#b3261e",
          borderDash: [6, 4],
          pointRadius: 3,
          fill: false,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, title: { display: true, text: "Hours" } } },
    },
  });
})();
