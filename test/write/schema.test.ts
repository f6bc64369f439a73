import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

describe("the write side's schema", () => {
  it("exposes the mutations with unions of their success type and the typed errors", async () => {
    const sdl = printSchema(await buildGraphQLSchema());
    expect(sdl).toContain("union SubmitApplicationResult = ApplicationReceipt | ValidationFailed | NotFound | Forbidden | Conflict");
    expect(sdl).toContain("union FileComplaintResult = ComplaintTalon | ValidationFailed | NotFound | Forbidden | Conflict");
    expect(sdl).toMatch(/submitApplication\(input: SubmitApplicationInput!\): SubmitApplicationResult!/);
  });
});
