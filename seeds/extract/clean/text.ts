/**
 * Text repair for the act's PDF-to-text damage (seed map §5.1, §5.5, §5.6, §5.12).
 *
 * Every function here is a pure string → string stage. The repairs that
 * cannot be decided from the characters alone (is «т іркеу» one word? is
 * «бағдар-ламалар» a hyphenation or a compound? is «ауданыныңжұмыспен» two
 * words?) consult a word-frequency
 * lexicon, which the caller passes: the pipeline builds it once from the act
 * it is given (`buildLexicon`). The act is 84,765 lines long and spells almost
 * every damaged word correctly many times elsewhere, so "the joined form is a
 * word the act uses" is a general rule, not a list of answers.
 */
import { CYRILLIC_TO_LATIN, fixLookalikes, isCyrillicLetter, isLatinLetter } from "../../contract/script.js";
import { isColumnNumberLine } from "../vocabulary.js";

export { CYRILLIC_TO_LATIN, fixLookalikes, isCyrillicLetter, isLatinLetter };

// ---------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------

/** Word frequencies, keyed by `lexiconKey` (lower case, Kazakh і for Latin i). */
export type Lexicon = ReadonlyMap<string, number>;

export function lexiconKey(word: string): string {
  return word.toLowerCase().replace(/i/g, "і");
}

