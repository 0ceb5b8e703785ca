// Outgoing e-mail for guardians, when SMTP_URL is set (nodemailer: a well-kept SMTP client).
import nodemailer from "nodemailer";
import { PlatformError } from "../domain/errors.ts";
import type { Mailer } from "../domain/pairing/types.ts";

export function createMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(mail) {
      try {
        await transport.sendMail({ ...mail, from });
      } catch (err) {
        const e = err as { responseCode?: number; code?: string };
        throw new PlatformError(
          "e-mail",
          "send",
          e.responseCode ? `SMTP ${e.responseCode}` : (e.code ?? "no answer"),
          true,
        );
      }
    },
    close: () => transport.close(),
  };
}
