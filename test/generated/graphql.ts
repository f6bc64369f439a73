/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Level of an akimat apparatus (әкімі аппараты): REGIONAL (облыс әкімдігі) or DISTRICT (аудан, қала, кент, ауылдық округ әкімі). */
export type AkimatLevel =
  /** The akimat of a district or a city of oblast significance (аудан, қала әкімдігі), from the AKIM lists. */
  | 'DISTRICT'
  /** The apparatus of the akim of an oblast, Astana or Almaty (облыс әкімінің аппараты), from the APP lists. */
  | 'REGIONAL';

/** What an appendix (қосымша) holds: DEPT (district departments, бөлімдер), AKIM (akims, әкімдер), BASQ (regional administrations, басқармалар), APP (regional akimat apparatus, әкімдік аппараттары), XQO (service centres, ХҚО), QUAL (quality indicators, сапа көрсеткіштері), FORM (a form, нысан). */
export type AppendixKind =
  /** A list of the akimats of districts and cities of oblast significance (аудандардың, облыстық маңызы бар қалалар әкімдіктері). */
  | 'AKIM'
  /** A list of the apparatus of the akims of the oblasts, Astana and Almaty (әкімдері аппараттары), with their units responsible for public services. */
  | 'APP'
  /** A list of the regional administrations of employment and social programmes (облыстық басқармалар), Astana's and Almaty's included. */
  | 'BASQ'
  /** A list of the authorities that provide the service (уәкілетті органдар): district and city departments (бөлімдер), region by region. */
  | 'DEPT'
  /** A form (нысан) to fill in, such as a notice of refusal; lists no providers. */
  | 'FORM'
  /** The table of quality and effectiveness indicators (сапа мен тиімділік көрсеткіштері); lists no providers. */
  | 'QUAL'
  /** A list of public service centres (халыққа қызмет көрсету орталықтары, ХҚО) and their branches. */
  | 'XQO';

/** The applicant (өтініш беруші), as paragraph 11 and the receipt need them. */
export type ApplicantInput = {
  /** E-mail address (электрондық пошта), if any; checked for form, its domain lower-cased. */
  email?: string | null | undefined;
  /** Аты; the same rules as `surname`. */
  givenName: string;
  /** ЖСН/ИИН: 12 digits, valid check digit, plausible birth date. */
  iin: string;
  /** Әкесінің аты, if any; the same rules as `surname`. */
  patronymic?: string | null | undefined;
  /** Kazakhstan phone number (+7 6xx or +7 7xx; spaces, dashes, brackets or a leading 8 allowed); normalised to E.164, +7XXXXXXXXXX. */
  phone: string;
  /** Postal address (пошталық мекенжайы): 5–300 characters. */
  postalAddress: string;
  /** Тегі: letters, with single hyphens, apostrophes or spaces between them; at most 60 characters. */
  surname: string;
};

/** A step of the lifecycle. FORWARD: SUBMITTED → FORWARDED (a centre's officer, to a department); START_REVIEW: SUBMITTED/FORWARDED → IN_REVIEW; APPROVE: IN_REVIEW → APPROVED; REFUSE: IN_REVIEW → REFUSED (citing a refusal ground); ISSUE_RESULT: APPROVED/REFUSED → RESULT_ISSUED; WITHDRAW: SUBMITTED/FORWARDED/IN_REVIEW → WITHDRAWN (the submitting portal). All but WITHDRAW are for officers of the provider the application is addressed to. */
export type ApplicationAction =
  /** IN_REVIEW → APPROVED, by an officer of the provider it is addressed to; sets `outcome`. */
  | 'APPROVE'
  /** SUBMITTED → FORWARDED, only for an application handed in at a service centre (SERVICE_CENTRE channel): the centre's officer passes it to a department of the same region that lists the service (`forwardToProviderId`), which becomes the provider it is addressed to. */
  | 'FORWARD'
  /** APPROVED or REFUSED → RESULT_ISSUED: the result or the refusal is handed over, by an officer of the provider it is addressed to or of the one it was handed in at. Closes the application. */
  | 'ISSUE_RESULT'
  /** IN_REVIEW → REFUSED, by an officer of the provider it is addressed to, citing one of the service's refusal grounds (бас тарту негіздері) in `refusalGroundCode`; sets `outcome`. */
  | 'REFUSE'
  /** SUBMITTED or FORWARDED → IN_REVIEW, by an officer of the provider it is addressed to. An application handed in at a centre must be forwarded first. */
  | 'START_REVIEW'
  /** SUBMITTED, FORWARDED or IN_REVIEW → WITHDRAWN, by the portal that submitted it only. Closes the application. */
  | 'WITHDRAW';

/** Narrows the officer's list; all given conditions apply. */
export type ApplicationFilter = {
  /** True: only open applications past their due time, most overdue first. */
  overdue?: boolean | null | undefined;
  /** OFFICER: must be the officer's own provider when given (global id or slug). */
  providerId?: string | number | null | undefined;
  /** OFFICER: true lists what was handed in at the officer's provider (a centre's forwarded applications, whose results it hands over) instead of what is addressed to it. */
  receivedHere?: boolean | null | undefined;
  /** Only applications for the service with this number (1–18). */
  serviceNumber?: number | null | undefined;
  /** Any of these statuses. */
  status?: Array<ApplicationStatus> | null | undefined;
  /** Only applications changed (submitted or stepped) at or after this instant (ISO 8601 date-time). For exact catch-up without gaps use the `events` feed. */
  updatedSince?: string | null | undefined;
};

/** SUBMITTED (handed in), FORWARDED (a centre passed it to the department), IN_REVIEW, APPROVED, REFUSED (with a ground from the standard), RESULT_ISSUED (the result or the refusal was handed over), WITHDRAWN (by the applicant, through the portal). */
export type ApplicationStatus =
  /** Decided in the applicant's favour; still open, and can be overdue, until the result is handed over. */
  | 'APPROVED'
  /** A service centre passed it to the department (FORWARD); `provider` is now that department, `receivedAt` still the centre. */
  | 'FORWARDED'
  /** The provider it is addressed to is reviewing it. */
  | 'IN_REVIEW'
  /** Refused on one of the service's refusal grounds (`refusalGround`); still open, and can be overdue, until the refusal is handed over. */
  | 'REFUSED'
  /** The result or the refusal was handed over; closed. `outcome` says which. */
  | 'RESULT_ISSUED'
  /** Handed in and registered; the deadline (мерзім) runs from the day of submission. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant through the submitting portal before a decision; closed. */
  | 'WITHDRAWN';

