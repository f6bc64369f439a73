/**
 * The IDE's files are served from wherever the project is installed, also
 * under a folder whose name starts with a dot (a clone in ~/.cache/… or
 * ~/.local/…), where Express's sendFile refuses paths by default.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import express from "express";
import { afterAll, describe, expect, it } from "vitest";
import { IDE_ASSET_PATH, IDE_ASSETS, type IdeAsset, mountIde } from "../../src/server/ide.js";

const root = mkdtempSync(join(tmpdir(), "qyzmet-ide-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The real asset files, copied into an install under `~/.cache/qyzmet/node_modules/<package>/`. */
function installUnderDotFolder(): Record<string, IdeAsset> {
  return Object.fromEntries(
    Object.entries(IDE_ASSETS).map(([name, asset]) => {
      const folder = join(root, ".cache", "qyzmet", "node_modules", basename(name, ".js"));
      mkdirSync(folder, { recursive: true });
      const path = join(folder, basename(asset.path));
      copyFileSync(asset.path, path);
      return [name, { ...asset, path }];
    }),
  );
}

async function serve(assets: Record<string, IdeAsset>) {
  const app = express();
  mountIde(app, "/graphql", assets);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("the IDE's files", () => {
  it("are served with their types from an install under a dot folder", async () => {
    const assets = installUnderDotFolder();
    expect(Object.values(assets).every((asset) => asset.path.includes("/.cache/"))).toBe(true);
    const { base, close } = await serve(assets);
    try {
      for (const [name, asset] of Object.entries(assets)) {
        const response = await fetch(`${base}${IDE_ASSET_PATH}/${name}`);
        expect({ name, status: response.status }).toEqual({ name, status: 200 });
        expect(response.headers.get("content-type")).toContain(asset.type);
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
    } finally {
      await close();
    }
  });

  it("answers 404 for names the page does not load, prototype members included", async () => {
    const { base, close } = await serve(IDE_ASSETS);
    try {
      for (const name of ["constructor", "toString", "..%2Fpackage.json", "graphiql.js"]) {
        expect((await fetch(`${base}${IDE_ASSET_PATH}/${name}`)).status, name).toBe(404);
      }
    } finally {
      await close();
    }
  });
});
