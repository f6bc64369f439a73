/**
 * The fixture of the write and push tests: the real server over HTTP (as
 * `npm start` builds it: startServer holds the plugins, limits and error
 * masking), the typed operations of test/operations sent to it with an API
 * key, two portals and two officers, and the inputs a portal sends.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../../src/db/database.js";
import { issueApiKey, type Role } from "../../src/modules/access/access.service.js";
import { iinCheckDigit } from "../../src/modules/write/personal-data.js";
import type { ServerOptions } from "../../src/server/server.js";
import {
  type ApplicantInput,
  type ComplainantInput,
  FileComplaintDocument,
  type FileComplaintInput,
  type FileComplaintMutation,
  SubmitApplicationDocument,
  type SubmitApplicationInput,
  type SubmitApplicationMutation,
} from "../generated/graphql.js";
import { type DatabaseTarget, openSeededDatabase, type TestDatabase } from "../support/database.js";
import { startTestServer } from "../support/server.js";

/** The department most tests work with, and one of the same region whose officers must not see its records. */
export const DEPARTMENT = "authority:akmola:akkol";
export const OTHER_DEPARTMENT = "authority:akmola:arshaly";

/** A valid IIN born on `yymmdd` (a woman of the 20th century), with the check digit. */
export const iin = (yymmdd: string, serial: string) => `${yymmdd}3${serial}${iinCheckDigit(`${yymmdd}3${serial}`)}`;

export const applicant = (overrides: Partial<ApplicantInput> = {}): ApplicantInput => ({
  iin: iin("900101", "0012"),
  surname: "Нұрланова",
  givenName: "Айгүл",
  patronymic: "Серікқызы",
  postalAddress: "Ақмола облысы, Ақкөл қ., Сәкен Сейфуллин к-сі, 12-үй, 4-пәтер",
  phone: "8 701 123 45 67",
  email: "aigul@mail.kz",
  ...overrides,
});

/** An application for service 6 at the department, with the documents its standard asks for. */
export const submission = (overrides: Partial<SubmitApplicationInput> = {}): SubmitApplicationInput => ({
  serviceNumber: 6,
  channel: "AUTHORITY",
  providerId: DEPARTMENT,
  applicant: applicant(),
  recipientCategory: "c1",
  documents: ["d1", "d2", "d4"],
  ...overrides,
});

export const complainant: ComplainantInput = {
  surname: "Жұмабеков",
  givenName: "Ерлан",
  patronymic: "Асқарұлы",
  postalAddress: "Ақмола облысы, Ақкөл қ., Абай к-сі, 5-үй",
  phone: "+7 701 765 43 21",
};

/** A complaint about a department official under service 1, with paragraph 24's contents. */
export const complaintInput = (overrides: Partial<FileComplaintInput> = {}): FileComplaintInput => ({
  kind: "OFFICIAL_ACTIONS",
  providerId: DEPARTMENT,
  serviceNumber: 1,
  complainant,
  subject: "Бөлімнің бас маманы С. Ахметов",
  reasons: "Құжаттарды қабылдаудан негізсіз бас тартты және себебін түсіндірмеді.",
  demands: "Құжаттарды қабылдап, тіркеуді талап етемін.",
  ...overrides,
});

/** The lifecycle an officer walks an application through: SUBMITTED → IN_REVIEW → APPROVED → RESULT_ISSUED. */
export const WALK = ["START_REVIEW", "APPROVE", "ISSUE_RESULT"] as const;

/** `result` as the union member `typename`; anything else fails the test, showing what came instead. */
export function member<T extends { __typename?: string }, N extends NonNullable<T["__typename"]>>(
  result: T,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (result?.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(result)}`);
  return result as Extract<T, { __typename?: N }>;
}

export interface Answer<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

type Variables = Record<string, unknown>;

export interface Api {
  /** The server's GraphQL URL (`http://127.0.0.1:<port>/graphql`). */
  url: string;
  /** Runs one operation as the holder of `key` (anonymous when null) and returns its `data`; GraphQL errors fail the test. */
  run<T, V extends Variables>(
    document: TypedDocumentNode<T, V>,
    variables?: NoInfer<V>,
    key?: string | null,
  ): Promise<T>;
  /** The whole answer, errors included. */
  raw<T, V extends Variables>(
    document: TypedDocumentNode<T, V>,
    variables?: NoInfer<V>,
    key?: string | null,
  ): Promise<Answer<T>>;
  /** The same for a document only a string can be: hostile or malformed, or built at run time from the schema. */
  raw(document: string, variables?: Variables, key?: string | null): Promise<Answer<Record<string, any>>>;
  /** A new key, issued as access.cli.ts and the control socket issue it. */
  key(role: Role, name: string, providerId?: string | null): Promise<string>;
  stop(): Promise<void>;
}

