/**
 * Records of the act itself and of its 17 service standards, as structured
 * data. The database keeps the scalar fields of `ServiceRecord` as columns and
 * every nested structure as JSON, and the GraphQL layer serves them as they
 * are, so every type here is JSON-plain: strings, numbers, booleans, null,
 * arrays and plain objects, no `Date`, no `Map`, no `undefined` values.
 *
 * Every fact keeps the 1-based line range it was read from (`LineRange`).
 */
import type { AppendixKind, LineRange, WeeklyHours } from "./records.js";

/**
 * Where a service is applied for. AUTHORITY = the district/city department or
 * the Astana/Almaty administration (also S2's "арнайы комиссияның жұмыс
 * органы"); AKIM = the settlement, village or rural-okrug akim; SERVICE_CENTRE =
 * a public service centre (ХҚО).
 */
export type Channel = "AUTHORITY" | "AKIM" | "SERVICE_CENTRE";

export type DeadlineUnit = "WORKING_DAYS" | "CALENDAR_DAYS" | "MINUTES";

/** A piece of cleaned prose with the lines it came from. */
export interface ProseFact {
  text: string;
  lines: LineRange;
}

// ---------------------------------------------------------------------------
// The act
// ---------------------------------------------------------------------------

/** One `Ескерту` note (or the repeal wording of a preamble item). */
export interface AmendmentRecord {
  /** The date of the amending act, ISO `YYYY-MM-DD`; null when the note lost the line that held it. */
  date: string | null;
  /** The number of the amending resolution as printed, without «№»/«N»: "1059", "435"; null when lost. */
  number: string | null;
  /**
   * What the note says happened: NEW_WORDING («жаңа редакцияда»), AMENDED
   * («өзгеріс(тер) енгізілді»), ADDED («толықтырылды»), REPEALED («күші жойылды»).
   */
  change: "NEW_WORDING" | "AMENDED" | "ADDED" | "REPEALED";
  /**
   * What was changed, as the note names it: "resolution", "preamble",
   * "paragraph 1", "item 11", "appendix 1", "standard"; for a paragraph of a
   * standard, "paragraph 7".
   */
  target: string;
  /** The preamble number of the standard the note sits in, or null for the resolution itself. */
  serviceNumber: number | null;
  /** The entry-into-force wording, cleaned («алғашқы ресми жарияланғанынан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі»). */
  entryIntoForce: string | null;
  /** The whole note, cleaned. */
  text: string;
  lines: LineRange;
  /** True when the note's first line is lost and only its continuation survives (S3.a1, 11141). */
  truncated: boolean;
}

export interface LegalActRecord {
  /** "resolution-394-2011-04-07". */
  id: string;
  kind: "GOVERNMENT_RESOLUTION";
  number: string;
  /** ISO date of adoption. */
  date: string;
  title: string;
  titleLines: LineRange;
  status: "IN_FORCE" | "REPEALED";
  /** The repeal, when the act was repealed (also listed in `amendments`). */
  repeal: AmendmentRecord | null;
  /** «2. Осы қаулы … қолданысқа енгiзiледi.» */
  entryIntoForce: ProseFact | null;
  /**
   * The preamble recital (12–18): «… Бюджет кодексінің 34-бабына, … сәйкес Қазақстан Республикасының
   * Үкіметі ҚАУЛЫ ЕТЕДІ:», its displaced links put back, and the acts it cites (as a service's legal basis).
   */
  recital?: LegalBasis | null;
  /** Every note of the act, in file order: the resolution's own and those inside the standards. */
  amendments: AmendmentRecord[];
}

// ---------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------

/** One channel's provider, with the sentence of paragraph 1 that names it. */
export interface ProviderChannel {
  channel: Channel;
  /** The providers as paragraph 1 names them, cleaned. */
  wording: string;
  /** The appendix that lists these providers, when paragraph 1 cites one. */
  appendixId: string | null;
  /** True when the channel is an alternative («баламалы негізде») or a fallback (akim where there is no authority). */
  alternative: boolean;
  lines: LineRange;
}

export type LegalActKind =
  | "CODE"
  | "LAW"
  | "GOVERNMENT_RESOLUTION"
  | "MINISTERIAL_ORDER"
  | "MASLIKHAT_DECISION"
  | "LOCAL_EXECUTIVE_RESOLUTION";

/** One act cited by paragraph 3 (the legal basis). */
export interface LegalBasisCitation {
  kind: LegalActKind;
  /** The act's title in «», when printed. */
  title: string | null;
  /** ISO date, when printed. */
  date: string | null;
  number: string | null;
  /** The cited parts, as printed after restoring displaced fragments: "15-бабы", "22-бабының 1-тармағы", "2-тарауы". */
  parts: string[];
  /** The citation's text, cleaned. */
  text: string;
}

