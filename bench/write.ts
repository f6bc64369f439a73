/**
 * The write side under load, through the GraphQL schema (Apollo's
 * executeOperation: everything but HTTP):
 *
 * - submission throughput: `submitApplication` from several portals at once
 *   for `durationSeconds`, each a full transaction (validation against the
 *   directory, due date, idempotency record, history row);
 * - the officer's list with 1,000,000 applications in the table (PostgreSQL;
 *   100,000 on the embedded PGlite), for the busiest provider and a typical
 *   one: first page, status, service + status, overdue, and a page 50 pages
 *   deep by keyset cursor. The plan PostgreSQL chose is reported, so an index
 *   that stops being used shows up here.
 *
 * On PostgreSQL it works in a database of its own (qyzmet_bench_write),
 * created next to the one it is given and dropped at the end.
 *
 * Run alone: `npx tsx bench/write.ts [seconds]` (BENCH_DATABASE_URL or
 * DATABASE_URL for PostgreSQL); `npm run bench -- write` calls `benchWrite`.
 */
import { ApolloServer } from "@apollo/server";
import pg from "pg";
import { type DatabaseConfig, parseDatabaseUrl } from "../src/config/config.js";
import { createDatabase, type Database } from "../src/db/database.js";
import { dropAll, migrate } from "../src/db/migrate.js";
import { readSeedData, seed } from "../src/db/seed.js";
import { createContext, type Context } from "../src/graphql/context.js";
import { buildGraphQLSchema } from "../src/graphql/schema.js";
import { issueApiKey } from "../src/modules/access/access.service.js";
import { iinCheckDigit } from "../src/modules/write/personal-data.js";

export interface BenchRow {
  scenario: string;
  database: string;
  /** Applications in the table while measuring. */
  rows: number;
  operations: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** What PostgreSQL did for the query (first plan node and the index it used), or "-". */
  plan: string;
}

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ... on ApplicationReceipt { application { number } } ... on MutationError { message } } }`;
const LIST = `query ($filter: ApplicationFilter, $after: String) { applications(filter: $filter, first: 20, after: $after) { nodes { number status dueDate overdue } pageInfo { hasNextPage endCursor } } }`;

/** The PostgreSQL database the bench creates next to the one it is given. */
const BENCH_DATABASE = "qyzmet_bench_write";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function summarise(
  scenario: string,
  database: string,
  rows: number,
  timings: number[],
  elapsedMs: number,
  plan = "-",
): BenchRow {
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    scenario,
    database,
    rows,
    operations: timings.length,
    perSecond: (timings.length / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    plan,
  };
}

async function onServer(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** A million rows are not left behind on a shared server. */
async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  const parsed = parseDatabaseUrl(databaseUrl);
  if (parsed.kind === "postgres")
    await onServer(parsed.url, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`).then(() => undefined),
    );
}

async function openBenchDatabase(databaseUrl: string | undefined): Promise<{ db: Database; config: DatabaseConfig }> {
  if (!databaseUrl) {
    const config: DatabaseConfig = { kind: "pglite", dataDir: null };
    return { db: await createDatabase(config), config };
  }
  const parsed = parseDatabaseUrl(databaseUrl);
  if (parsed.kind !== "postgres") throw new Error(`the write bench needs a postgres:// URL, got ${databaseUrl}`);
  // A database of its own, emptied first: the bench never touches the application's tables.
  await onServer(parsed.url, async (admin) => {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  });
  const url = new URL(parsed.url);
  url.pathname = `/${BENCH_DATABASE}`;
  const config: DatabaseConfig = { kind: "postgres", url: url.toString(), poolSize: 12, schema: null };
  const db = await createDatabase(config);
  await dropAll(db);
  return { db, config };
}

