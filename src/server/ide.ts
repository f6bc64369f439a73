/**
 * The in-browser IDE at /graphql: GraphiQL, served from our own node_modules
 * (portals run offline and no CDN is reachable), opened with example
 * operations. A browser asking for HTML gets the IDE; everything else at
 * /graphql is GraphQL over HTTP.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { IncomingMessage } from "node:http";
import accepts from "accepts";
import type { Express, NextFunction, Request, Response } from "express";
import { IDE_EXAMPLES } from "./ide-examples.js";

const require = createRequire(import.meta.url);

export interface IdeAsset {
  path: string;
  type: string;
}

/** Files the page loads, by the name it loads them under. */
export const IDE_ASSETS: Readonly<Record<string, IdeAsset>> = {
  "react.production.min.js": { path: join(dirname(require.resolve("react/package.json")), "umd", "react.production.min.js"), type: "text/javascript" },
  "react-dom.production.min.js": { path: join(dirname(require.resolve("react-dom/package.json")), "umd", "react-dom.production.min.js"), type: "text/javascript" },
  "graphiql.min.js": { path: join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"), type: "text/javascript" },
  "graphiql.min.css": { path: join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"), type: "text/css" },
};

export const IDE_ASSET_PATH = "/ide";

function escapeScript(json: string): string {
  return json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function ideHtml(endpoint: string): string {
  const tabs = IDE_EXAMPLES.map((example) => ({
    query: example.query,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
  }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Qyzmet GraphQL IDE</title>
<link rel="stylesheet" href="${IDE_ASSET_PATH}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }
#exports-link { position: fixed; right: 12px; bottom: 6px; z-index: 10; font: 12px sans-serif; background: #fff; padding: 2px 6px; border-radius: 4px; }</style>
</head>
<body>
<div id="graphiql">Loading the Qyzmet IDE…</div>
<script src="${IDE_ASSET_PATH}/react.production.min.js"></script>
<script src="${IDE_ASSET_PATH}/react-dom.production.min.js"></script>
<script src="${IDE_ASSET_PATH}/graphiql.min.js"></script>
<script>
  // The bulk exports (CSV, NDJSON, HSDS, CPSV-AP), one click away: a link in the corner.
  document.body.appendChild(Object.assign(document.createElement("a"), { id: "exports-link", href: "/export", target: "_blank", rel: "noopener", textContent: "Bulk exports (CSV, NDJSON, HSDS, CPSV-AP): /export" }));
  const tabs = ${escapeScript(JSON.stringify(tabs))};
  const fetcher = GraphiQL.createFetcher({ url: ${escapeScript(JSON.stringify(endpoint))} });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    // GraphiQL opens the first tab from query/variables; defaultTabs alone left its variables empty.
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, query: tabs[0].query, variables: tabs[0].variables, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>
`;
}

/** True for a browser navigating to the endpoint (HTML preferred, no operation in the URL). */
export function wantsIde(req: IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  const search = new URLSearchParams((req.url ?? "").split("?")[1] ?? "");
  if (search.has("query") || search.has("extensions")) return false;
  return accepts(req).type(["application/graphql-response+json", "application/json", "text/html"]) === "text/html";
}

export function mountIde(app: Express, endpoint = "/graphql", assets: Readonly<Record<string, IdeAsset>> = IDE_ASSETS): void {
  const html = ideHtml(endpoint);
  app.get(`${IDE_ASSET_PATH}/:file`, (req, res, next) => {
    const asset = Object.hasOwn(assets, req.params.file ?? "") ? assets[req.params.file as string] : undefined;
    if (!asset) return next();
    // `dotfiles: "allow"`: the paths are ours, not the client's, and a project
    // installed under ~/.cache or ~/.local has a dot segment in every one of
    // them, which sendFile refuses by default (404).
    res
      .type(asset.type)
      .set("cache-control", "public, max-age=86400")
      .sendFile(asset.path, { dotfiles: "allow" }, (error) => {
        if (error && !res.headersSent) next(error);
      });
  });
  // Every browser asks for it; "nothing" is an answer, a 404 is an error in its console.
  app.get("/favicon.ico", (_req, res) => {
    res.set("cache-control", "public, max-age=86400").status(204).end();
  });
  app.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
    if (!wantsIde(req)) return next();
    res.type("html").set("cache-control", "no-cache").send(html);
  });
}
