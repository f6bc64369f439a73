/**
 * The rules of `parsePhones` (seed map §5.5, §5.13), one test each on the
 * real passage it was written for: the cell as the table reader hands it
 * over, the rules that placed its groups, and the numbers read.
 */
import { describe, expect, it } from "vitest";
import { PHONE_RULES, readPhones } from "../../seeds/extract/clean/phones.js";
import { readSource } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { contacts } = actAttested();
const act = readSource();

/** Lines `start`..`end` of the act as one phone cell. */
function read(start: number, end: number, areaCode: string | null = null) {
  const text = act
    .slice(start - 1, end)
    .map((line) => line.text)
    .join("\n");
  const { phones, rules } = readPhones(text, { areaCode, contacts });
  return { rules, numbers: phones.map((phone) => [phone.raw, phone.e164, phone.kind]) };
}

describe("PHONE_RULES", () => {
  it("are tried in this order: the reception word, the trunk number's rules, the local number's, then a new number", () => {
    expect(PHONE_RULES.map((rule) => rule.name)).toEqual([
      "reception-word",
      "short-trunk-number-ends-before-a-local-number",
      "trunk-number-takes-group",
      "group-runs-past-ten-digits",
      "local-number-takes-two-digits",
      "hyphen-continues-local-number",
      "trunk-prefix-glued-to-code",
      "new-number",
    ]);
  });

  it("reception-word: «қабылдау бөлмесі» names the heads' number before it (7355–7356, S2.a2)", () => {
    const { rules, numbers } = read(7355, 7356);
    expect(rules).toContain("reception-word");
    expect(numbers).toEqual([["40-10-63", null, "RECEPTION"]]);
  });

  it("short-trunk-number-ends-before-a-local-number: «8-72-83 2-12-5 7» lost a digit and lends none of «2-15-37» (78129–78131)", () => {
    const { rules, numbers } = read(78129, 78131);
    expect(rules).toContain("short-trunk-number-ends-before-a-local-number");
    expect(numbers).toEqual([
      ["8-72-83 2-12-57", null, "PHONE"],
      ["2-15-37", null, "PHONE"],
    ]);
  });

  it("trunk-number-takes-group: «8-71638 2-10-» / «48» is one number of 10 national digits (272–273)", () => {
    const { rules, numbers } = read(272, 273);
    // «8» opens the number; «71638», «2», «10» and «48» complete its 10 national digits.
    expect(rules).toEqual(["new-number", ...Array(4).fill("trunk-number-takes-group")]);
    expect(numbers).toEqual([["8-71638 2-10-48", "+77163821048", "PHONE"]]);
  });

  it("group-runs-past-ten-digits: «1-25-830-05» / «-85» holds the end of one number and a second (66344–66345, S15.a3)", () => {
    const { rules, numbers } = read(66344, 66345);
    expect(rules).toContain("group-runs-past-ten-digits");
    expect(numbers.map(([raw]) => raw)).toEqual(["8-71125 1-25-83", "0-05-85"]);
    expect(numbers[0]![1]).toBe("+77112512583");
  });

  it("local-number-takes-two-digits: «2-31-512-26-» / «56» is «2-31-51» and «2-26-56» (27973–27975, S6.a5)", () => {
    const { rules, numbers } = read(27973, 27975);
    expect(rules).toContain("local-number-takes-two-digits");
    expect(numbers.map(([raw]) => raw)).toEqual(["8-71342 2-27-92", "2-31-51", "2-26-56"]);
  });

  it("hyphen-continues-local-number: «2-14-69» after a full number is one local number (561–562)", () => {
    const { rules, numbers } = read(561, 562);
    expect(rules).toContain("hyphen-continues-local-number");
    expect(numbers).toEqual([
      ["8-71339 2-12-18", "+77133921218", "PHONE"],
      ["2-14-69", "+77133921469", "PHONE"],
    ]);
  });

  it("trunk-prefix-glued-to-code: «87-10-32 2-» / «62-84» is 8 and the code 710 32 (82604–82605, S18.a1)", () => {
    const { rules, numbers } = read(82604, 82605);
    expect(rules[0]).toBe("trunk-prefix-glued-to-code");
    expect(numbers).toEqual([["87-10-32 2-62-84", "+77103226284", "PHONE"]]);
  });

  it("new-number: a group after a comma and no hyphen opens the next number (512–513, «…6-26-33, 6-20-30»)", () => {
    const { rules, numbers } = read(512, 513);
    expect(rules.filter((rule) => rule === "new-number")).toHaveLength(2);
    expect(numbers.map(([raw]) => raw)).toEqual(["8-71645 6-26-33", "6-20-30"]);
  });
});