/** Synthetic applications (not directory data: the providers and services are the directory's own), spread over a year, skewed towards a few busy providers. */
async function bulkLoad(db: Database, count: number, providers: string[], portalKeyId: string): Promise<void> {
  const batch = 100_000;
  for (let start = 1; start <= count; start += batch) {
    const end = Math.min(count, start + batch - 1);
    await db.query(
      `INSERT INTO application (id, number, access_code_hash, service_id, service_number, channel, provider_id, received_at_id, status, open, version,
         recipient_category, applicant_iin, applicant_surname, applicant_given_name, applicant_address, applicant_phone, documents, deadline, receipt,
         submitted_by_id, submitted_at, due_at, due_date, updated_at)
       SELECT g + 1000000000, 'B-' || lpad(g::text, 8, '0'), md5(g::text) || md5((g + 1)::text), 'service-' || s.n, s.n, 'AUTHORITY',
         p.id, p.id, st.status::"ApplicationStatus", st.status IN ('SUBMITTED', 'FORWARDED', 'IN_REVIEW', 'APPROVED', 'REFUSED'), 1,
         'bench', '900101300126', 'Бенч', 'Өтініш', 'Ақкөл қ.', '+77010000000', '[]'::jsonb,
         jsonb_build_object('amount', 10, 'unit', 'WORKING_DAYS', 'atMost', true, 'text', 'bench', 'lines', null),
         jsonb_build_object('serviceTitle', 'bench', 'names', '{}'::jsonb, 'receivedBy', 'bench', 'document', 'TALON', 'documentContents', '[]'::jsonb),
         $4, t.at, t.at + interval '14 days', (t.at + interval '14 days')::date, t.at
       FROM generate_series($1::int, $2::int) AS g
       CROSS JOIN LATERAL (SELECT ($3::text[])[1 + floor(power(((g * 2654435761::bigint) % 1000003) / 1000003.0, 2) * array_length($3::text[], 1))::int] AS id) AS p
       CROSS JOIN LATERAL (SELECT (ARRAY[1, 6, 7, 8, 9, 10, 14, 15, 18])[1 + (g % 9)] AS n) AS s
       CROSS JOIN LATERAL (SELECT now() - ((${count} - g) * interval '31 seconds') AS at) AS t
       CROSS JOIN LATERAL (SELECT CASE
         WHEN g % 100 < 30 THEN 'SUBMITTED' WHEN g % 100 < 40 THEN 'IN_REVIEW' WHEN g % 100 < 45 THEN 'FORWARDED'
         WHEN g % 100 < 55 THEN 'APPROVED' WHEN g % 100 < 60 THEN 'REFUSED' WHEN g % 100 < 98 THEN 'RESULT_ISSUED' ELSE 'WITHDRAWN' END AS status) AS st`,
      [start, end, providers, portalKeyId],
    );
  }
  await db.query("ANALYZE application");
}

async function planOf(db: Database, providerId: string, where: string, order: string): Promise<string> {
  const rows = await db.query<{ "QUERY PLAN": string }>(
    `EXPLAIN SELECT * FROM application WHERE provider_id = $1 ${where} ORDER BY ${order} LIMIT 21`,
    [providerId],
  );
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const index = lines.join(" ").match(/Index (?:Only )?Scan(?: Backward)? using (\w+)/);
  return `${(lines[0] ?? "").split("  (")[0]?.trim()}${index ? ` / ${index[0]}` : ""}`;
}