/** Level of an authority (уәкілетті орган): DISTRICT_DEPARTMENT (аудандық/қалалық бөлім, employment and social programmes department), REGIONAL_ADMINISTRATION (облыстық басқарма), MINISTRY (министрлік). */
export type AuthorityKind =
  /** A district or city department of employment and social programmes (аудандық/қалалық бөлім). */
  | 'DISTRICT_DEPARTMENT'
  /** The Ministry (министрлік) the standards name. */
  | 'MINISTRY'
  /** The administration of employment and social programmes of an oblast, Astana or Almaty (басқарма). */
  | 'REGIONAL_ADMINISTRATION';

/** Where a service is applied for (өтініш беру арнасы): AUTHORITY (уәкілетті орган), AKIM (кент, ауыл, ауылдық округ әкімі), SERVICE_CENTRE (ХҚО). */
export type Channel =
  /** Through the akim of a settlement, village or rural okrug (кент, ауыл, ауылдық округ әкімі), who passes the documents to the department; such akims are not in the directory. */
  | 'AKIM'
  /** At the authority (уәкілетті орган) itself, as a rule a district or city department of employment and social programmes. */
  | 'AUTHORITY'
  /** Through a public service centre (ХҚО), which takes the documents in and passes them to the department that decides. */
  | 'SERVICE_CENTRE';

/** Paragraph 24: the complainant's surname, name, patronymic and postal address. */
export type ComplainantInput = {
  /** E-mail address (электрондық пошта), if any; checked for form, its domain lower-cased. */
  email?: string | null | undefined;
  /** Аты (given name); the same rules as `surname`. */
  givenName: string;
  /** Әкесінің аты (patronymic), if any; the same rules as `surname`. */
  patronymic?: string | null | undefined;
  /** Kazakhstan phone number, if any (+7 6xx or +7 7xx); normalised to E.164, +7XXXXXXXXXX. */
  phone?: string | null | undefined;
  /** Postal address (пошталық мекенжайы) for the answer: 5–300 characters. */
  postalAddress: string;
  /** Тегі (surname): letters, with single hyphens, apostrophes or spaces between them; at most 60 characters. */
  surname: string;
};

/** A step of a complaint's lifecycle (see ComplaintStatus), and who may take it. */
export type ComplaintAction =
  /** FILED or IN_REVIEW → ANSWERED, by an officer of the addressee, with the answer (жауап) in `answer`. */
  | 'ANSWER'
  /** FILED → IN_REVIEW, by an officer of the addressee (the body that hears the complaint). */
  | 'START_REVIEW'
  /** FILED or IN_REVIEW → WITHDRAWN, by the portal that filed the complaint only. */
  | 'WITHDRAW';

/** What a complaint (шағым) is about: rude service (дөрекі қызмет), disagreement with the result (нәтижемен келіспеу), actions of officials (лауазымды адамдардың әрекеттері), or going to court (сот). */
export type ComplaintKind =
  /** Going to court («сотқа жүгінуге құқығы бар»): a route the standards name; `fileComplaint` refuses it, since a court takes such complaints itself. */
  | 'COURT'
  /** The actions or inaction of officials («лауазымды адамдардың әрекетіне (әрекетсіздігіне)»). */
  | 'OFFICIAL_ACTIONS'
  /** Disagreement with the result of the service («көрсетілген қызметтің нәтижесімен келіспеген жағдайларда»). Filed about an application, that application must already be approved or refused. */
  | 'RESULT_DISAGREEMENT'
  /** Rude service by the provider's staff («қызмет дөрекі көрсетілген жағдайларда»). */
  | 'RUDE_SERVICE';

/** FILED → IN_REVIEW → ANSWERED by the addressee's officers; FILED/IN_REVIEW → WITHDRAWN by the filing portal. */
export type ComplaintStatus =
  /** The addressee answered (ANSWER): `answer` and `answeredAt` are set. Final. */
  | 'ANSWERED'
  /** Filed and registered, the talon (талон) issued; the addressee has not started the review. */
  | 'FILED'
  /** An officer of the addressee started the review (START_REVIEW). */
  | 'IN_REVIEW'
  /** Withdrawn by the portal that filed it, before an answer. Final. */
  | 'WITHDRAWN';

/** Where a complaint goes (шағым беру органы): the provider's head (басшысы), the regional administration (басқарма), the akimat apparatus, the Ministry, or a court. */
export type ComplaintTarget =
  /** An akimat apparatus (әкімі аппараты): the akimat of the provider's district where the standard's list has one, else the apparatus of the region's akim. */
  | 'AKIMAT_APPARATUS'
  /** A court (сот): named in the standards' routes, never the addressee of a complaint filed through this API. */
  | 'COURT'
  /** The Ministry (министрлік). */
  | 'MINISTRY'
  /** The head (басшысы) of the provider complained about; the complaint is addressed to that provider itself. */
  | 'PROVIDER_HEAD'
  /** The regional administration of the provider's region (облыстық басқарма, the «жоғары тұрған» body). */
  | 'REGIONAL_ADMINISTRATION';

/** A provider field the act's copies can disagree on (қайшы өріс); `DataConflict.field` holds its camelCase name. */
export type ConflictField =
  /** The postal address (мекенжай); `field` is `address`. */
  | 'ADDRESS'
  /** The e-mail addresses (электрондық пошта); `field` is `emails`. */
  | 'EMAILS'
  /** The telephone numbers (телефондар), compared by their numbers; `field` is `phones`. */
  | 'PHONES'
  /** The unit responsible for public services (жауапты құрылымдық бөлімше); `field` is `responsibleUnit`. */
  | 'RESPONSIBLE_UNIT'
  /** The working schedule (жұмыс кестесі); `field` is `schedule`. */
  | 'SCHEDULE'
  /** The web sites (интернет-ресурс); `field` is `websites`. */
  | 'WEBSITES';

/** Narrows the list of conflicts (қайшылықтар сүзгісі); all given conditions must hold. */
export type ConflictFilter = {
  /** Only conflicts over this field (өріс). */
  field?: ConflictField | null | undefined;
  /** Only conflicts of providers of this kind (түрі). */
  kind?: ProviderKind | null | undefined;
  /** Only conflicts of providers of this region (облыс), by its global id or its slug (`pavlodar`). */
  regionId?: string | number | null | undefined;
  /** Only conflicts settled by this rule (ереже). */
  rule?: ConflictRule | null | undefined;
};

