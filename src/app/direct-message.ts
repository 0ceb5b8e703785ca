// A direct message to the bot: "help" lists the commands; anything else is a question for the FAQ assistant.
import type { PlatformUser } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import type { PlatformPort } from "../platforms/port.ts";
import { messageForError } from "./errors.ts";
import { helpMessage } from "./help.ts";
import type { Services } from "./services.ts";
import { SLOW_DOWN } from "./throttle.ts";

export async function answerDirectMessage(
  services: Services,
  port: PlatformPort,
  user: PlatformUser,
  text: string,
): Promise<Message> {
  // The assistant screens every message for danger before any limit, then throttles bursts itself.
  if (/^\s*\/?(help|commands|\?)\s*$/i.test(text))
    return services.throttle.allow(user) ? helpMessage() : { text: SLOW_DOWN };
  try {
    return await services.assistant.ask(user, port, text);
  } catch (err) {
    return messageForError(err, services.log, {
      platform: user.platform,
      user: user.userId,
      step: "direct message",
    });
  }
}
