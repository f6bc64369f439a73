import "reflect-metadata";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import type { GraphQLResolveInfo } from "graphql";
import { type Connection, connectionFromArray, pageRequest } from "../../graphql/connection.js";
import { LineRangeType } from "../common/common.type.js";
import {
  AmendmentNoteType,
  ComplaintProcedureType,
  CostType,
  DeadlineType,
  DeliveryType,
  FormType,
  HandInType,
  LegalBasisType,
  ProviderChannelType,
  RecipientsType,
  RefusalGroundsType,
  ServiceDocumentsType,
  ServiceResultType,
  ServiceSchedulesType,
  SubServiceType,
  SuspensionGroundsType,
  WaitingTimeType,
} from "./service.structure.type.js";
import {
  AppendixType,
  type AppendixValue,
  QualityIndicatorType,
  type QualityIndicatorValue,
} from "../listing/listing.type.js";
import { ProvidersArgs } from "../provider/provider.args.js";
import {
  AKIMAT_APPARATUS,
  AUTHORITIES,
  providersUnder,
  REGIONAL_ADMINISTRATIONS,
  SERVICE_CENTRES,
} from "../provider/provider.lists.js";
import {
  AkimatApparatusConnection,
  AuthorityConnection,
  type ProviderValue,
  ServiceCentreConnection,
} from "../provider/provider.type.js";
import { ServicesArgs } from "./service.args.js";
import { findServices, serviceQuery } from "./service.repository.js";
import { ServiceConnection, ServiceForm, type ServiceRules, ServiceType, type ServiceValue } from "./service.type.js";

const FORMS = new Set<string>(Object.values(ServiceForm));

