// What the core asks of a chat platform. Slack, Discord and the console each implement it; the
// core never sees a platform library.
import type { PlatformName } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import type { PlatformFacts } from "../domain/signup/service.ts";

export interface PlatformPort {
  readonly name: PlatformName;
  readonly facts: PlatformFacts;
  /** a direct message to one member */
  sendDirect(userId: string, message: Message): Promise<void>;
  /** how to refer to a member in text */
  mention(userId: string): string;
}
