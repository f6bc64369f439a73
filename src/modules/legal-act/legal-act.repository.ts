/**
 * The legal act as GraphQL serves it: one mapping from the stored row, used
 * by `legalAct` and by `node(id)` alike, so both answer the same object.
 */
import { fromJson } from "../../db/json.js";
import type { Database } from "../../db/database.js";
import type { LegalAct } from "../../generated/prisma/client.js";
import type { LegalActRecord } from "../../../seeds/contract/index.js";
import type { LegalActType } from "./legal-act.type.js";

export type LegalActValue = LegalActType & { __typename: "LegalAct" };

export function toLegalActValue(row: LegalAct): LegalActValue {
  // The extracted record as loaded (seeds/contract/standards.ts LegalActRecord).
  const record = fromJson<LegalActRecord>(row.data);
  return {
    __typename: "LegalAct",
    id: row.id,
    number: row.number,
    date: row.date.toISOString().slice(0, 10),
    title: row.title,
    status: row.status,
    repeal: record.repeal,
    recital: record.recital ?? null,
    entryIntoForce: record.entryIntoForce?.text ?? null,
    amendments: record.amendments,
  };
}

/** The act the directory was loaded from (there is one); null before the first load. */
export async function findLegalAct(db: Database, id?: string): Promise<LegalActValue | null> {
  const row =
    id === undefined ? await db.prisma.legalAct.findFirst() : await db.prisma.legalAct.findUnique({ where: { id } });
  return row && toLegalActValue(row);
}