/** The service's rules: on the row when it was loaded whole, else loaded (batched) for every service of the request that needs them. */
async function rules(service: ServiceValue, { loaders }: Context): Promise<Partial<ServiceRules>> {
  if ("legalBasis" in service) return service;
  return (await loaders.serviceRulesById.load(service.id)) ?? {};
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, {
    description: "The act's services (мемлекеттік көрсетілетін қызметтер), by number.",
  })
  async services(
    @Args(() => ServicesArgs) args: ServicesArgs,
    @Ctx() { directory: db }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ServiceValue>> {
    const page = pageRequest(args, info);
    return connectionFromArray(await findServices(db, serviceQuery(args.filter)), page);
  }

  @Query(() => ServiceType, {
    nullable: true,
    description: "One service by its number in the act's preamble (1–18); null when there is none.",
  })
  service(
    @Arg("number", () => Int, { description: "The preamble number." }) number: number,
    @Ctx() { loaders }: Context,
  ): Promise<ServiceValue | null> {
    return loaders.serviceByNumber.load(String(number));
  }

  @FieldResolver(() => ServiceForm, { nullable: true })
  form(@Root() service: ServiceValue): ServiceForm | null {
    return service.form && FORMS.has(service.form) ? (service.form as ServiceForm) : null;
  }

  @FieldResolver(() => LineRangeType, { nullable: true })
  lines(@Root() service: ServiceValue): LineRangeType | null {
    return service.lineStart != null && service.lineEnd != null
      ? { start: service.lineStart, end: service.lineEnd }
      : null;
  }

  @FieldResolver(() => [ProviderChannelType])
  async channels(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<NonNullable<ServiceRules["providers"]>> {
    return (await rules(service, ctx)).providers ?? [];
  }

  @FieldResolver(() => LegalBasisType, { nullable: true })
  async legalBasis(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<ServiceRules["legalBasis"] | undefined> {
    return (await rules(service, ctx)).legalBasis;
  }

  @FieldResolver(() => ServiceResultType, { nullable: true })
  async result(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<ServiceRules["result"] | undefined> {
    return (await rules(service, ctx)).result;
  }

  @FieldResolver(() => RecipientsType, { nullable: true })
  async recipients(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<ServiceRules["recipients"] | undefined> {
    return (await rules(service, ctx)).recipients;
  }

  // Item 11 (repealed) has no rules: its list columns are null, served as empty lists.
  @FieldResolver(() => [DeadlineType])
  async deadlines(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<NonNullable<ServiceRules["deadlines"]>> {
    return (await rules(service, ctx)).deadlines ?? [];
  }

  @FieldResolver(() => [WaitingTimeType])
  async waitingTimes(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<NonNullable<ServiceRules["waitingTimes"]>> {
    return (await rules(service, ctx)).waitingTimes ?? [];
  }

  @FieldResolver(() => CostType, { nullable: true })
  async cost(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<ServiceRules["cost"] | undefined> {
    return (await rules(service, ctx)).cost;
  }

  @FieldResolver(() => ServiceSchedulesType, { nullable: true })
  async schedules(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<ServiceRules["schedules"] | undefined> {
    return (await rules(service, ctx)).schedules;
  }

  @FieldResolver(() => ServiceDocumentsType, { nullable: true })
  async documents(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<ServiceRules["documents"] | undefined> {
    return (await rules(service, ctx)).documents;
  }

  @FieldResolver(() => RefusalGroundsType, { nullable: true })
  async refusalGrounds(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<ServiceRules["refusalGrounds"] | undefined> {
    return (await rules(service, ctx)).refusalGrounds;
  }

  @FieldResolver(() => SuspensionGroundsType, { nullable: true })
  async suspensionGrounds(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<ServiceRules["suspensionGrounds"] | undefined> {
    return (await rules(service, ctx)).suspensionGrounds;
  }

  @FieldResolver(() => [HandInType])
  async handIn(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<NonNullable<ServiceRules["handIn"]>> {
    return (await rules(service, ctx)).handIn ?? [];
  }

  @FieldResolver(() => [DeliveryType])
  async delivery(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<NonNullable<ServiceRules["delivery"]>> {
    return (await rules(service, ctx)).delivery ?? [];
  }

  @FieldResolver(() => ComplaintProcedureType, { nullable: true })
  async complaints(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<ServiceRules["complaints"] | undefined> {
    return (await rules(service, ctx)).complaints;
  }

  @FieldResolver(() => [FormType])
  async forms(@Root() service: ServiceValue, @Ctx() ctx: Context): Promise<NonNullable<ServiceRules["forms"]>> {
    return (await rules(service, ctx)).forms ?? [];
  }

  @FieldResolver(() => [AmendmentNoteType])
  async amendments(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<NonNullable<ServiceRules["amendments"]>> {
    return (await rules(service, ctx)).amendments ?? [];
  }

  @FieldResolver(() => [SubServiceType])
  async subServices(
    @Root() service: ServiceValue,
    @Ctx() ctx: Context,
  ): Promise<NonNullable<ServiceRules["subServices"]>> {
    return (await rules(service, ctx)).subServices ?? [];
  }

  @FieldResolver(() => [AppendixType], { description: "The standard's appendices (қосымшалар), by number." })
  appendices(@Root() service: ServiceValue, @Ctx() { loaders }: Context): Promise<AppendixValue[]> {
    return loaders.appendicesByServiceId.load({ parentId: service.id, filter: null });
  }

  @FieldResolver(() => [QualityIndicatorType], {
    description: "Quality and effectiveness indicators (сапа және тиімділік көрсеткіштері).",
  })
  qualityIndicators(@Root() service: ServiceValue, @Ctx() { loaders }: Context): Promise<QualityIndicatorValue[]> {
    return loaders.qualityIndicatorsByServiceId.load({ parentId: service.id, filter: null });
  }

  @FieldResolver(() => AuthorityConnection, {
    description:
      "Authorities (уәкілетті органдар) of any level whose lists for this service name them; filter by region, district, kind or text.",
  })
  authorities(
    @Root() service: ServiceValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByServiceId, service.id, AUTHORITIES, args, info);
  }

  @FieldResolver(() => AuthorityConnection, {
    description:
      "Regional administrations (облыстық басқармалар) that provide this service or hear complaints about it.",
  })
  regionalAdministrations(
    @Root() service: ServiceValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByServiceId, service.id, REGIONAL_ADMINISTRATIONS, args, info);
  }

  @FieldResolver(() => AkimatApparatusConnection, {
    description: "Akimat apparatus (әкімдер аппараттары) listed for this service.",
  })
  akimatApparatus(
    @Root() service: ServiceValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByServiceId, service.id, AKIMAT_APPARATUS, args, info);
  }

  @FieldResolver(() => ServiceCentreConnection, {
    description: "Public service centres (ХҚО) listed for this service.",
  })
  serviceCentres(
    @Root() service: ServiceValue,
    @Args(() => ProvidersArgs) args: ProvidersArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProviderValue>> {
    return providersUnder(loaders.providersByServiceId, service.id, SERVICE_CENTRES, args, info);
  }
}
