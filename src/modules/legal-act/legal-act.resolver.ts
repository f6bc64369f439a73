import "reflect-metadata";
import { BadInputError } from "../../graphql/errors.js";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { findLegalAct } from "./legal-act.repository.js";
import { LegalActType, SourceLineType } from "./legal-act.type.js";

/** Most lines one `sourceLines` call returns. */
export const MAX_SOURCE_LINES = 500;

@Resolver(() => LegalActType)
export class LegalActResolver {
  @Query(() => LegalActType, { nullable: true, description: "The act the directory was parsed from." })
  legalAct(@Ctx() { directory: db }: Context): Promise<LegalActType | null> {
    return findLegalAct(db);
  }

  @FieldResolver(() => [SourceLineType], {
    description: `Lines start..end (inclusive, 1-based) of the act's text, at most ${MAX_SOURCE_LINES} per call.`,
  })
  async sourceLines(
    @Root() _act: LegalActType,
    @Arg("start", () => Int, { description: "First line, 1-based." }) start: number,
    @Arg("end", () => Int, { description: "Last line, inclusive." }) end: number,
    @Ctx() { directory: db }: Context,
  ): Promise<SourceLineType[]> {
    if (start < 1 || end < start || end - start + 1 > MAX_SOURCE_LINES) {
      throw new BadInputError(`sourceLines needs 1 <= start <= end and at most ${MAX_SOURCE_LINES} lines`);
    }
    return db.prisma.sourceLine.findMany({ where: { no: { gte: start, lte: end } }, orderBy: { no: "asc" } });
  }
}