/** The rule that chose a conflict's value (таңдау ережесі), as `DataConflict.rule` words it. */
export type ConflictRule =
  /** The value most listings print (a list that omits the field does not vote): «majority: N of M listings». */
  | 'MAJORITY'
  /** A sound value beat a damaged one (an e-mail marked invalid, a phone that cannot be dialled, hours that cannot be read): «sound value over a damaged one». */
  | 'SOUND_VALUE'
  /** A tie, broken by the fuller value, then by the listing printed first: «tie: …». */
  | 'TIE';

/** Unit of a deadline: working days (жұмыс күні), calendar days (күнтізбелік күн) or minutes (минут). */
export type DeadlineUnit =
  /** Calendar days (күнтізбелік күн): every day counts; the day the count starts on does not. */
  | 'CALENDAR_DAYS'
  /** Minutes (минут): the deadline falls at that many minutes after the start, on the same clock. */
  | 'MINUTES'
  /** Working days (жұмыс күні): a due date counts only Kazakhstan's working days (weekends and days off skipped, working days set by transfer counted), not the day the count starts on. */
  | 'WORKING_DAYS';

/** Narrows a list of districts (аудандар сүзгісі); all given conditions must hold. */
export type DistrictFilter = {
  /** Only districts of this kind. */
  kind?: DistrictKind | null | undefined;
  /** Only districts of this region, by its global id or its slug (`pavlodar`). */
  regionId?: string | number | null | undefined;
  /** Only districts where some provider gives the service with this number. */
  serviceNumber?: number | null | undefined;
  /** Only districts whose names contain every word of this text (any case, Cyrillic or Latin). */
  text?: string | null | undefined;
};

/** DISTRICT (аудан), CITY of oblast significance (облыстық маңызы бар қала), CITY_DISTRICT (қаладағы аудан), SETTLEMENT (кент). */
export type DistrictKind =
  /** A city of oblast significance (облыстық маңызы бар қала). */
  | 'CITY'
  /** A district of Astana or Almaty (қаладағы аудан). */
  | 'CITY_DISTRICT'
  /** A district of an oblast (аудан). */
  | 'DISTRICT'
  /** A settlement (кент) the act names as a place of its own. */
  | 'SETTLEMENT';

/** A complaint (шағым) to file: its kind, the provider and the service (or application) it is about, the complainant, and what paragraph 24 asks a complaint to state (subject, reasons, demands). */
export type FileComplaintInput = {
  /** The application's access code; not needed by the portal that submitted it. */
  applicationAccessCode?: string | null | undefined;
  /** The application the complaint is about, if any. */
  applicationNumber?: string | null | undefined;
  /** The complainant («шағым берген тұтынушы»); afterwards shown only to this portal and to officers of the body that hears the complaint. */
  complainant: ComplainantInput;
  /** What the complainant demands (талап): 3–5,000 characters. */
  demands: string;
  /** Makes the filing safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original talon, access code included; with different input it is a Conflict. */
  idempotencyKey?: string | null | undefined;
  /** RUDE_SERVICE, RESULT_DISAGREEMENT or OFFICIAL_ACTIONS (COURT complaints go to a court). */
  kind: ComplaintKind;
  /** Where the standard offers more than one body for this kind, the one the complainant chooses (not COURT). */
  preferredTarget?: ComplaintTarget | null | undefined;
  /** The provider complained about (global id or slug). */
  providerId: string | number;
  /** Why (өтініш беру себебі): 10–5,000 characters. */
  reasons: string;
  /** The service; taken from the application when one is named. */
  serviceNumber?: number | null | undefined;
  /** The body, or the official's position and name, complained about (3–300 characters). */
  subject: string;
};

/** Ascending (өсу) or descending (кему) order. */
export type OrderDirection =
  /** Ascending (өсу): the act's first region first, then names from А to Я in the Kazakh alphabet's order. */
  | 'ASC'
  /** Descending (кему): every sort key reversed, the act's last region first. */
  | 'DESC';

/** What a number is for: PHONE (телефон), FAX (факс), TELETYPE (телетайп), RECEPTION (қабылдау бөлмесі, the head's reception). */
export type PhoneKind =
  /** A fax (факс): printed after «Факс» or «Тел/факс». */
  | 'FAX'
  /** A telephone (телефон): printed after «Тел» or with no label. */
  | 'PHONE'
  /** The head's reception (қабылдау бөлмесі, приемная), as the act marks it after the number. */
  | 'RECEPTION'
  /** A teletype number (телетайп). */
  | 'TELETYPE';

/** Narrows a list of providers (сүзгі); all given conditions must hold. */
export type ProviderFilter = {
  /** Only providers of this district (аудан), by its global id or its slug (`akmola/akkol`). */
  districtId?: string | number | null | undefined;
  /** true: only providers whose listings disagree on some field (they have `conflicts`); false: only those whose listings all agree. */
  hasConflicts?: boolean | null | undefined;
  /** Only providers of this kind (түрі). */
  kind?: ProviderKind | null | undefined;
  /** Only providers open at this instant (ISO 8601 with offset; Kazakhstan time, UTC+5), as `isOpenAt` says: hours, lunch breaks, and the country's days off (holidays, the days they move to, the Government's transfers) for schedules that keep them. Providers whose hours could not be read are left out. A day the holiday calendar does not know is a DATE_OUTSIDE_CALENDAR error. */
  openAt?: string | null | undefined;
  /** Only providers of this region (облыс), by its global id or its slug (`pavlodar`). */
  regionId?: string | number | null | undefined;
  /** Only providers of the service with this number (қызмет нөмірі, 1–18). */
  serviceNumber?: number | null | undefined;
  /** Only providers whose names (or aliases) contain every word of this text, or an alias's Kazakh words («отдел» for «бөлім»); case, Kazakh diacritics and Cyrillic/Latin/Russian spelling are ignored. Typos are corrected by `search`, not here. */
  text?: string | null | undefined;
};

/** Every kind of provider (көрсетілетін қызметті беруші) in one enum: the three authority levels, the two akimat apparatus levels, and public service centres (ХҚО, халыққа қызмет көрсету орталығы). */
export type ProviderKind =
  /** An AkimatApparatus of DISTRICT level: the akimat of a district or a city of oblast significance. */
  | 'DISTRICT_AKIMAT_APPARATUS'
  /** An Authority: a district or city department of employment and social programmes (бөлім). */
  | 'DISTRICT_DEPARTMENT'
  /** An Authority: the Ministry (министрлік). */
  | 'MINISTRY'
  /** An Authority: the administration of an oblast, Astana or Almaty (басқарма). */
  | 'REGIONAL_ADMINISTRATION'
  /** An AkimatApparatus of REGIONAL level: the apparatus of the akim of an oblast, Astana or Almaty. */
  | 'REGIONAL_AKIMAT_APPARATUS'
  /** A ServiceCentre: a public service centre (ХҚО) or one of its branches. */
  | 'SERVICE_CENTRE';

