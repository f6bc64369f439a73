/**
 * E-mails and web sites out of the act's table cells (seed map §4.2, §5.5,
 * §5.6, §5.12).
 *
 * The address cell of the provider lists also holds the e-mails and web
 * sites (there is no e-mail column), and the dump breaks them across lines
 * (`arshaly_rotz@kokshetau.` / `online.kz`), glues them to the address
 * (`ғимаратaktau_gotsp@mail.kz`, `47arshaly_rotz@`) and types some of their
 * letters in Cyrillic (`оnline.kz`, `кz`).
 */
import type { Email } from "../model.js";
import {
  CYRILLIC_TO_LATIN,
  fixLookalikes,
  joinCellLines,
  removeStraySpaces,
  repairLetterSpacing,
  splitGluedWords,
  tidyPunctuationSpacing,
  type Lexicon,
} from "./text.js";
import { toLatin } from "./latin.js";
import { EMAIL_SHAPE, KNOWN_TLDS, SITE_SHAPE, isAttested, type AttestedContacts } from "./attested-contacts.js";

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

interface Token {
  text: string;
  /** Index of the cell line the token came from. */
  line: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  text.split("\n").forEach((rawLine, line) => {
    const repaired = repairLetterSpacing(rawLine)
      // «Email», «Еmail :», «E-mail:» are labels, also when glued to a phone tail (59990 `51-25-83Еmail`).
      .replace(/(?<![A-Za-z])[EЕ]-?mail\s*:?/gu, " ")
      // «http /www.enbek.gov.kz»: the colon and a slash were lost.
      .replace(/\bhttps?\s*:?\s*\/+\s*/giu, "");
    const separated = repaired
      // `ropav l . sko .kz` (80212): a dot standing alone between two Latin letters joins them.
      .replace(/(?<=[A-Za-z])\s+\.\s+(?=[A-Za-z])/g, ".")
      // `mail.ru;Svetlana_p@mail.kz`, `kostanay.kz,www.kostanay.kz`: list separators without a space.
      .replace(/([,;])(?=[A-Za-z@])/g, "$1 ");
    for (const text of separated.split(/\s+/)) {
      for (const piece of splitGluedContacts(text)) if (piece.length > 0) tokens.push({ text: piece, line });
    }
  });
  return tokens;
}

/**
 * `mail.ruhobda_sobes@`, `mugalgar.akto.kzraiakimat.60@`, `kobda.kzkobdaakimatrambler.ru`:
 * a host that ends in a top-level domain, glued to the next address. Split
 * only when what follows is itself an address (has an «@» or a domain).
 */
function splitGluedContacts(text: string): string[] {
  const match = /^(.*?\.(?:kz|ru|com|net|org))([A-Za-z][^\s]*)$/.exec(text);
  if (!match || !/@|\.(?:kz|ru|com|net|org)\b/.test(match[2]!)) return [text];
  return [match[1]!, ...splitGluedContacts(match[2]!)];
}

const LATIN_LETTER = /[A-Za-z]/;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/u;

function byShape(char: string): string {
  return CYRILLIC_TO_LATIN[char] ?? bySound(char);
}

function bySound(char: string): string {
  return CYRILLIC_LETTER.test(char) ? toLatin(char).normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i") : char;
}

/**
 * Cyrillic letters inside an e-mail or a site: look-alikes by shape (`о` →
 * o, `кz` → kz), the rest by sound (`акимат` → akimat). When the act prints
 * the sound reading cleanly elsewhere and not the shape reading, the sound
 * reading wins (`tsh.сko.kz` is `tsh.sko.kz`, the СҚО domain, not `cko`).
 */
function latinise(text: string, attested?: AttestedContacts): string {
  const shape = [...text].map(byShape).join("");
  if (attested === undefined || !CYRILLIC_LETTER.test(text)) return shape;
  const sound = [...text].map(bySound).join("");
  const known = (candidate: string) => {
    const host = candidate
      .replace(/^[^@]*@/, "")
      .toLowerCase()
      .replace(/[,;.]+$/, "");
    return isAttested(candidate, attested) || attested.sites.has(host) || (attested.domains.get(host) ?? 0) > 0;
  };
  return !known(shape) && known(sound) ? sound : shape;
}

