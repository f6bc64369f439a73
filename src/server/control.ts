/**
 * Commands the running server accepts from whoever owns its embedded
 * database folder, on a Unix socket only that user can open (mode 0600, in a
 * private folder the lock file names). It exists because the folder has one
 * writer: while `npm start` holds it, `access.cli.ts` cannot open the
 * database itself, so it asks the server to issue the key (the same function
 * it would call, in the server's own transaction). Reading the folder's lock
 * file and opening its socket needs the access to the folder that opening the
 * database itself would need: nothing is granted that was not held.
 *
 * Protocol: one JSON request per connection, one JSON answer.
 */
import { chmodSync, rmSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import type { Database } from "../db/database.js";
import { issueApiKey, type Role } from "../modules/access/access.service.js";

export type ControlRequest = { command: "issue-key"; role: Role; name: string; providerId: string | null };
export type ControlAnswer =
  | { ok: true; key: string; id: string; role: string; name: string }
  | { ok: false; error: string };

const MAX_REQUEST_BYTES = 16 * 1024;

async function handle(db: Database, request: ControlRequest): Promise<ControlAnswer> {
  if (request.command !== "issue-key")
    return { ok: false, error: `unknown command ${String((request as { command?: unknown }).command)}` };
  if (
    !["ADMIN", "PORTAL", "OFFICER"].includes(request.role) ||
    typeof request.name !== "string" ||
    !request.name.trim()
  ) {
    return { ok: false, error: "issue-key needs a role (ADMIN, PORTAL or OFFICER) and a name" };
  }
  if (request.providerId && !(await db.prisma.provider.findUnique({ where: { id: request.providerId } }))) {
    return { ok: false, error: `no provider ${request.providerId} in ${db.description}` };
  }
  const { key, row } = await issueApiKey(db, {
    name: request.name,
    role: request.role,
    providerId: request.providerId ?? null,
    createdBy: "cli",
  });
  return { ok: true, key, id: String(row.id), role: row.role, name: row.name };
}

/** Serves control requests on `path` until `close()`. */
export async function startControlServer(db: Database, path: string): Promise<{ close(): Promise<void> }> {
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > MAX_REQUEST_BYTES) socket.destroy();
      if (!text.includes("\n")) return;
      let request: ControlRequest;
      try {
        request = JSON.parse(text.slice(0, text.indexOf("\n"))) as ControlRequest;
      } catch {
        socket.end(`${JSON.stringify({ ok: false, error: "not JSON" } satisfies ControlAnswer)}\n`);
        return;
      }
      handle(db, request).then(
        (answer) => socket.end(`${JSON.stringify(answer)}\n`),
        (error: unknown) =>
          socket.end(`${JSON.stringify({ ok: false, error: (error as Error).message } satisfies ControlAnswer)}\n`),
      );
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

/** Sends one request to a running server's control socket. */
export function sendControlRequest(path: string, request: ControlRequest, timeoutMs = 30_000): Promise<ControlAnswer> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let text = "";
    socket.setEncoding("utf8");
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`the server did not answer within ${timeoutMs} ms`)));
    socket.on("connect", () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("end", () => {
      try {
        resolve(JSON.parse(text) as ControlAnswer);
      } catch {
        reject(new Error("the server's answer was not JSON"));
      }
    });
    socket.on("error", reject);
  });
}
