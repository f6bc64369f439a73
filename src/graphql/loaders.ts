/**
 * Every loader of the API, built fresh for each request by `createContext`:
 * a loader caches rows, and a cache that outlived the request would serve a
 * directory that a re-seed has since changed.
 */
import type { Database } from "../db/database.js";
import { createDistrictLoaders } from "../modules/district/district.repository.js";
import { createListingLoaders } from "../modules/listing/listing.repository.js";
import { createProviderLoaders } from "../modules/provider/provider.repository.js";
import { createRegionLoaders } from "../modules/region/region.repository.js";
import { createServiceLoaders } from "../modules/service/service.repository.js";

export function createLoaders(db: Database) {
  return {
    ...createRegionLoaders(db),
    ...createDistrictLoaders(db),
    ...createProviderLoaders(db),
    ...createServiceLoaders(db),
    ...createListingLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
