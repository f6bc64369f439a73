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

/**
 * One class per database, its loaders as getters on the prototype: a getter
 * builds its loader on first use and leaves it on the request's object.
 * Defining the getters on every request's object cost `{ __typename }` a
 * twentieth of its time (README "Speed"); `new` of an empty class costs nothing.
 */
const loadersClassOf = new WeakMap<Database, new () => Loaders>();

function loadersClass(db: Database): new () => Loaders {
  class RequestLoaders {}
  for (const [name, factory] of Object.entries(loaderFactories(db))) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      enumerable: true,
      get(this: object) {
        const loader = (factory as () => unknown)();
        Object.defineProperty(this, name, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return RequestLoaders as new () => Loaders;
}

/** The class `build` makes for `db`, made once per database. */
function classOf(
  classes: WeakMap<Database, new () => Loaders>,
  db: Database,
  build: (db: Database) => new () => Loaders,
): new () => Loaders {
  let made = classes.get(db);
  if (!made) {
    made = build(db);
    classes.set(db, made);
  }
  return made;
}

export function createLoaders(db: Database): Loaders {
  return new (classOf(loadersClassOf, db, loadersClass))();
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
  return new (classOf(turnLoadersClassOf, db, turnLoadersClass))();
}

const turnLoadersClassOf = new WeakMap<Database, new () => Loaders>();
const turnsOf = new WeakMap<object, LoaderTurns>();

function turnLoadersClass(db: Database): new () => Loaders {
  class TurnLoaders {
    constructor() {
      turnsOf.set(this, new LoaderTurns());
    }
  }
  for (const [name, factory] of Object.entries(loaderFactories(db))) {
    Object.defineProperty(TurnLoaders.prototype, name, {
      enumerable: true,
      get(this: object) {
        const turns = turnsOf.get(this)!;
        const loader = inTurns(withBatchSchedule(turns.schedule, factory as () => DataLoader<unknown, unknown>), turns);
        Object.defineProperty(this, name, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return TurnLoaders as unknown as new () => Loaders;
}

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
