/**
 * The emitted SDL passes the schema linter with the project's rule set
 * (schema/eslint.config.mjs: graphql-eslint's recommended and Relay rules, and
 * a description on every type, field, argument and enum value).
 */
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const schemaDir = fileURLToPath(new URL("../../schema/", import.meta.url));

describe("the schema linter", () => {
  it("finds nothing in schema/schema.graphql", async () => {
    const eslint = new ESLint({ cwd: schemaDir, overrideConfigFile: `${schemaDir}eslint.config.mjs` });
    const [result] = await eslint.lintFiles(["schema.graphql"]);
    const findings = (result?.messages ?? []).map(
      (message) => `${message.line}: ${message.ruleId}: ${message.message}`,
    );
    expect(findings).toEqual([]);
  });
});
