import { describe, expect, it } from "vitest";
import { parseAddress, parseHouse } from "../../seeds/extract/clean/address.js";
import { splitAddressCell } from "../../seeds/extract/clean/emails.js";
import { readSource } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon, contacts } = actAttested();

const act = readSource();

function cell(start: number, end: number = start): string {
  return act
    .slice(start - 1, end)
    .map((line) => line.text)
    .join("\n");
}

/** The address of an address cell, as the pipeline reads it: contacts out first. */
function addressOf(start: number, end: number = start) {
  return parseAddress(splitAddressCell(cell(start, end), contacts, lexicon).address, lexicon);
}

describe("parseAddress", () => {
  it("reads postal code, locality, street and house (268–270, S1.a1 Ақкөл, family F1)", () => {
    expect(addressOf(268, 270)).toMatchObject({
      postalCode: "020100",
      locality: "Ақкөл қаласы",
      street: "Нұрмағамбетов көшесі",
      house: "81",
      full: "020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81",
    });
  });

  it("reads a district part and a glued street word (48179–48180, family F2)", () => {
    expect(addressOf(48179, 48180)).toMatchObject({
      postalCode: null,
      district: "Ақкөл ауданы",
      locality: "Ақкөл қаласы",
      street: "Нұрмағамбетов көшесі",
      house: "81",
    });
    expect(addressOf(59701)).toMatchObject({ locality: "Астана қаласы", street: "Иманбаева көшесі", house: "16" });
  });

  it("reads the abbreviated «қ.» settlement and a capital house letter (722–723 «Ақтөбе қ.», «289 А»)", () => {
    expect(addressOf(722, 723)).toMatchObject({
      postalCode: "030000",
      locality: "Ақтөбе қ.",
      street: "Ағайынды Жұбановтар көшесі",
      house: "289а",
    });
  });

  it("reads «кенті» as a settlement (481–483)", () => {
    expect(addressOf(481, 483)).toMatchObject({
      postalCode: "021600",
      locality: "Шортанды кенті",
      street: "Абылайхан көшесі",
      house: "22",
    });
  });

  it("restores a comma lost between district and settlement (65430–65432)", () => {
    expect(addressOf(65430, 65432)).toMatchObject({
      district: "Баянауыл ауданы",
      locality: "Баянауыл ауылы",
      street: "Сәтпаев көшесі",
      house: "56",
    });
  });

  it("reads a house with a letter in quotes (14436 «67 «б»»)", () => {
    expect(parseAddress(cell(14436), lexicon)).toMatchObject({ street: "Тәуелсіздік көшесі", house: "67б" });
  });

  it("reads the «-үй» house of the 2012 lists (73525–73526, S17.a1: house 8, not 81)", () => {
    const address = addressOf(73524, 73526);
    expect(address.street).toBe("Нұрмағамбетов көшесі");
    expect(address.house).toBe("8");
  });

  it("reads the ministry address «№ 8 үй» (225)", () => {
    const text = cell(225).replace(/^.*мекенжайы:\s*/u, "");
    expect(parseAddress(text, lexicon)).toMatchObject({
      postalCode: "010000",
      locality: "Астана қаласы",
      street: "Орынбор көшесі",
      house: "8",
    });
  });

  it("takes a microdistrict as the street when no street is printed (50490–50491 Ақтау)", () => {
    expect(addressOf(50490, 50491)).toMatchObject({ locality: "Ақтау қаласы", street: "12-шағын аудан", house: "17" });
  });

  it("keeps both a microdistrict and a street (10706–10708 Құлагер)", () => {
    expect(addressOf(10706, 10708)).toMatchObject({
      locality: "Алматы қаласы",
      microdistrict: "Құлагер шағын ауданы",
      street: "Серіков көшесі",
      house: "2а",
    });
  });

  it("joins a microdistrict number cut at the line end (22766–22767 «3-» / «шағын аудан»)", () => {
    expect(addressOf(22766, 22767)).toMatchObject({ district: "Әуезов ауданы", street: "3-шағын аудан", house: "41а" });
  });

  it("reads the Almaty city address without postal code (3737–3738)", () => {
    expect(addressOf(3737, 3738)).toMatchObject({ locality: "Алматы қаласы", street: "Қонаев көшесі", house: "122" });
  });
});

describe("parseHouse", () => {
  it("normalises the printed house forms", () => {
    expect(
      [
        "81",
        "81-үй",
        "8-үй",
        "67 «б»",
        "3 «а»-үй",
        "26 б ғимараты",
        "2 А",
        "47/3",
        "№ 8 үй",
        "№ 8-үй",
        "17-ғимарат",
        "15 -үй",
        "н/з",
        "н/ж",
      ].map(parseHouse),
    ).toEqual(["81", "81", "8", "67б", "3а", "26б", "2а", "47/3", "8", "8", "17", "15", null, null]);
  });
});
