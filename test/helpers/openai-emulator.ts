// A local OpenAI-compatible server for the assistant's tests: chat completions, moderations and
// embeddings, with answers, failures and delays set by the test. Its embeddings are stand-ins:
// words and letter groups hashed into 256 numbers, so texts that share words lie close.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Json = Record<string, any>;

export class OpenAiEmulator {
  readonly requests: { path: string; body: Json }[] = [];
  /** what the next chat completion says; a function gets the request */
  reply: string | ((body: Json) => string) = "From the notes: the MCAT has 4 sections [mcat-what].";
  mode: "ok" | "error" | "hang" = "ok";
  flagged: string[] = [];
  private server: Server | null = null;
  baseURL = "";

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Json;
      const path = new URL(req.url ?? "/", "http://x").pathname;
      this.requests.push({ path, body });
      if (this.mode === "hang") return; // never answers: the client's timeout must fire
      if (this.mode === "error") {
        res
          .writeHead(500, { "content-type": "application/json" })
          .end(JSON.stringify({ error: { message: "boom", type: "server_error" } }));
        return;
      }
      const send = (json: Json) =>
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(json));
      if (path.endsWith("/embeddings")) {
        const input = (Array.isArray(body.input) ? body.input : [body.input]) as string[];
        send({
          object: "list",
          model: body.model,
          data: input.map((text, index) => ({ object: "embedding", index, embedding: standInVector(text) })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        });
        return;
      }
      if (path.endsWith("/moderations")) {
        const categories = Object.fromEntries(
          ["self-harm", "self-harm/intent", "violence", "harassment", "sexual/minors"].map((c) => [
            c,
            this.flagged.includes(c),
          ]),
        );
        send({
          id: "modr-1",
          model: "omni-moderation-latest",
          results: [{ flagged: this.flagged.length > 0, categories, category_scores: {} }],
        });
        return;
      }
      const content = typeof this.reply === "function" ? this.reply(body) : this.reply;
      send({
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1,
        model: body.model,
        choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, "127.0.0.1", r));
    this.baseURL = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  embeddingRequests(): Json[] {
    return this.requests.filter((r) => r.path.endsWith("/embeddings")).map((r) => r.body);
  }

  chats(): Json[] {
    return this.requests.filter((r) => r.path.endsWith("/chat/completions")).map((r) => r.body);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

function standInVector(text: string): number[] {
  const v = new Array<number>(256).fill(0);
  const bump = (s: string, w: number) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    const i = (h >>> 0) % 256;
    v[i] = (v[i] ?? 0) + w;
  };
  for (const word of text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2)) {
    bump(word, 1);
    for (let i = 0; i + 3 <= word.length; i++) bump(word.slice(i, i + 3), 0.3);
  }
  return v;
}
