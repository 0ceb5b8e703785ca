// /my-data: what is stored about you; asking to be forgotten; a coordinator carrying it out.
import { personHash } from "../assistant/assistant.ts";
import type { ContactMessageRepository } from "../db/contact-message-repository.ts";
import type { MemberRepository } from "../db/member-repository.ts";
import type { PrivacyRepository } from "../db/privacy-repository.ts";
import { refusalOf, UserError } from "../domain/errors.ts";
import type { Clock } from "../domain/flow.ts";
import { durationInWords } from "../domain/hours/words.ts";
import type { PlatformUser } from "../domain/members.ts";
import { bullets, data, type Message } from "../domain/message.ts";
import { neutralSpaceName } from "../domain/pairing/names.ts";
import type { SpacePort } from "../domain/pairing/types.ts";
import { withdrawContactMessages } from "../domain/privacy/contact-messages.ts";
import { summaryLines } from "../domain/signup/service.ts";
import { formatDate } from "../domain/time.ts";
import type { Logger } from "../log.ts";
import { coordinatorsOf } from "./coordinators.ts";
import type { ProgramSettings } from "./services.ts";

export class PrivacyService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly members: MemberRepository,
    private readonly contactMessages: ContactMessageRepository,
    private readonly config: ProgramSettings,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  private async member(user: PlatformUser) {
    const m = await this.members.findIdentity(user);
    if (!m)
      throw new UserError(
        "The bot stores nothing about you: you haven't signed up (or your data was erased).",
        "no_data",
      );
    return m;
  }

  /** Everything stored about the person: a summary, and the whole of it as a JSON file. */
  async show(user: PlatformUser): Promise<Message> {
    const m = await this.member(user);
    const r = await this.repo.records(m.id);
    if (!r) throw new UserError("The bot stores nothing about you.", "no_data");
    const zone = this.config.PROGRAM_TIMEZONE;
    const kept = r.meetings.filter((x) => !x.removed);
    const minutes = kept.reduce((n, x) => n + x.minutes, 0);
    const removed = r.meetings.length - kept.length;
    const lines = [
      "**What the mentoring bot stores about you**",
      bullets([
        `You: ${r.member.kind === "mentor" ? "a mentor" : "a student"} on ${r.member.platform}, signed up ${formatDate(r.member.createdAt, zone)}`,
        ...summaryLines(r.member),
      ]),
      `**Agreement acceptances:** ${r.acceptances.map((a) => `${a.version} on ${formatDate(a.acceptedAt, zone)}`).join(", ") || "none"}`,
      `**Pairings:** ${r.pairings.map((p) => `with ${data(p.partner)} (${p.role === "mentor" ? "you mentor" : "your mentor"}), since ${p.startedOn}, ${p.status}`).join("; ") || "none"}`,
      `**Meetings you logged:** ${kept.length} (${durationInWords(minutes)}), with their dates, times and any notes${removed ? `; and ${removed} you removed, kept in the file as removed` : ""}`,
      `**Meetings you planned with /meet:** ${r.plannedMeetings.length} · **your answers about them** (coming, met, ratings, private notes): ${r.meetingAnswers.length} · **goals you added:** ${r.goalsAdded.length}`,
      `**Forms in progress:** ${r.draftsInProgress} · **Audit log entries about you:** ${r.auditEvents.length} (ids and field names, never values)`,
      "**The FAQ assistant** keeps no questions: only how many you asked this hour, under a one-way hash of your id.",
      r.member.forgetRequestedAt
        ? `You asked to be forgotten on ${formatDate(r.member.forgetRequestedAt, zone)}; a coordinator will carry it out.`
        : "To have your personal data erased, run /my-data forget.",
    ];
    const json = JSON.stringify({ exportedAt: this.clock.now().toISOString(), ...r }, null, 2);
    return {
      text: lines.join("\n"),
      attachments: [
        {
          filename: "my-data.json",
          contentType: "application/json",
          data: Buffer.from(json, "utf8"),
          title: "Everything stored about you",
        },
      ],
    };
  }

  async requestForget(user: PlatformUser, port: SpacePort): Promise<Message> {
    const m = await this.member(user);
    await this.repo.requestForget(m.id, this.clock.now(), [
      { actorId: m.id, action: "member.forget_requested", subjectId: m.id },
    ]);
    const { ids } = await coordinatorsOf(this.config.COORDINATOR_IDS, port, this.log);
    for (const c of ids)
      await port
        .sendDirect(c, {
          text: `${port.mention(user.userId)} asked to have their personal data erased. Run /my-data erase ${port.mention(user.userId)} to carry it out.`,
          notify: [c],
        })
        .catch(() => undefined);
    return {
      text: "Recorded: a coordinator will erase your personal data (your profile, contacts, notes and agreement records). The minutes of meetings stay in the program's figures without your name. You'll get a message when it is done.",
    };
  }

  /**
   * Erases a member's personal data. It cannot be undone, so the command only asks, naming who
   * would be erased; the button it offers (`confirmed`) does it.
   */
  async erase(
    coordinator: PlatformUser,
    port: SpacePort,
    targetUserId: string,
    confirmed = false,
  ): Promise<Message> {
    const target = { platform: coordinator.platform, userId: targetUserId };
    const m = await this.members.findIdentity(target);
    if (!m)
      throw new UserError(
        `${port.mention(targetUserId)} has no data stored (not signed up, or already erased).`,
        "no_data",
      );
    if (!confirmed)
      return {
        text: `Erase **${data(m.name)}**'s personal data (${m.kind === "mentor" ? "a mentor" : "a student"})? Their profile, contacts, a guardian's contact and agreement records are removed and their open pairings ended; meeting minutes stay in the program's figures without their name. This cannot be undone, so nothing is erased until you press the button.`,
        buttons: [
          {
            id: `erase-confirm:${targetUserId}`,
            label: `Erase ${data(m.name)}`.slice(0, 75),
            style: "danger",
          },
        ],
      };
    // Told first: after erasure the bot no longer knows who they are.
    await port
      .sendDirect(targetUserId, {
        text: "Your personal data is being erased from the mentoring bot, as asked. Thank you for being part of the program.",
      })
      .catch(() => undefined);
    const r = await this.repo.erase(m.id, this.clock.now(), personHash(target), [
      { actorId: coordinator.userId, action: "member.erased", subjectId: m.id },
    ]);
    // The database is erased first and in one go; what is on the platform follows, and whatever
    // fails there is named for the coordinator (the messages are tried again each day).
    const withdrawn = await withdrawContactMessages(this.contactMessages, port, this.logBug, {
      memberId: m.id,
      platformUserId: targetUserId,
    });
    const spaces = await this.retireSpaces(port, r.spaces);
    const lines = [
      `Erased ${data(m.name)}'s personal data. ${r.pairingsEnded ? `${r.pairingsEnded} open pairing${r.pairingsEnded === 1 ? " was" : "s were"} ended. ` : ""}${r.meetingsKept} meeting entr${r.meetingsKept === 1 ? "y is" : "ies are"} kept without their name for the program's totals.`,
      ...(withdrawn.deleted
        ? [
            `Deleted ${withdrawn.deleted} direct message${withdrawn.deleted === 1 ? "" : "s"} the bot had sent with a parent's or guardian's contact.`,
          ]
        : []),
      ...spaces.done,
    ];
    const cannot = [
      ...withdrawn.kept.map(
        (k) =>
          `a direct message to ${port.mention(k.recipient)} with the guardian's contact (${k.why}); the bot tries again each day`,
      ),
      ...spaces.cannot,
      "messages people wrote themselves, in the pair's space or in direct messages",
      "the bot's own posts in the archived space (a workspace or server admin can delete the space)",
      "the e-mail introduction, if one was sent to the guardian, and anything someone copied or forwarded",
    ];
    lines.push(`**What the bot cannot delete:**\n${bullets(cannot)}`);
    return { text: lines.join("\n") };
  }

  private readonly logBug = (err: unknown) => this.log.error("unexpected error during erasure", { err });

  /** Renames an erased member's spaces to names with no one in them, and archives them. */
  private async retireSpaces(
    port: SpacePort,
    spaces: { pairingId: string; spaceId: string }[],
  ): Promise<{ done: string[]; cannot: string[] }> {
    const done: string[] = [];
    const cannot: string[] = [];
    for (const s of spaces) {
      const name = neutralSpaceName(s.pairingId);
      try {
        const r = await port.retireSpace(s.spaceId, name, "Mentoring pair (closed)");
        if (r.renamed) done.push(`Renamed their space to ${port.spaceRef(s.spaceId, name)} and archived it.`);
        else cannot.push(`the name of ${port.spaceRef(s.spaceId, "")} (${r.why}): rename it by hand`);
      } catch (err) {
        const refusal = refusalOf(err);
        if (refusal === null) this.logBug(err);
        const why = refusal ?? "unexpected error";
        cannot.push(`the name of ${port.spaceRef(s.spaceId, "")} (${why}): rename and archive it by hand`);
      }
    }
    return { done, cannot };
  }
}
