/**
 * Prisma's schema engine, compiled to WebAssembly, for producing and checking
 * migrations on machines where the native engine cannot be downloaded.
 *
 * Node cannot `import` a .wasm module, so the package's glue file is loaded
 * as a plain module and the WebAssembly instance is wired in by hand. The
 * engine needs a database only as a shadow database (to replay migrations);
 * an in-memory PGlite serves that, so no server is required.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGLITE_EXTENSIONS } from "../src/db/pglite-extensions.mjs";

const require = createRequire(import.meta.url);

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm");
type SchemaEngine = Awaited<ReturnType<SchemaEngineModule["SchemaEngine"]["new"]>>;

let glue: Promise<SchemaEngineModule> | undefined;

async function loadGlue(): Promise<SchemaEngineModule> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(gluePath)) as SchemaEngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const wasmPath = gluePath.replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/** Runs `use` with a schema engine whose shadow database is a throw-away in-memory PGlite. */
export async function withSchemaEngine<T>(use: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  glue ??= loadGlue();
  const { SchemaEngine } = await glue;
  // The migrations create extensions (pg_trgm), which a PGlite must load to replay them. The adapter's own
  // shadow database is a bare `new PGlite()`, so the engine is handed one that loads them instead.
  const shadow = new PGlite({ extensions: PGLITE_EXTENSIONS });
  const replays: PGlite[] = [];
  const adapter = new PrismaPGlite(shadow);
  adapter.connectToShadowDb = () => {
    const replay = new PGlite({ extensions: PGLITE_EXTENSIONS });
    replays.push(replay);
    return new PrismaPGlite(replay).connect();
  };
  const factory = bindMigrationAwareSqlAdapterFactory(adapter as never);
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: undefined }, (line: string) => logs.push(line), factory);
  try {
    return await use(engine);
  } finally {
    engine.free();
    await shadow.close();
    for (const replay of replays) if (!replay.closed) await replay.close();
  }
}
