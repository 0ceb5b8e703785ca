// What the pair, the mentor, the coordinator and a guardian are told when a pairing starts.

import { INTERESTS, labelOf, levelOfStage, MENTOR_ROLES, REGIONS, STAGES } from "../choices.ts";
import type { Member } from "../members.ts";
import { type Button, bullets, data, dataCode, type Message } from "../message.ts";
import { salutationOf } from "../signup/guardian-name.ts";
import { contactOutsideChat } from "../signup/validate.ts";

/** A list label inside a sentence: "The MCAT" becomes "the MCAT", never "the mcat". */
const inSentence = (label: string) => label.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

export const GROUND_RULES = [
  "Meet on Zoom or in a public place, such as a library or coffee shop.",
  "Shadowing happens only during normal clinic hours, with staff and patients present.",
  "No gifts or favors: mentees are not expected to give anything back for a mentor's time.",
  "Keep patients' information confidential, always.",
  "A mentor is not a pre-med advisor, a tutor or a counselor: for those, ask a coordinator where to turn.",
];

const GUIDANCE = {
  high_school: [
    "what to focus on in classes, and how grades matter",
    "getting into college: choosing schools and applying",
    "volunteering, in health care and in your community",
  ],
  college: [
    "prerequisite courses and how to plan them",
    "volunteering and clinical experience",
    "studying for the MCAT",
    "applying to medical school",
  ],
};

export function welcomeMessage(
  mentor: Member,
  mentee: Member,
  goalHours: number,
  mention: (m: Member) => string,
): Message {
  const m = mentor.mentor;
  const s = mentee.mentee;
  const level = levelOfStage(s?.stage ?? "college");
  const about = [
    `${mention(mentor)}: ${labelOf(MENTOR_ROLES, m?.role)}${m?.specialty ? `, ${data(m.specialty)}` : ""}${m?.region ? ` (${labelOf(REGIONS, m.region)})` : ""}.`,
    `${mention(mentee)}: ${labelOf(STAGES, s?.stage)} student${s?.school ? ` at ${data(s.school)}` : ""}${s?.gradYear ? `, graduating ${s.gradYear}` : ""}.${
      s?.interests.length
        ? ` Wants help with: ${s.interests.map((i) => inSentence(labelOf(INTERESTS, i))).join(", ")}.`
        : ""
    }`,
  ];
  const first = s?.under18
    ? "**Your first meeting:** a parent or guardian joins it to meet the mentor and ask questions (they are welcome at later ones too). The coordinators have shared contacts privately."
    : "**Your first meeting:** get to know each other and talk about goals and expectations for the year.";
  const text = [
    `**Welcome, ${data(mentor.name)} and ${data(mentee.name)}!** This private space is for the two of you (and the program's coordinators).`,
    bullets(about),
    `**Ideas for your time together** (${level === "high_school" ? "high school" : "college"}):\n${bullets([...GUIDANCE[level], "a shadowing experience, when you are both ready"])}`,
    first,
    `**Ground rules**\n${bullets(GROUND_RULES)}`,
    `**Time:** at least ${goalHours} hours a month from October to the end of the school year; decide together what works for you.`,
    "**Log your meetings** with /log-hours (for example `/log-hours 1.5` or `/log-hours 90m yesterday coffee at the library`). If you both log the same meeting, it counts once.",
  ].join("\n\n");
  return { text, notify: [mentor.platformUserId, mentee.platformUserId] };
}

export function guardianContactLines(mentee: Member): string[] {
  const g = mentee.mentee?.guardian;
  if (!g) return [];
  return [
    `${data(g.name)} (${data(g.relationship)})`,
    ...(g.email ? [`E-mail: ${dataCode(g.email)}`] : []),
    ...(g.phone ? [`Phone: ${dataCode(g.phone)}`] : []),
  ];
}

export function mentorGuardianMessage(mentee: Member, pairingId: string): Message {
  const buttons: Button[] = [
    {
      id: `guardian-attended:${pairingId}`,
      label: "The guardian attended our first meeting",
      style: "primary",
    },
  ];
  return {
    text: [
      `**${data(mentee.name)} is under 18.** Their parent or guardian joins your first meeting. Their contact, for you only (it is not in your shared space):`,
      bullets(guardianContactLines(mentee)),
      "Please reach out to set up that first meeting on Zoom or in a public place. When the guardian has attended, press the button below so the coordinators know.",
    ].join("\n\n"),
    buttons,
  };
}

export function guardianIntroduction(mentor: Member, mentee: Member): { subject: string; text: string } {
  const m = mentor.mentor;
  const g = mentee.mentee?.guardian;
  const reachOutside = contactOutsideChat(m?.contact ?? "");
  const subject = `${data(mentee.name)}'s mentor in the pre-med mentoring program: ${data(mentor.name)}`;
  const text = [
    `Dear ${data(salutationOf(g?.name))},`,
    `${data(mentee.name)} has been paired with a mentor in our volunteer pre-med mentoring program: ${data(mentor.name)}, ${labelOf(MENTOR_ROLES, m?.role).toLowerCase()}${m?.specialty ? ` (${data(m.specialty)})` : ""}${m?.region ? `, ${labelOf(REGIONS, m.region)}` : ""}.`,
    // a parent is not in the program's chat: only an address or a number helps them
    reachOutside.length
      ? `You can reach ${data(mentor.name)} at: ${reachOutside.map((c) => data(c)).join(" or ")}.`
      : `${data(mentor.name)} is reached through the program's chat; the coordinators will put you in touch.`,
    "We ask that you join the first mentoring session to meet the mentor and ask questions; you are always welcome at later ones too. All meetings take place on Zoom or in a public place such as a library or coffee shop, and shadowing only during normal clinic hours with staff and patients present. Mentors do not accept gifts or favors.",
    "The mentor is not a pre-med advisor, a tutor or a counselor. If you have any questions or concerns, please contact the program's coordinators.",
    "Thank you,\nThe pre-med mentoring program",
  ].join("\n\n");
  return { subject, text };
}
