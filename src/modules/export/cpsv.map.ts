/**
 * The services as CPSV-AP 3.2.0 linked data (JSON-LD with the standard's
 * context): each of the 17 standards a cpsv:PublicService with
 *
 * - its competent authorities (cv:PublicOrganisation, also typed
 *   org:Organization and foaf:Agent, as the shapes of Channel.ownedBy and
 *   Participation.hasParticipant require): the authorities its lists name;
 * - channels (cv:Channel) per way of applying, owned by the bodies of that
 *   kind, with processing time (xsd:duration, only where the standard counts
 *   calendar days or minutes: working days have no duration, so their
 *   sentence stays in the channel's description), opening hours and the
 *   documents to hand in there;
 * - the documents as evidence (cv:Evidence), recipients as requirements
 *   (cv:Requirement), results as outputs (cv:Output), the cost (cv:Cost),
 *   refusal grounds and complaint routes as rules (cpsv:Rule), the act and
 *   the acts of its legal basis as eli:LegalResource, the regional akimat
 *   apparatus that hear complaints as participations (cv:Participation).
 *
 * Every node a statement references is in the same document and typed
 * (concepts, places, languages, legal resources), so the SHACL shapes'
 * sh:class constraints hold. IRIs are under the serving origin's
 * /cpsv-ap/, so they resolve on the deployment that issued them.
 */
import type { Database } from "../../db/database.js";
import { keysetRows } from "./export.stream.js";
import type { DataVersion } from "./export.version.js";
import { PROVIDER_KEYS, PROVIDER_SQL, type ProviderRecord } from "./hsds.map.js";
import type { Deadline } from "../../../seeds/contract/index.js";
import type { ServiceRow } from "./export.rows.js";

/** A region's or district's names, as the places are read. */
interface PlaceRow {
  id: string;
  name: string;
  name_latin: string;
}

export type Node = Record<string, unknown>;

export const CPSV_AP_CONTEXT_URL =
  "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

export const CONTEXT = [
  CPSV_AP_CONTEXT_URL,
  {
    cpsv: "http://purl.org/vocab/cpsv#",
    cv: "http://data.europa.eu/m8g/",
    dct: "http://purl.org/dc/terms/",
    dcat: "http://www.w3.org/ns/dcat#",
    eli: "http://data.europa.eu/eli/ontology#",
    foaf: "http://xmlns.com/foaf/0.1/",
    locn: "http://www.w3.org/ns/locn#",
    org: "http://www.w3.org/ns/org#",
    skos: "http://www.w3.org/2004/02/skos/core#",
    adms: "http://www.w3.org/ns/adms#",
    xsd: "http://www.w3.org/2001/XMLSchema#",
  },
];

const kk = (value: string) => ({ "@language": "kk", "@value": value });
const en = (value: string) => ({ "@language": "en", "@value": value });
const ref = (id: string) => ({ "@id": id });
const refs = (ids: string[]) => ids.map(ref);

const KAZAKHSTAN = "http://publications.europa.eu/resource/authority/country/KAZ";
const KAZAKH = "http://publications.europa.eu/resource/authority/language/KAZ";
const KZT = "http://publications.europa.eu/resource/authority/currency/KZT";
const WITHDRAWN = "http://purl.org/adms/status/Withdrawn";

export class Iris {
  constructor(readonly base: string) {}
  dataset = () => `${this.base}/cpsv-ap/dataset`;
  publisher = () => `${this.base}/cpsv-ap/agents/qyzmet`;
  landing = () => `${this.base}/export`;
  service = (number: number) => `${this.base}/cpsv-ap/services/${number}`;
  organisation = (slug: string) => `${this.base}/cpsv-ap/organisations/${slug}`;
  place = (slug: string) => `${this.base}/cpsv-ap/places/${slug}`;
  concept = (scheme: string, code: string) => `${this.base}/cpsv-ap/concepts/${scheme}/${code}`;
  act = (id: string) => `${this.base}/cpsv-ap/legal/${id}`;
}

