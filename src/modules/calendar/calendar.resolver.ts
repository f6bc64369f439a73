import "reflect-metadata";
import { DateTimeResolver } from "graphql-scalars";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { ChannelEnum, type DeadlineUnitEnum } from "../application/application.enums.js";
import { previewDueDate } from "../application/application.service.js";
import { DueDatePreviewType } from "./calendar.type.js";

@Resolver()
export class CalendarResolver {
  @Query(() => DueDatePreviewType, {
    description:
      "When an application for a service, handed in on a channel now (or at `from`), would fall due: the date `submitApplication` would put on " +
      "its receipt, for a portal to show before submitting; never cached. BAD_USER_INPUT for a service or channel that takes no applications; " +
      "DATE_OUTSIDE_CALENDAR when the working days run into days the holiday calendar does not know (past its last year, or a holiday not yet " +
      "announced).",
  })
  async dueDate(
    @Arg("service", () => Int, { description: "The service's number in the act (1–18)." }) service: number,
    @Arg("channel", () => ChannelEnum, { description: "The channel it would be handed in through." })
    channel: ChannelEnum,
    @Arg("from", () => DateTimeResolver, {
      nullable: true,
      description: "When it would be registered (ISO 8601 with offset); now when unset.",
    })
    from: Date | null,
    @Ctx() { directory: db }: Context,
  ): Promise<DueDatePreviewType> {
    // Counted from "now" the answer changes with the clock: src/graphql/cache.ts answers it with no-store.
    const preview = await previewDueDate(db, service, channel, from ?? new Date());
    const { deadline, due } = preview;
    return {
      service,
      channel,
      from: preview.from,
      deadline: {
        amount: deadline.amount,
        unit: deadline.unit as DeadlineUnitEnum,
        atMost: deadline.atMost,
        text: deadline.text,
        lineStart: deadline.lines?.start ?? null,
        lineEnd: deadline.lines?.end ?? null,
      },
      dueDate: due.date,
      dueAt: due.at,
      caveats: preview.caveats,
    };
  }
}
