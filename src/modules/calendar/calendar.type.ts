import "reflect-metadata";
import { GraphQLDateTime, GraphQLLocalDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { AppliedDeadlineType } from "../application/application.type.js";
import { ChannelEnum } from "../application/application.enums.js";

@ObjectType("DueDatePreview", {
  description:
    "When an application handed in now (or at `from`) would fall due (орындалу мерзімі): the date its receipt would show, computed exactly as " +
    "`submitApplication` computes it, so a portal can show it before submitting.",
})
export class DueDatePreviewType {
  @Field(() => Int, { description: "The service's number in the act (1–18)." })
  service!: number;

  @Field(() => ChannelEnum, { description: "The channel the application would be handed in through." })
  channel!: ChannelEnum;

  @Field(() => GraphQLDateTime, {
    description: "The instant the deadline counts from (the registration), ISO 8601, UTC.",
  })
  from!: Date;

  @Field(() => AppliedDeadlineType, {
    description: "The standard's deadline (мерзім) for the channel (paragraph 7), with the act's wording and lines.",
  })
  deadline!: AppliedDeadlineType;

  @Field(() => GraphQLLocalDate, {
    description:
      "The last day the provider may use (Kazakhstan time): working days skip weekends and Kazakhstan's days off; the day of registration is not counted.",
  })
  dueDate!: string;

  @Field(() => GraphQLDateTime, {
    description:
      "The instant after which an application still open would be overdue: the end of `dueDate`, or the exact minute for a deadline in minutes.",
  })
  dueAt!: Date;

  @Field(() => [String], {
    description:
      "What the date rests on that the holiday calendar does not hold, in words (no Government resolution moving days off recorded for a year it " +
      "counts through); empty when nothing.",
  })
  caveats!: string[];
}
