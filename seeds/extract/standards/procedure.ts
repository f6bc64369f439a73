/**
 * Section 2 of a standard (the procedure) and section 5 (complaints):
 * required documents, forms, what the applicant receives on hand-in, how the
 * result is delivered, refusal / suspension / termination grounds, complaint
 * routes, and the Ministry's contact.
 */
import type { AppendixRecord, LineRange } from "../model.js";
import type {
  Channel,
  ComplaintKind,
  ComplaintProcedure,
  ComplaintRoute,
  ComplaintTarget,
  Delivery,
  DocumentItem,
  DocumentList,
  Ground,
  HandIn,
  ProseFact,
  RefusalGrounds,
  ServiceDocuments,
  SubService,
  SuspensionGrounds,
} from "./model.js";
import type { Clause, Paragraph } from "./paragraphs.js";
import { paragraphText, stripMarker } from "./paragraphs.js";
import { channelMentions, channelsMentioned } from "./channels.js";

function channelMentionsAt(text: string): number | null {
  return channelMentions(stripMarker(text))[0]?.index ?? null;
}
import { appendixByNumber, citedAppendixNumbers, sentencesOf } from "./facts.js";

const ITEM = /^(\d+)\s?\)\s*/;
const GROUP_HEADING = /^(\d+)\s?\.\s+(.*):\s*$/u;

function span(clauses: Clause[]): LineRange {
  const first = clauses[0]?.lines.start ?? 0;
  const last = clauses.reduce((max, c) => Math.max(max, c.lines.end), first);
  return { start: first, end: last };
}

function withoutEnd(text: string): string {
  return text.replace(/[;.,]\s*$/u, "").trim();
}

/** «Қазақстан азаматтары – жеке куәлік (паспорт);» — a case of the open item. */
function caseOf(text: string): { applicants: string | null; document: string } | null {
  // «… мүгедектер үшін – …»: the category ends at «үшін», which may follow an earlier dash.
  const dash = /^(.{3,400}?\sүшін)\s+[–-]\s+(.+)$/u.exec(text) ?? /^(.{3,90}?)\s+[–-]\s+(.+)$/u.exec(text);
  if (!dash || text.length > 300) return null;
  return { applicants: (dash[1] ?? "").replace(/^сондай-ақ\s+/u, "").trim(), document: withoutEnd(dash[2] ?? "") };
}

/** A clause after the list that adds documents for a category («Шетелдіктер … бұған қоса», «Оралмандар … ұсынады»). */
function isAddition(text: string): boolean {
  if (/^Егер\s/u.test(text) && /\s–\s/u.test(text)) return true; // S2: a court decision when the archives are lost
  return /^(Шетелдіктер|Оралмандар|Азаматтығы жоқ)/u.test(text) && /куәлі|құжат/u.test(text);
}

/**
 * Paragraph 11: the documents, per channel when the act gives separate lists
 * («1. Уәкілетті органға немесе орталыққа:», «2. Кент, ауыл … әкіміне …:»).
 */
