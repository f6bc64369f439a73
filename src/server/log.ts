/** A small leveled logger: one line per event on stderr, so stdout stays free for tools. */
import type { AppConfig } from "../config/config.js";

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

export interface Logger {
  error(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export function createLogger(level: AppConfig["logLevel"]): Logger {
  const threshold = LEVELS[level];
  const write = (at: number, tag: string, message: string) => {
    if (at <= threshold) process.stderr.write(`${new Date().toISOString()} ${tag} ${message}\n`);
  };
  return {
    error: (message) => write(LEVELS.error, "error", message),
    info: (message) => write(LEVELS.info, "info ", message),
    debug: (message) => write(LEVELS.debug, "debug", message),
  };
}

export const silentLogger: Logger = createLogger("silent");