/** How a list of providers is sorted (сұрыптау). */
export type ProviderOrder = {
  /** Direction; ascending unless given. */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: ProviderOrderField;
};

/** REGION: the act's order of regions (облыстар реті), then name; NAME: by name (атауы) alone. Names sort in the Kazakh alphabet's order (А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я), ignoring case and punctuation, on every database. */
export type ProviderOrderField =
  /** By name (атауы) alone, in the Kazakh alphabet's order; ties by slug. */
  | 'NAME'
  /** By the region's position in the act's fixed order (облыстар реті), then by name in the Kazakh alphabet's order; ties by slug. */
  | 'REGION';

/** Narrows the list of regions (өңірлер сүзгісі); all given conditions must hold. */
export type RegionFilter = {
  /** Only oblasts or only cities. */
  kind?: RegionKind | null | undefined;
  /** Only regions where some provider gives the service with this number. */
  serviceNumber?: number | null | undefined;
  /** Only regions whose names contain every word of this text (any case, Cyrillic or Latin). */
  text?: string | null | undefined;
};

/** OBLAST (облыс) or CITY of republican significance (республикалық маңызы бар қала). */
export type RegionKind =
  /** A city of republican significance (республикалық маңызы бар қала): Astana or Almaty. */
  | 'CITY'
  /** An oblast (облыс). */
  | 'OBLAST';

/** Which field of a record met the search best (сәйкес келген өріс). */
export type SearchField =
  /** A provider's postal address (мекенжай). */
  | 'ADDRESS'
  /** An alias from the search alias table: an official Russian name («Уральск»), a former name («Семипалатинск»), an English form. */
  | 'ALIAS'
  /** Another spelling of the name (or title) found in the act. */
  | 'ALTERNATE_NAME'
  /** One of a provider's e-mail addresses (электрондық пошта). */
  | 'EMAIL'
  /** The name in the 2021 Kazakh Latin alphabet. */
  | 'LATIN_NAME'
  /** The name (атауы), as the directory prints it. */
  | 'NAME'
  /** One of a provider's phone numbers (телефон), typed in any spelling; `matchedText` is the number as printed. */
  | 'PHONE'
  /** A service's title or preamble title. */
  | 'TITLE'
  /** One of a provider's web sites. */
  | 'WEBSITE';

/** Why search also read a word of the query as another word (түсіндіру себебі). */
export type SearchInterpretationReason =
  /** The word is an alias (search alias table) of the Kazakh words it was also read as: «Уральск» → «Орал», «ЦОН» → «ХҚО». */
  | 'ALIAS'
  /** No record holds the word and no word of the directory is near it, so it was left out (`readAs` is empty). */
  | 'IGNORED'
  /** No record holds the word; it was also read as the most similar words of the directory (trigram similarity). */
  | 'TYPO';

/** What `search` looks through (іздеу түрі): regions, districts, authorities, akimat apparatus, service centres, services. */
export type SearchKind =
  /** Akimat apparatus (әкімдер аппараттары), by name, Latin name, other names, address, phones, e-mails and web sites. */
  | 'AKIMAT_APPARATUS'
  /** Authorities (уәкілетті органдар), by name, Latin name, other names, address, phones, e-mails and web sites. */
  | 'AUTHORITY'
  /** Districts (аудандар), by name, Latin name, other names and aliases (official Russian names, former names). */
  | 'DISTRICT'
  /** Regions (өңірлер), by name, Latin name, other names and aliases (official Russian names, former names). */
  | 'REGION'
  /** Services (мемлекеттік қызметтер), by title, preamble title and other titles. */
  | 'SERVICE'
  /** Public service centres (ХҚО, ЦОН), by name, Latin name, other names, address, phones, e-mails and web sites. */
  | 'SERVICE_CENTRE';

/** Narrows a list of services (қызметтер сүзгісі); all given conditions must hold. */
export type ServiceFilter = {
  /** Only services some provider of this district (аудан) gives, by the district's global id or slug (`akmola/akkol`). */
  districtId?: string | number | null | undefined;
  /** Only services some provider of this region (облыс) gives, by the region's global id or slug (`pavlodar`). */
  regionId?: string | number | null | undefined;
  /** true: only repealed items; false: only services in force; unset: both. */
  repealed?: boolean | null | undefined;
  /** Only services whose titles contain every word of this text (any case, Cyrillic or Latin). */
  text?: string | null | undefined;
};

/** How automated the service is (көрсету нысаны): NON_AUTOMATED (автоматтандырылмаған), PARTIALLY_NON_AUTOMATED / PARTIALLY_AUTOMATED (ішінара автоматтандырылған). */
export type ServiceForm =
  /** The standard calls the service not automated (автоматтандырылмаған). */
  | 'NON_AUTOMATED'
  /** The standard calls the service partially automated (ішінара автоматтандырылған). */
  | 'PARTIALLY_AUTOMATED'
  /** The standard calls the service partially non-automated (ішінара автоматтандырылмаған). */
  | 'PARTIALLY_NON_AUTOMATED';

/** An application (өтініш) to hand in: the service, the channel and provider, the applicant, the recipient category and the documents handed in, all checked against the service's standard and the directory. */
export type SubmitApplicationInput = {
  /** AKIM channel only, and required there: the akim's office that takes the documents in («Ақкөл ауылдық округі әкімінің аппараты»), 3–200 characters. */
  akimOffice?: string | null | undefined;
  /** The applicant's personal data; afterwards shown only to this portal and to officers of the providers the application is handed in at or addressed to. */
  applicant: ApplicantInput;
  /** The channel it is handed in through (өтініш беру арнасы); the service's standard must offer it and state a deadline for it, and it sets the deadline applied. */
  channel: Channel;
  /** Codes of the documents handed in, from the service's list for this channel (`d1`, `d1.2`, `x1`). */
  documents: Array<string>;
  /** Makes the submission safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original receipt; with different input it is a Conflict. */
  idempotencyKey?: string | null | undefined;
  /** The provider: a department (AUTHORITY, and AKIM: the department the akim passes it to) or a service centre (SERVICE_CENTRE) that lists the service. Its global id or its slug. */
  providerId: string | number;
  /** Who took the documents in (the receipt names them), 2–200 characters; default: the portal's name. */
  receivedBy?: string | null | undefined;
  /** The recipient category (paragraph 6): its code `c1`, `c2`, … in the standard's order, or its text. */
  recipientCategory: string;
  /** The service's number in the act (1–18; 11 is repealed). */
  serviceNumber: number;
};