/** The concepts the documents reference, each typed skos:Concept. */
const CONCEPTS: [string, string, string, string][] = [
  [
    "channel",
    "AUTHORITY",
    "Уәкілетті орган",
    "At the authority (a district or city department of employment and social programmes)",
  ],
  ["channel", "AKIM", "Кент, ауыл, ауылдық округ әкімі", "Through the akim of a settlement, village or rural okrug"],
  ["channel", "SERVICE_CENTRE", "Халыққа қызмет көрсету орталығы", "Through a public service centre (ХҚО)"],
  ["rule", "REFUSAL", "Бас тарту негізі", "A ground for refusing the service"],
  ["rule", "TERMINATION", "Тоқтату негізі", "A ground for stopping the service once granted"],
  ["rule", "SUSPENSION", "Тоқтата тұру негізі", "A ground for suspending the service"],
  ["rule", "COMPLAINT_ROUTE", "Шағымдану тәртібі", "Where a complaint about the service goes"],
  ["requirement", "RECIPIENT", "Көрсетілетін қызметті алушы", "Who may receive the service (paragraph 6)"],
  ["role", "COMPLAINT_BODY", "Шағымды қарайтын орган", "Hears complaints about the service"],
];

function conceptNodes(iris: Iris): Node[] {
  return [
    ...CONCEPTS.map(([scheme, code, label, english]) => ({
      "@id": iris.concept(scheme, code),
      "@type": "Concept",
      "skos:prefLabel": [kk(label), en(english)],
      "skos:notation": code,
    })),
    { "@id": WITHDRAWN, "@type": "Concept", "skos:prefLabel": [en("Withdrawn")] },
    {
      "@id": KZT,
      "@type": "Concept",
      "skos:prefLabel": [en("Kazakhstani tenge"), kk("Қазақстан теңгесі")],
      "skos:notation": "KZT",
    },
    { "@id": KAZAKH, "@type": "LinguisticSystem", "skos:prefLabel": [en("Kazakh"), kk("қазақ тілі")] },
    { "@id": KAZAKHSTAN, "@type": "Location", "locn:geographicName": [en("Kazakhstan"), kk("Қазақстан Республикасы")] },
  ];
}

/** Regions and districts as dct:Location, so organisations' dct:spatial point at typed nodes. */
async function placeNodes(db: Database, iris: Iris): Promise<Node[]> {
  const regions = await db.query<PlaceRow>(`SELECT id, name, name_latin FROM region ORDER BY position`);
  const districts = await db.query<PlaceRow & { region_id: string }>(
    `SELECT id, region_id, name, name_latin FROM district ORDER BY id`,
  );
  return [
    ...regions.map((region) => ({
      "@id": iris.place(region.id),
      "@type": "Location",
      "locn:geographicName": [kk(region.name), { "@language": "kk-Latn", "@value": region.name_latin }],
      "dct:isPartOf": ref(KAZAKHSTAN),
    })),
    ...districts.map((district) => ({
      "@id": iris.place(district.id),
      "@type": "Location",
      "locn:geographicName": [kk(district.name), { "@language": "kk-Latn", "@value": district.name_latin }],
      "dct:isPartOf": ref(iris.place(district.region_id)),
    })),
  ];
}

function actNode(iris: Iris, version: DataVersion): Node {
  return {
    "@id": iris.act(version.act.id),
    "@type": "LegalResource",
    "dct:identifier": version.act.id,
    "dct:title": kk(version.act.title),
    "eli:date_document": { "@value": version.act.date, "@type": "xsd:date" },
    "eli:number": version.act.number,
    "dct:description": en(
      `Resolution of the Government of the Republic of Kazakhstan No. ${version.act.number} of ${version.act.date}` +
        `${version.act.repealedOn ? `; repealed on ${version.act.repealedOn}${version.act.repealedBy ? ` by resolution No. ${version.act.repealedBy}` : ""}` : ""}.`,
    ),
  };
}

