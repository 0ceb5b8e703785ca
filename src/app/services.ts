import type { Config } from "../config.ts";
import type { MemberRepository } from "../db/member-repository.ts";
import type { Clock } from "../domain/flow.ts";
import type { PairingService } from "../domain/pairing/service.ts";
import type { SignupService } from "../domain/signup/service.ts";
import type { Logger } from "../log.ts";

/** Everything a command handler may use; built once in main.ts. */
export interface Services {
  config: Config;
  log: Logger;
  clock: Clock;
  members: MemberRepository;
  signup: SignupService;
  pairing: PairingService;
}