export function readDocuments(
  paragraph: Paragraph,
  formsParagraph: Paragraph | null,
  serviceChannels: Channel[],
): ServiceDocuments {
  const lead = paragraph.clauses[0];
  const leadText = lead ? stripMarker(lead.text) : "";
  const lists: DocumentList[] = [];
  let list: DocumentList | null = null;
  let item: DocumentItem | null = null;
  let additions = 0;
  let listClauses: Clause[] = [];

  const openList = (channels: Channel[], intro: string, clause: Clause): DocumentList => {
    listClauses = [clause];
    const created: DocumentList = { channels, intro, items: [], notes: [], lines: clause.lines };
    lists.push(created);
    item = null;
    additions = 0;
    return created;
  };

  for (const clause of paragraph.clauses.slice(1)) {
    const group = GROUP_HEADING.exec(clause.text);
    const groupChannels = group ? channelsMentioned(group[2] ?? "") : [];
    if (group && groupChannels.length > 0) {
      list = openList(groupChannels, withoutEnd(group[2] ?? ""), clause);
      continue;
    }
    list ??= openList(serviceChannels, withoutEnd(leadText), lead ?? clause);
    listClauses.push(clause);
    list.lines = span(listClauses);
    const numbered = ITEM.exec(clause.text);
    if (numbered) {
      item = {
        code: `d${numbered[1]}`,
        number: Number(numbered[1]),
        text: withoutEnd(stripMarker(clause.text)),
        cases: [],
        lines: clause.lines,
      };
      list.items.push(item);
      continue;
    }
    const open = item as DocumentItem | null;
    // An item that ends with a colon owns every line up to the next item (S5's three sub-lists).
    // …as long as the lines before end with «;» or «:» (S17's note after its «.»-ended case is no sub-item).
    const lastOfItem = open?.cases[open.cases.length - 1]?.lines.end ?? open?.lines.end ?? 0;
    const previousText = paragraph.clauses.find((c) => c.lines.end === lastOfItem)?.text ?? open?.text ?? "";
    const opensSubList = open !== null && /:$/u.test(open.text) && /[;:]$/u.test(previousText);
    const asCase = open && list.notes.length === 0 ? caseOf(clause.text) : null;
    if (/ұсынады\.$/u.test(clause.text) || isAddition(clause.text)) {
      // «… мүгедектігі туралы анықтама ұсынады.», «Оралмандар оралман куәлігін ұсынады.»: the list's closing words add a document for everyone or for one category.
      additions += 1;
      list.items.push({
        code: `x${additions}`,
        number: null,
        text: withoutEnd(clause.text),
        cases: [],
        lines: clause.lines,
      });
      item = null;
    } else if (open && (opensSubList || (asCase && (open.cases.length > 0 || /^сондай-ақ/u.test(clause.text))))) {
      const sub = asCase ?? { applicants: null, document: withoutEnd(clause.text) };
      open.cases.push({
        code: `${open.code}.${open.cases.length + 1}`,
        applicants: sub.applicants,
        document: sub.document,
        lines: clause.lines,
      });
      open.lines = { start: open.lines.start, end: clause.lines.end };
    } else if (list.items.length === 0 && /:$/u.test(clause.text)) {
      // S17 prints its only item unnumbered: «жеке басын куәландыратын құжат:».
      item = { code: "d1", number: null, text: clause.text, cases: [], lines: clause.lines };
      list.items.push(item);
    } else {
      list.notes.push({ text: clause.text, lines: clause.lines });
      item = null;
    }
  }
  for (const l of lists) for (const i of l.items) i.text = withoutEnd(i.text);
  const allText = paragraphText(paragraph);
  const formsText = formsParagraph ? paragraphText(formsParagraph) : null;
  return {
    lists,
    setByMaslikhat: /мәслихат/u.test(allText) && lists.every((l) => l.items.length === 0),
    forms: formsParagraph && formsText ? { text: formsText, lines: formsParagraph.lines } : null,
    noFormsToFill: formsText !== null && /толтырмай|толтырылмайды/u.test(formsText),
    lines: paragraph.lines,
  };
}

/** Whether a paragraph is about application forms (p.12: «бланкілер», «өтініш нысандары», «еркін нысанда»). */
export function isFormsParagraph(paragraph: Paragraph): boolean {
  return /бланк|өтініш(?:тердің|тің)? нысандары|еркін нысанда|өтініштер толтырылмайды/u.test(paragraphText(paragraph));
}

// ---------------------------------------------------------------------------
// Refusal, suspension, termination
// ---------------------------------------------------------------------------

function splitGrounds(sentence: string): string[] {
  // «… болмаған кезде, жалған мәліметтер … ұсынған кезде, осы стандартқа …»
  // «… анықталуы, сондай-ақ … ұсынуы … бас тарту үшін негіз болып табылады» (S2)
  const stated =
    /^(.*?)\s*(?:мемлекеттік қызмет\p{L}* көрсетуден\s+)?бас\s+тарту\s*(?:\(тоқтата тұру\)\s*)?үшін\s+негіз\p{L}*\s+болып\s+табылады\.?$/u.exec(
      sentence,
    );
  if (stated?.[1]) return stated[1].split(/,\s+сондай-ақ\s+/u).map((g) => g.trim());
  const core = sentence.replace(/^.*?бас тарту\s+/u, "");
  const pieces = core.split(/(?<=кезде|жағдайда),\s+/u);
  const grounds = pieces.filter((p) => /(кезде|жағдайда)$/u.test(p.trim()));
  return grounds.length > 1 ? grounds.map((g) => g.trim()) : [sentence.trim()];
}

