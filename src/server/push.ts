/**
 * Push (README, "For integrators"): what the server runs beside the HTTP API
 * so that portals and officers learn of changes without polling.
 *
 * - the webhook dispatcher (src/modules/webhook/webhook.dispatcher.ts), in
 *   every process: they drain one queue in the database together;
 * - the subscription hub (src/modules/events/events.hub.ts), and GraphQL
 *   subscriptions over graphql-ws on the HTTP server's upgrade requests to
 *   /graphql, authorised once per connection with the same API keys as HTTP
 *   (the `Authorization: Bearer qz_…` connection parameter, or the upgrade
 *   request's own header), only PORTAL and OFFICER keys;
 * - with Redis, nudges between processes (events.signal.ts): a commit here
 *   makes every process read the outbox at once instead of at its next poll.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
  type FragmentDefinitionNode,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { WebhookConfig } from "../config/config.js";
import type { Database } from "../db/database.js";
import { createContext } from "../graphql/context.js";
import { measureOperation } from "../graphql/limits.js";
import { apiKeyFromHeaders, authenticate } from "../modules/access/access.service.js";
import { configureHub } from "../modules/events/events.hub.js";
import { commitElsewhere, publishCommits } from "../modules/events/events.signal.js";
import { WebhookDispatcher } from "../modules/webhook/webhook.dispatcher.js";
import { setWebhookConfig } from "../modules/webhook/webhook.settings.js";
import type { SharedRedis } from "../shared-state/redis.js";
import type { Logger } from "./log.js";

/** Subscriptions one connection may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** Largest message a client may send over the socket (as an HTTP body: MAX_REQUEST_BYTES). */
const MAX_MESSAGE_BYTES = 100 * 1024;

export interface PushOptions {
  db: Database;
  directory: Database;
  schema: GraphQLSchema;
  httpServer: Server;
  path: string;
  redis: SharedRedis | null;
  webhooks: WebhookConfig;
  eventsPollMs: number;
  logger: Logger;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** The key a graphql-ws client sends in its connection parameters (`Authorization: Bearer …` or `X-Api-Key`, any case), else the upgrade request's header. */
function keyOf(params: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): string | null {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {}))
    if (typeof value === "string") headers[name.toLowerCase()] = value;
  return apiKeyFromHeaders(headers) ?? apiKeyFromHeaders(request.headers);
}

export function startPush(options: PushOptions): { close(): Promise<void> } {
  const { db, logger } = options;
  setWebhookConfig(db, options.webhooks);
  const hub = configureHub(db, options.eventsPollMs, logger);
  const dispatcher = new WebhookDispatcher(db, options.webhooks, logger);
  dispatcher.start();

  // Nudges through Redis: a channel under the deployment's prefix (publish/subscribe ignore ioredis' keyPrefix).
  let subscriber: SharedRedis["client"] | null = null;
  if (options.redis) {
    const client = options.redis.client;
    const channel = `${client.options.keyPrefix ?? ""}events`;
    publishCommits(db, () => void client.publish(channel, "commit").catch(() => undefined));
    subscriber = client.duplicate();
    subscriber.on("error", () => undefined);
    subscriber.on("message", () => commitElsewhere());
    subscriber.once("ready", () => void subscriber?.subscribe(channel).catch(() => undefined));
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((req.url ?? "/").split("?")[0] !== options.path) {
      socket.end("HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  };
  options.httpServer.on("upgrade", upgrade);

  // graphql-ws's server helper for `ws`, not a React hook (the lint rule goes by the `use` prefix).
  // biome-ignore lint/correctness/useHookAtTopLevel: not a React hook
  const server = useServer<Record<string, unknown>, { apiKey: string | null }>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: 10_000,
      // Refused (4403 Forbidden) unless the key is a valid PORTAL or OFFICER key: subscriptions are their events only.
      onConnect: async (ctx) => {
        const key = keyOf(ctx.connectionParams, ctx.extra.request);
        const caller = await authenticate(db, key);
        if (caller.kind !== "key" || caller.role === "ADMIN") return false;
        ctx.extra.apiKey = key;
        return true;
      },
      context: (ctx) =>
        createContext(db, ctx.extra.apiKey ?? null, ctx.extra.request.socket.remoteAddress ?? null, options.directory),
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new GraphQLError(`a connection holds at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions`, {
              extensions: { code: "BAD_USER_INPUT" },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: 2_000 });
        } catch (error) {
          return [
            error instanceof GraphQLError
              ? error
              : new GraphQLError("the operation cannot be parsed", { extensions: { code: "GRAPHQL_PARSE_FAILED" } }),
          ];
        }
        const errors = validate(options.schema, document);
        if (errors.length)
          return errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
              }),
          );
        const operations = document.definitions.filter(
          (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
        );
        const operation = payload.operationName
          ? operations.find((candidate) => candidate.name?.value === payload.operationName)
          : operations[0];
        // Queries and mutations go over HTTP, where admission, caching and the HTTP limits apply.
        if (operation?.operation !== "subscription") {
          return [
            new GraphQLError("only subscriptions are served over WebSocket; send queries and mutations over HTTP", {
              extensions: { code: "BAD_REQUEST" },
            }),
          ];
        }
        const fragments = Object.fromEntries(
          document.definitions
            .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((fragment) => [fragment.name.value, fragment]),
        );
        try {
          measureOperation(options.schema, operation, fragments, payload.variables ?? {});
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => options.formatError(error.toJSON(), error.originalError ?? error)),
    },
    wss,
  );

  return {
    async close() {
      options.httpServer.off("upgrade", upgrade);
      await hub.close();
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await dispatcher.close();
      publishCommits(db, null);
      subscriber?.disconnect();
    },
  };
}
