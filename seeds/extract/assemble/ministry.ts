import type { ConflictRecord, ValueSource } from "../model.js";
import type { MinistryContact } from "../standards/model.js";
import { chooseCanonical, type FieldVote } from "./canonical.js";
import { MINISTRY_ID } from "./ids.js";
import { identityKey } from "./keys.js";

/**
 * The Ministry's name, address and web site, chosen among the wordings of
 * paragraph 26 (25 in S3) of the 17 standards by the same rule as every
 * provider's values (`CANONICAL_RULE`), each disagreement kept as a
 * conflict of `ministry`. The Ministry is no list's row, so its conflicts
 * name no listings: each value carries the lines of the paragraphs that
 * print it (S18, 80799–80801, gives «www.enbek.kz» where the others give
 * «www.enbek.gov.kz»), and the provider's `sources` give the lines of the
 * paragraphs that print each chosen value.
 */
export interface MinistryValues {
  name: string;
  address: string;
  postalCode: string | null;
  website: string | null;
  conflicts: ConflictRecord[];
  /** The paragraphs that print each chosen value (paragraph 26 of the standards whose wording won). */
  sources: ValueSource[];
}

type Field = "name" | "address" | "websites";

export function chooseMinistryValues(contact: MinistryContact): MinistryValues {
  const conflicts: ConflictRecord[] = [];
  const sources: ValueSource[] = [];
  const choose = (
    field: Field,
    valueIn: (source: MinistryContact["sources"][number]) => string | null,
  ): string | null => {
    const votes: FieldVote[] = contact.sources.flatMap((source, order) => {
      const value = valueIn(source);
      return value ? [{ key: identityKey(value), value, listingId: `${order}`, order }] : [];
    });
    const choice = chooseCanonical(votes);
    const winner = votes.find((vote) => vote.listingId === choice.listingId);
    for (const vote of votes.filter((candidate) => winner && candidate.key === winner.key)) {
      const source = contact.sources[Number(vote.listingId)]!;
      sources.push({ field, serviceNumber: source.serviceNumber, lines: source.lines });
    }
    // Names are not conflicts (REPORT.md): the name is voted, its other wordings would be alternate names.
    if (choice.conflict && field !== "name") {
      conflicts.push({
        providerId: MINISTRY_ID,
        field,
        ...choice.conflict,
        rule: choice.conflict.rule.replace(/listings$/, "standards"),
        values: choice.conflict.values.map((entry) => ({
          value: entry.value,
          listingIds: [],
          lines: entry.listingIds.map((order) => contact.sources[Number(order)]!.lines),
        })),
      });
    }
    return choice.value;
  };
  const name = choose("name", (source) => source.name) ?? contact.name;
  const address = choose("address", (source) => source.address) ?? contact.address;
  const website = choose("websites", (source) => source.website);
  return { name, address, postalCode: /^(\d{6})/.exec(address)?.[1] ?? null, website, conflicts, sources };
}
