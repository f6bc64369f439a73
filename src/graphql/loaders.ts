/**
 * Every loader of the API, for one request: a loader caches rows, and a
 * cache that outlived the request would serve a directory that a re-seed has
 * since changed. Each loader is built the first time a resolver asks for it:
 * most requests use two or three of them, and `{ __typename }` none.
 */
import type { Database } from "../db/database.js";
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

/** The factories close over the database only, so one set serves every request to it. */
const factoriesOf = new WeakMap<Database, Factories>();

export function createLoaders(db: Database): Loaders {
  let factories = factoriesOf.get(db);
  if (!factories) factoriesOf.set(db, (factories = loaderFactories(db)));
  const loaders = {} as Record<string, unknown>;
  for (const [name, factory] of Object.entries(factories)) {
    Object.defineProperty(loaders, name, {
      enumerable: true,
      get() {
        const loader = (factory as () => unknown)();
        Object.defineProperty(loaders, name, { value: loader, enumerable: true });
        return loader;
      },
      configurable: true,
    });
  }
  return loaders as Loaders;
}