/** «…беруді» → «…беру»: a quoted name in the accusative, as S18 quotes its sub-services. */
export function nominative(title: string): string {
  return title.replace(/(?:ды|ді|ны|ні)$/u, "").trim();
}

/**
 * The sub-services a ground names as exceptions: «(«Жұмысқа орналасу үшін жолдама беруді» және «Адамдарға
 * кәсіптік бағдарлауда тегін қызмет көрсетуді» қоспағанда)» (S18 80741–80742) → 4 and 6.
 */
function exceptedSubServices(text: string, subServices: SubService[]): number[] {
  const clause = /((?:«[^«»]+»[\s,]*(?:және\s+|мен\s+)?)+)қоспағанда/u.exec(text)?.[1] ?? "";
  const key = (title: string) =>
    nominative(title)
      .toLowerCase()
      .replace(/[^\p{L}\d]+/gu, "");
  const named = [...clause.matchAll(/«([^«»]+)»/gu)].map((match) => key(match[1] ?? ""));
  return subServices.filter((sub) => named.includes(key(sub.title))).map((sub) => sub.number);
}

export function readRefusal(
  paragraph: Paragraph,
  serviceNumber: number,
  appendices: AppendixRecord[],
  subServices: SubService[] = [],
): { refusal: RefusalGrounds; suspension: SuspensionGrounds } {
  const grounds: Ground[] = [];
  const termination: Ground[] = [];
  const notes: ProseFact[] = [];
  let suspension: SuspensionGrounds = { exists: false, grounds: [], text: "", lines: null };
  let mode: "refusal" | "termination" = "refusal";
  let letterAppendixId: string | null = null;

  const add = (text: string, lines: LineRange): void => {
    const exceptSubServices = exceptedSubServices(text, subServices);
    if (mode === "termination")
      termination.push({ code: `t${termination.length + 1}`, text, lines, exceptSubServices });
    else grounds.push({ code: `r${grounds.length + 1}`, text, lines, exceptSubServices });
  };

  for (const [index, clause] of paragraph.clauses.entries()) {
    const text = index === 0 ? stripMarker(clause.text) : clause.text;
    for (const n of citedAppendixNumbers(text)) {
      const appendix = appendixByNumber(appendices, serviceNumber, n);
      if (appendix?.kind === "FORM") letterAppendixId = appendix.id;
    }
    if (/тоқтату/u.test(text) && (/:\s*$/u.test(text) || /тоқтату үшін негіздер/u.test(text))) {
      // «… тоқтату және (немесе) тоқтата тұру үшін:» (S16): the items after it stop the service, and also suspend it.
      mode = "termination";
      if (/тоқтата тұру/u.test(text)) suspension = { exists: true, grounds: [], text, lines: clause.lines };
      continue;
    }
    if (/тоқтата тұру/u.test(text) && !/бас тарту\s*\(тоқтата тұру\)|тоқтату\s*\(тоқтата тұру\)/u.test(text)) {
      const none = /жоқ|көзделмеген/u.test(text);
      suspension = { exists: !none, grounds: [], text, lines: clause.lines };
      continue;
    }
    const numbered = ITEM.exec(text);
    if (numbered) {
      add(
        withoutEnd(
          stripMarker(text)
            .replace(/\s*(?:жәрдемақы тағайындаудан|мемлекеттік қызмет көрсетуден)?\s*бас\s+тарт\p{L}*\.?$/u, "")
            .replace(/\s*негіздеме болып табылады\.?$/u, ""),
        ),
        clause.lines,
      );
      continue;
    }
    if (index === 0 && /:\s*$/.test(text)) continue; // «16. Уәкілетті орган:» opens a numbered list
    if (
      /бас тарт|негіз/u.test(text) &&
      /негіз\p{L}* болып табылады|бас тарту\s+\S|бас тартылады|бас тартады/u.test(text) &&
      !/қайтарады|жібереді|хабарлама береді/u.test(text)
    ) {
      mode = "refusal";
      const sentence = sentencesOf(text)[0] ?? text;
      for (const ground of splitGrounds(sentence)) add(withoutEnd(ground), clause.lines);
      if (/бас тарту \(тоқтата тұру\)/u.test(text)) {
        suspension = {
          exists: true,
          grounds: [
            {
              code: "s1",
              text: withoutEnd(sentence),
              lines: clause.lines,
              exceptSubServices: exceptedSubServices(sentence, subServices),
            },
          ],
          text,
          lines: clause.lines,
        };
      }
      continue;
    }
    notes.push({ text, lines: clause.lines });
  }
  if (suspension.exists && suspension.grounds.length === 0) {
    suspension.grounds = termination.map((t, i) => ({ ...t, code: `s${i + 1}` }));
  }
  return {
    refusal: { grounds, termination, notes, letterAppendixId, lines: paragraph.lines },
    suspension,
  };
}

