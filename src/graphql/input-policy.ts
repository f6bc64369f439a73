/**
 * One input policy for every string the API takes: every `String` and `ID`
 * argument, and every `String`/`ID` field of an input object at any depth,
 * of every field of the schema (queries, mutations and the directory's
 * nested fields alike). Applied centrally: `applyInputPolicy` wraps, when the
 * schema is built, the resolver of each field that takes a string somewhere
 * in its arguments (found from the schema itself, so a new field is covered
 * without anyone remembering to); fields without string arguments are left
 * untouched and cost nothing.
 *
 * A string is first checked, then passed on NFC-normalised. It is refused when
 * it holds
 *
 * - a lone surrogate (ill-formed UTF-16: JSON's `"\ud800"`);
 * - NUL or any other C0 control, DEL or a C1 control (U+0080–U+009F); only
 *   fields declared `multiline` accept tab, line feed and carriage return;
 * - a bidirectional formatting character: embeddings and overrides
 *   (U+202A–U+202E), isolates (U+2066–U+2069) and the invisible marks
 *   U+200E, U+200F and U+061C, which let two values that look the same
 *   differ; Kazakh, in any of its scripts, needs none of them;
 * - U+FEFF (a byte-order mark pasted inside text), U+2028/U+2029 (line and
 *   paragraph separators, which break JavaScript and JSON-in-HTML) or a
 *   Unicode noncharacter;
 * - more than 30 combining marks in a row (Unicode's stream-safe limit, UAX #15);
 * - more characters (code points, after NFC) than the field's maximum.
 *
 * A list argument or input field holds at most its maximum of items.
 *
 * A violation never reaches a resolver, so it writes nothing: a mutation whose
 * result union has `ValidationFailed` answers with it (one `FieldError` per
 * rejected value, with its input path), any other field fails with a
 * `BAD_USER_INPUT` error naming the argument path in its message and in
 * `extensions.argument`.
 *
 * Every limit is declared in `INPUT_RULES` below and listed in schema/README.md.
 */
import {
  defaultFieldResolver,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLSchema,
} from "graphql";
import { MAX_IDEMPOTENCY_KEY_LENGTH } from "../modules/write/idempotency.service.js";
import { FieldError, ValidationFailed } from "../modules/write/errors.type.js";
import { MAX_NODES } from "../modules/node/node.resolver.js";
import { MAX_SEARCH_TEXT } from "../modules/search/search.text.js";

/** How long a `String` may be when no rule says otherwise, in characters (code points after NFC). */
export const DEFAULT_STRING_MAX = 200;
/** How long an `ID` may be when no rule says otherwise: global ids are base64url of at most 400 characters. */
export const DEFAULT_ID_MAX = 400;
/** How many items a list argument or input field may hold when no rule says otherwise. */
export const DEFAULT_LIST_MAX = 100;
/** Combining marks allowed in a row (UAX #15's stream-safe text format). */
export const MAX_COMBINING_RUN = 30;

export interface InputRule {
  /** Most characters (code points after NFC). */
  maxLength?: number;
  /** Tab, line feed and carriage return are allowed (free text). */
  multiline?: boolean;
  /** Most items, for a list. */
  maxItems?: number;
}

/** Registration numbers (`A-2026-0000042`) and access codes (10 characters), with room for spaces a citizen may type. */
const NUMBER = { maxLength: 32 };
const NAME = { maxLength: 60 };
const CODE = { maxLength: 32 };

/** The personal data an applicant and a complainant both give: one set of limits for both input types. */
const PERSON: Readonly<Record<string, InputRule>> = {
  surname: NAME,
  givenName: NAME,
  patronymic: NAME,
  phone: { maxLength: 32 },
  email: { maxLength: 254 },
  postalAddress: { maxLength: 300 },
};
const personInput = (type: string): Record<string, InputRule> =>
  Object.fromEntries(Object.entries(PERSON).map(([field, rule]) => [`${type}.${field}`, rule]));

/**
 * Every declared limit, keyed by schema coordinate: `Type.field(argument)` for
 * an argument, `InputType.field` for an input field; `*(argument)` and
 * `*.field` apply to every argument or input field of that name. The most
 * specific key wins; anything not listed gets the defaults above. Where a
 * service checks a value further (a minimum, a format), its own message
 * comes after these.
 */
