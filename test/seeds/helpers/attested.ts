/**
 * What the committed act attests (its word frequencies and clean contacts),
 * built once per test file: the cleaners take it as an argument, as the
 * pipeline passes the one it builds from its input.
 */
import { attestedIn, type Attested } from "../../../seeds/extract/clean/attested.js";
import { readSource } from "../../../seeds/extract/source.js";

let cached: Attested | undefined;

export function actAttested(): Attested {
  cached ??= attestedIn(readSource());
  return cached;
}