/** One lifecycle step on one application: which step, and the version it is taken on. */
export type TransitionApplicationInput = {
  /** The step to take; ApplicationAction says from which status and by whom. */
  action: ApplicationAction;
  /** The officer's name, for the history (2–200 characters); default: the API key's name. */
  actorName?: string | null | undefined;
  /** The version the caller last saw; a stale one is a Conflict, so two officers never overwrite each other. */
  expectedVersion: number;
  /** FORWARD: the department that lists the service (global id or slug). */
  forwardToProviderId?: string | number | null | undefined;
  /** Makes the step safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original result; with different input it is a Conflict. */
  idempotencyKey?: string | null | undefined;
  /** The registration number. */
  number: string;
  /** Why (kept in the history); optional on every step, at most 2,000 characters. */
  reason?: string | null | undefined;
  /** REFUSE: the code of one of the service's refusal grounds (`r1`, `r2`, …). */
  refusalGroundCode?: string | null | undefined;
};

/** One lifecycle step on one complaint: which step, and the version it is taken on. */
export type TransitionComplaintInput = {
  /** The step to take; ComplaintAction says from which status and by whom. */
  action: ComplaintAction;
  /** The name the history records for this step (2–200 characters); default: the API key's name. */
  actorName?: string | null | undefined;
  /** ANSWER: the answer sent to the complainant, 10–10,000 characters; required there and refused on other steps. */
  answer?: string | null | undefined;
  /** The version the caller last saw; a stale one is a Conflict (STALE_VERSION), so two people never overwrite each other. */
  expectedVersion: number;
  /** Makes the step safe to retry (1–200 characters, remembered for 72 hours per API key): the same key returns the original result; with different input it is a Conflict. */
  idempotencyKey?: string | null | undefined;
  /** The complaint's registration number, as on its talon (`C-2026-0000042`). */
  number: string;
  /** Why (kept in the history); optional, at most 2,000 characters. */
  reason?: string | null | undefined;
};

/** WAIT_AT_HAND_IN: queue when handing documents in (құжаттарды тапсыру кезінде күту); WAIT: wait before being served (күтудің рұқсат етілген ең ұзақ уақыты); SERVICE: the service time itself (қызмет көрсету уақыты). */
export type WaitingKind =
  /** The longest allowed time of the service itself, once served («қызмет көрсетудің рұқсат берілген ең көп уақыты»). */
  | 'SERVICE'
  /** The longest allowed wait before being served («күтудің рұқсат берілген ең көп уақыты»). */
  | 'WAIT'
  /** The longest allowed wait in the queue when handing the documents in («құжаттарды тапсыру кезінде кезек күтудің … ең көп уақыты»). */
  | 'WAIT_AT_HAND_IN';

/** A day of the week (апта күні), Monday (дүйсенбі) to Sunday (жексенбі). */
export type Weekday =
  /** Friday (жұма). */
  | 'FRI'
  /** Monday (дүйсенбі). */
  | 'MON'
  /** Saturday (сенбі). */
  | 'SAT'
  /** Sunday (жексенбі). */
  | 'SUN'
  /** Thursday (бейсенбі). */
  | 'THU'
  /** Tuesday (сейсенбі). */
  | 'TUE'
  /** Wednesday (сәрсенбі). */
  | 'WED';

export type ConflictsQueryVariables = Exact<{
  filter?: ConflictFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConflictsQuery = { conflicts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, field: string, chosen: string, rule: string, ruleKind: ConflictRule, values: Array<{ value: string, listings: Array<{ id: string }> }>, provider:
          | { id: string, slug: string, kind: ProviderKind, region: { slug: string } | null }
          | { id: string, slug: string, kind: ProviderKind, region: { slug: string } | null }
          | { id: string, slug: string, kind: ProviderKind, region: { slug: string } | null }
         } }> } };

export type ProvidersWithConflictsQueryVariables = Exact<{
  hasConflicts?: boolean | null | undefined;
  regionId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type ProvidersWithConflictsQuery = { authorities: { totalCount: number, nodes: Array<{ slug: string, conflicts: Array<{ field: string }> }> }, akimatApparatus: { totalCount: number, nodes: Array<{ slug: string, conflicts: Array<{ field: string }> }> }, serviceCentres: { totalCount: number, nodes: Array<{ slug: string, conflicts: Array<{ field: string }> }> } };

type ProviderCard_AkimatApparatus_Fragment = { id: string, slug: string, name: string, nameLatin: string, alternateNames: Array<string>, kind: ProviderKind, websites: Array<string>, region: { id: string, slug: string } | null, district: { id: string, slug: string } | null, address: { postalCode: string | null, locality: string | null, street: string | null, house: string | null, full: string } | null, emails: Array<{ value: string, raw: string, valid: boolean }>, phones: Array<{ raw: string, e164: string | null, kind: PhoneKind }>, schedule: { text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string, breaks: Array<{ start: string, end: string }> }> } | null };

type ProviderCard_Authority_Fragment = { id: string, slug: string, name: string, nameLatin: string, alternateNames: Array<string>, kind: ProviderKind, websites: Array<string>, region: { id: string, slug: string } | null, district: { id: string, slug: string } | null, address: { postalCode: string | null, locality: string | null, street: string | null, house: string | null, full: string } | null, emails: Array<{ value: string, raw: string, valid: boolean }>, phones: Array<{ raw: string, e164: string | null, kind: PhoneKind }>, schedule: { text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string, breaks: Array<{ start: string, end: string }> }> } | null };

type ProviderCard_ServiceCentre_Fragment = { id: string, slug: string, name: string, nameLatin: string, alternateNames: Array<string>, kind: ProviderKind, websites: Array<string>, region: { id: string, slug: string } | null, district: { id: string, slug: string } | null, address: { postalCode: string | null, locality: string | null, street: string | null, house: string | null, full: string } | null, emails: Array<{ value: string, raw: string, valid: boolean }>, phones: Array<{ raw: string, e164: string | null, kind: PhoneKind }>, schedule: { text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string, breaks: Array<{ start: string, end: string }> }> } | null };

export type ProviderCardFragment =
  | ProviderCard_AkimatApparatus_Fragment
  | ProviderCard_Authority_Fragment
  | ProviderCard_ServiceCentre_Fragment
;

