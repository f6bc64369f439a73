import { DatabaseUnavailableError } from "./database.js";
import { DirectoryInUseError } from "./lock.js";
import { MigrationError } from "./migrate.js";
import { SeedDataError } from "./seed.js";

/** Failures whose message alone tells the user what to fix: printed as one line, without a stack. */
export function isExpectedStartupError(error: unknown): error is Error {
  return (
    error instanceof DatabaseUnavailableError ||
    error instanceof DirectoryInUseError ||
    error instanceof MigrationError ||
    error instanceof SeedDataError
  );
}
