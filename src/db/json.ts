/**
 * The boundary between JSON columns and the types they hold. The directory's
 * JSON columns were written by the seed loader from the contract's records
 * (seeds/contract, checked by the loader's types), and the write side's
 * snapshots by its own services from their types; so a column is read back
 * as that type here, in the repository that loads the row, and nowhere else.
 */
import type { Prisma } from "../generated/prisma/client.js";

/** A JSON column read as the type it was written from. */
export function fromJson<T>(value: Prisma.JsonValue): T {
  return value as T;
}

/** A value of a known, JSON-plain type written to a JSON column. */
export function toJson<T extends object>(value: T): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
