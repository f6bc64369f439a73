import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and so
    // every dependency (Apollo, type-graphql), loads the CommonJS one; Vite
    // would hand our own files the ESM one, and two copies of graphql refuse
    // each other's schemas. Pin the bare specifier to the copy Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two files at once: vitest's default on two cores is one, and half of the suite's files wait on servers and
    // processes of their own. On the 2-core CI machine the suite took 892 s one at a time, 612 s two at a time.
    maxWorkers: 2,
  },
});
