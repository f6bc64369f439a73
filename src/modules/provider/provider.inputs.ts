import "reflect-metadata";
import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ProviderKind } from "./provider.type.js";

@InputType("ProviderFilter", { description: "Narrows a list of providers (сүзгі); all given conditions must hold." })
export class ProviderFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: "Only providers of this region (облыс), by its global id or its slug (`pavlodar`).",
  })
  regionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only providers of this district (аудан), by its global id or its slug (`akmola/akkol`).",
  })
  districtId?: string | null;

  @Field(() => ProviderKind, { nullable: true, description: "Only providers of this kind (түрі)." })
  kind?: ProviderKind | null;

  @Field(() => Int, {
    nullable: true,
    description: "Only providers of the service with this number (қызмет нөмірі, 1–18).",
  })
  serviceNumber?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only providers whose names (or aliases) contain every word of this text, or an alias's Kazakh words («отдел» for «бөлім»); case, Kazakh " +
      "diacritics and Cyrillic/Latin/Russian spelling are ignored. Typos are corrected by `search`, not here.",
  })
  text?: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "Only providers open at this instant (ISO 8601 with offset; Kazakhstan time, UTC+5), as `isOpenAt` says: hours, lunch breaks, and the " +
      "country's days off (holidays, the days they move to, the Government's transfers) for schedules that keep them. Providers whose hours " +
      "could not be read are left out. A day the holiday calendar does not know is a DATE_OUTSIDE_CALENDAR error.",
  })
  openAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only providers whose listings disagree on some field (they have `conflicts`); false: only those whose listings all agree.",
  })
  hasConflicts?: boolean | null;
}

export enum ProviderOrderField {
  REGION = "REGION",
  NAME = "NAME",
}
registerEnumType(ProviderOrderField, {
  name: "ProviderOrderField",
  description:
    "REGION: the act's order of regions (облыстар реті), then name; NAME: by name (атауы) alone. Names sort in the Kazakh alphabet's order " +
    "(А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я), ignoring case and punctuation, on every database.",
  valuesConfig: {
    REGION: {
      description:
        "By the region's position in the act's fixed order (облыстар реті), then by name in the Kazakh alphabet's order; ties by slug.",
    },
    NAME: { description: "By name (атауы) alone, in the Kazakh alphabet's order; ties by slug." },
  },
});

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Ascending (өсу) or descending (кему) order.",
  valuesConfig: {
    ASC: {
      description:
        "Ascending (өсу): the act's first region first, then names from А to Я in the Kazakh alphabet's order.",
    },
    DESC: { description: "Descending (кему): every sort key reversed, the act's last region first." },
  },
});

@InputType("ProviderOrder", { description: "How a list of providers is sorted (сұрыптау)." })
export class ProviderOrderInput {
  @Field(() => ProviderOrderField, { description: "What to sort by." })
  field!: ProviderOrderField;

  @Field(() => OrderDirection, { nullable: true, description: "Direction; ascending unless given." })
  direction?: OrderDirection | null;
}