/** Counts the words of `lines` after letter-spacing and look-alike repair, so spaced titles count as words. */
export function buildLexicon(lines: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const repaired = repairLetterSpacing(fixLookalikes(line));
    for (const match of repaired.matchAll(/\p{L}+/gu)) {
      const key = lexiconKey(match[0]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Hyphenated compounds are counted whole too, to tell «бағдар-ламалар» (a line-end hyphen) from «сурдо-тифлотехникалық».
    for (const match of repaired.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
      const key = lexiconKey(match[0]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function frequency(lexicon: Lexicon, word: string): number {
  return lexicon.get(lexiconKey(word)) ?? 0;
}

// ---------------------------------------------------------------------------
// §5.1 letter-spacing
// ---------------------------------------------------------------------------

/** A token is a "unit" of letter-spaced text when at most one letter or digit is left after its punctuation. */
function unitCore(token: string): string | null {
  if (token === "№") return null; // «№ 5» is a sign and a number, not a spaced word
  const core = token.replace(/[^\p{L}\p{N}]/gu, "");
  return [...core].length <= 1 ? core : null;
}

/** In running text a spaced run must be long and mostly letters before it is glued: «, 2 а beskar_c», «№ 1 орталығы» stay. */
const MIN_RUN_IN_MIXED_SEGMENT = 4;
const MIN_LETTERS_IN_MIXED_RUN = 3;

function repairSegment(segment: string): string {
  const tokens = segment.split(" ").filter((token) => token.length > 0);
  // «к ө ш е с і ,  1 2 3» (5433) is house 123, not a column-number line.
  if (tokens.length < 2 || isColumnNumberLine(tokens.join(" "))) return tokens.join(" ");
  const cores = tokens.map(unitCore);
  const wholeSegmentIsSpaced = cores.every((core) => core !== null);
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (cores[index] === null) {
      out.push(tokens[index]!);
      index += 1;
      continue;
    }
    let end = index;
    while (end < tokens.length && cores[end] !== null) end += 1;
    const run = tokens.slice(index, end);
    const letters = cores.slice(index, end).filter((core) => core !== null && /\p{L}/u.test(core)).length;
    const glue = wholeSegmentIsSpaced
      ? run.length >= 2
      : run.length >= MIN_RUN_IN_MIXED_SEGMENT && letters >= MIN_LETTERS_IN_MIXED_RUN;
    if (glue) out.push(run.join(""));
    else out.push(...run);
    index = end;
  }
  return out.join(" ");
}

/**
 * Glues letter-spaced words: inside a stretch delimited by 2+ spaces, letters
 * separated by single spaces form one word (`Ү к i м е т i  Қ А У Л Ы` →
 * `Үкiметi ҚАУЛЫ`, `8 7 1 3 2` → `87132`). Word gaps of 2+ spaces become
 * one space. Ordinary text is left alone: a stretch that mixes whole words
 * with one-letter tokens («Абай көшесі, 5 а») is glued only where 4+ spaced
 * units with 3+ letters follow each other («« Ы р ғ ы з ауданының»), and the
 * column-number lines `1 2 3 4 5` keep their spaces. Works line by line.
 */
export function repairLetterSpacing(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const indent = /^ */.exec(line)![0];
      const trailing = / *$/.exec(line)![0];
      const body = line.trim();
      if (body.length === 0) return line;
      const repaired = body.split(/ {2,}/).map(repairSegment).join(" ");
      return indent + repaired + (trailing.length > 0 ? " " : "");
    })
    .join("\n");
}

// ---------------------------------------------------------------------------
// §5.1 stray spaces, §5.5 hyphenation
// ---------------------------------------------------------------------------

function startsWithI(word: string): boolean {
  return /^[іiІI]/u.test(word);
}

function isSingleLetter(word: string): boolean {
  return [...word].length === 1;
}

/** The longest number of words a stray-spaced word was cut into (`ж е т к і з г і ш т е г і` style leftovers). */
const MAX_PARTS = 6;

/** The genitive case endings, which the dump sometimes cuts off their word. */
const GENITIVE_ENDING = /^(ның|нің|дың|дің|тың|тің)$/u;

/** A word the act uses at least this often counts as attested. */
const MIN_ATTESTED = 2;

function joinStrayRun(words: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  let index = 0;
  while (index < words.length) {
    let joinedTo = index;
    for (let end = Math.min(words.length - 1, index + MAX_PARTS - 1); end > index; end -= 1) {
      const parts = words.slice(index, end + 1);
      if (!parts.every((part) => [...part].every((char) => !isLatinLetter(char)))) continue;
      // Each cut must sit before «і», or next to a one-letter fragment: that is where the act's stray spaces are.
      // A genitive ending never stands alone either («Қазалы ауданы ның», seed map §5.14).
      const cutsPlausible = parts
        .slice(1)
        .every(
          (part, k) =>
            startsWithI(part) || isSingleLetter(part) || isSingleLetter(parts[k]!) || GENITIVE_ENDING.test(part),
        );
      if (!cutsPlausible) continue;
      const joinedFrequency = frequency(lexicon, parts.join(""));
      if (joinedFrequency < MIN_ATTESTED) continue;
      // A one-letter fragment is never a word here (the act's own counts of «і», «т» come from spaced text).
      const strongestPart = Math.max(
        ...parts.slice(1).map((part) => (isSingleLetter(part) ? 0 : frequency(lexicon, part))),
      );
      if (joinedFrequency <= strongestPart) continue;
      joinedTo = end;
      break;
    }
    out.push(words.slice(index, joinedTo + 1).join(""));
    index = joinedTo + 1;
  }
  return out;
}

/**
 * Removes the stray single spaces that cut words, mostly before «і»
 * (`т іркеу`, `мемлекетт ік`, `Уәк ілетт і`, `б iр iншi`), and the hyphens
 * left over from line-end hyphenation (`бағдар-ламалар`, `облысы-ның`). A
 * join is made only when the joined word is attested in the lexicon more
 * often than the fragment that would disappear, so real words («күні
 * ішінде», «жұмыс істеген») and real compounds («сурдо-тифлотехникалық»,
 * «8-7162», «Қызылорда-Жезқазған») are kept.
 */
export function removeStraySpaces(text: string, lexicon: Lexicon): string {
  const unhyphenated = text.replace(/(\p{L}+)-(\p{Ll}+)/gu, (whole, left: string, right: string) => {
    const joined = frequency(lexicon, left + right);
    return joined >= MIN_ATTESTED && joined > frequency(lexicon, whole) ? left + right : whole;
  });
  return unhyphenated.replace(/\p{L}+(?: \p{L}+)+/gu, (run) => joinStrayRun(run.split(" "), lexicon).join(" "));
}

// ---------------------------------------------------------------------------
// §5.6 missing spaces
// ---------------------------------------------------------------------------

/** Both halves of a glued pair must be this long: shorter right halves are suffixes and clitics («құжаттар|мен», «село|ның»). */
const MIN_GLUED_PART = 4;
/** Both halves must be this common in the act, and the glued form this many times rarer than the rarer half. */
const MIN_PART_FREQUENCY = 5;
const GLUED_RARITY = 5;

/** A name of three words can lose both spaces: «Алматыауданыныңәкімдігі» (S17.a6, 80568). */
const MAX_GLUED_WORDS = 3;

/**
 * The split of `word` into at most `maxWords` common words of the act whose
 * rarest word is the most common (its frequency is the split's score), or
 * null when no split has every word `MIN_GLUED_PART` long and
 * `MIN_PART_FREQUENCY` common.
 */
function bestSplit(word: string, lexicon: Lexicon, maxWords: number): { words: string[]; score: number } | null {
  let best: { words: string[]; score: number } | null = null;
  for (let at = MIN_GLUED_PART; at <= word.length - MIN_GLUED_PART; at += 1) {
    const head = frequency(lexicon, word.slice(0, at));
    if (head < MIN_PART_FREQUENCY) continue;
    const rest = word.slice(at);
    const whole = frequency(lexicon, rest);
    const tail: { words: string[]; score: number } | null =
      whole >= MIN_PART_FREQUENCY
        ? { words: [rest], score: whole }
        : maxWords > 2
          ? bestSplit(rest, lexicon, maxWords - 1)
          : null;
    if (tail === null) continue;
    const score = Math.min(head, tail.score);
    if (best === null || score > best.score) best = { words: [word.slice(0, at), ...tail.words], score };
  }
  return best;
}

/**
 * Puts back spaces the dump lost between words (§5.6): «ауданыныңжұмыспен»,
 * «еркінталаптарына», «Көрсеткіштіңнормативтік», «Нұрмағамбетовкөшесі».
 * A Kazakh word is split in two where both halves are common words of the
 * act and the glued form is much rarer than they are, so real compounds and
 * suffixed words («құжаттармен», «қаланың») stay whole. A word glued to a
 * number («көрсетілген1-қосымшада», «заңымен12») is split before the digit.
 */
export function splitGluedWords(text: string, lexicon: Lexicon): string {
  const split = text.replace(/[\u0400-\u04FF]{8,}/gu, (word) => {
    const glued = frequency(lexicon, word);
    const parts = bestSplit(word, lexicon, MAX_GLUED_WORDS);
    return parts !== null && glued * GLUED_RARITY < parts.score ? parts.words.join(" ") : word;
  });
  return split.replace(/([\u0400-\u04FF]{3,})(?=\d)/gu, (word) =>
    frequency(lexicon, word) >= MIN_PART_FREQUENCY ? `${word} ` : word,
  );
}

// ---------------------------------------------------------------------------
// Cell lines
// ---------------------------------------------------------------------------

const CLOSING_PUNCTUATION = /^[),.;:»!?]/u;
const OPENING_PUNCTUATION = /[(«]$/u;

function lastWord(text: string): string | null {
  return /(\p{L}+)$/u.exec(text)?.[1] ?? null;
}

function firstWord(text: string): string | null {
  return /^(\p{L}+)/u.exec(text)?.[1] ?? null;
}

/**
 * Joins the lines of one cell into one string. Beyond a plain space join it
 * repairs what a general rule can see at the seam:
 * - a closing bracket or punctuation that fell to the next line sticks back
 *   (`(ұйымдарда` / `)`, 47903–47904), and so do slashes (`47/` / `3`) and
 *   a number's hyphen (`17-` / `ғимарат`, 50490–50491);
 * - a line-end hyphen before a lower-case continuation is a hyphenation when
 *   the joined word is attested, otherwise a compound whose hyphen is kept
 *   without a space;
 * - a word cut at the line end without a hyphen (`Ма` / `қатаев`, 7303–7304;
 *   `Тө` / `ле би`, 7309–7310) is glued when the next line starts in lower
 *   case and the glued word is attested in the lexicon more often than
 *   either fragment.
 * Not handled: cuts inside e-mails and phone numbers (the contact parser
 * joins those with its own rules), and cut words whose glued form the
 * lexicon does not know (they stay as two words).
 */
export function joinCellLines(parts: string[], lexicon: Lexicon): string {
  let joined = "";
  for (const raw of parts) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (joined.length === 0) {
      joined = line;
      continue;
    }
    // `(ұйымдарда` / `)`, `47/` / `3`, `н/` / `ж`, `17-` / `ғимарат`, `3-` / `шағын аудан`: no space at these seams;
    // nor where a number's hyphen opens the line: `Сағат 9` / `-00 бастап` (274–275), a time cut before its minutes.
    if (
      CLOSING_PUNCTUATION.test(line) ||
      OPENING_PUNCTUATION.test(joined) ||
      line.startsWith("/") ||
      joined.endsWith("/") ||
      /\d-$/u.test(joined) ||
      (/\d$/u.test(joined) && /^-\d/u.test(line))
    ) {
      joined += line;
      continue;
    }
    const tail = lastWord(joined.replace(/-$/u, ""));
    const head = firstWord(line);
    if (joined.endsWith("-") && tail !== null && head !== null && /^\p{Ll}/u.test(head)) {
      const glued = frequency(lexicon, tail + head);
      joined = glued >= MIN_ATTESTED ? joined.slice(0, -1) + line : joined + line;
      continue;
    }
    if (tail !== null && head !== null && /^\p{Ll}/u.test(head) && !joined.endsWith(".")) {
      const glued = frequency(lexicon, tail + head);
      if (glued >= MIN_ATTESTED && glued > frequency(lexicon, tail) && glued > frequency(lexicon, head)) {
        joined += line;
        continue;
      }
    }
    joined += ` ${line}`;
  }
  return joined;
}

/**
 * Spacing around punctuation as the typesetter meant it: the dump puts spaces
 * before «,», «:», «)» (`кестес і :`, `(кент ,`) and inside brackets. A
 * hyphen-minus with a space before it and a lower-case letter after it is a
 * cut compound (`Жүрiп -тұруы`, 36967): the act prints dashes as «–».
 */
export function tidyPunctuationSpacing(text: string): string {
  return (
    text
      .replace(/(?<=\S) +(?=[,.;:!?)»])/gu, "")
      .replace(/(?<=[(«]) +/gu, "")
      // «ауданы,Зеренді», «»ММ»: a comma or a closing quote runs into the next word.
      .replace(/,(?=\p{L})/gu, ", ")
      .replace(/»(?=\p{L})/gu, "» ")
      .replace(/(\p{L}) +-(\p{Ll})/gu, "$1-$2")
  );
}

/**
 * The one call other stages use on prose: look-alikes, letter-spacing, stray
 * spaces, hyphenation and glued words repaired, punctuation spacing tidied, whitespace
 * collapsed, trimmed. `text` may hold several lines (joined as a cell).
 */
export function normaliseText(text: string, lexicon: Lexicon): string {
  const lines = text.split("\n").map((line) => repairLetterSpacing(fixLookalikes(line)));
  const joined = joinCellLines(lines, lexicon).replace(/\s+/gu, " ").trim();
  return tidyPunctuationSpacing(splitGluedWords(removeStraySpaces(joined, lexicon), lexicon))
    .replace(/\s+/gu, " ")
    .trim();
}

/** «ММ» (мемлекеттік мекеме, state institution): the legal form the akimat lists print after the quoted name. */
const LEGAL_FORM = /(^|\s)ММ(?=[\s»"]*$)/u;

/**
 * The clean name of an institution printed as «<name>» ММ: the legal form
 * «ММ» dropped, quotes left unmatched by the dump dropped («…әкімдігі» ММ»,
 * 78921–78922), and the quotes around the whole name removed, while quotes
 * inside it stay («Астана қаласы «Алматы» ауданы әкімінің аппараты» ММ →
 * Астана қаласы «Алматы» ауданы әкімінің аппараты).
 */
export function institutionName(printed: string): string {
  const text = printed.replace(LEGAL_FORM, "$1").replace(/\s+/g, " ").trim();
  // Pair the quotes; drop the ones without a partner.
  const chars = [...text];
  const open: number[] = [];
  const drop = new Set<number>();
  const partner = new Map<number, number>();
  chars.forEach((char, index) => {
    if (char === "«") open.push(index);
    else if (char === "»") {
      const start = open.pop();
      if (start === undefined) drop.add(index);
      else partner.set(start, index);
    }
  });
  for (const index of open) drop.add(index);
  let kept = chars.map((char, index) => (drop.has(index) ? "" : char));
  const first = kept.findIndex((char) => char !== "" && char.trim() !== "");
  const last = kept.length - 1 - [...kept].reverse().findIndex((char) => char !== "" && char.trim() !== "");
  if (first >= 0 && kept[first] === "«" && partner.get(first) === last) {
    kept = kept.map((char, index) => (index === first || index === last ? "" : char));
  }
  return kept.join("").replace(/\s+/g, " ").trim();
}
