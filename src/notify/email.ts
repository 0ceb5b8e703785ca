// Outgoing e-mail for guardians, when SMTP_URL is set (nodemailer: a well-kept SMTP client).
import type { Transporter } from "nodemailer";
import { PlatformError } from "../domain/errors.ts";
import { renderMarked } from "../domain/message.ts";
import type { Mailer } from "../domain/pairing/types.ts";

const plainData = (v: string) => v.replace(/:\/\//g, ":\u200b//").replace(/\bwww\./gi, "www\u200b.");

export function createMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  // nodemailer is loaded on the first e-mail, not at start: most programs send few
  let transport: Transporter | null = null;
  const open = async () => {
    transport ??= (await import("nodemailer")).default.createTransport(smtpUrl, { from });
    return transport;
  };
  return {
    async send(mail) {
      try {
        // plain text: member text keeps no scheme a mail program would turn into a link
        const text = (t: string) =>
          renderMarked(t, {
            own: (s) => s.replace(/\*\*(.+?)\*\*/g, "$1"),
            data: plainData,
            code: plainData,
          });
        await (await open()).sendMail({
          to: mail.to,
          subject: text(mail.subject),
          text: text(mail.text),
          from,
          attachments: (mail.attachments ?? []).map((a) => ({
            filename: a.filename,
            content: a.data,
            contentType: a.contentType,
          })),
        });
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
    close: () => transport?.close(),
  };
}
