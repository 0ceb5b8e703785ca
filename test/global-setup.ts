// With TEST_DATABASE=postgresql each test works in a schema of its own; they are dropped at the end.
import pg from "pg";
import { PG_TEST_SCHEMA_PREFIX, PG_TEST_URL, TEST_DATABASE } from "./helpers/harness.ts";

async function dropTestSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      // "_" matches any character in LIKE: escaped, only the tests' own schemas match.
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE $1",
      [`${PG_TEST_SCHEMA_PREFIX.replace(/_/g, "\\_")}%`],
    );
    for (const r of rows) await client.query(`DROP SCHEMA IF EXISTS "${r.nspname}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function setup(): Promise<() => Promise<void>> {
  if (TEST_DATABASE !== "postgresql") return async () => {};
  await dropTestSchemas();
  return dropTestSchemas;
}
