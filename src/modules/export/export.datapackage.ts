/**
 * `datapackage.json` (Frictionless Data Package, https://specs.frictionlessdata.io/data-package/):
 * every file of /export and every column, with its type, description and
 * Kazakh term (`kazakh`, a custom property), the data version and the act.
 */
import type { DataVersion } from "./export.version.js";
import { EXPORT_TABLES, type ExportColumn, type ExportTable, VERSION_COLUMNS } from "./export.tables.js";
import { LIST_SEPARATOR } from "./export.stream.js";

function field(column: ExportColumn, format: "csv" | "ndjson") {
  const listed = column.list === true;
  const type = listed ? (format === "csv" ? "string" : "array") : column.type;
  const joined =
    listed && format === "csv"
      ? ` A list: its items are joined with «${LIST_SEPARATOR}» (items are ${column.type === "integer" ? "integers" : "text"}).`
      : "";
  const array =
    listed && format === "ndjson" ? ` A JSON array of ${column.type === "integer" ? "integers" : "strings"}.` : "";
  return {
    name: column.name,
    type,
    ...(column.type === "date" && !listed ? { format: "default" } : {}),
    description: `${column.description}${joined}${array}`,
    kazakh: column.kazakh,
    constraints: { required: !column.optional && !listed },
  };
}

function resource(table: ExportTable, format: "csv" | "ndjson") {
  const csv = format === "csv";
  return {
    name: csv ? table.name : `${table.name}-ndjson`,
    path: `${table.name}.${format}`,
    title: `${table.title}${csv ? "" : " (NDJSON)"}`,
    description: table.description,
    kazakh: table.kazakh,
    profile: csv ? "tabular-data-resource" : "data-resource",
    format,
    mediatype: csv ? "text/csv" : "application/x-ndjson",
    encoding: csv ? "utf-8-sig" : "utf-8",
    ...(csv
      ? { dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\r\n", header: true } }
      : {}),
    schema: {
      fields: [...table.columns, ...VERSION_COLUMNS].map((column) => field(column, format)),
      primaryKey: table.primaryKey,
      ...(table.foreignKeys
        ? {
            foreignKeys: table.foreignKeys.map((key) =>
              csv ? key : { ...key, reference: { ...key.reference, resource: `${key.reference.resource}-ndjson` } },
            ),
          }
        : {}),
    },
    graphql: table.graphql,
  };
}

export function dataPackage(version: DataVersion) {
  return {
    profile: "tabular-data-package",
    name: "qyzmet-directory",
    title: "Qyzmet: Kazakhstan's directory of social-protection state services (resolution No. 394, 2011)",
    description:
      "The 17 service standards of Government resolution No. 394 of 7 April 2011 and every body its appendices list, parsed from the act's text. " +
      "Every value keeps the lines of the act it came from (line_start/line_end; the source_lines file holds the text). " +
      `CSV files start with a UTF-8 byte-order mark (so Excel reads Cyrillic; ?bom=0 leaves it out) and join list cells with «${LIST_SEPARATOR}»; NDJSON files hold one JSON object per line, lists as arrays.`,
    version: version.hash,
    created: version.loadedAt.toISOString(),
    keywords: ["Kazakhstan", "social protection", "public services", "мемлекеттік қызметтер", "әлеуметтік қорғау"],
    licenses: [
      {
        name: "other-pd",
        title:
          "The act is an official document of the Republic of Kazakhstan, which copyright does not protect; Qyzmet's own code is MIT-licensed.",
      },
    ],
    sources: [
      {
        title: `Resolution of the Government of the Republic of Kazakhstan No. ${version.act.number} of ${version.act.date}: ${version.act.title}`,
        act: version.act,
      },
    ],
    data_version: version.hash,
    act_date: version.act.date,
    resources: EXPORT_TABLES.flatMap((table) => [resource(table, "csv"), resource(table, "ndjson")]),
  };
}
