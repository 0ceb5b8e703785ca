import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-temp-dirs.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker on a 2-core machine; most e2e time is spent waiting on child
    // processes, pacing and Retry-After, so two files at once cut the suite by about a third.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
