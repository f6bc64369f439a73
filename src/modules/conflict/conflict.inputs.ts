import "reflect-metadata";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { ProviderKind } from "../provider/provider.type.js";

/** The provider fields listings can disagree on (names never are conflicts: other spellings go to `alternateNames`). */
export enum ConflictField {
  ADDRESS = "ADDRESS",
  EMAILS = "EMAILS",
  PHONES = "PHONES",
  SCHEDULE = "SCHEDULE",
  WEBSITES = "WEBSITES",
  RESPONSIBLE_UNIT = "RESPONSIBLE_UNIT",
}
registerEnumType(ConflictField, {
  name: "ConflictField",
  description:
    "A provider field the act's copies can disagree on (қайшы өріс); `DataConflict.field` holds its camelCase name.",
  valuesConfig: {
    ADDRESS: { description: "The postal address (мекенжай); `field` is `address`." },
    EMAILS: { description: "The e-mail addresses (электрондық пошта); `field` is `emails`." },
    PHONES: { description: "The telephone numbers (телефондар), compared by their numbers; `field` is `phones`." },
    SCHEDULE: { description: "The working schedule (жұмыс кестесі); `field` is `schedule`." },
    WEBSITES: { description: "The web sites (интернет-ресурс); `field` is `websites`." },
    RESPONSIBLE_UNIT: {
      description:
        "The unit responsible for public services (жауапты құрылымдық бөлімше); `field` is `responsibleUnit`.",
    },
  },
});

/** `DataConflict.field` of each `ConflictField`. */
export const CONFLICT_FIELD_NAME: Record<ConflictField, string> = {
  ADDRESS: "address",
  EMAILS: "emails",
  PHONES: "phones",
  SCHEDULE: "schedule",
  WEBSITES: "websites",
  RESPONSIBLE_UNIT: "responsibleUnit",
};

/** Which of the extractor's rules chose the value served (seeds/data/REPORT.md, "Canonical values"). */
export enum ConflictRule {
  SOUND_VALUE = "SOUND_VALUE",
  MAJORITY = "MAJORITY",
  TIE = "TIE",
}
registerEnumType(ConflictRule, {
  name: "ConflictRule",
  description: "The rule that chose a conflict's value (таңдау ережесі), as `DataConflict.rule` words it.",
  valuesConfig: {
    SOUND_VALUE: {
      description:
        "A sound value beat a damaged one (an e-mail marked invalid, a phone that cannot be dialled, hours that cannot be read): «sound value over a damaged one».",
    },
    MAJORITY: {
      description:
        "The value most listings print (a list that omits the field does not vote): «majority: N of M listings».",
    },
    TIE: { description: "A tie, broken by the fuller value, then by the listing printed first: «tie: …»." },
  },
});

/** The rule of a conflict, from the words `rule` starts with. */
export function conflictRuleOf(rule: string): ConflictRule {
  if (rule.startsWith("majority")) return ConflictRule.MAJORITY;
  if (rule.startsWith("tie")) return ConflictRule.TIE;
  return ConflictRule.SOUND_VALUE;
}

/** The `rule` text a `ConflictRule` filter matches: its prefix. */
export const CONFLICT_RULE_PREFIX: Record<ConflictRule, string> = {
  SOUND_VALUE: "sound value",
  MAJORITY: "majority",
  TIE: "tie",
};

@InputType("ConflictFilter", {
  description: "Narrows the list of conflicts (қайшылықтар сүзгісі); all given conditions must hold.",
})
export class ConflictFilterInput {
  @Field(() => ConflictField, { nullable: true, description: "Only conflicts over this field (өріс)." })
  field?: ConflictField | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only conflicts of providers of this region (облыс), by its global id or its slug (`pavlodar`).",
  })
  regionId?: string | null;

  @Field(() => ProviderKind, { nullable: true, description: "Only conflicts of providers of this kind (түрі)." })
  kind?: ProviderKind | null;

  @Field(() => ConflictRule, { nullable: true, description: "Only conflicts settled by this rule (ереже)." })
  rule?: ConflictRule | null;
}
