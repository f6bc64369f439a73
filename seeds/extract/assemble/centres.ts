import type { ConflictRecord, ProviderRecord } from "../model.js";
import type { ChannelSchedule, ServiceRecord } from "../standards/model.js";
import { chooseCanonical, type FieldVote } from "./canonical.js";

/**
 * The service centres' hours. The XQO lists print no schedule column (seed
 * map §4.6); the hours are in paragraph 9 of each standard that offers the
 * centre channel: «Орталықтың жұмыс кестесі: күн сайын сағат 9.00-ден
 * 20.00-ге дейін үзіліссіз» (S2, 4070–4074), the branches' hours after it.
 * Every centre of the lists is a centre, not a branch, so it gets the
 * centre's own (MAIN) hours, chosen by `CANONICAL_RULE` among the standards
 * whose list names it: compared by the hours they state, shown in the most
 * common wording. The provider's `sources` give the lines of each standard
 * that states the chosen hours; a standard that states other hours would
 * be a conflict whose values carry their lines (none does).
 */
export interface CentreSchedules {
  conflicts: ConflictRecord[];
}

/** The hours the schedule sentence states, without its lead («Орталықтың жұмыс кестесі:»). */
function scheduleText(schedule: ChannelSchedule): string {
  return schedule.text.replace(/^[^:]*жұмыс кестесі\s*:\s*/u, "").trim();
}

/** Sets `schedule` and `sources` on every service centre in `providers`; returns the conflicts. */
export function centreSchedules(providers: ProviderRecord[], services: ServiceRecord[]): CentreSchedules {
  const stated = new Map<number, ChannelSchedule>();
  for (const service of services) {
    const main = service.schedules?.byChannel.find(
      (schedule) => schedule.scope === "MAIN" && schedule.channels.includes("SERVICE_CENTRE"),
    );
    if (main && main.weekly.length > 0) stated.set(service.number, main);
  }
  const conflicts: ConflictRecord[] = [];
  for (const provider of providers.filter((candidate) => candidate.type === "SERVICE_CENTRE")) {
    const numbers = provider.serviceNumbers.filter((number) => stated.has(number));
    const votes: FieldVote[] = numbers.map((number, order) => {
      const schedule = stated.get(number)!;
      return { key: JSON.stringify(schedule.weekly), value: scheduleText(schedule), listingId: String(number), order };
    });
    const choice = chooseCanonical(votes);
    if (choice.listingId === null) continue;
    const chosen = stated.get(Number(choice.listingId))!;
    const key = JSON.stringify(chosen.weekly);
    provider.schedule = { text: choice.value ?? scheduleText(chosen), weekly: chosen.weekly };
    provider.sources = numbers
      .filter((number) => JSON.stringify(stated.get(number)!.weekly) === key)
      .map((number) => ({ field: "schedule", serviceNumber: number, lines: stated.get(number)!.lines }));
    if (choice.conflict) {
      conflicts.push({
        providerId: provider.id,
        field: "schedule",
        ...choice.conflict,
        rule: choice.conflict.rule.replace(/listings$/, "standards"),
        values: choice.conflict.values.map((entry) => ({
          value: entry.value,
          listingIds: [],
          lines: entry.listingIds.map((number) => stated.get(Number(number))!.lines),
        })),
      });
    }
  }
  return { conflicts };
}
