// The deploy recipes cannot run here (no Docker, no systemd as init), so what can be checked is:
// the unit passes systemd's own verifier, and the image and compose file start the bot the way the
// README and CI do, with its data in a volume, as a non-root user, checked by /healthz.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../helpers/harness.ts";

const read = (p: string) => readFileSync(join(REPO_ROOT, p), "utf8");

describe("deploy recipes", () => {
  it("the systemd unit is valid, restarts on failure, and may write only to data/", () => {
    const unit = read("deploy/mentorbot.service");
    for (const line of [
      "ExecStart=/usr/bin/env npm start",
      "Restart=on-failure",
      "UMask=0077",
      "ProtectSystem=strict",
      "ReadWritePaths=/opt/mentorbot/data",
    ])
      expect(unit).toContain(line);
    const verifier = "/usr/bin/systemd-analyze";
    if (existsSync(verifier)) {
      const out = spawnSync(verifier, ["verify", "./mentorbot.service"], {
        cwd: join(REPO_ROOT, "deploy"),
        encoding: "utf8",
      });
      expect(out.stderr).toBe("");
      expect(out.status).toBe(0);
    } else {
      // without the verifier: every line is a section, a comment or a Key=value
      for (const l of unit.split("\n")) expect(l).toMatch(/^(|#.*|\[(Unit|Service|Install)\]|[A-Za-z]+=.+)$/);
    }
  });

  it("the image runs the quick start's command as a non-root user, with data in a volume and a health check", () => {
    const docker = read("Dockerfile");
    expect(docker).toMatch(/^FROM node:24-slim AS build$/m);
    expect(docker).toMatch(/^USER node$/m);
    expect(docker).toMatch(/^VOLUME \/app\/data$/m);
    expect(docker).toMatch(/^CMD \["npm", "start"\]$/m);
    expect(docker).toMatch(/HEALTH_PORT=9090/);
    expect(docker).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    expect(docker).toMatch(/DATABASE_URL=file:\/app\/data\/mentors\.db/);
    // what it copies exists in the repository
    for (const [, files] of docker.matchAll(/^COPY (?!--from)(.+) \S+$/gm))
      for (const f of (files as string).split(" "))
        if (f !== ".") expect(existsSync(join(REPO_ROOT, f)), f).toBe(true);
    expect(read(".dockerignore")).toMatch(/^\.env$/m);
  });

  it("compose runs the bot on PostgreSQL once the database is healthy, and demands a password", () => {
    const compose = parse(read("compose.yaml")) as {
      services: Record<string, { environment: Record<string, string>; depends_on?: Record<string, unknown> }>;
    };
    const bot = compose.services.bot;
    expect(bot?.environment.DATABASE_URL).toMatch(
      /^postgresql:\/\/mentorbot:\$\{POSTGRES_PASSWORD:\?.+\}@db:5432\/mentorbot$/,
    );
    expect(bot?.depends_on).toEqual({ db: { condition: "service_healthy" } });
    expect(compose.services.db?.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });
});
