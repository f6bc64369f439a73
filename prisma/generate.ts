/**
 * Generates the Prisma client into src/generated/prisma (git-ignored).
 *
 * The Prisma CLI wants to download its native schema engine before it does
 * anything, and no binary can be downloaded on the machines we target.
 * Generation itself needs no engine, so we point the CLI at an existing file
 * to skip the download (see ../shared/notes/toolchain-facts.md).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const result = spawnSync(process.execPath, [cli, "generate", "--schema", "prisma/schema.prisma"], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
