/**
 * The input policy (src/graphql/input-policy.ts): its checks, its table of
 * limits (which must name real coordinates and match schema/README.md), its
 * coverage of every field with a string argument, the cases issue 10 saw,
 * and the caps on error answers. The property-based test over every
 * operation is test/write/input-policy.property.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  getNullableType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  print,
} from "graphql";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";
import {
  applyInputPolicy,
  checkString,
  DEFAULT_STRING_MAX,
  INPUT_RULES,
  ruleFor,
} from "../../src/graphql/input-policy.js";
import { MAX_ERRORS } from "../../src/graphql/limits.js";
import { MAX_FIELD_ERRORS } from "../../src/modules/write/errors.type.js";
import { databaseTargets } from "../support/database.js";
import {
  RevokeApiKeyDocument,
  SubmitApplicationDocument,
  TransitionApplicationDocument,
  TransitionComplaintDocument,
} from "../generated/graphql.js";
import { applicant, member, submission, useWriteApi } from "../write/support.js";

const sdl = readFileSync(join(PROJECT_ROOT, "schema", "schema.graphql"), "utf8");

describe("checkString", () => {
  it("normalises to NFC and passes ordinary text in any script", () => {
    expect(checkString("A\u0301кк\u04e9л", {})).toEqual({ ok: true, value: "\u00c1кк\u04e9л" });
    expect(checkString("Ақкөл қ., Сейфуллин к-сі, 12 😀 Aqköl", {}).ok).toBe(true);
  });

  it.each([
    ["NUL", "A-2026\u0000", "CONTROL_CHARACTER"],
    ["a C1 control", "Ақкөл қ.\u0085", "CONTROL_CHARACTER"],
    ["CSI, a C1 control", "\u009b31m", "CONTROL_CHARACTER"],
    ["DEL", "12\u007f үй", "CONTROL_CHARACTER"],
    ["ESC", "\u001b[31m", "CONTROL_CHARACTER"],
    ["a right-to-left override", "\u202eүй 12", "BIDI_CONTROL"],
    ["an isolate", "a\u2067b", "BIDI_CONTROL"],
    ["a right-to-left mark", "a\u200fb", "BIDI_CONTROL"],
    ["a byte-order mark", "\ufeffabc", "INVISIBLE_CHARACTER"],
    ["a line separator", "a\u2028b", "INVISIBLE_CHARACTER"],
    ["a noncharacter", "a\ufffeb", "NONCHARACTER"],
    ["a lone high surrogate", "a\ud800b", "LONE_SURROGATE"],
    ["a lone low surrogate", "\udc00", "LONE_SURROGATE"],
    ["a line feed in a one-line field", "a\nb", "LINE_BREAK"],
    ["a tab in a one-line field", "a\tb", "LINE_BREAK"],
    ["31 combining marks in a row", `x${"\u0301".repeat(31)}`, "COMBINING_RUN"],
  ])("refuses %s", (_, value, kind) => {
    const checked = checkString(value, {});
    expect(checked).toMatchObject({ ok: false, kind });
    // The message names the character by code point, never the value itself.
    if (!checked.ok) expect(checked.message).not.toContain(value);
  });

  it("lets multi-line fields hold tabs and line breaks, and nothing else of C0", () => {
    expect(checkString("бірінші\r\nекінші\tүшінші", { multiline: true }).ok).toBe(true);
    expect(checkString("a\u0000b", { multiline: true })).toMatchObject({ ok: false, kind: "CONTROL_CHARACTER" });
  });

  it("counts characters (code points after NFC) against the maximum", () => {
    expect(checkString("😀".repeat(DEFAULT_STRING_MAX), {}).ok).toBe(true);
    expect(checkString("e\u0301".repeat(DEFAULT_STRING_MAX), {}).ok).toBe(true);
    expect(checkString("a".repeat(DEFAULT_STRING_MAX + 1), {})).toMatchObject({ ok: false, kind: "TOO_LONG" });
    expect(checkString("a".repeat(90_000), { maxLength: 200 })).toMatchObject({ ok: false, kind: "TOO_LONG" });
    expect(checkString(`x${"\u0301".repeat(30)}`, {}).ok).toBe(true);
    // NFC first: e + U+0301 composes to é, so 31 marks after an e are 30 in a row.
    expect(checkString(`e${"\u0301".repeat(31)}`, {}).ok).toBe(true);
  });
});

describe("the policy's table and coverage", () => {
  const schema = buildSchema(sdl);

  /** Every coordinate of the schema that takes a string or a list: `Type.field(arg)` and `InputType.field`. */
  const coordinates = new Set<string>();
  const withStrings = new Set<string>();
  const holdsStrings = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
    const named = getNamedType(type);
    if (isScalarType(named)) return named.name === "String" || named.name === "ID" || isListType(getNullableType(type));
    if (!isInputObjectType(named) || seen.has(named.name)) return isListType(getNullableType(type));
    seen.add(named.name);
    return (
      isListType(getNullableType(type)) ||
      Object.values(named.getFields()).some((field) => holdsStrings(field.type, seen))
    );
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) coordinates.add(`${type.name}.${field.name}`);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) coordinates.add(`${type.name}.${field.name}(${arg.name})`);
        if (field.args.some((arg) => holdsStrings(arg.type))) withStrings.add(`${type.name}.${field.name}`);
      }
    }
  }

  it("names only coordinates of the schema, and every wildcard matches one", () => {
    for (const key of Object.keys(INPUT_RULES)) {
      const wildcard = /^\*(\(.+\)|\..+)$/.exec(key)?.[1];
      if (wildcard)
        expect(
          [...coordinates].some((coordinate) => coordinate.endsWith(wildcard)),
          key,
        ).toBe(true);
      else expect(coordinates.has(key), key).toBe(true);
    }
  });

  it("is the table schema/README.md documents", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "schema", "README.md"), "utf8");
    for (const key of Object.keys(INPUT_RULES)) expect(readme, key).toContain(`\`${key}\``);
    expect(ruleFor("FileComplaintInput.reasons")).toEqual({ maxLength: 5000, multiline: true });
    expect(ruleFor("Region.districts(after)")).toEqual({ maxLength: 512 });
    expect(ruleFor("DistrictFilter.text")).toEqual({ maxLength: 200 });
  });

  it("wraps exactly the fields that take a string or a list somewhere in their arguments", () => {
    const built = buildSchema(sdl);
    expect(new Set(applyInputPolicy(built).fields)).toEqual(withStrings);
    expect(withStrings.size).toBeGreaterThan(30);
  });
});

