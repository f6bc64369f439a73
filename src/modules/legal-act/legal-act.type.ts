import "reflect-metadata";
import { Field, Int, ObjectType } from "type-graphql";
import { NodeInterface } from "../node/node.type.js";
import { AmendmentNoteType, LegalBasisType } from "../service/service.structure.type.js";

@ObjectType("SourceLine", { description: "One line of the act's text as published (жол), numbered from 1." })
export class SourceLineType {
  @Field(() => Int, { description: "1-based line number in the act's text." })
  no!: number;

  @Field(() => String, { description: "The line exactly as in the source text." })
  text!: string;
}

@ObjectType("LegalAct", {
  implements: NodeInterface,
  description: "The act the directory comes from (нормативтік құқықтық акт): resolution No. 394 of 7 April 2011.",
})
export class LegalActType {
  id!: string;

  @Field(() => String, { description: "The act's number (нөмірі)." })
  number!: string;

  @Field(() => String, { description: "Date of adoption (қабылданған күні), ISO 8601." })
  date!: string;

  @Field(() => String, { description: "Title (атауы), in Kazakh." })
  title!: string;

  @Field(() => String, { description: "Status (мәртебесі), e.g. repealed (күші жойылған)." })
  status!: string;

  @Field(() => AmendmentNoteType, {
    nullable: true,
    description: "The act that repealed this one (күшін жою), with its entry-into-force wording; null while in force.",
  })
  repeal!: AmendmentNoteType | null;

  @Field(() => LegalBasisType, {
    nullable: true,
    description:
      "The preamble recital (кіріспе): the laws the resolution was adopted under, cleaned, with the acts it cites and its lines.",
  })
  recital!: LegalBasisType | null;

  @Field(() => String, {
    nullable: true,
    description: "When the act itself entered into force (қолданысқа енгізілуі), as its last paragraph says.",
  })
  entryIntoForce!: string | null;

  @Field(() => [AmendmentNoteType], {
    description:
      "Every amendment note (ескерту) of the act in the order printed: the resolution's own and those inside the standards.",
  })
  amendments!: AmendmentNoteType[];
}
