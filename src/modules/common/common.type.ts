/** Value types shared by providers, listings and services: as the extractor cleaned them (seeds/contract/records.ts). */
import "reflect-metadata";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

@ObjectType("LineRange", {
  description:
    "Lines of the act's text a value came from (жолдар), 1-based and inclusive; read them with `legalAct.sourceLines`.",
})
export class LineRangeType {
  @Field(() => Int, { description: "First line." })
  start!: number;

  @Field(() => Int, { description: "Last line." })
  end!: number;
}

@ObjectType("Address", { description: "A postal address (мекенжай), split into its parts where the act allows." })
export class AddressType {
  @Field(() => String, { nullable: true, description: "Postal code (пошта индексі), six digits." })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: "Settlement (елді мекен), e.g. «Ақкөл қ.»." })
  locality!: string | null;

  @Field(() => String, { nullable: true, description: "Street (көше)." })
  street!: string | null;

  @Field(() => String, { nullable: true, description: "House number (үй нөмірі)." })
  house!: string | null;

  @Field(() => String, { description: "The whole cleaned address (толық мекенжай)." })
  full!: string;
}

@ObjectType("Email", { description: "An e-mail address (электрондық пошта)." })
export class EmailType {
  @Field(() => String, { description: "The cleaned address." })
  value!: string;

  @Field(() => String, { description: "The address as printed in the act." })
  raw!: string;

  @Field(() => Boolean, {
    description: "False when the printed address is not a valid e-mail address even after cleaning.",
  })
  valid!: boolean;
}

export enum PhoneKind {
  PHONE = "PHONE",
  FAX = "FAX",
  TELETYPE = "TELETYPE",
  RECEPTION = "RECEPTION",
}
registerEnumType(PhoneKind, {
  name: "PhoneKind",
  description:
    "What a number is for: PHONE (телефон), FAX (факс), TELETYPE (телетайп), RECEPTION (қабылдау бөлмесі, the head's reception).",
  valuesConfig: {
    PHONE: { description: "A telephone (телефон): printed after «Тел» or with no label." },
    FAX: { description: "A fax (факс): printed after «Факс» or «Тел/факс»." },
    TELETYPE: { description: "A teletype number (телетайп)." },
    RECEPTION: {
      description: "The head's reception (қабылдау бөлмесі, приемная), as the act marks it after the number.",
    },
  },
});

@ObjectType("Phone", { description: "A telephone number (телефон нөмірі)." })
export class PhoneType {
  @Field(() => String, { description: "The number as printed, e.g. «8 (71638) 2-15-83»." })
  raw!: string;

  @Field(() => String, {
    nullable: true,
    description: "The number in E.164 (+7…), or null when the area code is unknown.",
  })
  e164!: string | null;

  @Field(() => PhoneKind, { description: "What the number is for." })
  kind!: PhoneKind;
}

export enum Weekday {
  MON = "MON",
  TUE = "TUE",
  WED = "WED",
  THU = "THU",
  FRI = "FRI",
  SAT = "SAT",
  SUN = "SUN",
}
registerEnumType(Weekday, {
  name: "Weekday",
  description: "A day of the week (апта күні), Monday (дүйсенбі) to Sunday (жексенбі).",
  valuesConfig: {
    MON: { description: "Monday (дүйсенбі)." },
    TUE: { description: "Tuesday (сейсенбі)." },
    WED: { description: "Wednesday (сәрсенбі)." },
    THU: { description: "Thursday (бейсенбі)." },
    FRI: { description: "Friday (жұма)." },
    SAT: { description: "Saturday (сенбі)." },
    SUN: { description: "Sunday (жексенбі)." },
  },
});

@ObjectType("TimeRange", { description: "A span of the day (уақыт аралығы), local time, HH:MM." })
export class TimeRangeType {
  @Field(() => String, { description: "Start, HH:MM." })
  start!: string;

  @Field(() => String, { description: "End, HH:MM." })
  end!: string;
}

@ObjectType("WeeklyHours", { description: "Opening hours (жұмыс уақыты) that hold on some days of the week." })
export class WeeklyHoursType {
  @Field(() => [Weekday], { description: "The days these hours hold on." })
  days!: Weekday[];

  @Field(() => String, { description: "Opening time, HH:MM, local time (Kazakhstan)." })
  opens!: string;

  @Field(() => String, { description: "Closing time, HH:MM." })
  closes!: string;

  @Field(() => [TimeRangeType], { description: "Breaks (үзіліс), e.g. lunch 13:00–14:00." })
  breaks!: TimeRangeType[];
}

@ObjectType("Schedule", {
  description: "A working schedule (жұмыс кестесі): the printed text and, where it could be read, the weekly hours.",
})
export class ScheduleType {
  @Field(() => String, { description: "The schedule as printed, cleaned." })
  text!: string;

  @Field(() => [WeeklyHoursType], {
    description: "The hours per day read from the text; empty when it could not be read.",
  })
  weekly!: WeeklyHoursType[];
}
