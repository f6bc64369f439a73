/**
 * Property-based test of the input policy over the whole API (issue 10):
 * every string argument of every query and mutation, found by introspecting
 * the running server (so a new field is covered with no change here), gets
 * hostile strings from fast-check — NUL, C0 and C1 controls, DEL, bidi
 * controls, lone surrogates, noncharacters, long combining runs, very long
 * values, NFD text, and valid text — one argument at a time, the rest of the
 * call otherwise valid (the write tests' fixtures; generic values for fields
 * this file does not know). On each database it asserts:
 *
 * - no `INTERNAL_SERVER_ERROR`, and every error has a code;
 * - a value the policy refuses is rejected with a typed answer naming its
 *   path: `ValidationFailed` (mutations) or `BAD_USER_INPUT` with
 *   `extensions.argument` (queries);
 * - a rejected mutation changes nothing: the write-side tables' row counts
 *   and the records' versions are the same before and after.
 *
 * INPUT_POLICY_RUNS sets the runs per argument (default 8).
 */
import fc from "fast-check";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  type IntrospectionQuery,
  parse,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkString, DEFAULT_ID_MAX, DEFAULT_STRING_MAX, ruleFor } from "../../src/graphql/input-policy.js";
import { databaseTargets } from "../support/database.js";
import { complaintInput, DEPARTMENT, submission, useWriteApi } from "./support.js";

const RUNS = Number(process.env.INPUT_POLICY_RUNS ?? 8);
const ERROR_MEMBERS = new Set(["ValidationFailed", "NotFound", "Forbidden", "Conflict"]);

/** One string the API takes: a root field, the path to it in the arguments, the coordinate whose rule applies. */
interface StringSlot {
  operation: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  /** `["input", "applicant", "postalAddress"]`, `["filter", "text"]`, `["ids", 0]`. */
  path: (string | number)[];
  coordinate: string;
  scalar: "String" | "ID";
}

function slotsOf(schema: GraphQLSchema): StringSlot[] {
  const slots: StringSlot[] = [];
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const walk = (type: GraphQLInputType, path: (string | number)[], coordinate: string, seen: Set<string>) => {
        const nullable = getNullableType(type);
        if (isListType(nullable)) return walk(nullable.ofType, [...path, 0], coordinate, seen);
        if (isScalarType(nullable) && (nullable.name === "String" || nullable.name === "ID"))
          slots.push({ operation, field, path, coordinate, scalar: nullable.name });
        if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
          for (const inner of Object.values(nullable.getFields()))
            walk(
              inner.type,
              [...path, inner.name],
              `${nullable.name}.${inner.name}`,
              new Set([...seen, nullable.name]),
            );
        }
      };
      for (const arg of field.args) walk(arg.type, [arg.name], `${root.name}.${field.name}(${arg.name})`, new Set());
    }
  }
  return slots;
}

/** A value of `type` good enough for a required argument this file has no fixture for. */
function filler(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [filler(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((inner) => isNonNullType(inner.type))
        .map((inner) => [inner.name, filler(inner.type)]),
    );
  }
  if (isScalarType(nullable))
    return (
      (
        { Int: 1, Float: 1, Boolean: false, DateTime: "2026-01-05T10:00:00Z", LocalDate: "2026-01-05" } as Record<
          string,
          unknown
        >
      )[nullable.name] ?? "x"
    );
  return null;
}

const clone = <T>(value: T): T => structuredClone(value);

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: any = target;
  path.forEach((step, index) => {
    if (index === path.length - 1) {
      node[step] = value;
      return;
    }
    node[step] ??= typeof path[index + 1] === "number" ? [] : {};
    node = node[step];
  });
}

/** How the API names the path: mutation inputs without `input.`, list items as `[0]`. */
function fieldPath(slot: StringSlot, answersWithData: boolean): string {
  const path = answersWithData && slot.path[0] === "input" ? slot.path.slice(1) : slot.path;
  return path.map((step, index) => (typeof step === "number" ? `[${step}]` : index === 0 ? step : `.${step}`)).join("");
}

// --- hostile strings -----------------------------------------------------------------