export type AuthoritiesQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  orderBy?: ProviderOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AuthoritiesQuery = { authorities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { authorityKind: AuthorityKind, id: string, slug: string, name: string, nameLatin: string, alternateNames: Array<string>, kind: ProviderKind, websites: Array<string>, region: { id: string, slug: string } | null, district: { id: string, slug: string } | null, address: { postalCode: string | null, locality: string | null, street: string | null, house: string | null, full: string } | null, emails: Array<{ value: string, raw: string, valid: boolean }>, phones: Array<{ raw: string, e164: string | null, kind: PhoneKind }>, schedule: { text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string, breaks: Array<{ start: string, end: string }> }> } | null } }> } };

export type AkimatApparatusQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AkimatApparatusQuery = { akimatApparatus: { totalCount: number, nodes: Array<{ level: AkimatLevel, id: string, slug: string, name: string, nameLatin: string, alternateNames: Array<string>, kind: ProviderKind, websites: Array<string>, region: { id: string, slug: string } | null, district: { id: string, slug: string } | null, address: { postalCode: string | null, locality: string | null, street: string | null, house: string | null, full: string } | null, emails: Array<{ value: string, raw: string, valid: boolean }>, phones: Array<{ raw: string, e164: string | null, kind: PhoneKind }>, schedule: { text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string, breaks: Array<{ start: string, end: string }> }> } | null }> } };

export type ServiceCentresQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ServiceCentresQuery = { serviceCentres: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, nameLatin: string, alternateNames: Array<string>, kind: ProviderKind, websites: Array<string>, responsibleUnit: { name: string } | null, schedule: { text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string, breaks: Array<{ start: string, end: string }> }> } | null, sources: Array<{ field: string, serviceNumber: number, lines: { start: number, end: number } }>, region: { id: string, slug: string } | null, district: { id: string, slug: string } | null, address: { postalCode: string | null, locality: string | null, street: string | null, house: string | null, full: string } | null, emails: Array<{ value: string, raw: string, valid: boolean }>, phones: Array<{ raw: string, e164: string | null, kind: PhoneKind }> }> } };

export type ProviderSourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderSourcesQuery = { node:
    | { __typename: 'AkimatApparatus', name: string, isOpenAt: boolean | null, id: string, services: { totalCount: number, nodes: Array<{ number: number }> }, listings: Array<{ id: string, row: number, printedNumber: string | null, lines: { start: number, end: number }, standard: { number: number }, appendix: { id: string, number: number, kind: AppendixKind }, region: { slug: string } | null, values: { name: string, postalCode: string | null, address: string | null, websites: Array<string>, emails: Array<{ value: string }>, phones: Array<{ raw: string }>, schedule: { text: string } | null } }>, sources: Array<{ field: string, serviceNumber: number, lines: { start: number, end: number } }>, conflicts: Array<{ id: string, field: string, chosen: string, rule: string, values: Array<{ value: string, listings: Array<{ id: string, lines: { start: number, end: number } }> }> }> }
    | { __typename: 'Appendix', id: string }
    | { __typename: 'Authority', name: string, isOpenAt: boolean | null, id: string, services: { totalCount: number, nodes: Array<{ number: number }> }, listings: Array<{ id: string, row: number, printedNumber: string | null, lines: { start: number, end: number }, standard: { number: number }, appendix: { id: string, number: number, kind: AppendixKind }, region: { slug: string } | null, values: { name: string, postalCode: string | null, address: string | null, websites: Array<string>, emails: Array<{ value: string }>, phones: Array<{ raw: string }>, schedule: { text: string } | null } }>, sources: Array<{ field: string, serviceNumber: number, lines: { start: number, end: number } }>, conflicts: Array<{ id: string, field: string, chosen: string, rule: string, values: Array<{ value: string, listings: Array<{ id: string, lines: { start: number, end: number } }> }> }> }
    | { __typename: 'DataConflict', id: string }
    | { __typename: 'District', id: string }
    | { __typename: 'LegalAct', id: string }
    | { __typename: 'Listing', id: string }
    | { __typename: 'QualityIndicator', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'ServiceCentre', name: string, isOpenAt: boolean | null, id: string, services: { totalCount: number, nodes: Array<{ number: number }> }, listings: Array<{ id: string, row: number, printedNumber: string | null, lines: { start: number, end: number }, standard: { number: number }, appendix: { id: string, number: number, kind: AppendixKind }, region: { slug: string } | null, values: { name: string, postalCode: string | null, address: string | null, websites: Array<string>, emails: Array<{ value: string }>, phones: Array<{ raw: string }>, schedule: { text: string } | null } }>, sources: Array<{ field: string, serviceNumber: number, lines: { start: number, end: number } }>, conflicts: Array<{ id: string, field: string, chosen: string, rule: string, values: Array<{ value: string, listings: Array<{ id: string, lines: { start: number, end: number } }> }> }> }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AkimatApparatus', id: string }
    | { __typename: 'Appendix', id: string }
    | { __typename: 'Authority', id: string }
    | { __typename: 'DataConflict', id: string }
    | { __typename: 'District', id: string }
    | { __typename: 'LegalAct', id: string }
    | { __typename: 'Listing', id: string }
    | { __typename: 'QualityIndicator', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Service', id: string }
    | { __typename: 'ServiceCentre', id: string }
   | null> };

export type RegionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: RegionFilter | null | undefined;
}>;


export type RegionsQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, nameLatin: string, kind: RegionKind, position: number } }> } };

export type RegionWithProvidersQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionWithProvidersQuery = { region: { id: string, name: string, regionalAdministration: { id: string, name: string, authorityKind: AuthorityKind } | null, districts: { totalCount: number, nodes: Array<{ id: string, name: string, kind: DistrictKind, region: { id: string } }> }, authorities: { totalCount: number, nodes: Array<{ id: string, name: string, kind: ProviderKind, district: { id: string, name: string } | null }> }, akimatApparatus: { totalCount: number, nodes: Array<{ id: string, name: string, level: AkimatLevel }> }, serviceCentres: { totalCount: number, nodes: Array<{ id: string, name: string, address: { full: string } | null }> } } | null };

