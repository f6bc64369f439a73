/**
 * A PostgreSQL primary and one streaming standby of the test's own: `initdb`
 * and `pg_basebackup -R` into a temporary folder, on free loopback ports,
 * never the machine's shared server. PostgreSQL refuses to run as root, so
 * when the test runs as root the servers run as the `postgres` user.
 * Durability is off (fsync, full-page writes): the folder is thrown away.
 * `pg_stat_statements` (in a schema of its own, `stats`) counts what each
 * server ran: a standby keeps no table statistics of its own reads.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./net.js";

/** The folder of PostgreSQL's server binaries (Debian keeps them off PATH), or null. */
export const postgresBin: string | null = (() => {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions)
    if (existsSync(join(root, version, "bin", "pg_basebackup"))) return join(root, version, "bin");
  const onPath = spawnSync("sh", ["-c", 'dirname "$(command -v initdb)"'], { encoding: "utf8" });
  return onPath.status === 0 && onPath.stdout.trim() !== "." ? onPath.stdout.trim() : null;
})();

const asRoot = process.getuid?.() === 0;

async function sql<Row extends Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** How many statements naming `table` (as a whole word) the server at `url` has run. */
export async function statementsOn(url: string, table: string): Promise<number> {
  const [row] = await sql<{ n: string }>(
    url,
    "SELECT coalesce(sum(calls), 0)::text AS n FROM stats.pg_stat_statements WHERE query ~* ('\\m' || $1 || '\\M') AND query NOT LIKE '%pg_stat_statements%'",
    [table],
  );
  return Number(row!.n);
}

export interface PgServer {
  port: number;
  url: string;
  stop(): void;
  start(): void;
}

export interface PgCluster {
  primary: PgServer;
  standby: PgServer;
  /** Waits until the standby has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export async function startPgCluster(): Promise<PgCluster> {
  if (!postgresBin) throw new Error("no PostgreSQL server binaries (initdb, pg_basebackup)");
  const base = mkdtempSync(join(tmpdir(), "qyzmet-pgcluster-"));
  const user = asRoot ? execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim() : null;
  if (user) chownSync(base, Number(user), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()));
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(postgresBin!, tool), ...args]]
      : [join(postgresBin!, tool), args];
    const result = spawnSync(command as string, argv as string[], { encoding: "utf8", cwd: base });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  };
  const server = (name: string, port: number): PgServer => {
    const dir = join(base, name);
    const settings = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${base} -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c shared_preload_libraries=pg_stat_statements`;
    return {
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      start: () =>
        run("pg_ctl", ["-D", dir, "-l", join(base, `${name}.log`), "-o", settings, "-w", "-t", "30", "start"]),
      stop: () => run("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]),
    };
  };
  let primary: PgServer | undefined;
  let standby: PgServer | undefined;
  const destroy = () => {
    for (const s of [standby, primary]) {
      try {
        s?.stop();
      } catch {
        // Already stopped.
      }
    }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    run("initdb", [
      "-D",
      join(base, "primary"),
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    primary = server("primary", await freePort());
    primary.start();
    await sql(primary.url, "CREATE SCHEMA stats; CREATE EXTENSION pg_stat_statements SCHEMA stats");
    run("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primary.port),
      "-U",
      "postgres",
      "-D",
      join(base, "standby"),
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
      "--no-sync",
    ]);
    standby = server("standby", await freePort());
    standby.start();
  } catch (error) {
    destroy();
    throw error;
  }
  const [p, s] = [primary, standby];
  return {
    primary: p,
    standby: s,
    async caughtUp(timeoutMs = 15_000) {
      const lsn = async (url: string, text: string) => (await sql<{ lsn: string }>(url, text))[0]!.lsn;
      const target = await lsn(p.url, "SELECT pg_current_wal_lsn()::text AS lsn");
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const replayed = await lsn(s.url, `SELECT (pg_last_wal_replay_lsn() >= '${target}'::pg_lsn)::text AS lsn`);
        if (replayed === "true") return;
        if (Date.now() > deadline) throw new Error(`the standby did not replay up to ${target} in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    destroy,
  };
}