export async function benchWrite(options: { databaseUrl?: string; durationSeconds: number }): Promise<BenchRow[]> {
  const { db, config } = await openBenchDatabase(options.databaseUrl);
  const database = config.kind === "postgres" ? "postgres" : "pglite";
  const rows: BenchRow[] = [];
  const apollo = new ApolloServer<Context>({ schema: await buildGraphQLSchema() });
  await apollo.start();
  try {
    await migrate(db);
    await seed(db, readSeedData());
    const departments = (
      await db.query<{ provider_id: string }>(
        `SELECT DISTINCT provider_id FROM listing WHERE appendix_id = 's6-a1' ORDER BY provider_id`,
      )
    ).map((row) => row.provider_id);
    const portals = await Promise.all(
      Array.from({ length: database === "postgres" ? 8 : 2 }, (_, i) =>
        issueApiKey(db, { name: `bench portal ${i}`, role: "PORTAL" }),
      ),
    );
    const run = async (query: string, variables: Record<string, unknown>, key: string) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, key) });
      if (response.body.kind !== "single" || response.body.singleResult.errors)
        throw new Error(`bench operation failed: ${JSON.stringify(response.body)}`);
      return response.body.singleResult.data as Record<string, any>;
    };

    // --- submissions -----------------------------------------------------------------
    const timings: number[] = [];
    const started = performance.now();
    const deadline = started + options.durationSeconds * 1000;
    // Valid IINs only: a serial whose check digit comes out as 10 twice has none.
    const iins = Array.from({ length: 400 }, (_, i) => `900101300${String(i).padStart(3, "0")}`.slice(0, 11))
      .filter((base) => iinCheckDigit(base) !== null)
      .map((base) => `${base}${iinCheckDigit(base)}`);
    let serial = 0;
    await Promise.all(
      portals.map(async (portal) => {
        while (performance.now() < deadline) {
          serial += 1;
          const input = {
            idempotencyKey: `bench-${serial}`,
            serviceNumber: 6,
            channel: "AUTHORITY",
            providerId: departments[serial % departments.length],
            applicant: {
              iin: iins[serial % iins.length],
              surname: "Бенчмарк",
              givenName: "Өтініш",
              postalAddress: "Ақмола облысы, Ақкөл қ., 1-үй",
              phone: "+77010000000",
            },
            recipientCategory: "c1",
            documents: ["d1", "d2"],
          };
          const t0 = performance.now();
          const data = await run(SUBMIT, { input }, portal.key);
          timings.push(performance.now() - t0);
          if (data.submitApplication.__typename !== "ApplicationReceipt") {
            throw new Error(`submission failed: ${JSON.stringify(data.submitApplication)}`);
          }
        }
      }),
    );
    rows.push(
      summarise(
        `submitApplication, ${portals.length} portals in parallel`,
        database,
        0,
        timings,
        performance.now() - started,
      ),
    );

    // --- the officer's list at scale -----------------------------------------------------
    const count = database === "postgres" ? 1_000_000 : 100_000;
    await bulkLoad(db, count, departments, portals[0]!.row.id);
    const busiest = (
      await db.query<{ provider_id: string; n: number }>(
        `SELECT provider_id, count(*)::int AS n FROM application GROUP BY provider_id ORDER BY n DESC LIMIT 1`,
      )
    )[0]!;
    const typical = (
      await db.query<{ provider_id: string; n: number }>(
        `SELECT provider_id, count(*)::int AS n FROM application GROUP BY provider_id ORDER BY n LIMIT 1 OFFSET ${Math.floor(departments.length / 2)}`,
      )
    )[0]!;
    for (const [label, provider] of [
      ["busiest", busiest],
      ["typical", typical],
    ] as const) {
      const officer = await issueApiKey(db, {
        name: `bench officer ${label}`,
        role: "OFFICER",
        providerId: provider.provider_id,
      });
      const scenarios: [string, Record<string, unknown>, string, string][] = [
        ["first page", {}, "", "id DESC"],
        ["status IN_REVIEW", { status: ["IN_REVIEW"] }, "AND status = 'IN_REVIEW'", "id DESC"],
        [
          "service 6 + SUBMITTED",
          { serviceNumber: 6, status: ["SUBMITTED"] },
          "AND service_number = 6 AND status = 'SUBMITTED'",
          "id DESC",
        ],
        ["overdue", { overdue: true }, "AND open AND due_at < now()", "due_at, id"],
      ];
      for (const [name, filter, where, order] of scenarios) {
        const times: number[] = [];
        const t = performance.now();
        for (let i = 0; i < 40; i += 1) {
          const t0 = performance.now();
          await run(LIST, { filter }, officer.key);
          times.push(performance.now() - t0);
        }
        const plan = database === "postgres" ? await planOf(db, provider.provider_id, where, order) : "-";
        rows.push(
          summarise(
            `officer list (${label} provider, ${provider.n} rows): ${name}`,
            database,
            count,
            times,
            performance.now() - t,
            plan,
          ),
        );
      }
      // Fifty pages deep by cursor: the cost of a page must not grow with its depth.
      let after: string | null = null;
      for (let page = 0; page < 50; page += 1)
        after = (await run(LIST, { filter: {}, after }, officer.key)).applications.pageInfo.endCursor;
      const times: number[] = [];
      const t = performance.now();
      for (let i = 0; i < 40; i += 1) {
        const t0 = performance.now();
        await run(LIST, { filter: {}, after }, officer.key);
        times.push(performance.now() - t0);
      }
      rows.push(
        summarise(`officer list (${label} provider): page 51 by cursor`, database, count, times, performance.now() - t),
      );
    }
  } finally {
    await apollo.stop();
    await db.close();
    if (config.kind === "postgres") await dropBenchDatabase(options.databaseUrl!);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seconds = Number(process.argv[2] ?? 10);
  const result = await benchWrite({
    databaseUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined,
    durationSeconds: seconds,
  });
  console.table(
    result.map((row) => ({
      ...row,
      perSecond: Number(row.perSecond.toFixed(1)),
      p50Ms: Number(row.p50Ms.toFixed(1)),
      p95Ms: Number(row.p95Ms.toFixed(1)),
    })),
  );
}
