/**
 * The published standards the exports are validated against: ../shared/standards
 * beside the project (its README names sources and licences). They exist
 * only beside CI and developer checkouts: without them the validation tests
 * skip, saying why, except under CI (CI=true, as .ci/run sets it), where the
 * missing folder is a failure.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/config.js";

export const STANDARDS_DIR = resolve(PROJECT_ROOT, "..", "shared", "standards");
export const HSDS_DIR = join(STANDARDS_DIR, "hsds-3.0");
export const CPSV_AP_DIR = join(STANDARDS_DIR, "cpsv-ap-3.2.0");

export const standardsPresent =
  existsSync(join(HSDS_DIR, "openapi.json")) && existsSync(join(CPSV_AP_DIR, "cpsv-ap-SHACL.ttl"));
const inCi = Boolean(process.env.CI) && process.env.CI !== "false";

/**
 * `describe` when the standards are present; otherwise a skipped block whose
 * name says why (or, under CI, a failing test).
 */
export function describeWithStandards(name: string, body: () => void): void {
  if (standardsPresent) {
    describe(name, body);
  } else if (inCi) {
    describe(name, () => {
      it("finds the published standards", () => {
        throw new Error(
          `${STANDARDS_DIR} is missing: CI validates the exports against the standards' own schemas and must have ../shared/standards beside the project`,
        );
      });
    });
  } else {
    describe.skip(
      `${name} — skipped: the standards folder ${STANDARDS_DIR} is missing (it exists only beside CI and developer checkouts)`,
      body,
    );
  }
}
