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

export function createLoaders(db: Database): Loaders {
  let RequestLoaders = loadersClassOf.get(db);
  if (!RequestLoaders) {
    RequestLoaders = loadersClass(db);
    loadersClassOf.set(db, RequestLoaders);
  }
  return new RequestLoaders();
}
