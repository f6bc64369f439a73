/**
 * The per-service table of REPORT.md: channels, processing deadlines, number
 * of required documents, refusal grounds and appendices of each standard.
 * The report generator calls this; it only formats what the records hold.
 */
import type { Channel, Deadline, DeadlineUnit, ServiceRecord } from "./model.js";

const CHANNEL_LABEL: Record<Channel, string> = { AUTHORITY: "authority", AKIM: "akim", SERVICE_CENTRE: "centre" };
const UNIT_LABEL: Record<DeadlineUnit, string> = { WORKING_DAYS: "wd", CALENDAR_DAYS: "cd", MINUTES: "min" };

/** «≤22 wd», «7 wd», «15 min». */
export function formatDeadline(deadline: Deadline): string {
  return `${deadline.atMost ? "≤" : ""}${deadline.amount} ${UNIT_LABEL[deadline.unit]}`;
}

const CHANNEL_ORDER: Channel[] = ["AUTHORITY", "AKIM", "SERVICE_CENTRE"];

/**
 * The processing deadlines in channel order (authority, akim, centre), as the
 * seed map's §7 writes them: «7 wd / ≤22 wd / 7 wd». Channels that one
 * sentence gives together («уәкілетті органда немесе ауылдық округ
 * әкімінде … 15 минуттан», S17) share one value.
 */
export function deadlineSummary(service: ServiceRecord, withBounds = true): string {
  const sorted = [...service.deadlines].sort(
    (a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel),
  );
  const values: string[] = [];
  const seen = new Set<string>();
  for (const deadline of sorted) {
    const key = `${deadline.lines.start}:${deadline.amount}:${deadline.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(withBounds ? formatDeadline(deadline) : `${deadline.amount} ${UNIT_LABEL[deadline.unit]}`);
  }
  return values.join(" / ");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function renderServiceTable(services: ServiceRecord[]): string {
  const header = [
    "| № | service | form | channels | deadlines | documents | refusal grounds | appendices |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const rows = services.map((service) => {
    if (service.repealed) return `| ${service.number} | repealed | — | — | — | — | — | — |`;
    const channels = service.providers.map((p) => CHANNEL_LABEL[p.channel]).join(", ");
    const deadlines = deadlineSummary(service);
    const lists = service.documents?.lists ?? [];
    const documents = service.documents?.setByMaslikhat
      ? "set by maslikhat"
      : lists
          .map(
            (l) =>
              (lists.length > 1 ? `${l.channels.map((c) => CHANNEL_LABEL[c]).join("/")}: ` : "") +
              String(l.items.length),
          )
          .join("; ");
    const refusal = String(service.refusalGrounds?.grounds.length ?? 0);
    return `| ${service.number} | ${cell(service.title ?? "")} | ${service.form ?? ""} | ${channels} | ${deadlines} | ${documents} | ${refusal} | ${service.appendixIds.length} |`;
  });
  return `${[...header, ...rows].join("\n")}\n`;
}
