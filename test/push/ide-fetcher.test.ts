/**
 * The IDE's fetcher (src/server/ide.ts, IDE_FETCHER_SOURCE), the browser
 * code itself evaluated in Node with the graphql-ws client and `ws` as the
 * browser's WebSocket: a subscription run from the IDE is authorised by the
 * Headers tab and streams events from the real server; everything else goes
 * to GraphiQL's HTTP fetcher. (No browser runs here; test/browser/ covers the
 * page when Chromium is installed.)
 */
import * as graphqlWs from "graphql-ws";
import WebSocket from "ws";
import { beforeAll, describe, expect, it } from "vitest";
import { IDE_FETCHER_SOURCE, ideHtml } from "../../src/server/ide.js";
import { IDE_EXAMPLES } from "../../src/server/ide-examples.js";
import { databaseTargets } from "../support/database.js";
import { useWriteApi } from "../write/support.js";

type Fetcher = (
  params: { query: string; operationName?: string | null; variables?: Record<string, unknown> },
  options?: { headers?: Record<string, string> },
) => any;
const qyzmetFetcher = new Function(`return ${IDE_FETCHER_SOURCE}`)() as (
  http: Fetcher,
  ws: typeof graphqlWs,
  url: string,
) => Fetcher;

describe("the IDE's fetcher", () => {
  const target = databaseTargets()[0]!;
  const api = useWriteApi(target, { eventsPollMs: 100 });
  const viaHttp: string[] = [];
  let fetcher: Fetcher;

  beforeAll(async () => {
    (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
    fetcher = qyzmetFetcher(
      (params) => {
        viaHttp.push(params.query);
        return { data: "over http" };
      },
      graphqlWs,
      api.url.replace(/^http/, "ws"),
    );
  });

  it("is in the page, with the graphql-ws client, and a subscription example", () => {
    const html = ideHtml("/graphql");
    expect(html).toContain("/ide/graphql-ws.min.js");
    expect(html).toContain("qyzmetFetcher(GraphiQL.createFetcher");
    expect(IDE_EXAMPLES.some((example) => example.query.includes("subscription WatchApplications"))).toBe(true);
  });

  it("sends queries and mutations over HTTP, and only subscriptions over WebSocket", () => {
    const http = (query: string, operationName?: string) => fetcher({ query, operationName }, {}).data === "over http";
    expect(http("{ regions { totalCount } }")).toBe(true);
    expect(http("# subscription in a comment\nquery Q { regions { totalCount } }")).toBe(true);
    expect(http('mutation M { submitApplication(input: { recipientCategory: "subscription" }) { __typename } }')).toBe(
      true,
    );
    expect(http("fragment F on Region { name } query Q { regions { nodes { ...F } } }")).toBe(true);
    expect(http("query Q { regions { totalCount } } subscription S { applicationUpdated { id } }", "Q")).toBe(true);
    expect(http("query Q { regions { totalCount } } subscription S { applicationUpdated { id } }", "S")).toBe(false);
    expect(http("fragment F on ApplicationUpdate { id } subscription { applicationUpdated { ...F } }")).toBe(false);
  });

  it("runs a subscription with the Headers tab's key and streams what commits", async () => {
    const example = IDE_EXAMPLES.find((candidate) => candidate.query.includes("subscription WatchApplications"))!;
    const stream = fetcher(
      { query: example.query, operationName: "WatchApplications" },
      { headers: { Authorization: `Bearer ${api.portal}` } },
    );
    const first = stream.next();
    // The connection opens with the first read; submit until the stream shows one (it is live from then on).
    let arrived = false;
    void first.then(() => (arrived = true));
    let number: string | null = null;
    for (let i = 0; i < 50 && !arrived; i++) {
      number = (await api.receive()).application.number;
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    const firstValue = await first;
    expect(firstValue).toMatchObject({
      done: false,
      value: { data: { applicationUpdated: { type: "APPLICATION_SUBMITTED", to: "SUBMITTED", version: 1 } } },
    });
    expect(number).not.toBeNull();
    await stream.return();
  });

  it("shows why a subscription without a key in the Headers tab is refused", async () => {
    const stream = fetcher({ query: "subscription { applicationUpdated { id } }" }, { headers: {} });
    await expect(stream.next()).rejects.toThrow(/4403/);
  });
});