export const INPUT_RULES: Readonly<Record<string, InputRule>> = {
  // Paging and search (the directory).
  "*(after)": { maxLength: 512 },
  "*(before)": { maxLength: 512 },
  "Query.search(query)": { maxLength: MAX_SEARCH_TEXT },
  "*.text": { maxLength: MAX_SEARCH_TEXT },
  "Query.nodes(ids)": { maxItems: MAX_NODES },
  // Tracking.
  "Query.applicationByNumber(number)": NUMBER,
  "Query.applicationByNumber(accessCode)": NUMBER,
  "Query.complaintByNumber(number)": NUMBER,
  "Query.complaintByNumber(accessCode)": NUMBER,
  // Every mutation's retry key.
  "*.idempotencyKey": { maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
  // Applications.
  ...personInput("ApplicantInput"),
  "ApplicantInput.iin": { maxLength: 32 },
  "SubmitApplicationInput.akimOffice": { maxLength: 200 },
  "SubmitApplicationInput.recipientCategory": { maxLength: 300 },
  "SubmitApplicationInput.documents": { maxItems: 50, maxLength: 32 },
  "SubmitApplicationInput.receivedBy": { maxLength: 200 },
  "TransitionApplicationInput.number": NUMBER,
  "TransitionApplicationInput.reason": { maxLength: 2000, multiline: true },
  "TransitionApplicationInput.refusalGroundCode": CODE,
  "TransitionApplicationInput.actorName": { maxLength: 200 },
  // Complaints.
  ...personInput("ComplainantInput"),
  "FileComplaintInput.applicationNumber": NUMBER,
  "FileComplaintInput.applicationAccessCode": NUMBER,
  "FileComplaintInput.subject": { maxLength: 300 },
  "FileComplaintInput.reasons": { maxLength: 5000, multiline: true },
  "FileComplaintInput.demands": { maxLength: 5000, multiline: true },
  "TransitionComplaintInput.number": NUMBER,
  "TransitionComplaintInput.answer": { maxLength: 10_000, multiline: true },
  "TransitionComplaintInput.reason": { maxLength: 2000, multiline: true },
  "TransitionComplaintInput.actorName": { maxLength: 200 },
  // API keys.
  "CreateApiKeyInput.name": { maxLength: 200 },
  // Push: subscriptions' filters and webhooks (src/modules/events, src/modules/webhook).
  "Subscription.applicationUpdated(number)": NUMBER,
  "Subscription.complaintUpdated(number)": NUMBER,
  "RegisterWebhookEndpointInput.url": { maxLength: 2_000 },
  "RegisterWebhookEndpointInput.eventTypes": { maxItems: 4 },
  "Mutation.deleteWebhookEndpoint(id)": { maxLength: 64 },
  "RedeliverWebhookInput.endpointId": { maxLength: 64 },
  "RedeliverWebhookInput.eventId": { maxLength: 64 },
  "Query.webhookDeliveries(endpointId)": { maxLength: 64 },
};

/** The rule of one coordinate: `Type.field(argument)`, or `InputType.field`. */
export function ruleFor(coordinate: string): InputRule {
  const argument = /^[^.]+\.[^(]+\(([^)]+)\)$/.exec(coordinate)?.[1];
  const field = argument === undefined ? coordinate.slice(coordinate.indexOf(".") + 1) : undefined;
  const wildcard = argument !== undefined ? INPUT_RULES[`*(${argument})`] : INPUT_RULES[`*.${field}`];
  return { ...wildcard, ...INPUT_RULES[coordinate] };
}

/** What is wrong with one value, by kind (`extensions.violation` of a query's error). */
export type ViolationKind =
  | "LONE_SURROGATE"
  | "CONTROL_CHARACTER"
  | "LINE_BREAK"
  | "BIDI_CONTROL"
  | "INVISIBLE_CHARACTER"
  | "NONCHARACTER"
  | "COMBINING_RUN"
  | "TOO_LONG"
  | "TOO_MANY_ITEMS";

export interface Violation {
  /** The input path: `filter.text`, `applicant.postalAddress`, `documents[3]`. */
  path: string;
  kind: ViolationKind;
  message: string;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

const BIDI = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]);
const INVISIBLE = new Set([0xfeff, 0x2028, 0x2029]);
/** A quick test for anything the character loop must look at: controls, DEL/C1, the marks above, noncharacters, surrogates, combining marks. */
const SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\p{Noncharacter_Code_Point}\p{M}]|[\ud800-\udfff]/u;
const COMBINING_MARK = /\p{M}/u;
/** In a `u` regex a surrogate code point can only be a lone one: a pair is read as one astral character. */
const LONE_SURROGATE = /\p{Cs}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

