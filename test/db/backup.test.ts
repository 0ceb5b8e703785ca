import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupSqlite } from "../../scripts/backup.ts";
import { openDatabase } from "../../src/db/database.ts";
import { silentLogger } from "../../src/log.ts";
import { tempDir } from "../helpers/harness.ts";

describe("npm run backup (SQLite)", () => {
  it("copies a database that is open and being written, and the copy opens with the data", async () => {
    const url = `file:${join(tempDir(), "live.db")}`;
    const live = await openDatabase(url, silentLogger);
    await live.prisma.member.create({
      data: { platform: "slack", platformUserId: "U1", kind: "mentor", name: "Before" },
    });
    const dest = join(tempDir(), "copy.db");
    const pages = await backupSqlite(url, dest);
    await live.prisma.member.create({
      data: { platform: "slack", platformUserId: "U2", kind: "mentor", name: "After" },
    });
    await live.close();
    expect(pages).toBeGreaterThan(5);
    const copy = await openDatabase(`file:${dest}`, silentLogger);
    expect((await copy.prisma.member.findMany()).map((m) => m.name)).toEqual(["Before"]);
    await copy.close();
  });
});
