/**
 * The seed loader's column lists (`SEED_TABLES` in src/db/seed.ts) against the
 * Prisma schema: every scalar column of every table the loader writes, with
 * the SQL type `jsonb_to_recordset` must read it as. A column added to the
 * schema and forgotten by the loader (or the reverse) fails here, not at the
 * first seed of a fresh database.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_TABLES } from "../../src/db/seed.js";

interface SchemaColumn {
  column: string;
  sqlType: string;
}

/** The models of prisma/schema.prisma: table name → its scalar columns (relation fields left out). */
function schemaTables(): Map<string, SchemaColumn[]> {
  const text = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
  const enums = new Set([...text.matchAll(/^enum (\w+) \{/gm)].map((match) => match[1]!));
  const models = [...text.matchAll(/^model (\w+) \{\n([\s\S]*?)\n\}/gm)];
  const modelNames = new Set(models.map((match) => match[1]!));
  const tables = new Map<string, SchemaColumn[]>();
  for (const [, name, body] of models) {
    const table = /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!;
    const columns: SchemaColumn[] = [];
    for (const line of body!.split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!field || line.trim().startsWith("//") || line.trim().startsWith("@@")) continue;
      const [, fieldName, type, list, , attributes] = field;
      if (modelNames.has(type!)) continue;
      const column = /@map\("([^"]+)"\)/.exec(attributes!)?.[1] ?? fieldName!;
      const base = enums.has(type!)
        ? `"${type}"`
        : type === "DateTime" && attributes!.includes("@db.Date")
          ? "date"
          : (
              {
                String: "text",
                Int: "int",
                Boolean: "boolean",
                Json: "jsonb",
                BigInt: "bigint",
                DateTime: "timestamptz",
              } as Record<string, string>
            )[type!]!;
      columns.push({ column, sqlType: list ? `${base}[]` : base });
    }
    tables.set(table, columns);
  }
  return tables;
}

describe("the seed loader's tables", () => {
  const schema = schemaTables();

  it.each(Object.entries(SEED_TABLES))("%s writes every column of its table, with the schema's type", (_, spec) => {
    const columns = schema.get(spec.table);
    expect(columns, `table ${spec.table} in prisma/schema.prisma`).toBeDefined();
    const byName = (a: SchemaColumn, b: SchemaColumn) => a.column.localeCompare(b.column);
    expect(spec.columns.map(([column, sqlType]) => ({ column, sqlType })).sort(byName)).toEqual(
      [...columns!].sort(byName),
    );
    for (const key of spec.key) expect(spec.columns.map(([column]) => column)).toContain(key);
  });

  it("the parser reads the schema it checks against", () => {
    expect(schema.get("provider")).toContainEqual({ column: "authority_kind", sqlType: '"AuthorityKind"' });
    expect(schema.get("service")).toContainEqual({ column: "alternate_titles", sqlType: "text[]" });
    expect(schema.get("legal_act")).toContainEqual({ column: "date", sqlType: "date" });
  });
});
