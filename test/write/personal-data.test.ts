import { describe, expect, it } from "vitest";
import {
  audit,
  checkEmail,
  checkIin,
  checkName,
  checkPhone,
  iinCheckDigit,
  maskPersonalData,
  setAuditSink,
} from "../../src/modules/write/personal-data.js";

const today = new Date("2026-11-24T00:00:00Z");
/** A syntactically valid IIN for a birth date and serial (the check digit computed, as the registry does). */
function iinFor(yymmdd: string, centurySex: string, serial: string): string {
  const base = `${yymmdd}${centurySex}${serial}`;
  return `${base}${iinCheckDigit(base)}`;
}

describe("IIN rules", () => {
  it("accepts an IIN whose check digit, century digit and birth date agree", () => {
    expect(checkIin(iinFor("900101", "3", "0012"), today)).toEqual({ ok: true, value: "900101300126" });
  });

  it("rejects a wrong check digit", () => {
    expect(checkIin("900101300127", today)).toEqual({ ok: false, message: "IIN check digit is wrong" });
  });

  it("rejects lengths other than 12 and non-digits", () => {
    expect(checkIin("90010130012", today).ok).toBe(false);
    expect(checkIin("90010130012a", today).ok).toBe(false);
  });

  it("rejects 30 February and a birth date in the future", () => {
    expect(checkIin(iinFor("900230", "3", "0012"), today)).toMatchObject({
      ok: false,
      message: expect.stringContaining("valid birth date"),
    });
    expect(checkIin(iinFor("271224", "5", "0012"), today)).toMatchObject({
      ok: false,
      message: expect.stringContaining("future"),
    });
  });

  it("rejects a century digit outside 1–6", () => {
    expect(checkIin(iinFor("900101", "9", "0012"), today).ok).toBe(false);
  });
});

describe("names, phones and e-mails", () => {
  it("accepts Kazakh names with hyphens and rejects digits", () => {
    expect(checkName(" Әбілқасымова-Нұрғали ", "surname", { required: true })).toEqual({
      ok: true,
      value: "Әбілқасымова-Нұрғали",
    });
    expect(checkName("Ай3ерім", "given name", { required: true }).ok).toBe(false);
    expect(checkName("", "patronymic", { required: false })).toEqual({ ok: true, value: null });
  });

  it("normalises Kazakhstan numbers written with 8, spaces and brackets to +7", () => {
    expect(checkPhone("8 (701) 123-45-67")).toEqual({ ok: true, value: "+77011234567" });
    expect(checkPhone("+7 7172 74 32 10")).toEqual({ ok: true, value: "+77172743210" });
    expect(checkPhone("+7 916 123 45 67").ok).toBe(false);
  });

  it("lower-cases the e-mail domain and rejects addresses without one", () => {
    expect(checkEmail("Aigul.N@Mail.KZ")).toEqual({ ok: true, value: "Aigul.N@mail.kz" });
    expect(checkEmail("aigul@localhost").ok).toBe(false);
  });
});

describe("masking personal data for logs", () => {
  it("masks every personal field, however deep, and leaves the rest", () => {
    expect(
      maskPersonalData({
        number: "A-2026-0000001",
        applicant: { iin: "900101300126", surname: "Нұрланова", phone: "+77011234567", email: "aigul@mail.kz" },
      }),
    ).toEqual({
      number: "A-2026-0000001",
      applicant: { iin: "********0126", surname: "Н***", phone: "+7********67", email: "a***@mail.kz" },
    });
  });

  it("writes audit lines with no IIN or name in clear", () => {
    const lines: string[] = [];
    setAuditSink((line) => lines.push(line));
    audit("application.submitted", { iin: "900101300126", surname: "Нұрланова" });
    setAuditSink(() => undefined);
    expect(lines).toEqual(['application.submitted {"iin":"********0126","surname":"Н***"}']);
  });
});