/** One organisation: PublicOrganisation, org:Organization and foaf:Agent at once, with its place, address and contact point. */
function organisationNodes(row: ProviderRecord, iris: Iris): Node[] {
  const id = iris.organisation(row.id);
  const { address, schedule } = row;
  const emails = (row.emails ?? []).filter((email) => email.valid).map((email) => `mailto:${email.value}`);
  const phones = (row.phones ?? []).map((phone) => phone.e164 ?? phone.raw);
  const nodes: Node[] = [
    {
      "@id": id,
      "@type": ["PublicOrganization", "org:Organization", "foaf:Agent"],
      "dct:identifier": row.id,
      "dct:title": kk(row.name),
      "skos:prefLabel": [kk(row.name), { "@language": "kk-Latn", "@value": row.name_latin }],
      ...(row.alternate_names.length ? { "skos:altLabel": row.alternate_names.map(kk) } : {}),
      "dct:spatial": ref(iris.place(row.district_id ?? row.region_id)),
      ...(address ? { "locn:address": ref(`${id}#address`) } : {}),
      "cv:contactPoint": ref(`${id}#contact`),
    },
    {
      "@id": `${id}#contact`,
      "@type": "ContactPoint",
      ...(emails.length ? { "cv:email": emails } : {}),
      ...(phones.length ? { "cv:telephone": phones } : {}),
      ...(schedule ? { "cv:openingHours": ref(`${id}#hours`) } : {}),
      ...(row.websites.length ? { "foaf:homepage": row.websites.join(" ") } : {}),
    },
  ];
  if (schedule) nodes.push({ "@id": `${id}#hours`, "@type": "TemporalEntity", "dct:description": kk(schedule.text) });
  if (address) {
    nodes.push({
      "@id": `${id}#address`,
      "@type": "Address",
      "locn:fullAddress": kk(address.full),
      ...(address.postalCode ? { "locn:postCode": address.postalCode } : {}),
      ...(address.street ? { "locn:thoroughfare": kk(address.street) } : {}),
      ...(address.house ? { "locn:locatorDesignator": address.house } : {}),
      ...(address.locality ? { "locn:postName": kk(address.locality) } : {}),
      "locn:adminUnitL1": kk("Қазақстан Республикасы"),
      "locn:adminUnitL2": kk(row.region_name),
    });
  }
  return nodes;
}

const duration = (deadline: Deadline): string | null =>
  deadline.unit === "CALENDAR_DAYS"
    ? `P${deadline.amount}D`
    : deadline.unit === "MINUTES"
      ? `PT${deadline.amount}M`
      : null;

/** A standard in force, the only kind exported: each has its title (item 11, the repealed one, has none). */
type StandardRow = ServiceRow & { title: string };

interface Link {
  provider_id: string;
  type: string;
  authority_kind: string | null;
  akimat_level: string | null;
}

