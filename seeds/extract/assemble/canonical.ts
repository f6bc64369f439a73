import type { ConflictRecord } from "../model.js";

/**
 * Canonical values. The same body is printed in up to 17 lists, and the lists
 * disagree (house «81» vs «8-үй», a phone that lost a digit, a new e-mail in
 * the 2012 revision). Every listing keeps what it printed; the provider gets
 * one value per field, chosen by `CANONICAL_RULE`, and every disagreement is
 * recorded as a conflict so nothing is silently dropped.
 */
export const CANONICAL_RULE =
  "a sound value beats a damaged one (an e-mail the cleaners mark invalid, a phone that cannot be dialled, a schedule whose hours cannot be read); " +
  "then majority: the value printed by the most listings that print the field (a list that omits the field does not vote); " +
  "a tie goes to the value with the longest comparison key (the fuller form: all digits of a phone, the whole address), " +
  "then to the listing printed first in the act; " +
  "the value is shown in the form most of its listings print, an address in the form of a listing that prints the chosen postal code when one does, " +
  "phones in the form of a listing that labels its fax or teletype numbers when one does (phones are compared by their numbers: a list that prints no label does not say a number is no fax)";

/** One listing's value of one field. `key` is what is compared, `value` what is shown. */
export interface FieldVote {
  key: string;
  value: string;
  listingId: string;
  /** Position of the listing in act order, for the last tie-break. */
  order: number;
  /** False when the cleaners flag the value as damaged; absent means sound. */
  sound?: boolean;
}

export interface CanonicalChoice {
  /** The listing whose value won, or null when no listing prints the field. */
  listingId: string | null;
  value: string | null;
  conflict: Omit<ConflictRecord, "providerId" | "field"> | null;
}

interface Candidate {
  key: string;
  /** The most common display form among the votes of this key. */
  value: string;
  listingIds: string[];
  firstOrder: number;
  /** The first listing that printed the chosen display form: its whole record backs the value. */
  firstListingId: string;
  sound: boolean;
}

/**
 * Chooses the canonical value of one field among the votes of one provider's listings. `preferDisplay` picks,
 * among the printed forms of one value, those to show before the most common one (an address that carries the
 * postal code the provider gets).
 */
export function chooseCanonical(votes: FieldVote[], preferDisplay?: (listingId: string) => boolean): CanonicalChoice {
  const present = votes.filter((vote) => vote.key.length > 0);
  if (present.length === 0) return { listingId: null, value: null, conflict: null };
  const candidates = new Map<
    string,
    Candidate & { displays: Map<string, { count: number; listingId: string; preferred: boolean }> }
  >();
  for (const vote of [...present].sort((a, b) => a.order - b.order)) {
    let candidate = candidates.get(vote.key);
    if (!candidate) {
      candidate = {
        key: vote.key,
        value: vote.value,
        listingIds: [],
        firstOrder: vote.order,
        firstListingId: vote.listingId,
        sound: vote.sound !== false,
        displays: new Map(),
      };
      candidates.set(vote.key, candidate);
    }
    candidate.listingIds.push(vote.listingId);
    const display = candidate.displays.get(vote.value) ?? { count: 0, listingId: vote.listingId, preferred: false };
    display.count++;
    if (preferDisplay?.(vote.listingId) && !display.preferred) {
      display.preferred = true;
      display.listingId = vote.listingId;
    }
    candidate.displays.set(vote.value, display);
  }
  for (const candidate of candidates.values()) {
    let best = -1;
    for (const [display, { count, listingId, preferred }] of candidate.displays) {
      const rank = count + (preferred ? votes.length + 1 : 0);
      if (rank > best) {
        best = rank;
        candidate.value = display;
        candidate.firstListingId = listingId;
      }
    }
  }
  const ranked = [...candidates.values()].sort(
    (a, b) =>
      Number(b.sound) - Number(a.sound) ||
      b.listingIds.length - a.listingIds.length ||
      b.key.length - a.key.length ||
      a.firstOrder - b.firstOrder,
  );
  const winner = ranked[0]!;
  const conflict =
    ranked.length > 1
      ? {
          values: ranked.map((candidate) => ({ value: candidate.value, listingIds: candidate.listingIds })),
          chosen: winner.value,
          rule: decidingRule(winner, ranked[1]!, present.length),
        }
      : null;
  return { listingId: winner.firstListingId, value: winner.value, conflict };
}

/** Which step of `CANONICAL_RULE` separated the winner from the runner-up, as recorded in the conflict. */
function decidingRule(winner: Candidate, runnerUp: Candidate, voters: number): string {
  if (winner.sound !== runnerUp.sound) return "sound value over a damaged one";
  if (winner.listingIds.length !== runnerUp.listingIds.length)
    return `majority: ${winner.listingIds.length} of ${voters} listings`;
  if (winner.key.length !== runnerUp.key.length) return "tie: the fuller value";
  return "tie: the value printed first";
}