export interface LegalBasis {
  /** The whole paragraph, cleaned, displaced hyperlink fragments put back. */
  text: string;
  citations: LegalBasisCitation[];
  lines: LineRange;
}

export interface Recipients {
  /** The paragraph, cleaned. */
  text: string;
  /** The categories the paragraph enumerates (the write side cites them as c1, c2, … in this order). */
  categories: string[];
  /** The lines of each category, in the order of `categories` (the paragraph's lines when it lists them inline). */
  categoryLines: LineRange[];
  /** True when the act leaves the categories to maslikhat decisions (S14). */
  setByMaslikhat: boolean;
  lines: LineRange;
}

export interface ServiceResult {
  text: string;
  /** The outcomes the paragraph names («… не …»), in order. */
  outcomes: string[];
  /** "PAPER" when the act says «қағаз жеткізгіште», "ELECTRONIC" for «электронды түрде», else null. */
  medium: "PAPER" | "ELECTRONIC" | null;
  lines: LineRange;
}

/** The processing deadline of one channel (paragraph 7, item 1). */
export interface Deadline {
  channel: Channel;
  amount: number;
  unit: DeadlineUnit;
  /** True for «… аспайды», «… кешіктірілмейді», «… асырмай» (at most), false for «… ішінде» (within). */
  atMost: boolean;
  text: string;
  lines: LineRange;
}

/**
 * A waiting or service time of one channel (paragraph 7, items 2 and 3).
 * WAIT_AT_HAND_IN = the queue when handing documents in (S3's centre),
 * WAIT = the wait before being served, SERVICE = the service time itself.
 */
export interface WaitingTime {
  channel: Channel;
  kind: "WAIT_AT_HAND_IN" | "WAIT" | "SERVICE";
  minutes: number;
  /** True when the act counts the wait as `minutes` per person ahead in the queue. */
  perPersonAhead: boolean;
  text: string;
  lines: LineRange;
}

export interface Cost {
  free: boolean;
  text: string;
  lines: LineRange;
}

export interface ChannelSchedule {
  channels: Channel[];
  /** MAIN = the provider's own hours; BRANCHES = a centre's branches and representative offices. */
  scope: "MAIN" | "BRANCHES";
  text: string;
  weekly: WeeklyHours[];
  lines: LineRange;
}

export interface Schedules {
  byChannel: ChannelSchedule[];
  /** Other sentences of paragraph 9 (queue order, staff details). */
  notes: ProseFact[];
}

/** One applicant case of a document item: «Қазақстан азаматтары – жеке куәлік (паспорт)». */
export interface DocumentCase {
  /** "d1.1". */
  code: string;
  /** Who the case is for, when printed before the dash. */
  applicants: string | null;
  document: string;
  lines: LineRange;
}

export interface DocumentItem {
  /** Stable within its list: "d1" … for numbered items, "x1" … for the additions printed after the list. */
  code: string;
  /** The printed item number, or null for an addition. */
  number: number | null;
  text: string;
  cases: DocumentCase[];
  lines: LineRange;
}

/** The documents required on one or more channels. */
export interface DocumentList {
  channels: Channel[];
  /** The heading of a per-channel list («Уәкілетті органға немесе орталыққа:»), or the paragraph's lead sentence. */
  intro: string;
  items: DocumentItem[];
  /** Sentences after the items that are not additions. */
  notes: ProseFact[];
  lines: LineRange;
}

export interface ServiceDocuments {
  lists: DocumentList[];
  /** True when the list is left to maslikhat decisions (S14). */
  setByMaslikhat: boolean;
  /** The paragraph on application forms (S1 p.12 «бланкілерді толтырмай»), cleaned. */
  forms: ProseFact | null;
  /** True when the act says no form has to be filled in. */
  noFormsToFill: boolean;
  lines: LineRange | null;
}

export interface Ground {
  /** "r1" … for refusal grounds, "t1" … for termination, "s1" … for suspension. */
  code: string;
  text: string;
  lines: LineRange;
  /**
   * The sub-services (`ServiceRecord.subServices` numbers) the ground does not apply to, as it names them in
   * «…» before «қоспағанда» (S18 p.16, 80739–80742: not to job placement, 4, and career guidance, 6).
   */
  exceptSubServices: number[];
}

export interface RefusalGrounds {
  grounds: Ground[];
  /** Grounds for stopping the service once granted (S6, S16). */
  termination: Ground[];
  /** Other sentences of the paragraph (what happens via a centre, return deadlines). */
  notes: ProseFact[];
  /** The form of the refusal letter, when cited (S1: appendix 2). */
  letterAppendixId: string | null;
  lines: LineRange;
}

export interface SuspensionGrounds {
  /** False when the act says there are none («негіздеме жоқ», «көзделмеген»). */
  exists: boolean;
  grounds: Ground[];
  text: string;
  lines: LineRange | null;
}

