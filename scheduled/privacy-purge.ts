// The daily privacy run: guardians' contacts past their retention leave the database, and then the
// platforms: every DM the bot sent with such a contact is deleted. A DM that cannot be deleted is
// tried again each day; after three failed days the coordinators are told which one it is.
import { coordinatorsOf } from "../src/app/coordinators.ts";
import type { Services } from "../src/app/services.ts";
import type { PlatformName } from "../src/domain/members.ts";
import { withdrawContactMessages } from "../src/domain/privacy/contact-messages.ts";
import type { PlatformPort } from "../src/platforms/port.ts";

/** Daily at 03:00 in the program's time zone, and once at every start (a host that sleeps still purges). */
export const PRIVACY_PURGE = { name: "privacy-purge", cron: "0 3 * * *", atStart: true } as const;

/** failed days after which a coordinator is asked to delete the message by hand */
export const TELL_AFTER_ATTEMPTS = 3;

export async function runRetention(
  services: Services,
  ports: Partial<Record<PlatformName, PlatformPort>>,
): Promise<void> {
  const { settings: config, log, clock } = services;
  const r = await services.privacyStore.purge(clock.now(), config.GUARDIAN_RETENTION_DAYS);
  if (r.guardians) log.info("guardian contacts removed after their retention period", { count: r.guardians });
  for (const port of Object.values(ports)) {
    if (!port) continue;
    const w = await withdrawContactMessages(services.contactMessages, port, (err) =>
      log.error("unexpected error deleting a message with a guardian's contact", { err }),
    );
    if (w.deleted || w.kept.length)
      log.info("messages with a removed guardian contact", {
        platform: port.name,
        deleted: w.deleted,
        failed: w.kept.length,
      });
    const stuck = w.kept.filter((k) => k.attempts === TELL_AFTER_ATTEMPTS);
    if (stuck.length === 0) continue;
    const { ids } = await coordinatorsOf(config.COORDINATOR_IDS, port, log);
    const list = stuck.map((k) => `- to ${port.mention(k.recipient)} (${k.why})`).join("\n");
    for (const c of ids)
      await port
        .sendDirect(c, {
          text: `**A parent's or guardian's contact is past its retention, but the bot could not delete ${stuck.length === 1 ? "this direct message" : "these direct messages"} that carry it** (tried on ${TELL_AFTER_ATTEMPTS} days):\n${list}\nPlease ask ${stuck.length === 1 ? "them" : "each"} to delete it. The bot keeps trying each day.`,
          notify: [c],
        })
        .catch((err) => log.warn("could not tell a coordinator about an undeleted message", { err }));
  }
}
