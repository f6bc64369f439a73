import { describe, expect, it } from "vitest";
import { extractContacts, isValidEmail, splitAddressCell } from "../../seeds/extract/clean/emails.js";
import { parsePhones } from "../../seeds/extract/clean/phones.js";
import type { Phone } from "../../seeds/extract/model.js";
import { regionById } from "../../seeds/extract/regions.js";
import { readSource } from "../../seeds/extract/source.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon, contacts } = actAttested();

const act = readSource();

/** Lines `start`..`end` of the act as one cell (line breaks kept), as a table reader hands them over. */
function cell(start: number, end: number = start): string {
  return act
    .slice(start - 1, end)
    .map((line) => line.text)
    .join("\n");
}

function values(text: string): string[] {
  return splitAddressCell(text, contacts, lexicon).emails.map((email) => email.value);
}

function phones(text: string, areaCode: string | null = null): [string, string | null, Phone["kind"]][] {
  return parsePhones(text, { areaCode, contacts }).map((phone) => [phone.raw, phone.e164, phone.kind]);
}

describe("splitAddressCell: e-mails out of the address cell (§4.2)", () => {
  it("splits address and e-mail (268–270, S1.a1 Ақкөл)", () => {
    expect(splitAddressCell(cell(268, 270), contacts, lexicon)).toEqual({
      address: "020100, Ақкөл қаласы, Нұрмағамбетов көшесі, 81",
      emails: [{ value: "akkol_ozsp@mail.ru", raw: "akkol_ozsp@mail.ru", valid: true }],
      websites: [],
    });
  });

  it("joins e-mails split across lines and stray spaces (§5.5: 290–291, 318–319, 3757–3759)", () => {
    expect(splitAddressCell(cell(289, 291), contacts, lexicon)).toEqual({
      address: "020200, Аршалы ауылы, Тәшенов көшесі, 47",
      emails: [{ value: "arshaly_rotz@kokshetau.online.kz", raw: "arshaly_rotz@kokshetau. online.kz", valid: true }],
      websites: [],
    });
    expect(values(cell(317, 319))).toEqual(["atb_rotziszn@kokshetau.online.kz"]);
    expect(values(cell(3755, 3759))).toEqual(["deptrud@astanatelecom.kz", "depzan@mail.ru"]);
  });

  it("keeps an e-mail whose letter was lost, flagged (§5.5: 3700–3701 `pav` / `odar.gov.kz`, 73552 `koksh tau`)", () => {
    const pavlodar = splitAddressCell(cell(3698, 3702), contacts, lexicon).emails;
    expect(pavlodar[0]).toEqual({ value: "kence.dsz@pavodar.gov.kz", raw: "kence.dsz@pav odar.gov.kz", valid: false });
    expect(pavlodar[1]).toMatchObject({ value: "pavlodar@enbek.kz", valid: true });
    expect(splitAddressCell(cell(73551, 73553), contacts, lexicon).emails).toEqual([
      { value: "arshaly_rotz@kokshtau.online.kz", raw: "arshaly_rotz@koksh tau. online.kz", valid: false },
    ]);
  });

  it("splits e-mails glued to the address (§5.6: 50491, 74308, 52548, 51290)", () => {
    expect(splitAddressCell(cell(50490, 50491), contacts, lexicon)).toMatchObject({
      address: "Ақтау қаласы, 12-шағын аудан 17-ғимарат",
      emails: [{ value: "aktau_gotsp@mail.kz", valid: true }],
    });
    expect(splitAddressCell(cell(74307, 74308), contacts, lexicon)).toMatchObject({
      address: "Талғар қаласы, Гагарин көшесі, 76-үй",
      emails: [{ value: "talrot@yandex.ru" }],
    });
    expect(splitAddressCell(cell(52547, 52549), contacts, lexicon)).toMatchObject({
      address: "Аршалы ауданы, Аршалы ауылы, Тәшенов көшесі, 47",
      emails: [{ value: "arshaly_rotz@kokshetau.online.kz" }],
    });
    expect(splitAddressCell(cell(51289, 51290), contacts, lexicon)).toMatchObject({
      address: "Астана қаласы, Иманбаев көшесі, 16",
      emails: [{ value: "a.altynbek@uzsp.astana.kz", valid: true }],
    });
  });

  it("splits a web site glued to the address (§5.6: 72870 `н/зsozakelu.kz`)", () => {
    expect(splitAddressCell(cell(72869, 72870), contacts, lexicon)).toEqual({
      address: "Созақ ауданы, Шолаққорған ауылы, Жібек жолы көшесі, н/з",
      emails: [],
      websites: ["sozakelu.kz"],
    });
  });

  it("tells a glued house letter from the first letter of an e-mail by the act's clean copies (49199, 48776, 6468)", () => {
    expect(splitAddressCell(cell(49198, 49199), contacts, lexicon)).toMatchObject({
      address: "Бесқарағай ауданы, Пушкин көшесі, 2 а",
      emails: [{ value: "beskar_c@mail.ru" }],
    });
    expect(splitAddressCell(cell(48775, 48776), contacts, lexicon)).toMatchObject({
      address: "Іле ауданы, Өтеген батыр кенті, Титов көшесі, 3 а",
      emails: [{ value: "Ili-sobes@mail.ru" }],
    });
    // «17 аktau_gotsp@» is house 17 and «aktau_gotsp@» (printed cleanly at 2600).
    expect(splitAddressCell(cell(6467, 6468), contacts, lexicon)).toMatchObject({
      address: "Ақтау қаласы, 12-шағын аудан 17",
      emails: [{ value: "aktau_gotsp@mail.kz" }],
    });
  });

  it("maps Cyrillic look-alikes in e-mails and sites to Latin (§5.12: 4405, 4377, 8117, 8163, 9426, 3655, 39646, 61402)", () => {
    expect(values(cell(4375, 4377))).toEqual(["esil_sobes@mail.ru", "sobes@kokshetau.online.kz"]);
    expect(values(cell(4404, 4405))[0]).toMatch(/@kokshetau\.online\.kz$/);
    expect(values(cell(8115, 8117))).toEqual(["Akimat.korg@mail.ru"]);
    expect(values(cell(8162, 8163))).toEqual(["Akimat_kokshetau@mail.ru"]);
    expect(splitAddressCell(cell(9425, 9427), contacts, lexicon)).toMatchObject({
      emails: [{ value: "osak_izbirkom@mail.kz" }],
      websites: ["osak_akimat.kz"],
    });
    expect(values(cell(3655))).toEqual(["oblsobes@mail.kz"]);
    expect(splitAddressCell(cell(39644, 39647), contacts, lexicon)).toMatchObject({
      emails: [{ value: "ro_kyzil@mail.online.kz" }],
      websites: ["kzh.ozsp.sko.kz"],
    });
    expect(splitAddressCell(cell(61400, 61402), contacts, lexicon)).toMatchObject({
      emails: [{ value: "akimat07@mail.ru" }],
      websites: ["karaganda-akimat.kz"],
    });
  });

  it("drops «Email:»/«Еmail» labels, also glued to a phone (§5.13: 59990, 7814–7816)", () => {
    const glued = extractContacts(cell(59990, 59991), contacts);
    expect(glued.emails.map((email) => email.value)).toEqual(["zko@enbek.kz", "oblsobes@mail.kz"]);
    expect(glued.rest).not.toMatch(/mail/i);
    expect(extractContacts(cell(7814, 7816), contacts).emails.map((email) => email.value)).toEqual([
      "karagandatrud@mail.ru",
    ]);
  });

  it("splits a site glued to the next e-mail's local part (60939–60940)", () => {
    expect(splitAddressCell(cell(60937, 60940), contacts, lexicon)).toMatchObject({
      address: "Владимировка ауылы, Сейфуллин көшесі, 144",
      emails: [{ value: "kancelyariyarayakimat@rambler.ru" }],
      websites: ["beskaragay.vko.gov.kz"],
    });
  });

  it("restores a dot lost at a line break when the act prints the domain elsewhere (52548-style `kokshetau online.kz`)", () => {
    const lost = act.findIndex(
      (line) => /@\s*kokshetau online\.kz/.test(line.text) || /^kokshetau online\.kz/.test(line.text.trim()),
    );
    expect(lost).toBeGreaterThan(0);
    const emails = extractContacts(cell(lost, lost + 1), contacts).emails;
    expect(emails.some((email) => email.value.endsWith("@kokshetau.online.kz") && email.valid)).toBe(true);
  });

  it("flags misprinted mail domains and keeps them as printed", () => {
    expect(isValidEmail("u1utau-akimat@mai1.ru", contacts)).toBe(false);
    expect(isValidEmail("raiakimat.60@mai9l.ru", contacts)).toBe(false);
    expect(isValidEmail("akmout@", contacts)).toBe(false);
    expect(isValidEmail("ozsp@list.ru", contacts)).toBe(true);
    expect(isValidEmail("denisovka@kostanai.kz", contacts)).toBe(true);
  });

  it("sweep: every «@» of the act comes out as an e-mail, valid or flagged, and flagged ones are few", () => {
    let atSigns = 0;
    let emails = 0;
    let invalid = 0;
    let block: string[] = [];
    const flush = () => {
      const text = block.join("\n");
      block = [];
      const count = (text.match(/@/g) ?? []).length;
      if (count === 0) return;
      const found = extractContacts(text, contacts).emails.filter((email) => email.raw.includes("@"));
      atSigns += count;
      emails += found.length;
      invalid += found.filter((email) => !email.valid).length;
      for (const email of found)
        if (email.valid) expect(email.value).toMatch(/^[A-Za-z0-9._%+-]+@[a-z0-9_-]+(\.[a-z0-9_-]+)*\.[a-z]{2,}$/);
    };
    // Blank lines end table cells, so the act's paragraphs stand in for cells here.
    for (const line of act) {
      if (line.text.trim() === "") flush();
      else block.push(line.text);
    }
    flush();
    expect(atSigns).toBe(4473);
    expect(emails).toBe(atSigns);
    expect(invalid).toBeLessThan(60);
  });
});