/** A token that can be (part of) an e-mail or a site once look-alikes are mapped. */
function isContactish(text: string): boolean {
  const stripped = text.replace(/[,;]+$/, "");
  if (stripped.length === 0) return false;
  if (!/^[A-Za-z0-9._@\-\u0400-\u04FF/]+$/u.test(stripped)) return false;
  const latin = [...stripped].filter((char) => LATIN_LETTER.test(char)).length;
  const cyrillic = [...stripped].filter((char) => CYRILLIC_LETTER.test(char)).length;
  if (stripped.includes("@")) return true;
  if (latin === 0) return false;
  // `osak_акимат.kz`: a site typed half in Cyrillic still ends in a Latin top-level domain.
  if (/\.(?:kz|ru|com|net|org)\.?$/i.test(stripped) && /^[A-Za-z0-9]/.test(stripped)) return true;
  return latin >= cyrillic;
}

const HOUSE_LETTERS = new Set(["а", "б", "в", "г", "А", "Б", "В", "Г"]);

/**
 * Splits a token where an address word is glued to a contact: `ғимаратaktau_gotsp@`,
 * `76-үйtalrot@`, `н/зsozakelu.kz`, `47arshaly_rotz@`, `3 аIli-sobes@`. Returns
 * [address part, contact part]; the address part may be empty.
 */
function splitGluedPrefix(text: string, previous: string | undefined, attested: AttestedContacts): [string, string] {
  if (!text.includes("@") && !/\.[A-Za-zа-яА-Я]{2,}/u.test(text) && !LATIN_LETTER.test(text)) return [text, ""];
  const firstLatin = [...text].findIndex((char) => LATIN_LETTER.test(char) || char === "@");
  if (firstLatin <= 0) return ["", text];
  // `_18@mail.ru` after `nurgan_1986`, `08@mail.ru` after `sobes_zer_`: the tail of an e-mail cut at the line break,
  // not an address word glued to one.
  const head = text.slice(0, firstLatin);
  const cutBefore =
    previous !== undefined && LATIN_LETTER.test(previous) && (/^[_.]/.test(head) || /[A-Za-z\d][_.]$/.test(previous));
  if (/^[\d_.-]+$/.test(head) && cutBefore) return ["", text];
  const chars = [...text];
  const prefix = chars.slice(0, firstLatin).join("");
  const rest = chars.slice(firstLatin).join("");
  const whole = latinise(text);
  if (/^[\d]+$/.test(prefix)) {
    // `47arshaly_rotz@`: a house number glued to the e-mail, unless the act prints the e-mail with the digits.
    // The act's own glued copies (`16karaganda-akimat.kz`) attest the whole token too, so the digits stay only when the rest alone is unknown.
    return isAttested(whole, attested) && !isAttested(latinise(rest), attested) ? ["", text] : [prefix, rest];
  }
  const prefixIsLookalike = [...prefix].every((char) => char in CYRILLIC_TO_LATIN);
  if (!prefixIsLookalike) {
    // `ғимаратaktau`, `76-үйtalrot`, `н/зsozakelu`: split after the last character no Latin word has.
    let cut = prefix.length;
    while (cut > 0 && [...prefix][cut - 1]! in CYRILLIC_TO_LATIN && !/[\d/-]/.test(prefix[cut - 1]!)) cut -= 1;
    const cutPrefix = [...prefix].slice(0, cut).join("");
    const carried = [...prefix].slice(cut).join("");
    if (carried.length > 0 && isAttested(latinise(carried + rest), attested)) return [cutPrefix, carried + rest];
    return [prefix, rest];
  }
  // A look-alike letter first: `оnline`, `кz` are Latin words; `2 аbeskar_c` has the house letter «а» glued on.
  if (isAttested(whole, attested)) return ["", text];
  if (isAttested(latinise(rest), attested)) return [prefix, rest];
  if (prefix.length === 1 && HOUSE_LETTERS.has(prefix) && previous !== undefined && /^\d+[,]?$/.test(previous))
    return [prefix, rest];
  return ["", text];
}

