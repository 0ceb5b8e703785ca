// JSON lines on stderr (stdout belongs to console mode). Callers pass ids and codes, never
// message text or profile values: the program holds minors' contact details.
export type Level = "debug" | "info" | "warn" | "error" | "silent";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, ctx?: Record<string, unknown>): void;
  info(msg: string, ctx?: Record<string, unknown>): void;
  warn(msg: string, ctx?: Record<string, unknown>): void;
  error(msg: string, ctx?: Record<string, unknown>): void;
  child(ctx: Record<string, unknown>): Logger;
}

const SECRET_KEYS =
  /token|secret|password|authorization|cookie|email|phone|contact|guardian|question|answer|note/i;

/**
 * A log context as it may be written, at any depth: keys that name secrets or contacts are
 * redacted, errors are described (masked), strings have contacts masked. Deep or cyclic values stop.
 */
function scrub(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value instanceof Error) return describeError(value);
  if (typeof value === "string") return maskContacts(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= 6 || seen.has(value)) return "[…]";
  seen.add(value);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrub(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEYS.test(k) ? "[redacted]" : scrub(v, depth + 1, seen);
  return out;
}

/** E-mail addresses and phone-like numbers in free text (an error's message) become placeholders. */
export function maskContacts(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[e-mail]")
    .replace(/\+?\d[\d\s().-]{5,}\d/g, "[number]");
}

/**
 * An error as it may be logged: its name, code, the first line of its message and the stack's
 * frames. Some libraries put the data they were given into the rest of the message (Prisma prints
 * a failed query's arguments): that could be a student's contact, so it never reaches the log.
 */
export function describeError(e: Error): Record<string, unknown> {
  const code = (e as { code?: unknown }).code;
  return {
    name: e.name,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    message: maskContacts((e.message.split("\n").find((l) => l.trim()) ?? "").slice(0, 200)),
    stack: (e.stack ?? "")
      .split("\n")
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 12)
      .join("\n"),
  };
}

export function createLogger(
  level: Level = "info",
  base: Record<string, unknown> = {},
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const emit = (lvl: Level, msg: string, ctx?: Record<string, unknown>) => {
    if (order[lvl] < order[level]) return;
    write(
      JSON.stringify({
        t: new Date().toISOString(),
        level: lvl,
        msg,
        ...(scrub({ ...base, ...ctx }) as Record<string, unknown>),
      }),
    );
  };
  return {
    debug: (m, c) => emit("debug", m, c),
    info: (m, c) => emit("info", m, c),
    warn: (m, c) => emit("warn", m, c),
    error: (m, c) => emit("error", m, c),
    child: (ctx) => createLogger(level, { ...base, ...ctx }, write),
  };
}

export const silentLogger: Logger = createLogger("silent");
