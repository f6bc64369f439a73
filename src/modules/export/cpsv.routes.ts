/**
 * CPSV-AP 3.2.0 JSON-LD: /cpsv-ap/services.jsonld (every service and the
 * bodies they name, with the dataset) and /cpsv-ap/services/<n>.jsonld (one
 * service); /cpsv-ap/services/<n> — a service's IRI — answers the same
 * document. Streamed node by node.
 */
import type { Express, Request } from "express";
import type { Database } from "../../db/database.js";
import { sendStreamed } from "./export.stream.js";
import { sendError, withVersion } from "./export.routes.js";
import { CONTEXT, cpsvNodes } from "./cpsv.map.js";

/** The origin IRIs are minted under: the one the client asked. */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get("host") ?? "localhost"}`;
}

export function mountCpsvAp(app: Express, db: Database): void {
  const send = (number: number | null) =>
    withVersion(db, async (req, res, version) => {
      if (number === null && req.params.number !== undefined) {
        const match = /^(\d{1,2})(?:\.jsonld)?$/.exec(String(req.params.number));
        const wanted = match ? Number(match[1]) : NaN;
        const [row] = await db.query<{ number: number }>(
          `SELECT number FROM service WHERE number = $1 AND NOT repealed`,
          [Number.isNaN(wanted) ? -1 : wanted],
        );
        if (!row) {
          sendError(res, 404, "NOT_FOUND", `no service ${req.params.number} (1–18 but the repealed 11)`);
          return;
        }
        number = row.number;
      }
      const base = originOf(req);
      const one = number;
      await sendStreamed(req, res, version, {
        type: "application/ld+json; charset=utf-8",
        filename: one === null ? "qyzmet-cpsv-ap-services.jsonld" : `qyzmet-cpsv-ap-service-${one}.jsonld`,
        variant: `/cpsv-ap ${one ?? "all"} ${base}`,
        body: async function* () {
          yield `{"@context":${JSON.stringify(CONTEXT)},"@graph":[\n`;
          let first = true;
          for await (const node of cpsvNodes(db, base, version, one)) {
            yield `${first ? "" : ",\n"}${JSON.stringify(node)}`;
            first = false;
          }
          yield "\n]}\n";
        },
      });
    });
  app.get("/cpsv-ap/services.jsonld", send(null));
  app.get("/cpsv-ap/services/:number", (req, res, next) => send(null)(req, res, next));
}