// ---------------------------------------------------------------------------
// Hand-in and delivery
// ---------------------------------------------------------------------------

function receivesOf(text: string): HandIn["receives"] {
  if (/қолхат/u.test(text)) return "RECEIPT";
  if (/талон/u.test(text)) return "TALON";
  return "RESULT";
}

/** «… тегі мен аты-жөні көрсетілген талон беріледі»: the listed contents before «көрсетілген». */
function contentsOf(text: string): string[] {
  const before = text.split(/\s+көрсетілген/u)[0] ?? "";
  // The contents follow the last of «… тапсырғаннан кейін», «тұтынушыға», «уәкілетті органда –».
  const tail = before.replace(/^.*(?:Тұтынушыға|тұтынушыға|–|кейін)\s*/u, "");
  return tail
    .split(/[,;]\s+/u)
    .map((s) => withoutEnd(s))
    .filter((s) => s.length > 0);
}

export function readHandIn(paragraph: Paragraph, serviceChannels: Channel[]): HandIn[] {
  // Per-channel parts: numbered («1) уәкілетті органда – …»), or unnumbered lines that open with the channel (S16 «орталықта:»).
  const items = paragraph.clauses.filter(
    (c, index) =>
      index > 0 && (ITEM.test(c.text) || ((channelMentionsAt(c.text) ?? 99) < 3 && /–|:\s*$/u.test(c.text))),
  );
  if (items.length === 0) {
    const text = paragraphText(paragraph);
    const receives = receivesOf(text);
    // «… өтініш берген кезде … анықтама беріледі» (S17, S18): the result itself is handed over.
    const handed = /(?:кезде|кейін)\s+(.*?)\s+беріледі/u.exec(text)?.[1];
    const contents = receives === "RESULT" ? (handed ? [handed] : []) : contentsOf(text);
    return [{ channels: serviceChannels, receives, contents, text, lines: paragraph.lines }];
  }
  const handIns: HandIn[] = [];
  for (const [index, item] of items.entries()) {
    const start = paragraph.clauses.indexOf(item);
    const nextItem = items[index + 1];
    const end = nextItem ? paragraph.clauses.indexOf(nextItem) : paragraph.clauses.length;
    const clauses = paragraph.clauses.slice(start, end);
    const head = stripMarker(item.text);
    const text = clauses.map((c) => stripMarker(c.text)).join(" ");
    const channels = channelsMentioned(head.split(/[–:]/u)[0] ?? head);
    const sub = clauses.slice(1).map((c) => withoutEnd(c.text.replace(/\s*көрсетілген.*$/u, "")));
    handIns.push({
      channels: channels.length > 0 ? channels : serviceChannels,
      receives: receivesOf(text),
      contents:
        sub.length > 0
          ? sub.filter((s) => s.length > 0)
          : /талон|қолхат/u.test(head)
            ? contentsOf(head)
            : [withoutEnd(head.replace(/^.*?[–-]\s*/u, ""))],
      text,
      lines: span(clauses),
    });
  }
  return handIns;
}

/** The post: «пошта», and «почта» as the older standards spell it (S9 p.15, 40565–40568 «почта байланысы арқылы»). */
const BY_POST = /(?:пошта|почта)/u;

