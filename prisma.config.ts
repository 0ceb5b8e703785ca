// The Prisma CLI (generate, migrate diff) talks to the database through the same driver adapter
// as the bot: Prisma 7's binary engine cannot be downloaded here, Prisma 6.19's "js" engine needs none.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/mentors.db" }),
});
