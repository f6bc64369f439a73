/**
 * Docs that run: every ```graphql block of README.md and schema/README.md,
 * in the order a reader meets them, against the real server over a seeded
 * database.
 *
 * - A block preceded by `<!-- example: as ROLE -->` is sent with a key of
 *   that role: ADMIN as `access.cli.ts` issues it (the same function), PORTAL
 *   and OFFICER as the README's own `createApiKey` blocks issue them.
 * - Variables a block declares are filled from what earlier blocks returned
 *   under the same name (`number`, `accessCode`); an optional one no block
 *   returned is left out.
 * - No block may answer with an error, nor with a mutation's error member.
 */
import { readFileSync } from "node:fs";
import { Kind, type OperationDefinitionNode, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWebhookConfig, PROJECT_ROOT } from "../../src/config/config.js";
import { issueApiKey, type Role } from "../../src/modules/access/access.service.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { type GraphHarness, startSeededGraph } from "../graphql/support.js";
import { databaseTargets } from "../support/database.js";

interface Example {
  where: string;
  source: string;
  role: Role | null;
}

const ERROR_MEMBERS = new Set(["ValidationFailed", "NotFound", "Forbidden", "Conflict"]);

function examplesOf(file: string): Example[] {
  const text = readFileSync(`${PROJECT_ROOT}/${file}`, "utf8");
  const found: Example[] = [];
  for (const match of text.matchAll(/(?:<!-- example: as (ADMIN|PORTAL|OFFICER) -->\n)?```graphql\n([\s\S]*?)```/g)) {
    const line = text.slice(0, match.index).split("\n").length;
    found.push({ where: `${file}:${line}`, source: match[2]!, role: (match[1] as Role | undefined) ?? null });
  }
  return found;
}

/** Every value under `name` anywhere in `data`, last one last. */
function valuesNamed(data: unknown, name: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => valuesNamed(item, name));
  if (data && typeof data === "object") {
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      key === name && typeof value !== "object" ? [value] : valuesNamed(value, name),
    );
  }
  return [];
}

function typenames(data: unknown): string[] {
  return valuesNamed(data, "__typename") as string[];
}

const examples = [...examplesOf("README.md"), ...examplesOf("schema/README.md")];

describe.each(databaseTargets())("the documentation's examples on $name", (target) => {
  let graph: GraphHarness;
  const keys: Partial<Record<Role, string>> = {};
  const returned = new Map<string, unknown>();

  beforeAll(async () => {
    // The README's webhook example names a host its operator allows, as a deployment would (WEBHOOK_ALLOWED_HOSTS).
    graph = await startSeededGraph(target, {
      webhooks: parseWebhookConfig({ WEBHOOK_ALLOWED_HOSTS: "hooks.portal.example" }),
    });
    keys.ADMIN = (
      await issueApiKey(graph.db, { name: "Ops team", role: "ADMIN", providerId: null, createdBy: "cli" })
    ).key;
  });
  afterAll(async () => {
    await graph?.close();
  });

  it("has examples for each role and each file", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((example) => example.role))).toEqual(new Set([null, "ADMIN", "PORTAL", "OFFICER"]));
    expect(examples.some((example) => example.where.startsWith("schema/"))).toBe(true);
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    "%s runs without an error",
    async (_where, example) => {
      const document = parse(example.source);
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )!;
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        if (returned.has(name)) variables[name] = returned.get(name);
        else
          expect(
            definition.type.kind,
            `$${name} is required, but no earlier example returned a value named ${name}`,
          ).not.toBe(Kind.NON_NULL_TYPE);
      }
      const key = example.role ? keys[example.role] : undefined;
      expect(!example.role || key, `no ${example.role} key: an earlier example must issue one`).toBeTruthy();
      // A subscription runs over WebSocket, not HTTP (test/push/ runs them): here it must be valid against the schema.
      if (operation.operation === "subscription") {
        expect(validate(await buildGraphQLSchema(), document).map((error) => error.message)).toEqual([]);
        return;
      }
      const response = await graph.post(
        { query: example.source, variables },
        key ? { authorization: `Bearer ${key}` } : {},
      );
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      expect(response.status).toBe(200);
      const errorMembers = typenames(response.body.data).filter((name) => ERROR_MEMBERS.has(name));
      expect(errorMembers, JSON.stringify(response.body.data)).toEqual([]);
      // Keys the example issued serve the blocks that need their role.
      for (const issued of valuesNamed(response.body.data, "key")) {
        const role = valuesNamed(response.body.data, "role")[0] as Role;
        keys[role] = issued as string;
      }
      for (const name of ["number", "accessCode"]) {
        const values = valuesNamed(response.body.data, name).filter((value) => typeof value === "string");
        if (values.length) returned.set(name, values.at(-1));
      }
    },
  );
});
