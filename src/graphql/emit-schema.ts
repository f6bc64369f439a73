/**
 * `npm run schema:emit`: writes the schema the server serves to
 * schema/schema.graphql (committed; test/graphql/schema.test.ts fails when
 * the file and the code drift apart). `--check` only compares.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { PROJECT_ROOT } from "../config/config.js";
import { buildGraphQLSchema } from "./schema.js";

export const SCHEMA_PATH = join(PROJECT_ROOT, "schema", "schema.graphql");

export async function printServedSchema(): Promise<string> {
  const header = "# The Qyzmet GraphQL schema, emitted from the code by `npm run schema:emit`. Do not edit.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(await buildGraphQLSchema()))}\n`;
}

async function main(): Promise<void> {
  const sdl = await printServedSchema();
  if (process.argv.includes("--check")) {
    const current = readFileSync(SCHEMA_PATH, "utf8");
    if (current !== sdl) {
      process.stderr.write(`${SCHEMA_PATH} is out of date: run npm run schema:emit\n`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(SCHEMA_PATH, sdl);
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
