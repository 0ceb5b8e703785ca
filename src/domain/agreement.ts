import { createHash } from "node:crypto";
import { splitText } from "./text.ts";

/** One published version of the professionalism agreement, exactly as people are shown it. */
export interface Agreement {
  /** "v1", "v2", ... : the file name; the highest number is current */
  version: string;
  number: number;
  title: string;
  text: string;
  sha256: string;
  sections: AgreementSection[];
}

export interface AgreementSection {
  heading: string | null;
  /** paragraphs and bullet lists in neutral markdown ("- " bullets) */
  body: string;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const VERSION_FILE = /^v(\d+)\.md$/;

export function versionNumber(fileName: string): number | null {
  const m = VERSION_FILE.exec(fileName);
  return m ? Number(m[1]) : null;
}

/** Parses the agreement's small markdown dialect: "# title", "## section", paragraphs, "- " bullets. */
export function parseAgreement(fileName: string, text: string): Agreement {
  const number = versionNumber(fileName);
  if (number === null) throw new Error(`agreement file name must look like v3.md, got ${fileName}`);
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let title = "Professionalism Agreement";
  const sections: AgreementSection[] = [];
  let current: { heading: string | null; lines: string[] } = { heading: null, lines: [] };
  const flush = () => {
    const body = current.lines.join("\n").trim();
    if (body || current.heading) sections.push({ heading: current.heading, body });
  };
  for (const line of lines) {
    if (line.startsWith("# ")) title = line.slice(2).trim();
    else if (line.startsWith("## ")) {
      flush();
      current = { heading: line.slice(3).trim(), lines: [] };
    } else current.lines.push(line);
  }
  flush();
  return { version: `v${number}`, number, title, text, sha256: sha256(text), sections };
}

export function latest(agreements: Agreement[]): Agreement {
  const sorted = [...agreements].sort((a, b) => b.number - a.number);
  const top = sorted[0];
  if (!top) throw new Error("no agreement version found");
  return top;
}

/** Whether a person must (re-)accept: never accepted, or accepted text that has changed since. */
export function needsAcceptance(
  current: Agreement,
  accepted: { version: string; textSha256: string } | null,
): boolean {
  return !accepted || accepted.textSha256 !== current.sha256;
}

/** Splits the agreement into chunks no longer than `limit` characters, on section boundaries when possible. */
export function chunkAgreement(
  a: Agreement,
  limit: number,
  render: (s: AgreementSection) => string,
): string[] {
  const chunks: string[] = [];
  let buf = "";
  for (const s of a.sections) {
    const piece = render(s);
    for (const part of splitText(piece, limit)) {
      if (buf && buf.length + 2 + part.length > limit) {
        chunks.push(buf);
        buf = part;
      } else buf = buf ? `${buf}\n\n${part}` : part;
    }
  }
  if (buf) chunks.push(buf);
  return chunks;
}