/** What the applicant is given on handing documents in. */
export interface HandIn {
  channels: Channel[];
  /** TALON, RECEIPT (қолхат) or the RESULT itself (S3, S18 hand over the result at once). */
  receives: "TALON" | "RECEIPT" | "RESULT";
  /** The contents the act lists (date, name of the receiver, …), cleaned. */
  contents: string[];
  text: string;
  lines: LineRange;
}

export interface Delivery {
  channels: Channel[];
  /** IN_PERSON, BY_POST, or both. */
  methods: ("IN_PERSON" | "BY_POST")[];
  text: string;
  lines: LineRange;
}

export type ComplaintKind = "RUDE_SERVICE" | "RESULT_DISAGREEMENT" | "OFFICIAL_ACTIONS" | "COURT";
export type ComplaintTarget = "PROVIDER_HEAD" | "REGIONAL_ADMINISTRATION" | "AKIMAT_APPARATUS" | "MINISTRY" | "COURT";

export interface ComplaintRoute {
  kind: ComplaintKind;
  target: ComplaintTarget;
  /** The appendix that lists the body, as the text cites it; null when none is cited. */
  appendixId: string | null;
  /** The kind of that appendix, so a consumer can see a citation that points at the wrong list (S7 p.21). */
  appendixKind: AppendixKind | null;
  text: string;
  lines: LineRange;
}

export interface ComplaintProcedure {
  routes: ComplaintRoute[];
  /** Paragraph 24: what a written complaint must state. */
  contents: { text: string; items: string[]; lines: LineRange } | null;
  /** Paragraph 25: what the complainant receives. */
  receipt: {
    receives: "TALON";
    includesAnswerDate: boolean;
    includesContact: boolean;
    /** S18: the outcome is sent by post. */
    outcomeByPost: boolean;
    text: string;
    lines: LineRange;
  } | null;
  lines: LineRange | null;
}

export interface QualityIndicatorRecord {
  /** `s1-a3#1.1`. */
  id: string;
  serviceNumber: number;
  appendixId: string;
  groupNumber: number;
  group: string;
  /** "1.1". */
  code: string;
  label: string;
  /** The three value columns; every cell of the act is empty. */
  normativeValue: string | null;
  targetValueNextYear: string | null;
  currentValueReportingYear: string | null;
  lines: LineRange;
}

/** A fill-in template (S1.a2, S17.a2, S17.a3). */
export interface FormRecord {
  /** The appendix id. */
  id: string;
  serviceNumber: number;
  appendixId: string;
  /** The form's own heading («Өтініш», «АНЫҚТАМА»), or null (S1.a2 has none). */
  title: string | null;
  /** The template, one string per printed line, cleaned; blanks kept as `___`. */
  lines: string[];
  /** The blanks, with the hint printed under or next to them. */
  blanks: { hint: string | null; line: number }[];
  source: LineRange;
}

export interface MinistryContact {
  name: string;
  address: string;
  postalCode: string | null;
  website: string | null;
  /** Each standard's paragraph with the contact: service number, its wording and lines. */
  sources: { serviceNumber: number; name: string; address: string; website: string | null; lines: LineRange }[];
}

export interface ServiceRecord {
  /** Preamble number, 1–18. */
  number: number;
  repealed: boolean;
  /** The title as printed above the standard's body (cleaned), or null for item 11. */
  title: string | null;
  /** The title in the preamble list (cleaned), or null for item 11. */
  preambleTitle: string | null;
  /** Other names of the service: the preamble title when it differs, paragraph 1's name, appendix captions. */
  alternateTitles: string[];
  form: "NON_AUTOMATED" | "PARTIALLY_NON_AUTOMATED" | "PARTIALLY_AUTOMATED" | null;
  /** The standard's title and body, or the preamble item for item 11. */
  lines: LineRange | null;
  providers: ProviderChannel[];
  legalBasis: LegalBasis | null;
  result: ServiceResult | null;
  recipients: Recipients | null;
  deadlines: Deadline[];
  waitingTimes: WaitingTime[];
  cost: Cost | null;
  schedules: Schedules | null;
  documents: ServiceDocuments | null;
  refusalGrounds: RefusalGrounds | null;
  suspensionGrounds: SuspensionGrounds | null;
  handIn: HandIn[];
  delivery: Delivery[];
  complaints: ComplaintProcedure | null;
  appendixIds: string[];
  qualityIndicators: QualityIndicatorRecord[];
  forms: FormRecord[];
  amendments: AmendmentRecord[];
  /** The services a standard comprises («… мемлекеттік қызметі: 1) «…»; … қамтиды», S18 80654–80663); empty for the others. */
  subServices: SubService[];
}

/** One service of those a standard comprises (S18 p.1: six kinds of referral and career guidance). */
export interface SubService {
  /** The item number in paragraph 1. */
  number: number;
  /** The name as quoted, in the nominative («Адамдарға жастар практикасына жолдама беру» for «…беруді»). */
  title: string;
  lines: LineRange;
}
