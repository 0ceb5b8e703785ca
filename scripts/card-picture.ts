// npm run docs:card: draws docs/meeting-card.png, the meeting card as a pair sees it, from the
// card the bot really builds (src/domain/meetings/card.ts) for a sample pair. Text and buttons
// come from the code, so the picture in the README stays in step with it.
import { writeFileSync } from "node:fs";
import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import { meetingCard } from "../src/domain/meetings/card.ts";
import type { PlannedMeeting } from "../src/domain/meetings/types.ts";
import type { Member } from "../src/domain/members.ts";
import { unmarked } from "../src/domain/message.ts";
import type { PairingWithMembers } from "../src/domain/pairing/types.ts";

const ZONE = "America/Anchorage";
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
const pair: PairingWithMembers = {
  id: "p",
  platform: "slack",
  mentorId: "m",
  menteeId: "s",
  status: "active",
  startedOn: "2026-11-02",
  createdAt: new Date(0),
  createdBy: "c",
  spaceId: "C1",
  spaceName: "mentoring-lopez-lee",
  steps: {},
  endedAt: null,
  endReason: null,
  guardianAttendedAt: null,
  mentor: person("m", "Dr. Maria Lopez", "mentor"),
  mentee: person("s", "Lee Student", "mentee"),
};
const meeting: PlannedMeeting = {
  id: "sample",
  pairingId: "p",
  startsAt: new Date("2026-11-25T01:00:00Z"),
  minutes: 60,
  place: "Loussac Library, 3rd floor",
  sequence: 0,
  status: "planned",
  plannedBy: "s",
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const card = meetingCard(meeting, pair, {
  zone: ZONE,
  now: new Date("2026-11-18T20:00:00Z"),
  moved: null,
  plannedByName: "Lee Student",
  firstWithGuardian: false,
});

/** The card's lines as a reader sees them: times in words, links as their labels. */
const lines = unmarked(card.text.replace(/\uE004\d+\|/g, ""))
  .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
  .split("\n");

const W = 760;
const PAD = 24;
const LINE = 24;
const measure = createCanvas(W, 100).getContext("2d");

function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next.replace(/\*\*/g, "")).width > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

measure.font = "16px sans-serif";
const wrapped = lines.flatMap((l) => wrap(measure, l, W - 2 * PAD - 60));
const height = PAD * 2 + 40 + wrapped.length * LINE + 70 + 30;
const canvas = createCanvas(W, height);
const ctx = canvas.getContext("2d");
ctx.fillStyle = "#ffffff";
ctx.fillRect(0, 0, W, height);
ctx.fillStyle = "#4a154b";
ctx.fillRect(PAD, PAD, 40, 40);
ctx.fillStyle = "#ffffff";
ctx.font = "bold 18px sans-serif";
ctx.fillText("MB", PAD + 7, PAD + 27);
ctx.fillStyle = "#1d1c1d";
ctx.font = "bold 16px sans-serif";
ctx.fillText("Mentoring Bot", PAD + 56, PAD + 16);
ctx.fillStyle = "#616061";
ctx.font = "13px sans-serif";
ctx.fillText("APP  in #mentoring-lopez-lee", PAD + 196, PAD + 16);

/** draws a line, bold between ** marks */
function drawLine(text: string, x: number, y: number) {
  let at = x;
  text.split("**").forEach((part, i) => {
    ctx.font = `${i % 2 ? "bold " : ""}16px sans-serif`;
    // the link labels in Slack's link colour
    for (const piece of part.split(/(Google Calendar|Outlook)/)) {
      ctx.fillStyle = /^(Google Calendar|Outlook)$/.test(piece) ? "#1264a3" : "#1d1c1d";
      ctx.fillText(piece, at, y);
      at += ctx.measureText(piece).width;
    }
  });
}
let y = PAD + 44;
for (const l of wrapped) {
  drawLine(l, PAD + 56, y);
  y += LINE;
}
y += 12;
let x = PAD + 56;
for (const b of card.buttons ?? []) {
  ctx.font = "bold 15px sans-serif";
  const w = ctx.measureText(b.label).width + 28;
  ctx.fillStyle = b.style === "primary" ? "#007a5a" : "#ffffff";
  ctx.strokeStyle = "#bbbbbb";
  ctx.beginPath();
  ctx.roundRect(x, y, w, 34, 6);
  ctx.fill();
  if (b.style !== "primary") ctx.stroke();
  ctx.fillStyle = b.style === "primary" ? "#ffffff" : "#1d1c1d";
  ctx.fillText(b.label, x + 14, y + 22);
  x += w + 10;
}
y += 50;
const file = card.attachments?.[0];
ctx.strokeStyle = "#dddddd";
ctx.beginPath();
ctx.roundRect(PAD + 56, y - 6, 370, 32, 6);
ctx.stroke();
ctx.fillStyle = "#1d1c1d";
ctx.font = "14px sans-serif";
ctx.fillText(`ICS  ${file?.filename ?? ""} (calendar invitation)`, PAD + 66, y + 15);

writeFileSync(new URL("../docs/meeting-card.png", import.meta.url), canvas.toBuffer("image/png"));
process.stdout.write("wrote docs/meeting-card.png\n");