const TLD_AT_END = /\.(?:kz|ru|com|net|org|su)$/i;

/** Whether two contact fragments are pieces of one address (see the merge rules in `extractContacts`). */
function continues(current: string, next: string): boolean {
  const cur = current;
  const nxt = next.replace(/[,;]+$/, "");
  if (nxt.length === 0) return false;
  if (cur.endsWith("@")) return !nxt.includes("@");
  if (nxt.startsWith("@")) return !cur.includes("@") && !/[,;]$/.test(cur);
  if (/[,;]$/.test(cur)) return false;
  // `sobes_zer_` / `08@mail.ru`, `zhambyl.` / `rotzszn@mail.`, `nurgan_1986` / `_18@mail.ru`: a Latin fragment without an «@»
  // cut after «_» or «.» (not a site's top-level domain), or a fragment that starts with «_» or «.», is the start of the
  // e-mail that follows it.
  if (!cur.includes("@") && nxt.includes("@") && !nxt.startsWith("@")) {
    if (nxt.startsWith("_") || nxt.startsWith(".") || cur.endsWith("_")) return true;
    if (cur.endsWith(".")) return !TLD_AT_END.test(`.${cur.slice(0, -1).split(".").pop() ?? ""}`);
    return false;
  }
  if (nxt.includes("@")) return false;
  if (cur.endsWith(".")) {
    const lastLabel = cur.slice(0, -1).split(/[.@]/).pop() ?? "";
    return !TLD_AT_END.test(`.${lastLabel}`);
  }
  // `kence.dsz@pav` / `odar.gov.kz`, `rotz@koksh` / `tau.`: a domain without a dot is unfinished.
  if (cur.includes("@") && !cur.slice(cur.indexOf("@")).includes(".")) return true;
  // `nurgan_1986` / `_18`, `enbek_shetpe` / `.78`: a fragment that starts with a dot or an underscore continues the previous one.
  return nxt.startsWith(".") || nxt.startsWith("_") || cur.endsWith("_");
}

/**
 * `r idder .vko .gov .kz` (78448), `g lubokoe .gov .kz` (78531), `pe t ropav l . sko .kz` (80212), `es i l_sobes@mail`
 * (80969): the dump spaced the first letters of a site or an e-mail, so the pieces before it are bare Latin words.
 * They are joined to it when the act prints the joined site or e-mail cleanly elsewhere. Returns the indexes of the groups joined into a later one.
 */
function joinLetterSpacedSites(
  groups: { raw: string[]; line: number; after: number }[],
  attested: AttestedContacts,
): number[] {
  const joined: number[] = [];
  const bare = (group: { raw: string[] }) => group.raw.length === 1 && /^[a-z]+$/.test(group.raw[0]!);
  for (let index = 1; index < groups.length; index += 1) {
    const host = latinise(groups[index]!.raw.join(""), attested)
      .replace(/[,;.]+$/, "")
      .toLowerCase();
    if (!host.includes(".")) continue;
    const known = (text: string) => attested.sites.has(text) || attested.emails.has(text);
    let from = index;
    while (
      from > 0 &&
      index - from < 6 &&
      bare(groups[from - 1]!) &&
      groups[from - 1]!.after === groups[index]!.after &&
      !joined.includes(from - 1)
    )
      from -= 1;
    for (let start = from; start < index; start += 1) {
      const letters = groups
        .slice(start, index)
        .map((group) => group.raw[0]!)
        .join("");
      if (!known(letters + host) || known(host)) continue;
      groups[index]!.raw = [...groups.slice(start, index).flatMap((group) => group.raw), ...groups[index]!.raw];
      for (let k = start; k < index; k += 1) joined.push(k);
      break;
    }
  }
  return joined;
}

/**
 * `kamysti.kostanay.k , kamsots@` (75711): a site whose top-level domain lost its last letters, completed to the one
 * site the act prints cleanly with that beginning.
 */
