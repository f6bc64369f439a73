import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

describe("the write side's schema", () => {
  it("exposes the mutations with unions of their success type and the typed errors", async () => {
    const sdl = printSchema(await buildGraphQLSchema());
    expect(sdl).toContain(
      "union SubmitApplicationResult = ApplicationReceipt | ValidationFailed | NotFound | Forbidden | Conflict",
    );
    expect(sdl).toContain(
      "union FileComplaintResult = ComplaintTalon | ValidationFailed | NotFound | Forbidden | Conflict",
    );
    // The argument carries a description (schema/eslint.config.mjs requires one), so printSchema puts it on lines of its own.
    expect(sdl).toMatch(
      /submitApplication\(\s*(?:"""[\s\S]*?"""\s*)?input: SubmitApplicationInput!\s*\): SubmitApplicationResult!/,
    );
  });
});