describe.each(databaseTargets())("the policy over HTTP on $name", (target) => {
  const api = useWriteApi(target);
  const count = async () =>
    (
      await api.db.query<{ n: number }>(
        "SELECT (SELECT count(*) FROM application) + (SELECT count(*) FROM complaint) + (SELECT count(*) FROM application_event) + (SELECT count(*) FROM complaint_event) AS n",
      )
    )[0]!.n;

  it("refuses C1 controls, DEL and bidi overrides in a postal address with ValidationFailed naming the field, and stores nothing", async () => {
    const before = await count();
    for (const postalAddress of ["Ақкөл қ.\u0085\u009b31m 12\u007f үй", "\u202eАқкөл қ., 12 үй"]) {
      const result = (
        await api.run(
          SubmitApplicationDocument,
          { input: submission({ applicant: applicant({ postalAddress }) }) },
          api.portal,
        )
      ).submitApplication;
      expect(result).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "applicant.postalAddress" }] });
    }
    expect(await count()).toBe(before);
  });

  it("answers a NUL byte with a typed error wherever it used to reach SQL", async () => {
    const receipt = await api.receive();
    const talon = await api.fileTalon();
    const before = await count();
    expect(
      (
        await api.run(
          TransitionApplicationDocument,
          { input: { number: `${receipt.application.number}\u0000`, action: "START_REVIEW", expectedVersion: 1 } },
          api.officer,
        )
      ).transitionApplication,
    ).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "number" }] });
    expect(
      (
        await api.run(
          SubmitApplicationDocument,
          { input: submission({ providerId: "authority:akmola:akkol\u0000" }) },
          api.portal,
        )
      ).submitApplication,
    ).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "providerId" }] });
    expect(
      (
        await api.run(
          TransitionComplaintDocument,
          {
            input: {
              number: talon.complaint.number,
              action: "START_REVIEW",
              expectedVersion: 1,
              actorName: "Ахметов\u0000",
            },
          },
          api.officer,
        )
      ).transitionComplaint,
    ).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "actorName" }] });
    for (const field of ["applicationByNumber", "complaintByNumber"]) {
      const answer = await api.raw(`query($n: String!) { ${field}(number: $n, accessCode: "X") { number } }`, {
        n: "A-2026\u0000",
      });
      expect(answer.errors?.[0]).toMatchObject({
        extensions: { code: "BAD_USER_INPUT", argument: "number", violation: "CONTROL_CHARACTER" },
        message: expect.stringContaining("`number`"),
      });
    }
    const directory = await api.raw(
      `{ region(id: "pav\u0000lodar") { name } districts(filter: { text: "a\u202eb" }) { totalCount } }`,
    );
    expect(directory.errors?.map((error) => error.extensions)).toEqual([
      { code: "BAD_USER_INPUT", argument: "id", violation: "CONTROL_CHARACTER" },
      { code: "BAD_USER_INPUT", argument: "filter.text", violation: "BIDI_CONTROL" },
    ]);
    expect(await count()).toBe(before);
  });

  it("takes at most 200 characters of actorName on a complaint's step, and at most 50 documents", async () => {
    const talon = await api.fileTalon();
    const long = (
      await api.run(
        TransitionComplaintDocument,
        {
          input: {
            number: talon.complaint.number,
            action: "START_REVIEW",
            expectedVersion: 1,
            actorName: "A".repeat(90_000),
          },
        },
        api.officer,
      )
    ).transitionComplaint;
    expect(long).toMatchObject({
      __typename: "ValidationFailed",
      fields: [{ field: "actorName", message: expect.stringContaining("at most 200") }],
    });
    const short = (
      await api.run(
        TransitionComplaintDocument,
        { input: { number: talon.complaint.number, action: "START_REVIEW", expectedVersion: 1, actorName: "A" } },
        api.officer,
      )
    ).transitionComplaint;
    expect(short).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "actorName" }] });
    const named = (
      await api.run(
        TransitionComplaintDocument,
        {
          input: {
            number: talon.complaint.number,
            action: "START_REVIEW",
            expectedVersion: 1,
            actorName: "  С. Ахметов  ",
          },
        },
        api.officer,
      )
    ).transitionComplaint;
    expect(member(named, "Complaint").history.at(-1)?.actorName).toBe("С. Ахметов");

    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.portal}` },
      body: JSON.stringify({
        query: print(SubmitApplicationDocument),
        variables: { input: submission({ documents: Array.from({ length: 20_000 }, () => "z") }) },
      }),
    });
    const text = await response.text();
    expect(text.length).toBeLessThan(2_000);
    expect(JSON.parse(text).data.submitApplication).toMatchObject({
      __typename: "ValidationFailed",
      fields: [{ field: "documents", message: expect.stringContaining("at most 50 items") }],
    });
  });

  it(`lists at most ${MAX_FIELD_ERRORS} fields in ValidationFailed, then one saying how many more`, async () => {
    const documents = Array.from({ length: 50 }, (_, i) => `z${i}`);
    const answer = (await api.run(SubmitApplicationDocument, { input: submission({ documents }) }, api.portal))
      .submitApplication;
    expect(answer.__typename).toBe("ValidationFailed");
    const result = member(answer, "ValidationFailed");
    expect(result.fields).toHaveLength(MAX_FIELD_ERRORS + 1);
    expect(result.fields.at(-1)).toEqual({
      field: "*",
      message: `${50 - MAX_FIELD_ERRORS} more fields were rejected and left out of this answer`,
    });
    expect(result.message).toContain(`and ${50 - MAX_FIELD_ERRORS} more`);
  });

  it(`lists at most ${MAX_ERRORS} GraphQL errors in a response, then one TOO_MANY_ERRORS with the count left out`, async () => {
    // 80 values of the wrong type in a list variable: graphql-js reports 50 and one saying it stopped.
    const coerced = await api.raw(
      `query($s: [ComplaintStatus!]) { complaints(status: $s) { nodes { number } } }`,
      { s: Array.from({ length: 80 }, (_, i) => `NOPE${i}`) },
      api.officer,
    );
    expect(coerced.errors).toHaveLength(MAX_ERRORS + 1);
    expect(coerced.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(coerced.errors?.at(-1)?.extensions).toEqual({ code: "TOO_MANY_ERRORS", omitted: 1 });
    // 60 unknown fields: validation errors, capped the same way.
    const invalid = await api.raw(`{ ${Array.from({ length: 60 }, (_, i) => `nope${i}`).join(" ")} }`);
    expect(invalid.errors).toHaveLength(MAX_ERRORS + 1);
    expect(invalid.errors?.at(-1)?.extensions).toEqual({ code: "TOO_MANY_ERRORS", omitted: 10 });
  });

  it("answers revokeApiKey's refused id with ValidationFailed", async () => {
    const result = (await api.run(RevokeApiKeyDocument, { id: "x\u0000" }, api.admin)).revokeApiKey;
    expect(result).toMatchObject({ __typename: "ValidationFailed", fields: [{ field: "id" }] });
  });
});
