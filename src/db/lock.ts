/**
 * One process per embedded database folder. PGlite keeps no lock of its own:
 * two processes that opened one folder each wrote their own copy, the last
 * writer won, and an API key issued by one was gone after a restart. The
 * holder writes `qyzmet.lock` (its pid, and where it can be asked for things:
 * see `control.ts`) with O_EXCL; a second process finds it and stops with one
 * line. A lock left by a process that died (SIGKILL, power loss) names a pid
 * that is no longer running, and is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "qyzmet.lock";

export interface LockInfo {
  pid: number;
  /** The holder's start time in clock ticks since boot, where /proc tells it. */
  startTicks: string | null;
  startedAt: string;
  /** The holder's control socket, when it serves one (the server does; CLIs do not). */
  controlSocket?: string;
}

/** The folder is held by a live process. The message is one line for the user. */
export class DirectoryInUseError extends Error {
  override readonly name = "DirectoryInUseError";
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(`the database at ${dataDir} is in use by process ${holder.pid}; stop it first or use the running server`);
  }
}

export interface DirectoryLock {
  readonly path: string;
  /** Adds what the holder serves (its control socket) to the lock file. */
  update(info: Partial<LockInfo>): void;
  release(): void;
}

/**
 * When the process started, in clock ticks since boot (`/proc/<pid>/stat`,
 * field 22), so a pid reused by another process, as in a restarted container
 * where the server is pid 1 again, is not mistaken for the holder. Null where
 * there is no /proc.
 */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and brackets: count fields after its closing bracket.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(holder: LockInfo): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const ticks = startTicks(holder.pid);
  return holder.startTicks == null || ticks == null || ticks === holder.startTicks;
}

/** The lock's holder, or null when the folder is free (no lock, or one left by a process that is gone). */
export function readLock(dataDir: string): LockInfo | null {
  let info: LockInfo;
  try {
    info = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8")) as LockInfo;
  } catch {
    return null;
  }
  return Number.isInteger(info.pid) && isRunning(info) ? info : null;
}

function writeLock(path: string, info: LockInfo, flags: "wx" | "w"): void {
  const fd = openSync(path, flags, 0o600);
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
}

export function acquireDirectoryLock(dataDir: string): DirectoryLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  let info: LockInfo = { pid: process.pid, startTicks: startTicks(process.pid), startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeLock(path, info, "wx");
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(dataDir);
      if (holder) throw new DirectoryInUseError(dataDir, holder);
      // Another process took the stale lock over between our two tries.
      if (attempt > 0) throw new DirectoryInUseError(dataDir, JSON.parse(readFileSync(path, "utf8")) as LockInfo);
      // Left by a process that is gone: take it over.
      rmSync(path, { force: true });
    }
  }
  let held = true;
  return {
    path,
    update(more) {
      if (!held) return;
      info = { ...info, ...more };
      writeLock(path, info, "w");
    },
    release() {
      if (!held) return;
      held = false;
      // Only our own lock: never remove one another process took over.
      try {
        const current = JSON.parse(readFileSync(path, "utf8")) as LockInfo;
        if (current.pid === process.pid) rmSync(path, { force: true });
      } catch {
        // already gone
      }
    },
  };
}
