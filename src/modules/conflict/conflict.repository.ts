/**
 * The directory's conflicts as one list: every field where the act's copies
 * disagree about a provider, in the act's order of regions, then by provider
 * and field. 325 rows: loaded whole and paged by `connectionFromArray`.
 */
import type { Database } from "../../db/database.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { expectIdOrSlug, SLUG_PATTERNS } from "../../graphql/global-id.js";
import { KIND_CONDITION } from "../provider/provider.repository.js";
import type { ConflictValue } from "../listing/listing.type.js";
import { CONFLICT_FIELD_NAME, CONFLICT_RULE_PREFIX, type ConflictFilterInput } from "./conflict.inputs.js";

export function conflictWhere(filter?: ConflictFilterInput | null): Prisma.ConflictWhereInput {
  const and: Prisma.ConflictWhereInput[] = [];
  if (filter?.field != null) and.push({ field: CONFLICT_FIELD_NAME[filter.field] });
  if (filter?.rule != null) and.push({ rule: { startsWith: CONFLICT_RULE_PREFIX[filter.rule] } });
  if (filter?.regionId != null)
    and.push({ provider: { regionId: expectIdOrSlug(filter.regionId, SLUG_PATTERNS.Region, "Region") } });
  if (filter?.kind != null) and.push({ provider: KIND_CONDITION[filter.kind] });
  return { AND: and };
}

/** Region order, then provider, then field: the order of the root list and of the conflicts export. */
export const CONFLICT_ORDER: Prisma.ConflictOrderByWithRelationInput[] = [
  { provider: { region: { position: "asc" } } },
  { providerId: "asc" },
  { field: "asc" },
];

export async function findConflicts(db: Database, filter?: ConflictFilterInput | null): Promise<ConflictValue[]> {
  const rows = await db.prisma.conflict.findMany({ where: conflictWhere(filter), orderBy: CONFLICT_ORDER });
  return rows.map((row) => Object.assign(row, { __typename: "DataConflict" as const }));
}
