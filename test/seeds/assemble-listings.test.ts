import { describe, expect, it } from "vitest";
import { listingId } from "../../seeds/extract/assemble/ids.js";
import {
  cleanRow,
  fullNumbers,
  newCleaningMemo,
  printedPhones,
  rowPhones,
} from "../../seeds/extract/assemble/listings.js";
import type { RawRow } from "../../seeds/extract/model.js";
import { segmentAct } from "../../seeds/extract/segment.js";
import { readSource } from "../../seeds/extract/source.js";
import { readAkimTable } from "../../seeds/extract/tables/akim.js";
import { readBasqTable } from "../../seeds/extract/tables/basq.js";
import { readDeptTable } from "../../seeds/extract/tables/dept.js";
import { readXqoTable } from "../../seeds/extract/tables/xqo.js";
import { actAttested } from "./helpers/attested.js";

const attested = actAttested();
const { contacts } = attested;

const lines = readSource();
const { appendices } = segmentAct(lines);

function row(id: string): RawRow {
  const appendix = appendices.find((candidate) => candidate.id === id.split("#")[0])!;
  const reader =
    appendix.kind === "XQO"
      ? readXqoTable
      : appendix.kind === "AKIM"
        ? readAkimTable
        : appendix.kind === "BASQ"
          ? readBasqTable
          : readDeptTable;
  const found = reader(lines, appendix).rows.find((candidate) => listingId(candidate) === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe("the area-code rule on the act's rows", () => {
  const s1 = row("s1-a1#pavlodar-1"); // 2717–2728: «32-00-96 32-» / «85-34», no code printed
  const s2 = row("s2-a1#pavlodar-1"); // 6582–6593: «8-71823 2-00-95»

  it("leaves a district body's local numbers without e164 when nothing gives their code (S1.a1 Павлодар row 1, 2727–2728)", () => {
    expect(rowPhones(s1, [], contacts).map((phone) => phone.e164)).toEqual([null, null]);
  });

  it("takes the code from a full number another listing of the same provider prints (S2.a1, «8-71823 2-00-95»)", () => {
    expect(fullNumbers(printedPhones(s2, contacts))).toEqual(["7182320095"]);
    expect(rowPhones(s1, fullNumbers(printedPhones(s2, contacts)), contacts).map((phone) => phone.e164)).toEqual([
      "+77182320096",
      "+77182328534",
    ]);
  });

  it("gives local numbers the provider's code even when the row's full number lost a digit (S17.a6 Қаратал, 78129–78131)", () => {
    const karatal = row("s17-a6#almaty-oblast-8");
    const other = row("s2-a5#almaty-oblast-8"); // 8449–8450: «8-72-834 2-12-57» / «2-15-37»
    expect(
      rowPhones(karatal, fullNumbers(printedPhones(other, contacts)), contacts).map((phone) => [phone.raw, phone.e164]),
    ).toEqual([
      ["8-72-83 2-12-57", null],
      ["2-15-37", "+77283421537"],
    ]);
  });

  it("gives a regional body's local numbers its region's code or its row's (S2.a2 row 16, Алмалы centre, 7496–7503)", () => {
    const centre = row("s2-a2#16");
    expect(rowPhones(centre, [], contacts).map((phone) => [phone.e164, phone.kind])).toEqual([
      ["+77273780910", "PHONE"],
      ["+77273780909", "RECEPTION"],
    ]);
  });
});

describe("cleanRow", () => {
  it("splits the address cell into the address and its e-mail (S1.a1 Ақмола row 1, 268–270)", () => {
    const cleaned = cleanRow(row("s1-a1#akmola-1"), attested);
    expect(cleaned.name).toBe("Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі");
    expect(cleaned.addressText).toBe("020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81");
    expect(cleaned.address).toMatchObject({ postalCode: "020100", street: "Нұрмағамбетов көшесі", house: "81" });
    expect(cleaned.emails.map((email) => email.value)).toEqual(["akkol_ozsp@mail.ru"]);
  });

  it("cleans a block schedule once but gives every row its own copy (S1.a1 Ақмола, 275–280 serves rows 1–19)", () => {
    const memo = newCleaningMemo();
    const first = cleanRow(row("s1-a1#akmola-1"), attested, memo);
    const second = cleanRow(row("s1-a1#akmola-2"), attested, memo);
    expect(memo.schedules.size).toBe(1);
    expect(second.schedule).toEqual(first.schedule);
    expect(second.schedule).not.toBe(first.schedule);
    expect(first.schedule?.weekly[0]).toMatchObject({
      days: ["MON", "TUE", "WED", "THU", "FRI"],
      opens: "09:00",
      closes: "18:00",
    });
  });

  it("puts the holidays' law, moved to the end of its line, back where the line's leading space marks it (S17.a6 Ақмола row 1, 77555–77565)", () => {
    // 77559–77561: «мерекелері туралы» » / « бекітілген мереке заңымен» / «күндерін қоспағанда …».
    expect(lines[77560]!.text).toBe(" бекітілген мереке заңымен");
    const text = cleanRow(row("s17-a6#akmola-1"), attested).schedule?.text;
    expect(text).toContain(
      "«Қазақстан Республикасының мерекелері туралы» заңымен бекітілген мереке күндерін қоспағанда күн сайын",
    );
  });

  it("does the same for «бекітілген заңымен» (S17.a6 Алматы, 80558–80561), in a flat list (S17.a5 row 1, 77237–77239), after a double space (S17.a1 Приозерск, 75359) and glued to «мереке» (S17.a6 Атырау row 2, 78317)", () => {
    expect(lines[75358]!.text).toContain("туралы»  бекітілген заңымен");
    expect(lines[78316]!.text).toBe(" бекітілген мерекезаңымен");
    for (const id of ["s17-a6#almaty-city-1", "s17-a5#1", "s17-a1#karaganda-4", "s17-a6#atyrau-2"]) {
      expect(cleanRow(row(id), attested).schedule?.text, id).toContain(
        "туралы» заңымен бекітілген мереке күндерін қоспағанда",
      );
    }
  });

  it("joins a time cut before its minutes «9» / «-00» without a space (S1.a1 Ақмола, 277–278)", () => {
    expect(lines[276]!.text).toMatch(/Сағат 9\s*$/u);
    expect(lines[277]!.text).toMatch(/^-00 бастап/u);
    expect(cleanRow(row("s1-a1#akmola-1"), attested).schedule?.text).toContain("Сағат 9-00 бастап 18-00 дейін");
  });
});