/**
 * Checks one string against a rule: the NFC-normalised value, or what is
 * wrong with it (the first problem found). Never echoes the value: a message
 * names the character by code point and its position.
 */
export function checkString(
  raw: string,
  rule: InputRule,
  defaultMax = DEFAULT_STRING_MAX,
): { ok: true; value: string } | { ok: false; kind: ViolationKind; message: string } {
  const maxLength = rule.maxLength ?? defaultMax;
  // Cheap bound first, before any work: NFC composes at most about three UTF-16 units into one character.
  if (raw.length > maxLength * 4)
    return {
      ok: false,
      kind: "TOO_LONG",
      message: `must be at most ${maxLength} characters (got ${raw.length} UTF-16 units)`,
    };
  if (LONE_SURROGATE.test(raw)) {
    let position = 0;
    for (let i = 0; i < raw.length; i += 1, position += 1) {
      const unit = raw.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < raw.length && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i += 1;
      else if (unit >= 0xd800 && unit <= 0xdfff)
        return {
          ok: false,
          kind: "LONE_SURROGATE",
          message: `contains a lone surrogate (${hex(unit)}, ill-formed UTF-16) at character ${position + 1}`,
        };
    }
  }
  const value = raw.normalize("NFC");
  let length = 0;
  if (SUSPECT.test(value)) {
    let run = 0;
    for (const char of value) {
      length += 1;
      const codePoint = char.codePointAt(0)!;
      const at = `at character ${length}`;
      if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
        if (rule.multiline && (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d)) {
          run = 0;
          continue;
        }
        if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) {
          return {
            ok: false,
            kind: "LINE_BREAK",
            message: `contains a ${codePoint === 0x09 ? "tab" : "line break"} (${hex(codePoint)}) ${at}; this field takes one line`,
          };
        }
        return {
          ok: false,
          kind: "CONTROL_CHARACTER",
          message: `contains the control character ${hex(codePoint)} ${at}`,
        };
      }
      if (BIDI.has(codePoint))
        return {
          ok: false,
          kind: "BIDI_CONTROL",
          message: `contains the bidirectional formatting character ${hex(codePoint)} ${at}`,
        };
      if (INVISIBLE.has(codePoint))
        return {
          ok: false,
          kind: "INVISIBLE_CHARACTER",
          message: `contains ${hex(codePoint)} ${at}, which is not allowed in text`,
        };
      if (NONCHARACTER.test(char))
        return { ok: false, kind: "NONCHARACTER", message: `contains the noncharacter ${hex(codePoint)} ${at}` };
      if (COMBINING_MARK.test(char)) {
        run += 1;
        if (run > MAX_COMBINING_RUN)
          return {
            ok: false,
            kind: "COMBINING_RUN",
            message: `has more than ${MAX_COMBINING_RUN} combining marks in a row (${at})`,
          };
      } else run = 0;
    }
  } else {
    for (let i = 0; i < value.length; i += 1) {
      length += 1;
      const unit = value.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) i += 1;
    }
  }
  if (length > maxLength)
    return { ok: false, kind: "TOO_LONG", message: `must be at most ${maxLength} characters (got ${length})` };
  return { ok: true, value };
}

/** Checks a value of one input type at `path`, pushing violations; returns the value with its strings normalised. */
type Checker = (value: unknown, path: string, violations: Violation[]) => unknown;

const memo = new WeakMap<object, Map<string, Checker | null>>();
/** Marks an input type whose checker is being built (a recursive type meets itself). */
const BUILDING: Checker = (value) => value;

