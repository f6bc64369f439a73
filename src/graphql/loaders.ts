/**
 * Every loader of the API, for one request: a loader caches rows, and a
 * cache that outlived the request would serve a directory that a re-seed has
 * since changed. Each loader is built the first time a resolver asks for it:
 * most requests use two or three of them, and `{ __typename }` none.
 */
import type DataLoader from "dataloader";
import type { Database } from "../db/database.js";
import { LoaderTurns } from "../modules/common/cpu-turn.js";
import { withBatchSchedule } from "./loader-utils.js";
import { createDistrictLoaders } from "../modules/district/district.repository.js";
import { createListingLoaders } from "../modules/listing/listing.repository.js";
import { createProviderLoaders } from "../modules/provider/provider.repository.js";
import { createRegionLoaders } from "../modules/region/region.repository.js";
import { createSearchLoaders } from "../modules/search/search.service.js";
import { createServiceLoaders } from "../modules/service/service.repository.js";

function loaderFactories(db: Database) {
  return {
    ...createRegionLoaders(db),
    ...createDistrictLoaders(db),
    ...createProviderLoaders(db),
    ...createServiceLoaders(db),
    ...createListingLoaders(db),
    ...createSearchLoaders(db),
  };
}

type Factories = ReturnType<typeof loaderFactories>;
export type Loaders = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/** How a request's loader is made from its factory, on first use. */
type BuildLoader = (request: object, factory: () => DataLoader<unknown, unknown>) => unknown;

/**
 * One class per database and way of building, its loaders as getters on the
 * prototype: a getter builds its loader on first use and leaves it on the
 * request's object. Defining the getters on every request's object cost
 * `{ __typename }` a twentieth of its time (README "Speed"); `new` of an
 * empty class costs nothing.
 */
function loadersClass(db: Database, build: BuildLoader): new () => Loaders {
  class RequestLoaders {}
  for (const [name, factory] of Object.entries(loaderFactories(db))) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      enumerable: true,
      get(this: object) {
        const loader = build(this, factory as () => DataLoader<unknown, unknown>);
        Object.defineProperty(this, name, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return RequestLoaders as unknown as new () => Loaders;
}

/** The class for `db` in `classes`, made once per database. */
function classOf(classes: WeakMap<Database, new () => Loaders>, db: Database, build: BuildLoader): new () => Loaders {
  let made = classes.get(db);
  if (!made) {
    made = loadersClass(db, build);
    classes.set(db, made);
  }
  return made;
}

const plainClassOf = new WeakMap<Database, new () => Loaders>();
const buildPlain: BuildLoader = (_request, factory) => factory();

export function createLoaders(db: Database): Loaders {
  return new (classOf(plainClassOf, db, buildPlain))();
}

/**
 * The loaders of a heavy operation (src/graphql/limits.ts): each value
 * reaches its resolver in a turn of its own (src/modules/common/cpu-turn.ts).
 * A batch settles all its keys at once, and graphql-jit then completed every
 * parent's list in one go: a whole-directory walk held the thread for
 * 100-240 ms at a time, and `/health` waited behind it (bench/overload.ts).
 * In turns the completion runs in slices of a few milliseconds with a poll
 * for I/O between them, and a batch waits for its level's turns, so a walk
 * still costs one query per level. Light operations keep the plain loaders.
 */
export function createLoadersInTurns(db: Database): Loaders {
  return new (classOf(turnClassOf, db, buildInTurns))();
}

const turnClassOf = new WeakMap<Database, new () => Loaders>();
/** One request's turns, shared by all its loaders so a batch waits for every value still to be handed out. */
const turnsOf = new WeakMap<object, LoaderTurns>();
const buildInTurns: BuildLoader = (request, factory) => {
  let turns = turnsOf.get(request);
  if (!turns) {
    turns = new LoaderTurns();
    turnsOf.set(request, turns);
  }
  return inTurns(withBatchSchedule(turns.schedule, factory), turns);
};

function inTurns<K, V>(loader: DataLoader<K, V>, turns: LoaderTurns): DataLoader<K, V> {
  return new Proxy(loader, {
    get(target, property, receiver) {
      if (property === "load") return (key: K) => target.load(key).then(turns.deliver);
      if (property === "loadMany") return (keys: readonly K[]) => target.loadMany(keys).then(turns.deliver);
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
