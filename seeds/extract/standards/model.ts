/** The act's and its standards' records: they live in the contract the server shares (seeds/contract). */
export * from "../../contract/standards.js";
export type { AppendixRecord } from "../../contract/records.js";
