// The FAQ knowledge base: content/faq/*.md, each a short front matter and an answer in our words.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export interface FaqEntry {
  id: string;
  title: string;
  keywords: string;
  /** questions in students' own words that this entry answers (front matter `asked:`, one per `- ` line) */
  asked: string[];
  source: string;
  reviewed: string;
  changesYearly: boolean;
  body: string;
}

const frontMatter = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(5),
  keywords: z.string().default(""),
  source: z.string().min(3),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  changes_yearly: z.enum(["yes", "no"]),
});

export function parseEntry(fileName: string, text: string): FaqEntry {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, "\n"));
  if (!m) throw new Error(`${fileName}: expected front matter between --- lines`);
  const { fields, asked } = frontMatterLines(m[1] as string);
  const f = frontMatter.safeParse(fields);
  if (!f.success)
    throw new Error(
      `${fileName}: ${f.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("; ")}`,
    );
  return {
    id: f.data.id,
    title: f.data.title,
    keywords: f.data.keywords,
    asked,
    source: f.data.source,
    reviewed: f.data.reviewed,
    changesYearly: f.data.changes_yearly === "yes",
    body: (m[2] as string).trim(),
  };
}

/** `key: value` lines, and the `- question` lines that follow `asked:` */
function frontMatterLines(text: string): { fields: Record<string, string>; asked: string[] } {
  const fields: Record<string, string> = {};
  const asked: string[] = [];
  let inList = false;
  for (const line of text.split("\n")) {
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (inList && line.trim() === "") continue;
    if (item && inList) {
      asked.push((item[1] as string).trim());
      continue;
    }
    const cut = line.indexOf(":");
    if (cut <= 0) continue;
    const key = line.slice(0, cut).trim();
    inList = key === "asked";
    if (!inList) fields[key] = line.slice(cut + 1).trim();
  }
  return { fields, asked };
}

export function loadKnowledge(dir: string): FaqEntry[] {
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((n) => parseEntry(n, readFileSync(join(dir, n), "utf8")));
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`FAQ entry id ${e.id} is used twice`);
    ids.add(e.id);
  }
  return entries;
}

/** content/assistant/not-in-faq.txt: one question per line, # for comments (none if the file is absent) */
export function loadNotInFaq(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}