describe("splitAddressCell: a contact broken over a line break stays whole, and none of it is left in the address", () => {
  const split = (start: number, end: number) => {
    const { address, emails, websites } = splitAddressCell(cell(start, end), contacts, lexicon);
    return { address, emails: emails.map((email) => [email.value, email.valid]), websites };
  };

  it("joins a Latin fragment cut after «_» or «.» to the e-mail on the next line (4416–4417, 4805, 7042–7043, 39678–39679, 64673–64674, 65307–65308, 82189–82190)", () => {
    expect(split(4416, 4417)).toEqual({
      address: "Бейбітшілік көшесі, 64",
      emails: [["sobes_zer_08@mail.ru", true]],
      websites: [],
    });
    expect(split(4804, 4805)).toEqual({
      address: "ауылы, Қарасай батыр көшесі, 261",
      emails: [["zhambyl.rotzszn@mail.online.kz", true]],
      websites: [],
    });
    expect(split(7042, 7043)).toEqual({
      address: "Ш.Айманов көшесі, 1",
      emails: [["nurgan_1986_18@mail.ru", true]],
      websites: [],
    });
    expect(split(39678, 39679).emails).toEqual([["ro_celin@mail.online.kz", true]]);
    expect(split(39678, 39679).address).toBe("көшесі, 19");
    expect(split(64673, 64674).emails).toEqual([["janaarka_sobes_8@mail.ru", true]]);
    expect(split(65307, 65308)).toEqual({
      address: "аудандық әкімдік ғимараты",
      emails: [["enbek_shetpe.78@mail.ru", true]],
      websites: [],
    });
    expect(split(82189, 82190)).toEqual({
      address: "Аса ауылы, Абай көшесі, 123",
      emails: [["mariah_1@mail.ru", true]],
      websites: [],
    });
  });

  it("reads «16a. altynbek@uzsp. astana.kz» as house 16 and a.altynbek@… (7226–7227, seed map §5.6)", () => {
    expect(split(7226, 7227)).toEqual({
      address: "Астана қаласы, Иманбаев көшесі, 16",
      emails: [["a.altynbek@uzsp.astana.kz", true]],
      websites: [],
    });
  });

  it("keeps a top-level domain printed on its own after «@mail» in the e-mail (63543–63544, 79600–79601)", () => {
    expect(split(63543, 63544)).toEqual({
      address: "Сәтпаев көшесі, 65",
      emails: [["eskeldy_sobes@mail.ru", true]],
      websites: [],
    });
    expect(split(79600, 79601).emails).toEqual([["karmakchi@mail.ru", true]]);
    expect(split(79600, 79601).address).toBe("Жусалы кенті, Қорқыт ата көшесі, 1");
  });

  it("drops the underscore left between the house number and the e-mail (8128–8129, 77745–77746)", () => {
    expect(split(8128, 8129)).toEqual({
      address: "ауылы, Абылай хан көшесі, 117",
      emails: [["sandakimat@mail.ru", true]],
      websites: [],
    });
    expect(split(77745, 77746)).toEqual({
      address: "Балкашино ауылы, Абылай хан көшесі, 117",
      emails: [["sandakimat@mail.ru", true]],
      websites: [],
    });
  });

  it("joins letter-spaced pieces to the site or e-mail the act prints whole elsewhere (78447–78448, 78481–78482, 78530–78531, 80211–80212, 80969–80970)", () => {
    expect(split(78447, 78448)).toEqual({
      address: "Риддер қаласы, Семенова көшесі, 19",
      emails: [],
      websites: ["ridder.vko.gov.kz"],
    });
    expect(split(78481, 78482)).toEqual({
      address: "Аягөз қаласы, Абай гүлзары, 14",
      emails: [],
      websites: ["ayagos.vko.gov.kz"],
    });
    expect(split(78530, 78531)).toEqual({
      address: "Глубокое кенті, Попович көшесі, 11 а",
      emails: [],
      websites: ["glubokoe.gov.kz"],
    });
    expect(split(80211, 80212)).toEqual({
      address: "Конституциясы көшесі, 23",
      emails: [],
      websites: ["petropavl.sko.kz"],
    });
    expect(split(80969, 80970)).toEqual({
      address: "Есіл қаласы, Қонаев көшесі, 5",
      emails: [["esil_sobes@mail.ru", true]],
      websites: [],
    });
  });

  it("keeps Latin words that are neither e-mail nor site, with numbers between them, apart from the end of the address, in printed order (9085–9086, 78836–78837)", () => {
    expect(splitAddressCell(cell(9085, 9086), contacts, lexicon)).toEqual({
      address: "Ақжайық ауданы, Чапаев ауылы, Қонаев көшесі, 70",
      emails: [],
      websites: [],
      unread: { text: "ZHUBAN 90 KZ", lines: [1] },
    });
    expect(splitAddressCell(cell(78836, 78837), contacts, lexicon).unread).toEqual({
      text: "ZHUBAN 90 KZ",
      lines: [1],
    });
    expect(splitAddressCell(cell(78836, 78837), contacts, lexicon).address).toBe("Чапаев ауылы, Қонаев көшесі, 70");
  });

  it("keeps a site broken before its top-level domain, and completes one whose «kz» lost a letter (78598–78599, 75710–75712)", () => {
    expect(split(78598, 78599)).toEqual({
      address: "хан көшесі, 102",
      emails: [],
      websites: ["katon-karagay.vko.go.kz"],
    });
    expect(split(75710, 75712)).toEqual({
      address: "Қамысты кенті, Ленин көшесі, 22 -үй",
      emails: [["kamsots@mail.ru", true]],
      websites: ["kamysti.kostanay.kz"],
    });
  });
});

