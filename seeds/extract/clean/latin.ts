/** Kazakh Latin and the search key: shared with the server, so they live in the contract (seeds/contract/latin.ts). */
export { searchKey, slugify, toLatin } from "../../contract/latin.js";