const HOSTILE = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0080",
  "\u0085",
  "\u009b",
  "\u009f",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200e",
  "\u200f",
  "\u061c",
  "\ufeff",
  "\u2028",
  "\u2029",
  "\ufffe",
  "\uffff",
  "\ufdd0",
  "\u{1fffe}",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\u200b",
  "\u200d",
  "\u00ad",
  "\u0301",
  "'; DROP TABLE application; --",
  "%00",
  "\\u0000",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection payload, meant literally
  "${jndi:x}",
  "<script>",
];
const VALID = [
  "Ақкөл қ., Абай к-сі, 5",
  "Нұрланова",
  "Aqköl",
  "A-2026-0000001",
  "d1",
  "c1",
  "pavlodar",
  DEPARTMENT,
  "Ә".normalize("NFD"),
  "😀",
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 60 }).map((marks) => `x${"\u0301\u0308".repeat(marks).slice(0, marks)}`),
  },
  { weight: 2, arbitrary: fc.constantFrom(...VALID) },
);
const hostile = fc.oneof(
  { weight: 5, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")) },
  // Very long: around and far beyond every maximum (10,000 is the largest), in 1- to 4-byte characters.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom("a", "ә", "😀", "e\u0301", "\u0000"),
        fc.constantFrom(32, 33, 60, 61, 200, 201, 300, 301, 513, 2001, 5001, 10_001),
        fc.integer({ min: -1, max: 1 }),
      )
      .map(([unit, length, delta]) => unit.repeat(Math.max(1, length + delta))),
  },
  { weight: 2, arbitrary: fc.constantFrom(...VALID) },
);

// --- the test ----------------------------------------------------------------------------

interface Answer {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

describe.each(databaseTargets())("hostile strings in every argument on $name", (target) => {
  const api = useWriteApi(target);
  let schema: GraphQLSchema;
  const figures = { operations: new Set<string>(), slots: 0, runs: 0, rejected: 0 };

  /** Row counts of the write side's tables and the records' versions. */
  const state = async () =>
    (
      await api.db.query(
        `SELECT (SELECT count(*) FROM application)::int AS applications, (SELECT count(*) FROM application_event)::int AS application_events,
                (SELECT coalesce(sum(version), 0) FROM application)::int AS application_versions,
                (SELECT count(*) FROM complaint)::int AS complaints, (SELECT count(*) FROM complaint_event)::int AS complaint_events,
                (SELECT coalesce(sum(version), 0) FROM complaint)::int AS complaint_versions,
                (SELECT count(*) FROM api_key)::int AS api_keys, (SELECT count(*) FROM api_key WHERE revoked_at IS NOT NULL)::int AS revoked,
                (SELECT count(*) FROM idempotency_key)::int AS idempotency_keys`,
      )
    )[0];

  /** The otherwise-valid arguments of a root field (fresh records for the lifecycle steps), and who calls it. */
  const baseline = async (slot: StringSlot): Promise<{ args: Record<string, unknown>; key: string | null }> => {
    const name = slot.field.name;
    switch (name) {
      case "submitApplication":
        return { args: { input: clone(submission()) }, key: api.portal };
      case "fileComplaint":
        return { args: { input: clone(complaintInput()) }, key: api.portal };
      case "transitionApplication":
        return {
          args: {
            input: { number: (await api.receive()).application.number, action: "START_REVIEW", expectedVersion: 1 },
          },
          key: api.officer,
        };
      case "transitionComplaint":
        return {
          args: {
            input: { number: (await api.fileTalon()).complaint.number, action: "START_REVIEW", expectedVersion: 1 },
          },
          key: api.officer,
        };
      case "createApiKey":
        return { args: { input: { role: "PORTAL", name: "Another portal" } }, key: api.admin };
      case "revokeApiKey":
        return { args: { id: "aaaaaaaaaaaa" }, key: api.admin };
      case "applicationByNumber": {
        const receipt = await api.receive();
        return { args: { number: receipt.application.number, accessCode: receipt.accessCode }, key: null };
      }
      case "complaintByNumber": {
        const talon = await api.fileTalon();
        return { args: { number: talon.complaint.number, accessCode: talon.accessCode }, key: null };
      }
      case "applications":
      case "complaints":
        return { args: {}, key: api.officer };
      case "search":
        return { args: { query: "Akkol" }, key: null };
      case "region":
        return { args: { id: "pavlodar" }, key: null };
      case "district":
        return { args: { id: "akmola/akkol" }, key: null };
      default: {
        // A field this file does not know: its required arguments, generically filled.
        const args = Object.fromEntries(
          slot.field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, filler(arg.type)]),
        );
        return { args, key: slot.operation === "mutation" ? api.portal : null };
      }
    }
  };