export type DistrictsQueryVariables = Exact<{
  filter?: DistrictFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DistrictsQuery = { districts: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, nameLatin: string, kind: DistrictKind, region: { id: string, slug: string, name: string } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, interpretations: Array<{ typed: string, readAs: string, reason: SearchInterpretationReason, source: string | null, similarity: number | null }>, edges: Array<{ cursor: string, score: number, matchedName: string, matchedField: SearchField, matchedText: string, node:
        | { __typename: 'AkimatApparatus', id: string, name: string }
        | { __typename: 'Authority', id: string, name: string }
        | { __typename: 'District', id: string, name: string }
        | { __typename: 'Region', id: string, name: string }
        | { __typename: 'Service', id: string, number: number, title: string | null }
        | { __typename: 'ServiceCentre', id: string, name: string }
       }> } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { services: { totalCount: number }, stats: { regions: number, districts: number, providers: number, services: number, servicesInForce: number, listings: number, conflicts: number, averageServicesPerProvider: number, byKind: Array<{ kind: ProviderKind, count: number }>, byRegion: Array<{ districts: number, providers: number, authorities: number, akimatApparatus: number, serviceCentres: number, region: { slug: string }, byKind: Array<{ kind: ProviderKind, count: number }> }>, byService: Array<{ providers: number, authorities: number, akimatApparatus: number, serviceCentres: number, service: { number: number } }>, servicesPerProvider: Array<{ services: number, providers: number }> } };

export type LegalActLinesQueryVariables = Exact<{
  start: number;
  end: number;
}>;


export type LegalActLinesQuery = { legalAct: { id: string, number: string, title: string, sourceLines: Array<{ no: number, text: string }> } | null };

export type LegalActHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalActHistoryQuery = { legalAct: { date: string, status: string, entryIntoForce: string | null, recital: { text: string, lines: { start: number, end: number }, citations: Array<{ __typename: 'LegalBasisCitation' }> } | null, repeal: { date: string | null, number: string | null, change: string, target: string, text: string, lines: { start: number, end: number } } | null, amendments: Array<{ date: string | null, number: string | null, change: string, target: string, lines: { start: number, end: number } }> } | null };

export type ServicesQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
}>;


export type ServicesQuery = { services: { totalCount: number, nodes: Array<{ id: string, number: number, title: string | null, repealed: boolean }> } };

export type ServiceDetailQueryVariables = Exact<{
  number: number;
}>;


export type ServiceDetailQuery = { service: { id: string, number: number, repealed: boolean, title: string | null, preambleTitle: string | null, alternateTitles: Array<string>, form: ServiceForm | null, lines: { start: number, end: number } | null, channels: Array<{ channel: Channel, wording: string, alternative: boolean, lines: { start: number, end: number } }>, legalBasis: { text: string, citations: Array<{ kind: string, title: string | null, date: string | null, number: string | null, parts: Array<string>, text: string }>, lines: { start: number, end: number } } | null, result: { text: string, outcomes: Array<string>, medium: string | null } | null, recipients: { text: string, categories: Array<string>, setByMaslikhat: boolean } | null, deadlines: Array<{ channel: Channel, amount: number, unit: DeadlineUnit, atMost: boolean, text: string }>, waitingTimes: Array<{ channel: Channel, kind: WaitingKind, minutes: number, perPersonAhead: boolean }>, cost: { free: boolean, text: string } | null, schedules: { byChannel: Array<{ channels: Array<Channel>, scope: string, text: string, weekly: Array<{ days: Array<Weekday>, opens: string, closes: string }> }>, notes: Array<{ text: string }> } | null, documents: { setByMaslikhat: boolean, noFormsToFill: boolean, lists: Array<{ channels: Array<Channel>, intro: string, items: Array<{ code: string, number: number | null, text: string, cases: Array<{ code: string, applicants: string | null, document: string }> }> }> } | null, refusalGrounds: { grounds: Array<{ code: string, text: string, exceptSubServices: Array<number> }>, termination: Array<{ code: string, text: string }> } | null, suspensionGrounds: { exists: boolean, text: string, grounds: Array<{ code: string, text: string }> } | null, handIn: Array<{ channels: Array<Channel>, receives: string, contents: Array<string> }>, delivery: Array<{ channels: Array<Channel>, methods: Array<string> }>, complaints: { routes: Array<{ kind: ComplaintKind, target: ComplaintTarget, appendixKind: string | null, text: string }>, contents: { items: Array<string> } | null, receipt: { includesAnswerDate: boolean } | null } | null, qualityIndicators: Array<{ id: string, code: string, label: string, groupNumber: number, groupName: string, normativeValue: string | null, lines: { start: number, end: number } }>, appendices: Array<{ id: string, number: number, kind: AppendixKind, heading: string, caption: { start: number, end: number }, body: { start: number, end: number } }>, forms: Array<{ title: string | null, lines: Array<string>, blanks: Array<{ hint: string | null, line: number }> }>, amendments: Array<{ date: string | null, number: string | null, change: string, target: string }>, subServices: Array<{ number: number, title: string, lines: { start: number, end: number } }> } | null };

export type WhoProvidesQueryVariables = Exact<{
  number: number;
  filter?: ProviderFilter | null | undefined;
}>;


export type WhoProvidesQuery = { service: { number: number, authorities: { totalCount: number, nodes: Array<{ id: string, name: string, kind: ProviderKind, district: { id: string, name: string } | null }> }, regionalAdministrations: { totalCount: number, nodes: Array<{ id: string, name: string }> }, akimatApparatus: { totalCount: number, nodes: Array<{ id: string, name: string, level: AkimatLevel, district: { id: string, name: string } | null }> }, serviceCentres: { totalCount: number, nodes: Array<{ id: string, name: string }> } } | null };

export type DirectoryWalkQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryWalkQuery = { regions: { totalCount: number, nodes: Array<{ id: string, name: string, districts: { totalCount: number, nodes: Array<{ id: string, name: string, authorities: { totalCount: number, nodes: Array<{ id: string, name: string, services: { totalCount: number, nodes: Array<{ number: number, title: string | null }> } }> } }> } }> } };

type MutationFailure_Conflict_Fragment = { __typename: 'Conflict', reason: string, currentVersion: number | null, currentStatus: string | null, message: string };

type MutationFailure_Forbidden_Fragment = { __typename: 'Forbidden', requiredRole: string | null, message: string };

type MutationFailure_NotFound_Fragment = { __typename: 'NotFound', entity: string, reference: string, message: string };

type MutationFailure_ValidationFailed_Fragment = { __typename: 'ValidationFailed', message: string, fields: Array<{ field: string, message: string }> };

export type MutationFailureFragment =
  | MutationFailure_Conflict_Fragment
  | MutationFailure_Forbidden_Fragment
  | MutationFailure_NotFound_Fragment
  | MutationFailure_ValidationFailed_Fragment
;

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication:
    | { __typename: 'ApplicationReceipt', accessCode: string, receivedBy: string, document: string | null, application: { number: string, status: ApplicationStatus, version: number, dueDate: string, dueAt: string, deadline: { amount: number, unit: DeadlineUnit }, provider: { slug: string, name: string }, service: { number: number, title: string } } }
    | { __typename: 'Conflict', reason: string, currentVersion: number | null, currentStatus: string | null, message: string }
    | { __typename: 'Forbidden', requiredRole: string | null, message: string }
    | { __typename: 'NotFound', entity: string, reference: string, message: string }
    | { __typename: 'ValidationFailed', message: string, fields: Array<{ field: string, message: string }> }
   };