/** Every node of one service but the organisations (emitted once per document). */
function serviceNodes(
  service: StandardRow,
  links: Link[],
  iris: Iris,
  version: DataVersion,
  inDataset: boolean,
): Node[] {
  const id = iris.service(service.number);
  const nodes: Node[] = [];
  const byType = (test: (link: Link) => boolean) =>
    links.filter(test).map((link) => iris.organisation(link.provider_id));
  const authorities = byType((link) => link.type === "AUTHORITY");
  const owners: Record<string, string[]> = {
    AUTHORITY: authorities,
    AKIM: byType((link) => link.type === "AKIMAT_APPARATUS" && link.akimat_level === "DISTRICT"),
    SERVICE_CENTRE: byType((link) => link.type === "SERVICE_CENTRE"),
  };

  const evidenceIds = new Map<string, string[]>();
  const evidences: string[] = [];
  (service.documents?.lists ?? []).forEach((list, listIndex) => {
    for (const item of list.items) {
      const evidence = `${id}/evidence/${listIndex + 1}-${item.code}`;
      evidences.push(evidence);
      for (const channel of list.channels) evidenceIds.set(channel, [...(evidenceIds.get(channel) ?? []), evidence]);
      const cases = item.cases.map((entry) => `${entry.applicants ? `${entry.applicants}: ` : ""}${entry.document}`);
      nodes.push({
        "@id": evidence,
        "@type": "Evidence",
        "dct:identifier": `service-${service.number}/list-${listIndex + 1}/${item.code}`,
        "dct:title": kk(item.text),
        ...(cases.length ? { "dct:description": kk(cases.join("; ")) } : {}),
      });
    }
  });

  const channels: string[] = [];
  for (const channel of service.providers ?? []) {
    const channelId = `${id}/channels/${channel.channel}`;
    channels.push(channelId);
    const deadline = (service.deadlines ?? []).find((entry) => entry.channel === channel.channel);
    const time = deadline ? duration(deadline) : null;
    const hours = (service.schedules?.byChannel ?? [])
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.channels.includes(channel.channel));
    for (const { entry, index } of hours) {
      nodes.push({ "@id": `${id}/hours/${index + 1}`, "@type": "TemporalEntity", "dct:description": kk(entry.text) });
    }
    nodes.push({
      "@id": channelId,
      "@type": "Channel",
      "dct:identifier": `service-${service.number}/${channel.channel}`,
      "dct:type": ref(iris.concept("channel", channel.channel)),
      "dct:description": [kk(channel.wording), ...(deadline ? [kk(deadline.text)] : [])],
      ...(time ? { "cv:processingTime": { "@value": time, "@type": "xsd:duration" } } : {}),
      ...(owners[channel.channel]?.length ? { "cv:ownedBy": refs([...new Set(owners[channel.channel])]) } : {}),
      ...(hours.length ? { "cv:openingHours": hours.map(({ index }) => ref(`${id}/hours/${index + 1}`)) } : {}),
      ...(evidenceIds.get(channel.channel)?.length ? { "cpsv:hasInput": refs(evidenceIds.get(channel.channel)!) } : {}),
    });
  }

  const requirements: string[] = [];
  const categories = service.recipients?.categories.length
    ? service.recipients.categories
    : service.recipients
      ? [service.recipients.text]
      : [];
  categories.forEach((category, index) => {
    const requirement = `${id}/requirements/${index + 1}`;
    requirements.push(requirement);
    nodes.push({
      "@id": requirement,
      "@type": "Requirement",
      "dct:identifier": `service-${service.number}/recipient-${index + 1}`,
      "dct:title": kk(category),
      "dct:type": ref(iris.concept("requirement", "RECIPIENT")),
    });
  });

  const outputs: string[] = [];
  (service.result?.outcomes ?? []).forEach((outcome, index) => {
    const output = `${id}/outputs/${index + 1}`;
    outputs.push(output);
    nodes.push({
      "@id": output,
      "@type": "Output",
      "dct:identifier": `service-${service.number}/output-${index + 1}`,
      "dct:title": kk(outcome),
    });
  });

  const costs: string[] = [];
  if (service.cost) {
    costs.push(`${id}/cost`);
    nodes.push({
      "@id": `${id}/cost`,
      "@type": "Cost",
      "dct:identifier": `service-${service.number}/cost`,
      ...(service.cost.free
        ? { "cv:hasValue": { "@value": "0.0E0", "@type": "xsd:double" }, "cv:currency": ref(KZT) }
        : {}),
      "dct:description": kk(service.cost.text),
    });
  }

  const act = iris.act(version.act.id);
  const rules: string[] = [];
  const rule = (code: string, kind: string, title: string, text: string) => {
    const ruleId = `${id}/rules/${code}`;
    rules.push(ruleId);
    nodes.push({
      "@id": ruleId,
      "@type": "Rule",
      "dct:identifier": `service-${service.number}/${code}`,
      "dct:title": kk(title),
      "dct:description": kk(text),
      "dct:type": ref(iris.concept("rule", kind)),
      "cpsv:implements": ref(act),
    });
  };
  for (const ground of service.refusal_grounds?.grounds ?? [])
    rule(ground.code, "REFUSAL", `Бас тарту негізі ${ground.code}`, ground.text);
  for (const ground of service.refusal_grounds?.termination ?? [])
    rule(ground.code, "TERMINATION", `Тоқтату негізі ${ground.code}`, ground.text);
  for (const ground of service.suspension_grounds?.grounds ?? [])
    rule(ground.code, "SUSPENSION", `Тоқтата тұру негізі ${ground.code}`, ground.text);
  (service.complaints?.routes ?? []).forEach((route, index) => {
    rule(`route-${index + 1}`, "COMPLAINT_ROUTE", `Шағым: ${route.kind} → ${route.target}`, route.text);
  });

  const legal = [act];
  (service.legal_basis?.citations ?? []).forEach((citation, index) => {
    const citationId = `${id}/legal-basis/${index + 1}`;
    legal.push(citationId);
    nodes.push({
      "@id": citationId,
      "@type": "LegalResource",
      "dct:identifier": `service-${service.number}/legal-basis-${index + 1}`,
      "dct:title": kk(citation.title ?? citation.text),
      "dct:description": kk(citation.text),
      ...(citation.date ? { "eli:date_document": { "@value": citation.date, "@type": "xsd:date" } } : {}),
    });
  });

  const participations: string[] = [];
  for (const link of links.filter(
    (candidate) => candidate.type === "AKIMAT_APPARATUS" && candidate.akimat_level === "REGIONAL",
  )) {
    const participation = `${id}/participations/${link.provider_id}`;
    participations.push(participation);
    nodes.push({
      "@id": participation,
      "@type": "Participation",
      "dct:identifier": `service-${service.number}/${link.provider_id}`,
      "dct:description": en("The apparatus of the regional akim hears complaints about the service (its APP list)."),
      "cv:role": ref(iris.concept("role", "COMPLAINT_BODY")),
      "cv:hasParticipant": ref(iris.organisation(link.provider_id)),
    });
  }

  const times = [...new Set((service.deadlines ?? []).map(duration))];
  nodes.unshift({
    "@id": id,
    "@type": "PublicService",
    "dct:identifier": `service-${service.number}`,
    "dct:title": kk(service.title),
    "dct:description": kk([service.result?.text, service.recipients?.text].filter(Boolean).join(" ") || service.title),
    ...(service.alternate_titles.length ? { "dcat:keyword": service.alternate_titles.map(kk) } : {}),
    "cv:hasCompetentAuthority": refs([...new Set(authorities)]),
    "cv:hasChannel": refs(channels),
    ...(evidences.length ? { "cpsv:hasInput": refs(evidences) } : {}),
    ...(requirements.length ? { "cv:holdsRequirement": refs(requirements) } : {}),
    ...(outputs.length ? { "cpsv:produces": refs(outputs) } : {}),
    ...(costs.length ? { "cv:hasCost": refs(costs) } : {}),
    ...(rules.length ? { "cpsv:follows": refs(rules) } : {}),
    ...(participations.length ? { "cv:hasParticipation": refs(participations) } : {}),
    "cv:hasLegalResource": refs(legal),
    ...(times.length === 1 && times[0] ? { "cv:processingTime": { "@value": times[0], "@type": "xsd:duration" } } : {}),
    "adms:status": ref(WITHDRAWN),
    "dct:spatial": ref(KAZAKHSTAN),
    "dct:language": ref(KAZAKH),
    ...(inDataset ? { "dct:isPartOf": ref(iris.dataset()) } : {}),
  });
  return nodes;
}

