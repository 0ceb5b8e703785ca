// Types of scripts/build.mjs (plain JavaScript so it runs before anything is compiled).
export function isCurrent(): boolean;
export function build(options?: { quiet?: boolean }): Promise<void>;
