import type { NonEmptyArray } from "type-graphql";
import { DistrictResolver } from "./district/district.resolver.js";
import { LegalActResolver } from "./legal-act/legal-act.resolver.js";
import {
  AppendixResolver,
  ConflictResolver,
  ConflictValueResolver,
  ListingResolver,
  QualityIndicatorResolver,
} from "./listing/listing.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { ProviderResolver } from "./provider/provider.resolver.js";
import { RegionResolver } from "./region/region.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { ServiceResolver } from "./service/service.resolver.js";
import { ApiKeyResolver } from "./api-key/api-key.resolver.js";
import { ApplicationResolver } from "./application/application.resolver.js";
import { ProviderRefResolver, ServiceRefResolver } from "./write/directory-ref.resolver.js";
import { ComplaintResolver } from "./complaint/complaint.resolver.js";
import { ConflictListResolver } from "./conflict/conflict.resolver.js";
import { StatsResolver } from "./stats/stats.resolver.js";
import { CalendarResolver } from "./calendar/calendar.resolver.js";
import { EventsResolver } from "./events/events.resolver.js";
import { WebhookResolver } from "./webhook/webhook.resolver.js";

/** Every resolver class of the API: one line each, so every module can add its own. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql's own type for the resolver list
export const resolvers: NonEmptyArray<Function> = [
  LegalActResolver,
  NodeResolver,
  RegionResolver,
  DistrictResolver,
  ProviderResolver,
  ServiceResolver,
  ListingResolver,
  ConflictResolver,
  ConflictValueResolver,
  ConflictListResolver,
  AppendixResolver,
  QualityIndicatorResolver,
  SearchResolver,
  StatsResolver,
  ApiKeyResolver,
  ApplicationResolver,
  ProviderRefResolver,
  ServiceRefResolver,
  ComplaintResolver,
  CalendarResolver,
  EventsResolver,
  WebhookResolver,
];