export function readDelivery(paragraph: Paragraph, serviceChannels: Channel[]): Delivery[] {
  const deliveries: Delivery[] = [];
  const clauses = paragraph.clauses;
  // A lead clause ending in a colon («… хабарлама беру:») only introduces the channels' clauses.
  const perChannel = clauses.filter((c, index) => !(index === 0 && clauses.length > 1 && /:\s*$/u.test(c.text)));
  for (const clause of perChannel) {
    const text = stripMarker(clause.text);
    const methods: Delivery["methods"] = [];
    if (/жеке|өзі|баруы|терезе|кедергісіз/u.test(text)) methods.push("IN_PERSON");
    if (BY_POST.test(text)) methods.push("BY_POST");
    if (methods.length === 0) continue;
    const named = channelsMentioned(text);
    deliveries.push({ channels: named.length > 0 ? named : serviceChannels, methods, text, lines: clause.lines });
  }
  if (deliveries.length === 0 && clauses[0]) {
    const text = paragraphText(paragraph);
    deliveries.push({
      channels: serviceChannels,
      methods: BY_POST.test(text) ? ["BY_POST"] : ["IN_PERSON"],
      text,
      lines: paragraph.lines,
    });
  }
  return deliveries;
}

// ---------------------------------------------------------------------------
// Complaints and the Ministry
// ---------------------------------------------------------------------------

const TARGET_BY_APPENDIX_KIND: Partial<Record<AppendixRecord["kind"], ComplaintTarget>> = {
  DEPT: "PROVIDER_HEAD",
  XQO: "PROVIDER_HEAD",
  BASQ: "REGIONAL_ADMINISTRATION",
  APP: "AKIMAT_APPARATUS",
  AKIM: "AKIMAT_APPARATUS",
};

function kindOfComplaint(text: string): ComplaintKind | null {
  if (/дөрекі/u.test(text)) return "RUDE_SERVICE";
  if (/сотқа|сот органдарында/u.test(text)) return "COURT";
  if (/әрекет\p{L}*\s*\(әрекетсіздіг\p{L}*\)/u.test(text)) return "OFFICIAL_ACTIONS";
  if (/келіспеген/u.test(text)) return "RESULT_DISAGREEMENT";
  return null;
}

/** The body a text addresses the complaint to, when it says so in words. */
function targetInWords(text: string, kind: ComplaintKind): ComplaintTarget | null {
  if (kind === "COURT") return "COURT";
  if (kind === "RUDE_SERVICE") return "PROVIDER_HEAD";
  if (/әкімдерінің аппарат/iu.test(text)) return "AKIMAT_APPARATUS";
  if (/жоғары тұрған/u.test(text)) return "REGIONAL_ADMINISTRATION";
  if (/министрлі/u.test(text)) return "MINISTRY";
  return null;
}

