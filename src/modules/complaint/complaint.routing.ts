/**
 * Who hears a complaint: computed from the service's complaint routes
 * (paragraphs 20–22 of its standard, `service.complaints.routes`) and the
 * directory. A route names a target (the provider's own head, the regional
 * administration, the akimat apparatus, the Ministry) and often the appendix
 * that lists those bodies; the addressee is the body of that kind that serves
 * the place of the provider complained about.
 */
import type { Provider } from "../../generated/prisma/client.js";
import type {
  ComplaintKind,
  ComplaintProcedure,
  ComplaintRoute,
  ComplaintTarget,
} from "../../../seeds/contract/index.js";

export type RoutableTarget = Exclude<ComplaintTarget, "COURT">;
export type FileableKind = Exclude<ComplaintKind, "COURT">;

/** The directory reads routing needs (a transaction's client in production, anything in tests). */
export interface RoutingDirectory {
  /** Providers with a row in the appendix. */
  listedIn(appendixId: string): Promise<Provider[]>;
  /** Providers of a type (and authority kind / akimat level). */
  ofType(
    type: Provider["type"],
    kind?: { authorityKind?: Provider["authorityKind"]; akimatLevel?: Provider["akimatLevel"] },
  ): Promise<Provider[]>;
}

export type RouteChoice =
  | { ok: true; route: ComplaintRoute & { target: RoutableTarget }; addressee: Provider }
  | { ok: false; field: "kind" | "preferredTarget" | "providerId"; message: string };

export function routesOf(complaints: ComplaintProcedure | null, kind: FileableKind): ComplaintRoute[] {
  return (complaints?.routes ?? []).filter((route) => route.kind === kind);
}

const samePlace = (about: Provider) => (candidate: Provider) =>
  (about.districtId !== null && candidate.districtId === about.districtId) ||
  (about.regionId !== null && candidate.regionId === about.regionId);

/** The provider types each kind of list holds. */
const LIST_HOLDS: Record<string, Provider["type"]> = {
  DEPT: "AUTHORITY",
  BASQ: "AUTHORITY",
  XQO: "SERVICE_CENTRE",
  AKIM: "AKIMAT_APPARATUS",
  APP: "AKIMAT_APPARATUS",
};

/**
 * A route to the provider's own head applies to the kind of provider its
 * appendix lists: S2's «орталық қызметкерінің әрекетіне» cites the centres'
 * list, so it is the route for complaints about a centre, not a department.
 */
function headRouteApplies(route: ComplaintRoute, about: Provider, listed: Provider[] | null): boolean {
  if (listed?.some((candidate) => candidate.id === about.id)) return true;
  if (route.appendixKind === "DEPT") return about.type === "AUTHORITY";
  if (route.appendixKind === "XQO") return about.type === "SERVICE_CENTRE";
  return true;
}

async function addresseeFor(
  route: ComplaintRoute,
  about: Provider,
  directory: RoutingDirectory,
): Promise<Provider | null> {
  const listed = route.appendixId ? await directory.listedIn(route.appendixId) : null;
  // A citation of the wrong kind of list (S7 p.21 cites the akimats for the regional administration) is not trusted.
  const fromList = (type: Provider["type"]) =>
    listed && route.appendixKind && LIST_HOLDS[route.appendixKind] === type ? listed : null;
  switch (route.target) {
    case "PROVIDER_HEAD":
      return headRouteApplies(route, about, listed) ? about : null;
    case "MINISTRY":
      return (await directory.ofType("AUTHORITY", { authorityKind: "MINISTRY" }))[0] ?? null;
    case "REGIONAL_ADMINISTRATION": {
      const candidates = (
        fromList("AUTHORITY") ?? (await directory.ofType("AUTHORITY", { authorityKind: "REGIONAL_ADMINISTRATION" }))
      ).filter((candidate) => candidate.type === "AUTHORITY" && candidate.authorityKind !== "MINISTRY");
      return (
        candidates.find((candidate) => candidate.id === about.id) ??
        candidates.find((candidate) => about.regionId !== null && candidate.regionId === about.regionId) ??
        null
      );
    }
    case "AKIMAT_APPARATUS": {
      const candidates = (fromList("AKIMAT_APPARATUS") ?? (await directory.ofType("AKIMAT_APPARATUS"))).filter(
        (candidate) => candidate.type === "AKIMAT_APPARATUS",
      );
      // The district's akimat when the list is of district akimats, else the regional apparatus.
      return (
        candidates.find((candidate) => about.districtId !== null && candidate.districtId === about.districtId) ??
        candidates.find((candidate) => candidate.akimatLevel === "REGIONAL" && candidate.regionId === about.regionId) ??
        candidates.find(samePlace(about)) ??
        null
      );
    }
    default:
      return null;
  }
}

/**
 * The route of `kind` whose body the directory has for the provider's place:
 * a route to the provider's own head whose list names the provider first,
 * then the routes in the standard's order (or only those of `preferredTarget`).
 */
export async function chooseRoute(
  complaints: ComplaintProcedure | null,
  serviceNumber: number,
  kind: FileableKind,
  about: Provider,
  directory: RoutingDirectory,
  preferredTarget?: RoutableTarget | null,
): Promise<RouteChoice> {
  const routes = routesOf(complaints, kind);
  const bodies = routes.filter(
    (route): route is ComplaintRoute & { target: RoutableTarget } => route.target !== "COURT",
  );
  if (bodies.length === 0) {
    return {
      ok: false,
      field: "kind",
      message:
        routes.length > 0
          ? `service ${serviceNumber}'s standard sends ${kind} complaints to court, not to a body`
          : `service ${serviceNumber}'s standard names no body for ${kind} complaints`,
    };
  }
  const candidates = preferredTarget ? bodies.filter((route) => route.target === preferredTarget) : bodies;
  if (candidates.length === 0) {
    return {
      ok: false,
      field: "preferredTarget",
      message: `service ${serviceNumber}'s standard sends ${kind} complaints to ${[...new Set(bodies.map((route) => route.target))].join(" or ")}`,
    };
  }
  const ordered = [
    ...candidates.filter(
      (route) =>
        route.target === "PROVIDER_HEAD" && route.appendixKind && LIST_HOLDS[route.appendixKind] === about.type,
    ),
    ...candidates,
  ];
  for (const route of ordered) {
    const addressee = await addresseeFor(route, about, directory);
    if (addressee) return { ok: true, route, addressee };
  }
  return {
    ok: false,
    field: "providerId",
    message: `the directory has no ${candidates.map((route) => route.target).join(" or ")} for ${about.id}'s place`,
  };
}

/**
 * How long the addressee has to answer: 15 calendar days from registration —
 * Law of the Republic of Kazakhstan of 12 January 2007 No. 221-III «Жеке және
 * заңды тұлғалардың өтініштерін қарау тәртібі туралы», article 8, paragraph 1
 * (the standards' paragraph 25 promises the date but does not set the period).
 */
export const COMPLAINT_ANSWER_PERIOD = {
  amount: 15,
  unit: "CALENDAR_DAYS" as const,
  source: "Law No. 221-III of 12 January 2007, art. 8(1)",
};
