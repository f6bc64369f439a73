/**
 * The logger's own redaction, the second line of defence behind request lines
 * built from chosen fields only (test/platform/observability.test.ts checks
 * those through the real process).
 */
import { describe, expect, it } from "vitest";
import { createLogger, prettyDestination, REDACTED } from "../../src/observability/log.js";

function capture(format?: "pretty") {
  const lines: string[] = [];
  const write = (text: string) => void lines.push(text);
  const logger = createLogger("info", { destination: format === "pretty" ? prettyDestination(write) : { write } });
  return { logger, lines };
}

describe("the logger", () => {
  it("censors credentials, variables and applicants' personal fields wherever a log call puts them", () => {
    const { logger, lines } = capture();
    logger.pino.info(
      {
        headers: { authorization: "Bearer qz_secret", "x-api-key": "qz_other", accept: "application/json" },
        req: { headers: { authorization: "Bearer qz_nested" } },
        variables: { input: { iin: "900101300126" } },
        applicant: {
          iin: "900101300126",
          surname: "Нұрланова",
          phone: "+77011234567",
          email: "a@mail.kz",
          postalAddress: "Абай 1",
        },
        accessCode: "7K3M9P2QXW",
        operation: "Submit",
      },
      "request",
    );
    const text = lines.join("");
    for (const secret of [
      "qz_secret",
      "qz_other",
      "qz_nested",
      "900101300126",
      "Нұрланова",
      "+77011234567",
      "a@mail.kz",
      "Абай",
      "7K3M9P2QXW",
    ]) {
      expect(text).not.toContain(secret);
    }
    const entry = JSON.parse(text);
    expect(entry).toMatchObject({
      level: "info",
      msg: "request",
      operation: "Submit",
      accessCode: REDACTED,
      variables: REDACTED,
      headers: { accept: "application/json" },
    });
  });

  it("writes one line a person can read when asked to be pretty, with the same redaction", () => {
    const { logger, lines } = capture("pretty");
    logger.pino.info({ reqId: "r1", status: 200, accessCode: "7K3M9P2QXW" }, "request");
    logger.info("Qyzmet serves http://127.0.0.1:4000/graphql");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ info {2}request reqId=r1 status=200 accessCode=\[redacted\]\n$/);
    expect(lines[1]).toMatch(/ info {2}Qyzmet serves http:\/\/127\.0\.0\.1:4000\/graphql\n$/);
  });
});
