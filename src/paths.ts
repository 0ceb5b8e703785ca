// Files the bot reads that are not code (migrations, the crisis classifier's weights, the Slack
// front's worker), found from the project's root: the same path whether the code runs from src/
// under tsx or from the compiled dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the project's package.json above the code");
    dir = up;
  }
  return dir;
}

export const PROJECT_ROOT = projectRoot();

/** A path inside the project, such as "prisma/migrations". */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
