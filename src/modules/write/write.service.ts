/**
 * The steps every write of a citizen's file takes, whatever the file:
 * applications and complaints both run a mutation idempotently in one
 * transaction and nudge the push readers once it commits, replay a retry by
 * the file's number, check the version the caller last saw, and record a
 * step's notes (why, and who) the same way. Only what is theirs (rules,
 * routing, columns) stays in the two modules.
 */
import type { Database, Tx } from "../../db/database.js";
import type { KeyCaller } from "../access/access.service.js";
import type { EventType } from "../../generated/prisma/enums.js";
import { type NewEvent, recordEvent } from "../events/events.repository.js";
import { announceCommit } from "../events/events.signal.js";
import { Conflict, FieldError, type Outcome, Rollback } from "./errors.type.js";
import { runIdempotent } from "./idempotency.service.js";
import { audit, checkText } from "./personal-data.js";

/** A file as the write core sees it: its number, and where it stands. */
export interface FileState {
  number: string;
  version: number;
  status: string;
}

/** How a retry gets its answer back: what is stored of the result, and how the stored form is read back. */
export interface Replay<T> {
  store: (value: T) => unknown;
  replay: (stored: unknown) => Promise<T>;
}

/** What a write is given besides its transaction: who asks, what, and the instant it is taken at. */
export interface WriteRequest<I> {
  caller: KeyCaller;
  input: I;
  at: Date;
}

/** One mutation of a file: its name (an idempotency key is bound to it), its work, and how a retry is answered. */
export interface WriteCommand<I, T> {
  operation: string;
  /** Inside the transaction; throw `Rollback` to answer with a failure and change nothing. */
  work: (tx: Tx, request: WriteRequest<I>) => Promise<T>;
  replay: (db: Database) => Replay<T>;
}

/**
 * The mutation as a service function: `work` in one transaction, at most
 * once per idempotency key, and the push readers nudged once it has
 * committed (never before: a reader woken early would find nothing new).
 */
export function writeCommand<I extends { idempotencyKey?: string | null }, T>(command: WriteCommand<I, T>) {
  return async (db: Database, caller: KeyCaller, input: I): Promise<Outcome<T>> => {
    const { idempotencyKey, ...request } = input;
    const outcome = await runIdempotent<T>({
      db,
      apiKeyId: caller.keyId,
      operation: command.operation,
      key: idempotencyKey,
      input: request,
      work: (tx) => command.work(tx, { caller, input, at: new Date() }),
      ...command.replay(db),
    });
    if (outcome.ok) announceCommit(db);
    return outcome;
  };
}

/** The outbox columns that say which file an event is of and who receives it. */
export type EventSubject = Pick<
  NewEvent,
  "subjectId" | "number" | "serviceNumber" | "portalKeyId" | "providerId" | "receivedAtId"
>;

/** A filing's answer: the file and its access code, which only this answer (and its replays) shows. */
export interface Filed<R> {
  file: R;
  accessCode: string;
}

/** A lifecycle step as the outbox and the audit log record it. */
export interface StepRecord {
  type: EventType;
  action: string;
  to: string;
  at: Date;
  caller: KeyCaller;
  /** Where the step sent the file, when it moved it to another provider. */
  providerId?: string;
}

/**
 * A kind of citizen's file (applications, complaints) as the write core
 * handles it: how a retry is answered, how versions are checked, and what a
 * filing or a step records besides the file's own rows.
 */
export class FileKind<R extends FileState> {
  constructor(
    /** Its name in messages and audit lines: `application`, `complaint`. */
    readonly entity: string,
    /** The file with its history, inside the transaction or outside it. */
    readonly load: (db: Database | Tx, number: string) => Promise<R | null>,
    private readonly eventSubject: (file: R) => EventSubject,
  ) {}

  /** A retry answered with the file as it stands now, found again by its number. */
  replay(db: Database): Replay<R> {
    return {
      store: (file) => ({ number: file.number }),
      replay: async (stored) => {
        const { number } = stored as { number: string };
        const file = await this.load(db, number);
        if (!file) throw new Error(`idempotency record names ${this.entity} ${number}, which is gone`);
        return file;
      },
    };
  }

  /** A retry of a filing: the file as it stands now, and its access code, kept only in the sealed record besides its hash. */
  replayFiling(db: Database): Replay<Filed<R>> {
    const byNumber = this.replay(db);
    return {
      store: ({ file, accessCode }) => ({ number: file.number, accessCode }),
      replay: async (stored) => ({
        file: await byNumber.replay(stored),
        accessCode: (stored as { accessCode: string }).accessCode,
      }),
    };
  }

  /** The file as the step left it, read again inside the step's transaction. */
  async reload(tx: Tx, number: string): Promise<R> {
    const file = await this.load(tx, number);
    if (!file) throw new Error(`the ${this.entity} vanished inside its own transaction`);
    return file;
  }

  /** The caller must have seen the file as it stands: otherwise STALE_VERSION, with the version and status to retry on. */
  checkVersion(file: FileState, expectedVersion: number): void {
    if (file.version !== expectedVersion) {
      throw new Rollback(
        new Conflict(
          "STALE_VERSION",
          `${this.entity} ${file.number} is at version ${file.version}, not ${expectedVersion}`,
          { version: file.version, status: file.status },
        ),
      );
    }
  }

  /**
   * The version check that counts: a concurrent step that committed first
   * leaves no row to update. `current` reads what the file stands at now, for
   * a conflict that says it.
   */
  async checkUpdated(
    updated: { count: number },
    number: string,
    current?: () => Promise<{ version: number; status: string } | null>,
  ): Promise<void> {
    if (updated.count === 1) return;
    const now = current ? await current() : null;
    throw new Rollback(
      new Conflict(
        "STALE_VERSION",
        `${this.entity} ${number} was changed by someone else`,
        current ? { version: now?.version, status: now?.status } : {},
      ),
    );
  }

  /** The outbox event of a file just created, in the creating transaction. */
  async recordFiling(tx: Tx, file: R, type: EventType, at: Date): Promise<void> {
    await recordEvent(tx, {
      ...this.eventSubject(file),
      type,
      fromStatus: null,
      toStatus: file.status,
      version: file.version,
      occurredAt: at,
    });
  }

  /** What a step that moved `file` (as it stood before) leaves besides its history row: its outbox event and audit line. */
  async recordStep(tx: Tx, file: R, step: StepRecord): Promise<void> {
    const subject = this.eventSubject(file);
    await recordEvent(tx, {
      ...subject,
      type: step.type,
      fromStatus: file.status,
      toStatus: step.to,
      version: file.version + 1,
      occurredAt: step.at,
      providerId: step.providerId ?? subject.providerId,
    });
    audit(`${this.entity}.transition`, {
      number: file.number,
      action: step.action,
      from: file.status,
      to: step.to,
      key: step.caller.keyId,
    });
  }
}

/** What any step may say beside its action: why, and the name its history records. */
export function stepNotes(
  input: { reason?: string | null; actorName?: string | null },
  errors: FieldError[],
): { reason: string | null; actorName: string | null } {
  const note = (field: "reason" | "actorName", label: string, min: number, max: number): string | null => {
    const raw = input[field];
    if (!raw) return null;
    const check = checkText(raw, label, { min, max });
    if (check.ok) return check.value;
    errors.push(new FieldError(field, check.message));
    return null;
  };
  return { reason: note("reason", "reason", 1, 2000), actorName: note("actorName", "actor name", 2, 200) };
}