export type TransitionApplicationMutationVariables = Exact<{
  input: TransitionApplicationInput;
}>;


export type TransitionApplicationMutation = { transitionApplication:
    | { __typename: 'Application', number: string, status: ApplicationStatus, version: number, outcome: ApplicationStatus | null, refusalGround: { code: string, text: string } | null, history: Array<{ from: ApplicationStatus | null, to: ApplicationStatus, actorRole: string, at: string }> }
    | { __typename: 'Conflict', reason: string, currentVersion: number | null, currentStatus: string | null, message: string }
    | { __typename: 'Forbidden', requiredRole: string | null, message: string }
    | { __typename: 'NotFound', entity: string, reference: string, message: string }
    | { __typename: 'ValidationFailed', message: string, fields: Array<{ field: string, message: string }> }
   };

export type ApplicationByNumberQueryVariables = Exact<{
  number: string;
  accessCode: string;
}>;


export type ApplicationByNumberQuery = { applicationByNumber: { number: string, status: ApplicationStatus, dueDate: string, overdue: boolean, applicant: { iin: string, surname: string, givenName: string } | null } | null };

export type OfficerApplicationsQueryVariables = Exact<{
  filter?: ApplicationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficerApplicationsQuery = { applications: { nodes: Array<{ number: string, status: ApplicationStatus, dueDate: string, overdue: boolean, service: { number: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint:
    | { __typename: 'ComplaintTalon', accessCode: string, answerDueDate: string, answerPeriod: string, contact: { name: string, phones: Array<string>, emails: Array<string> }, complaint: { number: string, addressee: { slug: string, name: string }, route: { target: ComplaintTarget, text: string } } }
    | { __typename: 'Conflict', reason: string, currentVersion: number | null, currentStatus: string | null, message: string }
    | { __typename: 'Forbidden', requiredRole: string | null, message: string }
    | { __typename: 'NotFound', entity: string, reference: string, message: string }
    | { __typename: 'ValidationFailed', message: string, fields: Array<{ field: string, message: string }> }
   };

export type TransitionComplaintMutationVariables = Exact<{
  input: TransitionComplaintInput;
}>;


export type TransitionComplaintMutation = { transitionComplaint:
    | { __typename: 'Complaint', number: string, status: ComplaintStatus, version: number, answer: string | null }
    | { __typename: 'Conflict', reason: string, currentVersion: number | null, currentStatus: string | null, message: string }
    | { __typename: 'Forbidden', requiredRole: string | null, message: string }
    | { __typename: 'NotFound', entity: string, reference: string, message: string }
    | { __typename: 'ValidationFailed', message: string, fields: Array<{ field: string, message: string }> }
   };

export const ProviderCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNames"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"house"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCardFragment, unknown>;
export const MutationFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]} as unknown as DocumentNode<MutationFailureFragment, unknown>;
export const ConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKind"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConflictsQuery, ConflictsQueryVariables>;
export const ProvidersWithConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvidersWithConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasConflicts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasConflicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasConflicts"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"akimatApparatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasConflicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasConflicts"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasConflicts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasConflicts"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersWithConflictsQuery, ProvidersWithConflictsQueryVariables>;
export const AuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCard"}},{"kind":"Field","name":{"kind":"Name","value":"authorityKind"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNames"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"house"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthoritiesQuery, AuthoritiesQueryVariables>;
export const AkimatApparatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AkimatApparatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"akimatApparatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCard"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNames"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"house"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AkimatApparatusQuery, AkimatApparatusQueryVariables>;
export const ServiceCentresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCentres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderCard"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"alternateNames"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"house"}},{"kind":"Field","name":{"kind":"Name","value":"full"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceCentresQuery, ServiceCentresQueryVariables>;
export const ProviderSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isOpenAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"StringValue","value":"2026-11-24T06:00:00Z","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"printedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appendix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websites"}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"listings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderSourcesQuery, ProviderSourcesQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const RegionWithProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionWithProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionalAdministration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorityKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"akimatApparatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"full"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionWithProvidersQuery, RegionWithProvidersQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"interpretations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typed"}},{"kind":"Field","name":{"kind":"Name","value":"readAs"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"providers"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"servicesInForce"}},{"kind":"Field","name":{"kind":"Name","value":"listings"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"averageServicesPerProvider"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"providers"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"}},{"kind":"Field","name":{"kind":"Name","value":"akimatApparatus"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCentres"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"}},{"kind":"Field","name":{"kind":"Name","value":"akimatApparatus"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCentres"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicesPerProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"providers"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const LegalActLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<LegalActLinesQuery, LegalActLinesQueryVariables>;
export const LegalActHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entryIntoForce"}},{"kind":"Field","name":{"kind":"Name","value":"recital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActHistoryQuery, LegalActHistoryQueryVariables>;
export const ServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Services"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"repealed"}}]}}]}}]}}]} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const ServiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"repealed"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"preambleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"alternateTitles"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"alternative"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"setByMaslikhat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"atMost"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"perPersonAhead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setByMaslikhat"}},{"kind":"Field","name":{"kind":"Name","value":"noFormsToFill"}},{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"applicants"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"exceptSubServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensionGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"receives"}},{"kind":"Field","name":{"kind":"Name","value":"contents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"appendixKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includesAnswerDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"groupNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"normativeValue"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appendices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"caption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"blanks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceDetailQuery, ServiceDetailQueryVariables>;
export const WhoProvidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoProvides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalAdministrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"akimatApparatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoProvidesQuery, WhoProvidesQueryVariables>;
export const DirectoryWalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryWalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryWalkQuery, DirectoryWalkQueryVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const TransitionApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]} as unknown as DocumentNode<TransitionApplicationMutation, TransitionApplicationMutationVariables>;
export const ApplicationByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationByNumberQuery, ApplicationByNumberQueryVariables>;
export const OfficerApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerApplicationsQuery, OfficerApplicationsQueryVariables>;
export const FileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintTalon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessCode"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answerPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]} as unknown as DocumentNode<FileComplaintMutation, FileComplaintMutationVariables>;
export const TransitionComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forbidden"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredRole"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]} as unknown as DocumentNode<TransitionComplaintMutation, TransitionComplaintMutationVariables>;