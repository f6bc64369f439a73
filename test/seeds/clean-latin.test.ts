import { describe, expect, it } from "vitest";
import { searchKey, slugify, toLatin } from "../../seeds/extract/clean/latin.js";
import { normaliseText } from "../../seeds/extract/clean/text.js";
import { REGIONS } from "../../seeds/extract/regions.js";
import { readSource } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();

function line(no: number): string {
  const found = act[no - 1];
  if (!found) throw new Error(`no line ${no}`);
  return normaliseText(found.text, lexicon);
}

/** The first word of a line of the act that starts with `prefix`, found by line number. */
function wordAt(no: number, prefix: string): string {
  const word = line(no)
    .split(/[\s,.«»()]+/)
    .find((candidate) => candidate.startsWith(prefix));
  if (!word) throw new Error(`no word ${prefix} in line ${no}`);
  return word;
}

describe("toLatin (2021 Kazakh Latin alphabet)", () => {
  it("spells the Kazakh letters by the 2021 table (263 «Ақкөл», 84 «тiркеу»)", () => {
    expect(toLatin(wordAt(263, "Ақкөл"))).toBe("Aqköl");
    expect(toLatin(wordAt(84, "т"))).toBe("tırkeu");
    expect(toLatin("Шығыс Қазақстан облысы")).toBe("Şyğys Qazaqstan oblysy");
    expect(toLatin("Үкіметі")).toBe("Ükımetı");
    expect(toLatin("Байқоңыр")).toBe("Baiqoñyr");
    expect(toLatin("Ұйғыр")).toBe("Ūiğyr");
    expect(toLatin("Әйтеке би")).toBe("Äiteke bi");
    expect(toLatin("шаһар")).toBe("şahar");
    expect(toLatin("Ч")).toBe("Ç");
  });

  it("writes И and Й as İ/i and І as I/ı, in capitals too (18 «ҚАУЛЫ ЕТЕДІ»)", () => {
    expect(toLatin(line(18))).toBe("Ükımetı QAULY ETEDI:");
    expect(toLatin("ИЙ")).toBe("İİ");
    expect(toLatin("Іле")).toBe("Ile");
  });

  it("spells Russian letters by the 2021 rules (495 «Щучинск», 357 «Степняк», Целиноград, Юбилейный, Подъём)", () => {
    expect(toLatin(wordAt(495, "Щучинск"))).toBe("Şşuçinsk");
    expect(toLatin(wordAt(357, "Степняк"))).toBe("Stepniak");
    expect(toLatin("Целиноград")).toBe("Tselinograd");
    expect(toLatin("ЦОН")).toBe("TSON");
    expect(toLatin("Юбилейный")).toBe("İubileinyi");
    expect(toLatin("Подъём")).toBe("Podiom");
    expect(toLatin("электронды")).toBe("elektrondy");
  });

  it("leaves Latin text (e-mails, sites) as it is, repairing Cyrillic look-alikes in it (4405)", () => {
    expect(toLatin("akkol_ozsp@mail.ru")).toBe("akkol_ozsp@mail.ru");
    expect(toLatin(act[4404]!.text.trim())).toBe("@kokshetau. online.kz");
  });
});

describe("searchKey", () => {
  it("makes Akkol, Aqköl, akkol, АҚКӨЛ and Ақкөл equal", () => {
    const keys = ["Akkol", "Aqköl", "akkol", "АҚКӨЛ", "Ақкөл", wordAt(263, "Ақкөл")].map(searchKey);
    expect(new Set(keys)).toEqual(new Set(["akkol"]));
  });

  it("folds English-style spellings users type to the same key as the act's Cyrillic", () => {
    expect(searchKey("Zhambyl")).toBe(searchKey("Жамбыл"));
    expect(searchKey("Khromtau")).toBe(searchKey(wordAt(693, "Хромтау")));
    expect(searchKey("Shymkent")).toBe(searchKey("Шымкент"));
    expect(searchKey("Şymkent")).toBe(searchKey("Шымкент"));
    expect(searchKey("Kyzylorda")).toBe(searchKey("Қызылорда"));
    expect(searchKey("Turkistan")).toBe(searchKey("Түркістан"));
    expect(searchKey("Taldykorgan")).toBe(searchKey("Талдықорған"));
  });

  it("reduces punctuation and spacing to single spaces («Сарыарқа» ауданы)", () => {
    expect(searchKey("  «Сарыарқа»   ауданы, ")).toBe("saryarka audany");
  });
});

describe("slugify", () => {
  it("gives [a-z0-9-] slugs without leading, trailing or double dashes", () => {
    expect(slugify("«Сарыарқа» ауданы")).toBe("saryarka-audany");
    expect(slugify(" -- Ақкөл -- қ. -- ")).toBe("akkol-k");
    expect(slugify("№ 1 орталығы")).toBe("1-ortalygy");
  });

  it("is stable and distinct for the 16 regions of the act", () => {
    const slugs = REGIONS.map((region) => slugify(region.name));
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(16);
    expect(slugify("Ақмола облысы")).toBe("akmola-oblysy");
    expect(slugify("Шығыс Қазақстан облысы")).toBe("shygys-kazakstan-oblysy");
  });

  it("gives every word of the act a valid slug", () => {
    const words = new Set<string>();
    for (const { text } of act.slice(200, 4000)) for (const match of text.matchAll(/\p{L}+/gu)) words.add(match[0]);
    for (const word of words) expect(slugify(word)).toMatch(/^[a-z0-9]*(?:-[a-z0-9]+)*$/);
  });
});