export function readComplaints(
  paragraphs: Paragraph[],
  serviceNumber: number,
  appendices: AppendixRecord[],
): ComplaintProcedure {
  const routes: ComplaintRoute[] = [];
  let contents: ComplaintProcedure["contents"] = null;
  let receipt: ComplaintProcedure["receipt"] = null;
  for (const paragraph of paragraphs) {
    const whole = paragraphText(paragraph);
    if (/министрлігінің мекенжайы/u.test(whole)) continue;
    let paragraphKind: ComplaintKind | null = null;
    // The talon's paragraph may go on about the complaint's outcome (S18 p.25, 80797–80798: «Шағымды қарау
    // нәтижелері туралы … пошта арқылы жазбаша түрде хабарланады.»): those sentences belong to the receipt.
    let receiptOpen = false;
    for (const [index, clause] of paragraph.clauses.entries()) {
      const clauseText = index === 0 ? stripMarker(clause.text) : clause.text;
      if (receiptOpen && receipt && !kindOfComplaint(clauseText) && !/талон/u.test(clauseText)) {
        receipt.text = `${receipt.text} ${clauseText}`;
        receipt.lines = { start: receipt.lines.start, end: clause.lines.end };
        continue;
      }
      if (/шағымында/u.test(clauseText)) {
        contents = { text: clauseText, items: sentencesOf(clauseText), lines: clause.lines };
        continue;
      }
      // The talon sentence may share its clause with a route (S4 p.25) or stand in p.24 (S17).
      const sentences = sentencesOf(clauseText);
      const talon = sentences.find((sentence) => /талон/u.test(sentence) && !kindOfComplaint(sentence));
      if (talon) {
        receipt = {
          receives: "TALON",
          includesAnswerDate: /жауап\s+ал\p{L}*\s+(?:\p{L}+\s+)?күні/u.test(talon),
          includesContact: /байланыс деректері/u.test(talon),
          outcomeByPost: new RegExp(`${BY_POST.source}\\s+арқылы`, "u").test(whole),
          text: talon,
          lines: clause.lines,
        };
        receiptOpen = true;
      }
      const text = sentences.filter((sentence) => sentence !== talon).join(" ");
      if (text.length === 0) continue;
      const kind: ComplaintKind | null = kindOfComplaint(text) ?? (talon ? null : paragraphKind);
      if (!kind) continue;
      paragraphKind ??= kind;
      const cited = citedAppendixNumbers(text)
        .map((n) => appendixByNumber(appendices, serviceNumber, n) ?? { id: `s${serviceNumber}-a${n}`, kind: null })
        .map((a) => ({ id: a.id, kind: (a.kind ?? null) as AppendixRecord["kind"] | null }));
      const worded =
        kind === "OFFICIAL_ACTIONS" && !/орталық қызметкерінің/iu.test(text) ? null : targetInWords(text, kind);
      if (worded) {
        // The body is named in words, and every list the text cites is a route of its own: to the body that list
        // holds when the words name that kind of body (S2 p.22, 4207–4214: the heads of the working body, of the
        // centre and of the akim's apparatus, lists 1, 2 and 6), else to the body the words name (S7 p.21 cites the
        // akimats' list for the higher authority; S1 p.22 the басқармалар's list for the head of the authority).
        const named = (target: ComplaintTarget): boolean =>
          target === worded ||
          (kind === "RUDE_SERVICE" && target === "PROVIDER_HEAD") ||
          (target === "AKIMAT_APPARATUS" && /әкім\p{L}* аппарат/u.test(text));
        for (const appendix of cited) {
          const listed = appendix.kind ? TARGET_BY_APPENDIX_KIND[appendix.kind] : undefined;
          const target = listed && named(listed) ? listed : worded;
          routes.push({
            kind,
            target,
            appendixId: appendix.id,
            appendixKind: appendix.kind,
            text,
            lines: clause.lines,
          });
        }
        if (cited.length === 0)
          routes.push({ kind, target: worded, appendixId: null, appendixKind: null, text, lines: clause.lines });
      } else {
        for (const appendix of cited) {
          const target = appendix.kind ? TARGET_BY_APPENDIX_KIND[appendix.kind] : undefined;
          if (target)
            routes.push({
              kind,
              target,
              appendixId: appendix.id,
              appendixKind: appendix.kind,
              text,
              lines: clause.lines,
            });
        }
      }
    }
  }
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return { routes, contents, receipt, lines: first && last ? { start: first.lines.start, end: last.lines.end } : null };
}

export interface MinistryParagraph {
  name: string;
  address: string;
  postalCode: string | null;
  website: string | null;
  lines: LineRange;
}

/** «26. Қазақстан Республикасы Еңбек … министрлігінің мекенжайы: 010000, …, интернет-ресурс: www.enbek.gov.kz.» */
export function readMinistryParagraph(paragraph: Paragraph): MinistryParagraph | null {
  const text = paragraphText(paragraph);
  const match = /^(.*?министрлігі)нің мекенжайы:\s*(.*?),?\s*интернет-ресурс\p{L}*:\s*(.*)$/u.exec(text);
  if (!match) return null;
  const address = (match[2] ?? "").replace(/[,\s]+$/u, "");
  const site = /((?:https?:\/\/\s*)?www\.[\w.-]+?)\.?\s*$/u.exec((match[3] ?? "").trim());
  return {
    name: `${match[1]}`,
    address,
    postalCode: /^(\d{6})/.exec(address)?.[1] ?? null,
    website: site?.[1]?.replace(/^https?:\/\/\s*/u, "") ?? null,
    lines: paragraph.lines,
  };
}