async function linksOf(db: Database, number: number): Promise<Link[]> {
  return db.query<Link>(
    `SELECT ps.provider_id, p.type, p.authority_kind, p.akimat_level FROM provider_service ps JOIN provider p ON p.id = ps.provider_id JOIN service s ON s.id = ps.service_id
     WHERE s.number = $1 ORDER BY ps.provider_id`,
    [number],
  );
}

/**
 * The graph's nodes, one at a time: the services (all 17, or one) with
 * everything they reference, then the organisations they name.
 */
export async function* cpsvNodes(
  db: Database,
  base: string,
  version: DataVersion,
  number: number | null,
): AsyncGenerator<Node> {
  const iris = new Iris(base);
  const whole = number === null;
  yield* conceptNodes(iris);
  yield* await placeNodes(db, iris);
  yield actNode(iris, version);
  const numbers = (
    await db.query<{ number: number }>(
      `SELECT number FROM service WHERE NOT repealed ${whole ? "" : "AND number = $1"} ORDER BY number`,
      whole ? [] : [number],
    )
  ).map((row) => row.number);
  if (whole) {
    yield {
      "@id": iris.publisher(),
      "@type": "Agent",
      "dct:identifier": "qyzmet",
      "dct:title": en("Qyzmet (open-source directory of Kazakhstan's social-protection state services)"),
    };
    yield { "@id": iris.landing(), "@type": "Document", "dct:title": en("Qyzmet's bulk exports") };
    yield {
      "@id": iris.dataset(),
      "@type": "Dataset",
      "dct:identifier": `qyzmet-${version.hash}`,
      "dct:title": [
        en("Qyzmet: the social-protection state services of resolution No. 394 (2011)"),
        kk("Әлеуметтік қорғау саласындағы мемлекеттік қызметтер стандарттары"),
      ],
      "dct:description": en(
        `The 17 service standards of Government resolution No. ${version.act.number} of ${version.act.date} and the bodies that provide them. Data version ${version.hash}.`,
      ),
      "dct:publisher": ref(iris.publisher()),
      "dcat:landingPage": ref(iris.landing()),
      "dct:hasPart": refs(numbers.map((entry) => iris.service(entry))),
    };
  }
  for (const entry of numbers) {
    const [service] = await db.query<StandardRow>(`SELECT * FROM service WHERE number = $1`, [entry]);
    yield* serviceNodes(service!, await linksOf(db, entry), iris, version, whole);
  }
  const scope = whole
    ? "TRUE"
    : "p.id IN (SELECT ps.provider_id FROM provider_service ps JOIN service s ON s.id = ps.service_id WHERE s.number = $1)";
  for await (const row of keysetRows<ProviderRecord>(db, {
    sql: PROVIDER_SQL.replace("{where}", `${scope} AND {where}`),
    keys: PROVIDER_KEYS,
    params: whole ? [] : [number],
    batchSize: 200,
  })) {
    yield* organisationNodes(row, iris);
  }
}