  const operationOf = (slot: StringSlot, args: Record<string, unknown>): string => {
    const definitions = slot.field.args
      .filter((arg) => arg.name in args)
      .map((arg) => `$${arg.name}: ${arg.type.toString()}`);
    const passed = slot.field.args.filter((arg) => arg.name in args).map((arg) => `${arg.name}: $${arg.name}`);
    const named = getNamedType(slot.field.type);
    const selection = isLeafType(named)
      ? ""
      : isUnionType(named) && named.getTypes().some((member) => member.name === "ValidationFailed")
        ? "{ __typename ... on ValidationFailed { fields { field } } }"
        : "{ __typename }";
    return `${slot.operation}${definitions.length ? `(${definitions.join(", ")})` : ""} { ${slot.field.name}${passed.length ? `(${passed.join(", ")})` : ""} ${selection} }`;
  };

  beforeAll(async () => {
    const introspection = await api.run(parse(getIntrospectionQuery()) as TypedDocumentNode<IntrospectionQuery>);
    schema = buildClientSchema(introspection);
  });

  afterAll(async () => {
    console.log(
      `input policy on ${target.name}: ${figures.operations.size} operations, ${figures.slots} string arguments, ${figures.runs} runs (${RUNS} per argument), ${figures.rejected} rejected by the policy`,
    );
  });

  it("answers every hostile string in every string argument with data or a typed error, and a rejected mutation changes nothing", {
    timeout: 600_000,
  }, async () => {
    const slots = slotsOf(schema);
    expect(slots.length).toBeGreaterThan(60);
    for (const slot of slots) {
      figures.operations.add(`${slot.operation} ${slot.field.name}`);
      figures.slots += 1;
      const answersWithData =
        isUnionType(getNullableType(slot.field.type)) &&
        (getNullableType(slot.field.type) as any)
          .getTypes()
          .some((member: { name: string }) => member.name === "ValidationFailed");
      const label = `${slot.operation} ${slot.field.name} ${fieldPath(slot, false)}`;
      await fc.assert(
        fc.asyncProperty(hostile, async (value) => {
          figures.runs += 1;
          const { args, key } = await baseline(slot);
          setAt(args, slot.path, value);
          const before = slot.operation === "mutation" ? await state() : null;
          // A string, built from the introspected schema: no typed document can name every field to come.
          const answer = (await api.raw(operationOf(slot, args), args, key)) as Answer;

          for (const error of answer.errors ?? []) {
            expect(error.extensions?.code, `${label}: ${error.message}`).toEqual(expect.any(String));
            expect(error.extensions?.code, label).not.toBe("INTERNAL_SERVER_ERROR");
          }
          const result = answer.data?.[slot.field.name];
          const rejected =
            (answer.errors?.length ?? 0) > 0 ||
            (result && typeof result === "object" && ERROR_MEMBERS.has(result.__typename));

          const rule = ruleFor(slot.coordinate);
          const refused = !checkString(value, rule, slot.scalar === "ID" ? DEFAULT_ID_MAX : DEFAULT_STRING_MAX).ok;
          if (refused) {
            figures.rejected += 1;
            const path = fieldPath(slot, answersWithData);
            if (slot.operation === "mutation" && answersWithData) {
              expect(result?.__typename, label).toBe("ValidationFailed");
              expect(
                result.fields.map((entry: { field: string }) => entry.field),
                label,
              ).toContain(path);
            } else {
              expect(
                answer.errors?.map((error) => error.extensions?.argument),
                label,
              ).toContain(path);
              expect(answer.errors?.find((error) => error.extensions?.argument === path)?.extensions?.code, label).toBe(
                "BAD_USER_INPUT",
              );
            }
          }
          if (before && rejected)
            expect(await state(), `${label}: a rejected mutation changed the database`).toEqual(before);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
