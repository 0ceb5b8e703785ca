// npm start: runs the compiled bot with plain Node (nothing is transpiled while it runs), building
// dist/ first when the sources changed since the last build, so `npm ci && npm start` just works.
import { build, isCurrent } from "./build.mjs";

if (!isCurrent()) await build();
await import("../dist/main.js");