function completeCutSite(host: string, attested: AttestedContacts): string {
  if (SITE_SHAPE.test(host) || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(host)) return host;
  const lower = host.toLowerCase();
  const matches = [...attested.sites].filter(
    (site) => site.startsWith(lower) && !site.slice(lower.length).includes("."),
  );
  return matches.length === 1 ? matches[0]! : host;
}

/** `beskaragay.vko.gov.kzkancelyariyarayakimat` + `@rambler.ru`: a site glued to the next e-mail's local part. */
function splitSiteFromLocalPart(text: string): [string, string] | null {
  const match = /^(.*\.(?:kz|ru|com|net|org))([a-z][a-z0-9._-]*)$/i.exec(text);
  return match ? [match[1]!, match[2]!] : null;
}

export interface ContactExtraction {
  emails: Email[];
  websites: string[];
  /** The cell's text without its contacts, line breaks kept. */
  rest: string;
  /** The same text piece by piece, in printed order. */
  restPieces: RestPiece[];
}

function emailValue(joined: string, attested: AttestedContacts): string {
  const cleaned = latinise(joined, attested).replace(/^[(«]+|[,;:.)»]+$/g, "");
  const at = cleaned.indexOf("@");
  return at >= 0 ? `${cleaned.slice(0, at)}@${cleaned.slice(at + 1).toLowerCase()}` : cleaned;
}

/**
 * An e-mail from its printed pieces. The pieces are joined without spaces;
 * when that gives no valid address and a dot was lost at one of the breaks
 * (`kokshetau` / `online.kz`, `akimsemey` / `gov.kz`), the reading with the
 * dot is taken if the act prints that domain elsewhere.
 */
function makeEmail(pieces: string[], attested: AttestedContacts): Email {
  const raw = pieces
    .join(" ")
    .replace(/[,;]+$/, "")
    .replace(/\.$/, "");
  const value = emailValue(pieces.join(""), attested);
  if (isValidEmail(value, attested)) return { value, raw, valid: true };
  for (let cut = 1; cut < pieces.length; cut += 1) {
    const left = pieces.slice(0, cut).join("");
    if (
      left.endsWith(".") ||
      left.endsWith("@") ||
      pieces[cut]!.startsWith(".") ||
      pieces[cut]!.startsWith("@") ||
      !left.includes("@")
    )
      continue;
    const dotted = emailValue(`${left}.${pieces.slice(cut).join("")}`, attested);
    const domain = dotted.slice(dotted.indexOf("@") + 1);
    if (isValidEmail(dotted, attested) && ((attested.domains.get(domain) ?? 0) > 0 || attested.sites.has(domain)))
      return { value: dotted, raw, valid: true };
  }
  return { value, raw, valid: false };
}

/** Levenshtein distance, for near-miss domains. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Public mail services whose domains the act uses. They are real whatever
 * their count in the act (`list.ru` is printed once, its misprint `lisr.ru`
 * six times), and a domain one letter away from one of them is a misprint.
 */
const MAIL_SERVICES = new Set([
  "mail.ru",
  "list.ru",
  "bk.ru",
  "inbox.ru",
  "yandex.ru",
  "yandex.kz",
  "rambler.ru",
  "mail.kz",
  "gmail.com",
  "topmail.kz",
  "nursat.kz",
]);

/** Other domains: one printed at most `RARE` times, one edit from one printed `FREQUENT_RATIO` times as often, is a misprint of it. */
const RARE = 2;
const FREQUENT_RATIO = 5;

function isMisprintedDomain(domain: string, attested: AttestedContacts): boolean {
  if (MAIL_SERVICES.has(domain)) return false;
  const tld = domain.split(".").pop();
  for (const service of MAIL_SERVICES) {
    if (service.split(".").pop() === tld && editDistance(service, domain) === 1) return true;
  }
  const count = attested.domains.get(domain) ?? 0;
  if (count > RARE) return false;
  for (const [common, commonCount] of attested.domains) {
    if (commonCount < FREQUENT_RATIO * Math.max(count, 1) || Math.abs(common.length - domain.length) > 1) continue;
    if (common.split(".").pop() === tld && editDistance(common, domain) === 1) return true;
  }
  return false;
}

