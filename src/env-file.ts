// Settings from a file: `.env` in the working directory (or the file ENV_FILE names; ENV_FILE=""
// reads none). Variables already in the environment win, so a service manager's settings or a
// one-off `PORT=4000 npm start` override the file. Node reads the file itself: no dependency.
import { existsSync } from "node:fs";

/** Reads the settings file if there is one; returns its path, or null when none was read. */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = env.ENV_FILE ?? ".env";
  if (path === "" || !existsSync(path)) {
    if (env.ENV_FILE) throw new Error(`ENV_FILE names ${path}, which does not exist`);
    return null;
  }
  process.loadEnvFile(path);
  return path;
}
