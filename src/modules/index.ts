import type { NonEmptyArray } from "type-graphql";
import { LegalActResolver } from "./legal-act/legal-act.resolver.js";

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [LegalActResolver];
