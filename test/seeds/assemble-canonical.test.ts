import { describe, expect, it } from "vitest";
import { chooseCanonical, type FieldVote } from "../../seeds/extract/assemble/canonical.js";
import { splitAddressCell } from "../../seeds/extract/clean/emails.js";
import { identityKey } from "../../seeds/extract/assemble/keys.js";
import { readSource, sliceLines } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon, contacts } = actAttested();

const lines = readSource();

function cell(start: number, end: number): string {
  return sliceLines(lines, start, end)
    .map((line) => line.text)
    .join("\n");
}

/** The house of an address text: what the address conflict compares, after the street. */
function houseVote(listingId: string, order: number, start: number, end: number): FieldVote {
  const { address } = splitAddressCell(cell(start, end), contacts, lexicon);
  const house = /,\s*([^,]+)$/.exec(address)?.[1] ?? "";
  return { key: identityKey(house.replace(/-үй$/, "")), value: address, listingId, order };
}

describe("chooseCanonical", () => {
  it("keeps the majority house «81» of Ақкөл against S17.a1's «8-үй» (268–269 vs 73524–73525) and records the conflict", () => {
    const votes = [
      houseVote("s1-a1#akmola-1", 0, 268, 269),
      houseVote("s3-a1#akmola-1", 1, 268, 269),
      houseVote("s17-a1#akmola-1", 2, 73524, 73525),
    ];
    const choice = chooseCanonical(votes);
    expect(choice.value).toMatch(/Нұрмағамбетов көшесі, 81$/);
    expect(choice.listingId).toBe("s1-a1#akmola-1");
    expect(choice.conflict?.values.map((value) => value.listingIds)).toEqual([
      ["s1-a1#akmola-1", "s3-a1#akmola-1"],
      ["s17-a1#akmola-1"],
    ]);
    expect(choice.conflict?.chosen).toBe(choice.value);
    expect(choice.conflict?.rule).toBe("majority: 2 of 3 listings");
  });

  it("shows a value in the preferred printed form when asked (the address form that carries the postal code: 268–269 against 4263–4264)", () => {
    const votes = [
      houseVote("s2-a1#akmola-1", 0, 4263, 4264),
      houseVote("s4-a1#akmola-1", 1, 4263, 4264),
      houseVote("s1-a1#akmola-1", 2, 268, 269),
    ];
    expect(chooseCanonical(votes).value).toMatch(/^Ақкөл ауданы, Ақкөл қаласы/);
    const preferred = chooseCanonical(votes, (listingId) => listingId === "s1-a1#akmola-1");
    expect(preferred.value).toBe("020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81");
    expect(preferred.listingId).toBe("s1-a1#akmola-1");
    expect(preferred.conflict).toBeNull();
  });

  it("prefers a sound e-mail to a damaged one the cleaners flag, whatever the count (Мұғалжар akimat: «mai9l.ru» at 8272–8273, «mail.ru» at 34483)", () => {
    const vote = (listingId: string, order: number, start: number, end: number): FieldVote => {
      const { emails } = splitAddressCell(cell(start, end), contacts, lexicon);
      return {
        key: emails.map((email) => email.value).join(" "),
        value: emails.map((email) => email.value).join(", "),
        listingId,
        order,
        sound: emails.every((email) => email.valid),
      };
    };
    const damaged = vote("s2-a5#aktobe-7", 0, 8272, 8273);
    const sound = vote("s7-a4#aktobe-7", 1, 34483, 34483);
    expect(damaged).toMatchObject({ value: "raiakimat.60@mai9l.ru", sound: false });
    const choice = chooseCanonical([damaged, { ...damaged, listingId: "s6-a5#aktobe-7", order: 2 }, sound]);
    expect(choice.value).toBe("raiakimat.60@mail.ru");
    expect(choice.conflict?.values).toHaveLength(2);
    expect(choice.conflict?.rule).toBe("sound value over a damaged one");
  });

  it("lets a list that omits the field abstain: no conflict between a value and nothing", () => {
    const choice = chooseCanonical([
      { key: "020100", value: "020100", listingId: "s1-a1#akmola-1", order: 0 },
      { key: "", value: "", listingId: "s2-a1#akmola-1", order: 1 },
    ]);
    expect(choice).toEqual({ listingId: "s1-a1#akmola-1", value: "020100", conflict: null });
  });

  it("breaks a tie by the fuller value, then by act order", () => {
    const fuller = chooseCanonical([
      { key: "71638210", value: "8-71638 2-10", listingId: "a", order: 0 },
      { key: "7163821048", value: "8-71638 2-10-48", listingId: "b", order: 1 },
    ]);
    expect(fuller.value).toBe("8-71638 2-10-48");
    expect(fuller.conflict?.rule).toBe("tie: the fuller value");
    const earlier = chooseCanonical([
      { key: "x1", value: "first", listingId: "a", order: 0 },
      { key: "x2", value: "second", listingId: "b", order: 1 },
    ]);
    expect(earlier.value).toBe("first");
    expect(earlier.conflict?.rule).toBe("tie: the value printed first");
  });

  it("returns nothing when no listing prints the field", () => {
    expect(chooseCanonical([{ key: "", value: "", listingId: "a", order: 0 }])).toEqual({
      listingId: null,
      value: null,
      conflict: null,
    });
  });
});