describe("parsePhones (§5.13)", () => {
  it("reads a number broken across lines and takes the area code from it (272–273)", () => {
    expect(phones(cell(272, 273))).toEqual([["8-71638 2-10-48", "+77163821048", "PHONE"]]);
  });

  it("reads the same number printed with the area-code split moved and a stray space (62979–62980, S15.a1)", () => {
    expect(phones(cell(62979, 62980))[0]).toEqual(["8-7163 82-10-48", "+77163821048", "PHONE"]);
  });

  it("splits several local numbers and joins the one broken across lines (3740–3741)", () => {
    expect(phones(cell(3740, 3741), regionById("astana").areaCode)).toEqual([
      ["51-94-94", "+77172519494", "PHONE"],
      ["61-65-88", "+77172616588", "PHONE"],
      ["61-52-02", "+77172615202", "PHONE"],
    ]);
  });

  it("starts a new number at a space and continues one at a leading hyphen (7384–7385)", () => {
    expect(phones(cell(7384, 7385))).toEqual([
      ["8-7122 28-31-14", "+77122283114", "PHONE"],
      ["28-40-06", "+77122284006", "PHONE"],
    ]);
  });

  it("completes a trunk number from the next line (981–982)", () => {
    expect(phones(cell(981, 982))).toEqual([["8-72778 21270", "+77277821270", "PHONE"]]);
  });

  it("splits two numbers glued into one group and skips the e-mail glued to the tail (66344–66346)", () => {
    expect(phones(cell(66344, 66346))).toEqual([
      ["8-71125 1-25-83", "+77112512583", "PHONE"],
      ["0-05-85", "+77112500585", "PHONE"],
    ]);
  });

  it("reads letter-spaced digits and a second number that shares the area code (725–727)", () => {
    expect(phones(cell(725, 727))).toEqual([
      ["87132 51-22-49", "+77132512249", "PHONE"],
      ["51-64-18", "+77132516418", "PHONE"],
    ]);
  });

  it("gives a following local number the area code of the full number before it (561–562, 2956–2958)", () => {
    expect(phones(cell(561, 562))).toEqual([
      ["8-71339 2-12-18", "+77133921218", "PHONE"],
      ["2-14-69", "+77133921469", "PHONE"],
    ]);
    expect(phones(cell(2956, 2958)).map((phone) => phone[1])).toEqual(["+77154621449", "+77154621904", "+77154621386"]);
  });

  it("uses the region's code for local numbers, and no code when the digits do not make 10 (26-74-26, 272-24-02, «2-10 -48»)", () => {
    expect(phones("26-74-26", regionById("akmola").areaCode)).toEqual([["26-74-26", "+77162267426", "PHONE"]]);
    expect(phones("272-24-02", regionById("almaty-city").areaCode)).toEqual([["272-24-02", "+77272722402", "PHONE"]]);
    expect(phones("2-10 -48", regionById("akmola").areaCode)).toEqual([["2-10-48", null, "PHONE"]]);
  });

  it("reads labels: Тел, телетайп, Тел/факс (7814–7816, 7919–7921)", () => {
    expect(phones(cell(7814, 7816))).toEqual([
      ["8-7212-43-20-82", "+77212432082", "PHONE"],
      ["8-7212-27-12-42", "+77212271242", "TELETYPE"],
    ]);
    expect(phones(cell(7919, 7921))).toEqual([
      ["8-7172-21-04-92", "+77172210492", "PHONE"],
      ["8-7172-21-28-39", "+77172212839", "FAX"],
    ]);
  });

  it("marks reception numbers, in Kazakh and in Russian (51452–51454, 51603–51604 «приемная»)", () => {
    expect(phones(cell(51452, 51454), regionById("karaganda").areaCode)).toEqual([
      ["41-63-10", "+77212416310", "RECEPTION"],
      ["42-09-10", "+77212420910", "RECEPTION"],
    ]);
    expect(phones(cell(51603, 51604)).every((phone) => phone[2] === "RECEPTION")).toBe(true);
  });

  it("reads Байқоңыр's Russian-zone code 336 22 (2510–2511)", () => {
    expect(phones(cell(2510, 2511), regionById("kyzylorda").areaCode)).toEqual([
      ["8-33622 5-62-20", "+73362256220", "PHONE"],
      ["5-62-21", "+73362256221", "PHONE"],
    ]);
  });

  it("gives the heads' column the area code of the operating hall of the same row (7502, Алмалы ХҚО)", () => {
    const hall = parsePhones("8-7273 78-09-10", { areaCode: regionById("almaty-city").areaCode, contacts });
    expect(
      parsePhones("78-09-09 қабылдау бөлмесі", {
        areaCode: regionById("almaty-city").areaCode,
        sameRow: hall,
        contacts,
      }),
    ).toEqual([{ raw: "78-09-09", e164: "+77273780909", kind: "RECEPTION" }]);
    // Read as one cell, the second number takes the code of the first.
    expect(phones(cell(7502, 7503)).map((phone) => phone[1])).toEqual(["+77273780910", "+77273780909"]);
  });

  it("keeps a truncated number without inventing digits (7262 `8-7272 99-87-`)", () => {
    expect(phones(cell(7262))).toEqual([["8-7272 99-87", null, "PHONE"]]);
  });

  it("splits local numbers glued at a line break as the act prints them apart (8253–8254 vs S6 27973–27975, S7 34462–34464)", () => {
    expect(cell(8253, 8254)).toBe("8-71342 2-27-92\n2-31-51 2-26-56");
    const printed = [
      ["8-71342 2-27-92", "+77134222792", "PHONE"],
      ["2-31-51", "+77134223151", "PHONE"],
      ["2-26-56", "+77134222656", "PHONE"],
    ];
    expect(phones(cell(8253, 8254))).toEqual(printed);
    expect(cell(27973, 27975)).toBe("8-71342 2-27-\n92 2-31-512-26-\n56");
    expect(phones(cell(27973, 27975))).toEqual(printed);
    expect(cell(34462, 34464)).toBe("8-71342 2-27\n-92 2-31-512-\n26-56");
    expect(phones(cell(34462, 34464))).toEqual(printed);
  });

  it("splits a trunk number and two local ones glued over three lines (70728–70730 Ырғыз, 54807–54809 Сырдария, 39757–39759 Петропавл)", () => {
    expect(phones(cell(70728, 70730)).map((phone) => phone[1])).toEqual([
      "+77134321574",
      "+77134321865",
      "+77134321225",
    ]);
    expect(phones(cell(54807, 54809)).map((phone) => phone[1])).toEqual([
      "+77243621583",
      "+77243622012",
      "+77243621572",
    ]);
    expect(phones(cell(39757, 39759)).map((phone) => phone[1])).toEqual([
      "+77152344718",
      "+77152340801",
      "+77152344389",
    ]);
  });

  it("lets a full number that lost a digit stay short instead of taking the first digit of the next number (78129–78131, 51016–51018)", () => {
    expect(cell(78129, 78131)).toBe("8-72-83 2-12-\n5 7\n2-15-37");
    expect(phones(cell(78129, 78131))).toEqual([
      ["8-72-83 2-12-57", null, "PHONE"],
      ["2-15-37", null, "PHONE"],
    ]);
    expect(cell(51016, 51018)).toBe("8-71523 -47-18\n4-08-01 4-43-\n89");
    expect(phones(cell(51016, 51018)).map((phone) => phone[0])).toEqual(["8-71523-47-18", "4-08-01", "4-43-89"]);
  });

  it("reads the trunk prefix printed in one group with the code's first digit (82604–82605 Қаражал, 82617–82618 Приозерск)", () => {
    expect(cell(82604, 82605)).toBe("87-10-32 2-\n62-84");
    expect(phones(cell(82604, 82605))).toEqual([["87-10-32 2-62-84", "+77103226284", "PHONE"]]);
    expect(phones(cell(82617, 82618)).map((phone) => phone[1])).toEqual(["+77103952406"]);
    // Without a whole local number after it, «87-10-32» stays a local number.
    expect(phones("87-10-32").map((phone) => phone[0])).toEqual(["87-10-32"]);
  });

  it("never emits anything but +7 and 10 digits", () => {
    for (const { text } of act.slice(232, 3497)) {
      for (const phone of parsePhones(text, { areaCode: "7162", contacts })) {
        if (phone.e164 !== null) expect(phone.e164).toMatch(/^\+7[73]\d{9}$/);
      }
    }
  });
});