/**
 * Syntax (RFC 5321 local part and host, a top-level domain the act uses),
 * and no misprinted domain: `mai1.ru`, `mai9l.ru`, `lisr.ru` are one letter
 * from a public mail service; `kokshtau.online.kz` (73552, a letter lost)
 * and `pavodar.gov.kz` (3700) are one letter from a domain the act prints
 * far more often.
 */
export function isValidEmail(value: string, attested: AttestedContacts): boolean {
  const match = EMAIL_SHAPE.exec(value);
  if (!match) return false;
  const domain = match[2]!.toLowerCase();
  if (!KNOWN_TLDS.has(domain.split(".").pop()!)) return false;
  return !isMisprintedDomain(domain, attested);
}

/**
 * Takes the e-mails and web sites out of any cell (address cells, and the
 * BASQ «Телефон, факс нөмірлері, электронды мекенжайлары» cells). Pieces
 * are joined across line breaks and stray spaces, glued address words split
 * off, Cyrillic look-alikes mapped to Latin, labels dropped. Anything with
 * an «@» becomes an `Email`, `valid: false` when it is not a usable address
 * (`akmout@` with its domain lost) — never dropped.
 */
export function extractContacts(text: string, attested: AttestedContacts): ContactExtraction {
  const tokens = tokenize(text);
  // 1. Split address words glued to contacts.
  const pieces: { text: string; line: number; contact: boolean }[] = [];
  tokens.forEach((token, index) => {
    const [prefix, rest] = splitGluedPrefix(token.text, tokens[index - 1]?.text, attested);
    if (prefix.length > 0) pieces.push({ text: prefix, line: token.line, contact: false });
    if (rest.length > 0) pieces.push({ text: rest, line: token.line, contact: isContactish(rest) });
  });
  // 2. Merge contact fragments. `after` counts the address words read before the group, so that two groups with
  // no address word between them are known to be neighbours.
  const groups: { raw: string[]; line: number; after: number }[] = [];
  // The text that is not a contact, in printed order: an address word, or the index of a group that may turn out
  // to be a Latin word that is neither e-mail nor site.
  const sequence: ({ text: string; line: number } | { group: number })[] = [];
  let current: { raw: string[]; line: number; after: number } | null = null;
  let restCount = 0;
  for (const piece of pieces) {
    if (!piece.contact) {
      current = null;
      restCount += 1;
      sequence.push({ text: piece.text, line: piece.line });
      continue;
    }
    if (current !== null) {
      const joined = latinise(current.raw.join(""));
      // `beskaragay.vko.gov.kzkancelyariyarayakimat` + `@rambler.ru`, `hobda6161@mail.ruhobda_sobes` + `@mail.ru`.
      if (piece.text.startsWith("@")) {
        const split = splitSiteFromLocalPart(joined);
        if (split) {
          current.raw = [split[0]];
          current = { raw: [split[1], piece.text], line: piece.line, after: restCount };
          sequence.push({ group: groups.length });
          groups.push(current);
          continue;
        }
      }
      if (continues(joined, latinise(piece.text))) {
        current.raw.push(piece.text);
        continue;
      }
    }
    current = { raw: [piece.text], line: piece.line, after: restCount };
    sequence.push({ group: groups.length });
    groups.push(current);
  }
  // 3. Classify.
  const emails: Email[] = [];
  const websites: string[] = [];
  const joinedInto = new Set(joinLetterSpacedSites(groups, attested));
  const unreadGroups = new Set<number>();
  for (const [index, group] of groups.entries()) {
    if (joinedInto.has(index)) continue;
    const raw = group.raw.join(" ").replace(/[,;]+$/, "");
    let compact = latinise(group.raw.join(""), attested)
      .replace(/^[(«]+|[,;:)»]+$/g, "")
      .replace(/\.$/, "");
    if (!compact.includes("@")) compact = completeCutSite(compact, attested);
    if (compact.includes("@")) {
      emails.push(makeEmail(group.raw, attested));
      continue;
    }
    const host = compact.toLowerCase();
    const service = [...MAIL_SERVICES].find(
      (domain) => host.endsWith(domain) && !host.endsWith(`.${domain}`) && host !== domain,
    );
    if (service !== undefined) {
      // `kobdaakimatrambler.ru`: an e-mail whose «@» was lost, not a site; kept as printed and flagged.
      emails.push({ value: host, raw, valid: false });
      continue;
    }
    if (SITE_SHAPE.test(compact)) {
      websites.push(compact.toLowerCase().replace(/^https?:\/\//, ""));
      continue;
    }
    // A Latin word that is neither (`ozsp` whose «@…» was lost): keep it in the text, where it was printed.
    unreadGroups.add(index);
  }
  const restPieces = sequence.flatMap((entry): RestPiece[] => {
    if ("text" in entry) return [{ text: entry.text, line: entry.line, latin: false }];
    if (!unreadGroups.has(entry.group)) return [];
    const group = groups[entry.group]!;
    return [{ text: group.raw.join(" ").replace(/[,;]+$/, ""), line: group.line, latin: true }];
  });
  return { emails, websites, rest: restText(restPieces, text.split("\n").length), restPieces };
}

/** A piece of a cell that is no e-mail or site: `latin` when it is a Latin word that is neither. */
export interface RestPiece {
  text: string;
  /** Index of the cell line it was printed on. */
  line: number;
  latin: boolean;
}

function restText(pieces: RestPiece[], lineCount: number): string {
  return Array.from({ length: lineCount }, (_, line) =>
    pieces
      .filter((piece) => piece.line === line)
      .map((piece) => piece.text)
      .join(" "),
  ).join("\n");
}

/**
 * «70 ZHUBAN 90 KZ» (9086, 78837): Latin words that are neither e-mail nor site, with only numbers between them, at
 * the end of the address cell are a contact whose «@» and dots were lost, not part of the address. Returns the index
 * in `pieces` where that run begins (pieces.length when there is none).
 */
function unreadContactStart(pieces: RestPiece[]): number {
  let start = pieces.length;
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index]!;
    if (piece.latin && /^[A-Za-z0-9]+$/.test(piece.text)) start = index;
    else if (!/^\d+$/.test(piece.text)) break;
  }
  return start;
}

