/** A minimal multipart/form-data reader for the emulators: fields as text, files as bytes. */
export function parseMultipart(
  raw: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: { name: string; filename: string; data: Buffer }[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const b = boundary?.[1] ?? boundary?.[2];
  const out = {
    fields: {} as Record<string, string>,
    files: [] as { name: string; filename: string; data: Buffer }[],
  };
  if (!b) return out;
  const parts = raw.toString("latin1").split(`--${b}`);
  for (const part of parts) {
    const idx = part.indexOf("\r\n\r\n");
    if (idx < 0) continue;
    const head = part.slice(0, idx);
    const content = part.slice(idx + 4).replace(/\r\n$/, "");
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? "";
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename !== undefined) out.files.push({ name, filename, data: Buffer.from(content, "latin1") });
    else out.fields[name] = Buffer.from(content, "latin1").toString("utf8");
  }
  return out;
}
