/** The logger lives in src/observability/log.ts; this name stays for the code that imports it from here. */
export { type AppLogger, createLogger, type Logger, silentLogger } from "../observability/log.js";