/**
 * The address cell of DEPT/AKIM/BASQ lists: address text, e-mails and web
 * sites. `address` is the cleaned text (letter-spacing, look-alikes, cut
 * words repaired) without the contacts and without a dangling comma.
 */
export function splitAddressCell(
  text: string,
  attested: AttestedContacts,
  lexicon: Lexicon,
): { address: string; emails: Email[]; websites: string[]; unread?: { text: string; lines: number[] } } {
  const { emails, websites, restPieces } = extractContacts(text, attested);
  const cut = unreadContactStart(restPieces);
  const unreadPieces = restPieces.slice(cut);
  const rest = restText(restPieces.slice(0, cut), text.split("\n").length);
  // Letter-spacing was repaired token by token already; repairing it again on the rest would glue «, 2 а» (49199) into «,2а».
  const address = tidyPunctuationSpacing(
    splitGluedWords(
      removeStraySpaces(
        joinCellLines(rest.split("\n").map(fixLookalikes), lexicon).replace(/\s+/gu, " ").trim(),
        lexicon,
      ),
      lexicon,
    ),
  )
    .replace(/(?:\s*,)+\s*$/u, "")
    .replace(/(?<=\d)\.$/u, "")
    .replace(/,\s*,/gu, ",")
    // «117_» / «sandakimat@mail.ru» (8128), «117 _sandakimat@mail.ru» (77746): an underscore left between the house number and the e-mail.
    .replace(/(?<=\d)\s?_+$/u, "")
    .replace(/^[\s,]+/u, "")
    .trim();
  if (unreadPieces.length === 0) return { address, emails, websites };
  return {
    address,
    emails,
    websites,
    unread: {
      text: unreadPieces.map((piece) => piece.text).join(" "),
      lines: [...new Set(unreadPieces.map((piece) => piece.line))],
    },
  };
}
