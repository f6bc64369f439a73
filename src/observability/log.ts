/**
 * The process's logger: pino, one JSON object per line on stderr (stdout
 * stays free for tools), or a short human-readable line per event when
 * stderr is a terminal or `LOG_FORMAT=pretty`.
 *
 * Writes are asynchronous (a buffer flushed by the event loop, and
 * synchronously at exit): a synchronous write per request cost throughput
 * (see README "Operating Qyzmet" and `npm run bench -- observe`).
 *
 * Redaction is configured here, once, for everything logged: request lines
 * are built from chosen fields only (request.ts), and the paths below are the
 * second line of defence should a header, a key or a mutation's variables
 * ever be handed to the logger.
 */
import pino, { type DestinationStream, type Logger as PinoLogger } from "pino";

export type LogLevel = "silent" | "error" | "info" | "debug";
export type LogFormat = "json" | "pretty";

/** The small interface most of the code logs through: one message per event. */
export interface Logger {
  error(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export interface AppLogger extends Logger {
  /** The structured logger underneath, for lines with fields (request lines). */
  readonly pino: PinoLogger;
}

/** Credentials, wherever request data would carry them. */
const CREDENTIALS = ["authorization", "x-api-key", "apiKey", "key", "accessCode", "password", "token"];
/** The write side's personal fields (see modules/access/personal-data.ts), and variables, which hold them. */
const PERSONAL = [
  "variables",
  "iin",
  "applicantIin",
  "surname",
  "givenName",
  "patronymic",
  "phone",
  "email",
  "postalAddress",
  "address",
];

const path = (base: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (base ? `${base}.${key}` : key) : `${base}["${key}"]`;

/**
 * Where they are censored: explicit paths only (at the top of the logged
 * object, in headers, and in the inputs that carry personal data). pino's
 * redaction with wildcards (`*.iin`) cost 60 µs a line, eight times the line
 * itself; explicit paths cost about 1 µs.
 */
export const REDACT_PATHS = [
  ...CREDENTIALS.filter((key) => !key.includes("-")).map((key) => path("", key)),
  ...CREDENTIALS.flatMap((key) => [path("headers", key), path("req.headers", key)]),
  ...PERSONAL.flatMap((key) =>
    ["", "input", "applicant", "complainant", "input.applicant", "input.complainant"].map((base) => path(base, key)),
  ),
];

export const REDACTED = "[redacted]";

const LEVEL_TAGS: Record<string, string> = {
  error: "error",
  info: "info ",
  debug: "debug",
  warn: "warn ",
  fatal: "fatal",
  trace: "trace",
};

/** Lines pino would write as JSON, for a person: time, level, message, then the fields as key=value. */
export function prettyDestination(
  write: (text: string) => void = (text) => process.stderr.write(text),
): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        write(line);
        return;
      }
      const { time, level, msg, pid: _pid, hostname: _hostname, ...fields } = entry;
      const rest = Object.entries(fields)
        .map(([name, value]) => `${name}=${typeof value === "string" ? value : JSON.stringify(value)}`)
        .join(" ");
      write(
        `${String(time)} ${LEVEL_TAGS[String(level)] ?? String(level)} ${String(msg ?? "")}${rest ? ` ${rest}` : ""}\n`,
      );
    },
  };
}

export interface LoggerOptions {
  format?: LogFormat;
  /** Where lines go (tests and benches); default stderr. */
  destination?: DestinationStream;
}

export function createLogger(level: LogLevel, options: LoggerOptions = {}): AppLogger {
  const destination =
    options.destination ??
    (options.format === "pretty" ? prettyDestination() : pino.destination({ dest: 2, sync: false }));
  const logger = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names, not numbers: a person and `grep` read "error" faster than 50.
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destination,
  );
  return {
    pino: logger,
    error: (message) => logger.error(message),
    info: (message) => logger.info(message),
    debug: (message) => logger.debug(message),
  };
}

export const silentLogger: AppLogger = createLogger("silent", { destination: { write: () => undefined } });