/** The checker of an input type at a coordinate (for lists and strings, whose rule is the coordinate's); null when it holds no string or list. */
function checkerOf(schema: GraphQLSchema, type: GraphQLInputType, coordinate: string): Checker | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const rule = ruleFor(coordinate);
    const maxItems = rule.maxItems ?? DEFAULT_LIST_MAX;
    const item = checkerOf(schema, nullable.ofType, coordinate);
    return (value, path, violations) => {
      if (!Array.isArray(value)) return value;
      if (value.length > maxItems) {
        violations.push({
          path,
          kind: "TOO_MANY_ITEMS",
          message: `holds at most ${maxItems} items (got ${value.length})`,
        });
        return value;
      }
      return item ? value.map((entry, index) => item(entry, `${path}[${index}]`, violations)) : value;
    };
  }
  if (isScalarType(nullable)) {
    if (nullable.name !== "String" && nullable.name !== "ID") return null;
    const rule = ruleFor(coordinate);
    const defaultMax = nullable.name === "ID" ? DEFAULT_ID_MAX : DEFAULT_STRING_MAX;
    return (value, path, violations) => {
      if (typeof value !== "string") return value;
      const checked = checkString(value, rule, defaultMax);
      if (checked.ok) return checked.value;
      violations.push({ path, kind: checked.kind, message: checked.message });
      return value;
    };
  }
  if (isInputObjectType(nullable)) {
    let byType = memo.get(schema);
    if (!byType) {
      byType = new Map();
      memo.set(schema, byType);
    }
    if (byType.has(nullable.name)) {
      const known = byType.get(nullable.name);
      if (known !== BUILDING) return known ?? null;
      // A recursive input type: refer to the checker still being built.
      const checkers = byType;
      return (value, path, violations) =>
        (checkers.get(nullable.name) ?? ((given: unknown) => given))(value, path, violations);
    }
    byType.set(nullable.name, BUILDING);
    const fields = Object.values(nullable.getFields())
      .map((field) => ({ name: field.name, check: checkerOf(schema, field.type, `${nullable.name}.${field.name}`) }))
      .filter((field): field is { name: string; check: Checker } => field.check !== null);
    if (fields.length === 0) {
      byType.set(nullable.name, null);
      return null;
    }
    const check: Checker = (value, path, violations) => {
      if (value === null || typeof value !== "object") return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const field of fields) {
        if (out[field.name] != null)
          out[field.name] = field.check(out[field.name], path ? `${path}.${field.name}` : field.name, violations);
      }
      return out;
    };
    byType.set(nullable.name, check);
    return check;
  }
  return null;
}

/** Thrown for a field that cannot answer with `ValidationFailed`: `BAD_USER_INPUT`, naming the argument path. */
export class InputPolicyError extends GraphQLError {
  constructor(field: string, violation: Violation, count: number) {
    const more = count > 1 ? ` (and ${count - 1} more value${count === 2 ? "" : "s"} rejected)` : "";
    super(`argument \`${violation.path}\` of \`${field}\` ${violation.message}${more}`, {
      extensions: { code: "BAD_USER_INPUT", argument: violation.path, violation: violation.kind },
    });
  }
}

/** Whether a field's result union can carry `ValidationFailed`. */
function answersWithValidationFailed(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  return isUnionType(type) && type.getTypes().some((member) => member.name === "ValidationFailed");
}

export interface PolicyCoverage {
  /** `Type.field` of every field whose resolver the policy wraps. */
  fields: string[];
}

/**
 * Wraps, in place, the resolver of every field of `schema` that takes a
 * string or a list somewhere in its arguments. Returns what it wrapped.
 */
export function applyInputPolicy(schema: GraphQLSchema): PolicyCoverage {
  const wrapped: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const args = field.args
        .map((arg) => ({
          name: arg.name,
          check: checkerOf(schema, arg.type, `${type.name}.${field.name}(${arg.name})`),
          isInput: arg.name === "input" && isInputObjectType(getNullableType(arg.type)),
        }))
        .filter((arg): arg is { name: string; check: Checker; isInput: boolean } => arg.check !== null);
      if (args.length === 0) continue;
      const coordinate = `${type.name}.${field.name}`;
      const asData = answersWithValidationFailed(field);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, given, context, info) => {
        const violations: Violation[] = [];
        const checked: Record<string, unknown> = { ...given };
        for (const arg of args) {
          // A mutation's `input` is its form: its fields' paths start without `input.` (`applicant.iin`, `documents[2]`), as the services name them.
          if (checked[arg.name] != null)
            checked[arg.name] = arg.check(checked[arg.name], asData && arg.isInput ? "" : arg.name, violations);
        }
        if (violations.length === 0) return resolve(source, checked, context, info);
        if (asData)
          return new ValidationFailed(
            violations.map((violation) => new FieldError(violation.path, `${violation.path} ${violation.message}`)),
          );
        throw new InputPolicyError(coordinate, violations[0]!, violations.length);
      };
      wrapped.push(coordinate);
    }
  }
  return { fields: wrapped };
}
