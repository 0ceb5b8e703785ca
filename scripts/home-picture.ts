// npm run docs:home: draws docs/member-home.png, a student's home as the bot really builds it
// (src/domain/home/member-home.ts) for a sample pair, rendered in Debian's Chromium like a chat
// app's home tab. Text and buttons come from the code, so the README's picture stays in step.
import { chromium } from "playwright-core";
import { memberHome } from "../src/domain/home/member-home.ts";
import type { Member } from "../src/domain/members.ts";
import type { PairingWithMembers } from "../src/domain/pairing/types.ts";
import { markedBlock } from "../src/web/html.ts";

const person = (id: string, name: string, kind: "mentor" | "mentee"): Member => ({
  id,
  platform: "slack",
  platformUserId: id,
  kind,
  name,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  mentor: null,
  mentee: null,
  acceptance: null,
});
const maria = person("m", "Dr. Maria Lopez", "mentor");
const lee = person("s", "Lee Student", "mentee");
const pair = { id: "p", mentorId: "m", menteeId: "s", mentor: maria, mentee: lee } as PairingWithMembers;
const at = new Date("2026-11-13T01:00:00Z");
const home = memberHome({
  me: lee,
  month: "2026-11",
  goalHours: 2,
  zone: "America/Anchorage",
  pairs: [
    {
      pair,
      partner: maria,
      monthMinutes: 90,
      breakUntil: null,
      minor: false,
      next: {
        id: "x",
        pairingId: "p",
        startsAt: at,
        minutes: 60,
        place: "Loussac Library",
        sequence: 0,
        status: "planned",
        plannedBy: "m",
        createdAt: at,
        updatedAt: at,
      },
      goals: [
        {
          id: "g1",
          pairingId: "p",
          text: "Shadow in the ER this spring",
          status: "open",
          progress: "on_track",
          addedBy: "m",
          createdAt: at,
          doneAt: null,
        },
        {
          id: "g2",
          pairingId: "p",
          text: "Draft a personal statement",
          status: "done",
          progress: null,
          addedBy: "s",
          createdAt: at,
          doneAt: at,
        },
      ],
    },
  ],
  recent: [
    { meetingOn: "2026-11-10", minutes: 60, partnerName: maria.name, byMe: true },
    { meetingOn: "2026-11-03", minutes: 30, partnerName: maria.name, byMe: false },
  ],
});

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; background: #fff; color: #1d1c1d; }
.tab { padding: 12px 24px; border-bottom: 1px solid #ddd; font-weight: 700; }
.home { padding: 8px 24px 20px; max-width: 640px; }
p { margin: 0.5em 0; } ul { margin: 0.25em 0; padding-left: 1.2em; }
.buttons { display: flex; gap: 8px; margin-top: 14px; }
.buttons span { border: 1px solid #bbb; border-radius: 4px; padding: 4px 12px; font-weight: 600; }
.buttons span.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
</style></head><body><div class="tab">Mentoring bot · Home</div><div class="home">${await markedBlock(home.text.split("\n"))}
<div class="buttons">${(home.buttons ?? []).map((b) => `<span class="${b.style ?? ""}">${b.label}</span>`).join("")}</div></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const tab = await browser.newPage({ viewport: { width: 700, height: 400 }, deviceScaleFactor: 1 });
await tab.setContent(page);
await tab.screenshot({ path: "docs/member-home.png", fullPage: true });
await browser.close();
console.log("wrote docs/member-home.png");