/** The API as clients meet it: the real server (its plugins, limits and error masking) over HTTP on loopback. */
export async function startApi(db: Database, options: Partial<ServerOptions> = {}): Promise<Api> {
  const server = await startTestServer(db, options);
  const raw = async (
    document: TypedDocumentNode<any, any> | string,
    variables: Variables = {},
    key: string | null = null,
  ) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
    });
    return (await response.json()) as Answer<any>;
  };
  return {
    url: server.url,
    raw,
    async run(document, variables, key) {
      const result = await raw(document, variables, key);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async key(role, name, providerId = null) {
      return (await issueApiKey(db, { name, role, providerId })).key;
    },
    stop: () => server.close(),
  };
}

export type Receipt = Extract<SubmitApplicationMutation["submitApplication"], { __typename: "ApplicationReceipt" }>;
export type Talon = Extract<FileComplaintMutation["fileComplaint"], { __typename: "ComplaintTalon" }>;

/** The API a describe block of the write or push tests works with, its seeded database, and keys. */
export interface WriteApi extends Api {
  readonly db: TestDatabase;
  /** Two portals: each sees only what it submitted. */
  readonly portal: string;
  readonly otherPortal: string;
  /** An officer of DEPARTMENT and one of OTHER_DEPARTMENT. */
  readonly officer: string;
  readonly otherOfficer: string;
  readonly admin: string;
  /** Submits `submission(overrides)` as `key` (the first portal unless given): the receipt; any other answer fails. */
  receive(overrides?: Partial<SubmitApplicationInput>, key?: string): Promise<Receipt>;
  /** Files `complaintInput(overrides)` as `key` (the first portal unless given): the talon; any other answer fails. */
  fileTalon(overrides?: Partial<FileComplaintInput>, key?: string): Promise<Talon>;
  /** Stops the server and starts another over the same database, with `options` instead of the block's. */
  restart(options?: Partial<ServerOptions>): Promise<void>;
}

/**
 * The API over a seeded database (a schema of its own on PostgreSQL, a
 * restored snapshot on PGlite), opened before the calling describe block's
 * tests and closed after them; usable once the tests run.
 */
export function useWriteApi(target: DatabaseTarget, options: Partial<ServerOptions> = {}): WriteApi {
  let db: TestDatabase | undefined;
  let server: Api | undefined;
  const keys = { portal: "", otherPortal: "", officer: "", otherOfficer: "", admin: "" };
  const started = () => {
    if (!server) throw new Error("the write API is used before its beforeAll ran");
    return server;
  };
  beforeAll(async () => {
    db = await openSeededDatabase(target);
    server = await startApi(db, options);
    keys.portal = await server.key("PORTAL", "eGov portal");
    keys.otherPortal = await server.key("PORTAL", "Another portal");
    keys.officer = await server.key("OFFICER", "Ақкөл бөлімінің маманы", DEPARTMENT);
    keys.otherOfficer = await server.key("OFFICER", "Аршалы бөлімінің маманы", OTHER_DEPARTMENT);
    keys.admin = await server.key("ADMIN", "Administrator");
  });
  afterAll(async () => {
    await server?.stop();
    await db?.dispose();
  });
  return {
    get db() {
      if (!db) throw new Error("the write API's database is used before its beforeAll ran");
      return db;
    },
    get url() {
      return started().url;
    },
    get portal() {
      return keys.portal;
    },
    get otherPortal() {
      return keys.otherPortal;
    },
    get officer() {
      return keys.officer;
    },
    get otherOfficer() {
      return keys.otherOfficer;
    },
    get admin() {
      return keys.admin;
    },
    run: (document, variables, key) => started().run(document, variables, key),
    raw: ((document: string, variables?: Variables, key?: string | null) =>
      started().raw(document, variables, key)) as Api["raw"],
    key: (role, name, providerId) => started().key(role, name, providerId),
    async receive(overrides = {}, key = keys.portal) {
      const { submitApplication } = await started().run(
        SubmitApplicationDocument,
        { input: submission(overrides) },
        key,
      );
      return member(submitApplication, "ApplicationReceipt");
    },
    async fileTalon(overrides = {}, key = keys.portal) {
      const { fileComplaint } = await started().run(FileComplaintDocument, { input: complaintInput(overrides) }, key);
      return member(fileComplaint, "ComplaintTalon");
    },
    stop: () => started().stop(),
    async restart(replacing = options) {
      await started().stop();
      server = await startApi(db!, replacing);
    },
  };
}
