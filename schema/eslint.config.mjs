// The rules the emitted SDL must keep (`npm run lint:schema`; test/graphql/schema-lint.test.ts runs it in `npm test`):
// graphql-eslint's recommended schema rules, its Relay rules for every connection, and a description on every
// type, field, argument and enum value, since portals and journalists read the SDL and the IDE's docs, not our code.
import { fileURLToPath } from "node:url";
import graphql from "@graphql-eslint/eslint-plugin";

const sdl = fileURLToPath(new URL("schema.graphql", import.meta.url));

export default [
  {
    files: ["**/schema.graphql"],
    // Rules that look across types (unreachable types, Relay shapes) need the whole schema.
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: sdl } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...graphql.configs["flat/schema-recommended"].rules,
      ...graphql.configs["flat/schema-relay"].rules,
      // Values such as Address or Deadline belong to their owner and have no identity of their own; ids are for Node types.
      "@graphql-eslint/strict-id-in-types": "off",
      // Plain lists of values (phones, deadlines, a provider's listings) are not connections; every connection's edges still are edges.
      // Applications and complaints are not Nodes: they are reached with an access code or an API key, never by a bare id.
      "@graphql-eslint/relay-edge-types": ["error", { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false, withEdgeSuffix: true }],
      // Region.regionalAdministration and Service.serviceCentres name other things that merely share their parent's prefix.
      "@graphql-eslint/no-typename-prefix": "off",
      "@graphql-eslint/require-description": [
        "error",
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true },
      ],
    },
  },
];
