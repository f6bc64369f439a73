import "reflect-metadata";
import { Field, ID, InterfaceType } from "type-graphql";

/** Rows handed to GraphQL carry the name of their object type, so interfaces and unions resolve without class instances. */
export interface Typed {
  __typename: string;
}

export function typed<T extends object, N extends string>(__typename: N, row: T): T & { __typename: N } {
  return Object.assign(row, { __typename });
}

export function typedOrNull<T extends object, N extends string>(
  __typename: N,
  row: T | null | undefined,
): (T & { __typename: N }) | null {
  return row ? typed(__typename, row) : null;
}

@InterfaceType("Node", {
  description: "Anything with a global id (ғаламдық идентификатор): fetch it again with `node(id)`.",
  resolveType: (value: Typed) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: "Global, opaque id; stable while the directory is unchanged." })
  id!: string;
}
