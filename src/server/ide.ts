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
  "react.production.min.js": {
    path: join(dirname(require.resolve("react/package.json")), "umd", "react.production.min.js"),
    type: "text/javascript",
  },
  "react-dom.production.min.js": {
    path: join(dirname(require.resolve("react-dom/package.json")), "umd", "react-dom.production.min.js"),
    type: "text/javascript",
  },
  "graphiql.min.js": {
    path: join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"),
    type: "text/javascript",
  },
  "graphiql.min.css": {
    path: join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"),
    type: "text/css",
  },
  // The graphql-ws client (its browser build, global `graphqlWs`), for subscriptions.
  "graphql-ws.min.js": {
    path: join(dirname(require.resolve("graphql-ws/package.json")), "umd", "graphql-ws.min.js"),
    type: "text/javascript",
  },
};

/**
 * The IDE's fetcher, as browser JavaScript (also run by
 * test/push/ide-fetcher.test.ts): queries and mutations go over HTTP as
 * before; a subscription opens a graphql-ws connection to the same endpoint
 * whose connection parameters are the Headers tab (so `{"Authorization":
 * "Bearer qz_…"}` authorises it, as for HTTP) and streams its events into
 * the result pane until stopped. GraphiQL's own `subscriptionUrl` would send
 * no headers, and the server authorises a connection with them.
 */
export const IDE_FETCHER_SOURCE = `function qyzmetFetcher(httpFetcher, graphqlWs, wsUrl) {
  // The kind of operation that runs: the named one, else the first (a query when it starts with "{").
  function kindOf(query, operationName) {
    const text = query.replace(/"""[\\s\\S]*?"""|"(?:[^"\\\\]|\\\\.)*"|#[^\\n]*/g, " ");
    let depth = 0;
    let inFragment = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === "{" || c === "(") {
        if (depth === 0 && c === "{" && !operationName && !inFragment) return "query";
        if (depth === 0 && c === "{") inFragment = false;
        depth++;
        continue;
      }
      if (c === "}" || c === ")") { depth--; continue; }
      if (depth > 0 || !/[a-z]/.test(c) || /\\w/.test(text[i - 1] || "")) continue;
      const match = /^(query|mutation|subscription|fragment)\\b\\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(text.slice(i));
      if (match && match[1] === "fragment") inFragment = true;
      else if (match && (!operationName || match[2] === operationName)) return match[1];
    }
    return "query";
  }
  return function fetcher(params, options) {
    if (kindOf(params.query || "", params.operationName) !== "subscription") return httpFetcher(params, options);
    const client = graphqlWs.createClient({ url: wsUrl, connectionParams: (options && options.headers) || {}, lazy: true, retryAttempts: 0 });
    const events = client.iterate({ query: params.query, variables: params.variables || undefined, operationName: params.operationName || undefined });
    const close = () => client.dispose();
    return {
      [Symbol.asyncIterator]() { return this; },
      async next() {
        try {
          const step = await events.next();
          if (step.done) await close();
          return step;
        } catch (error) {
          await close();
          // A refused connection (4403: no PORTAL or OFFICER key in the Headers tab) arrives as a CloseEvent.
          throw error instanceof Error ? error : new Error(error && error.code ? "the server closed the connection (" + error.code + " " + (error.reason || "") + ")" : String(error));
        }
      },
      async return() {
        if (events.return) await events.return();
        await close();
        return { done: true, value: undefined };
      },
    };
  };
}`;

export const IDE_ASSET_PATH = "/ide";

function escapeScript(json: string): string {
  return json
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
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
<script src="${IDE_ASSET_PATH}/graphql-ws.min.js"></script>
<script>
  // The bulk exports (CSV, NDJSON, HSDS, CPSV-AP), one click away: a link in the corner.
  document.body.appendChild(Object.assign(document.createElement("a"), { id: "exports-link", href: "/export", target: "_blank", rel: "noopener", textContent: "Bulk exports (CSV, NDJSON, HSDS, CPSV-AP): /export" }));
  const tabs = ${escapeScript(JSON.stringify(tabs))};
  ${IDE_FETCHER_SOURCE}
  const endpoint = ${escapeScript(JSON.stringify(endpoint))};
  const wsUrl = new URL(endpoint, location.href).href.replace(/^http/, "ws");
  const fetcher = qyzmetFetcher(GraphiQL.createFetcher({ url: endpoint }), graphqlWs, wsUrl);
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

export function mountIde(
  app: Express,
  endpoint = "/graphql",
  assets: Readonly<Record<string, IdeAsset>> = IDE_ASSETS,
): void {
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
