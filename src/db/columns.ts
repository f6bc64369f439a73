/**
 * Select lists for raw SQL that give rows of the shape Prisma's client
 * gives: Prisma's field names (its generated `*ScalarFieldEnum`), read from
 * the columns the schema maps them to (`@map("snake_case")`, the rule
 * prisma/schema.prisma follows for every field, checked against the
 * migrations by test/platform/migrations.test.ts). Hot read paths use raw
 * SQL where Prisma's query building and result mapping cost more than the
 * query (README "Speed").
 */
const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `t."authority_kind" AS "authorityKind", …` for every field of `fields` not in `omit` (`table` is the alias, if any). */
export function selectList(
  fields: Record<string, string>,
  omit: Partial<Record<string, boolean>> = {},
  table?: string,
): string {
  const prefix = table ? `${table}.` : "";
  return Object.keys(fields)
    .filter((field) => !omit[field])
    .map((field) =>
      snakeCase(field) === field ? `${prefix}"${field}"` : `${prefix}"${snakeCase(field)}" AS "${field}"`,
    )
    .join(", ");
}
