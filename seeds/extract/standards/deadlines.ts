/**
 * Paragraph 7 of a standard: the processing deadline of each channel and the
 * waiting and service times.
 *
 * The act writes the values of several channels into one sentence
 * («уәкілетті органда, ауылдық округтің әкімі 15 минуттан, орталықта 30
 * минуттан»), or under a heading line that names the channel for the items
 * that follow (S3: «Уәкілетті органға өтініш білдірген жағдайда:» …
 * «Орталыққа барған кезде …»). An amount belongs to the channels named since
 * the previous amount; with none named, to the heading's channels; with no
 * heading, to every channel of the service.
 */
import type { Channel, Deadline, WaitingTime } from "./model.js";
import type { Paragraph } from "./paragraphs.js";
import { amountsOf, channelMentions } from "./channels.js";

type TimeKind = "PROCESSING" | WaitingTime["kind"];

function kindOf(text: string, itemNumber: number | null): TimeKind {
  const waits = /күтудің/u.test(text);
  if (itemNumber === 1) return waits ? "WAIT_AT_HAND_IN" : "PROCESSING";
  // Item 2 is always the wait and item 3 the service time, even where item 3
  // repeats item 2's wording (S4 15231–15233 «күтудің ең көп шекті уақыты»).
  if (itemNumber === 2) return "WAIT";
  if (itemNumber === 3) return "SERVICE";
  if (waits) return "WAIT";
  if (/қызмет көрсетудің/u.test(text) && /уақыты/u.test(text)) return "SERVICE";
  return "PROCESSING";
}

export interface ServiceTimes {
  deadlines: Deadline[];
  waitingTimes: WaitingTime[];
}

export function readServiceTimes(paragraph: Paragraph, serviceChannels: Channel[]): ServiceTimes {
  const deadlines: Deadline[] = [];
  const waitingTimes: WaitingTime[] = [];
  let context: Channel[] = [];

  for (const clause of paragraph.clauses) {
    const item = /^(\d+)\s?\)/.exec(clause.text);
    const itemNumber = item ? Number(item[1]) : null;
    const text = clause.text.replace(/^\d+\s?[.)]\s*/, "");
    const mentions = channelMentions(text);
    const amounts = amountsOf(text);
    // A heading line («Орталыққа барған кезде …:») opens with a channel and ends
    // with a colon; its channels hold for the items under it.
    if (itemNumber === null && /:\s*$/.test(text) && mentions.length > 0 && (mentions[0]?.index ?? 99) < 3) {
      const firstAmount = amounts[0]?.index ?? text.length;
      context = [...new Set(mentions.filter((m) => m.index < firstAmount).map((m) => m.channel))];
    }
    const kind = kindOf(text, itemNumber);
    let from = 0;
    for (const amount of amounts) {
      const named = [
        ...new Set(mentions.filter((m) => m.index >= from && m.index < amount.index).map((m) => m.channel)),
      ];
      const channels = named.length > 0 ? named : context.length > 0 ? context : serviceChannels;
      const after = text.slice(amount.end, amount.end + 40);
      for (const channel of channels) {
        if (kind === "PROCESSING") {
          deadlines.push({
            channel,
            amount: amount.amount,
            unit: amount.unit,
            atMost: /^\S*\s*(аспай|кешіктір|асырмай|артық емес)/u.test(after),
            text,
            lines: clause.lines,
          });
        } else if (amount.unit === "MINUTES") {
          waitingTimes.push({
            channel,
            kind,
            minutes: amount.amount,
            perPersonAhead: /кезектегі адамдардың санына/u.test(text),
            text,
            lines: clause.lines,
          });
        }
      }
      from = amount.end;
    }
  }
  return { deadlines, waitingTimes };
}
