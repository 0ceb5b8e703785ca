// The contract suite: the same scenarios on every platform adapter.
import { askContract, askSafetyContract } from "./ask.contract.ts";
import { authorizationContract } from "./authorization.contract.ts";
import { consoleDriver } from "./console-driver.ts";
import { discordDriver } from "./discord-driver.ts";
import { homesContract } from "./homes.contract.ts";
import { hoursContract } from "./hours.contract.ts";
import { hoursCorpusContract } from "./hours-corpus.contract.ts";
import { meetingsContract } from "./meetings.contract.ts";
import { namesAreDataContract } from "./names-are-data.contract.ts";
import { pairingContract } from "./pairing.contract.ts";
import { privacyContract } from "./privacy.contract.ts";
import { reportContract } from "./report.contract.ts";
import { signupContract } from "./signup.contract.ts";
import { slackDriver } from "./slack-driver.ts";

const drivers = { console: consoleDriver, "Slack (HTTP)": slackDriver, Discord: discordDriver };

for (const [name, factory] of Object.entries(drivers)) {
  signupContract(name, factory);
  pairingContract(name, factory);
  hoursContract(name, factory);
  hoursCorpusContract(name, factory);
  meetingsContract(name, factory);
  homesContract(name, factory);
  reportContract(name, factory);
  askContract(name, factory);
  askSafetyContract(name, factory);
  authorizationContract(name, factory);
  privacyContract(name, factory);
  namesAreDataContract(name, factory);
}
