/**
 * Apollo's store of parsed and validated documents, with concurrent misses
 * coalesced.
 *
 * Apollo looks a document up (asynchronously), and on a miss parses and
 * validates it and stores it. Requests with one new document that arrive
 * together all look it up before the first has stored it, so each parses and
 * validates it again: in the first burst after a start (bench/overload.ts),
 * twenty-six walks did so back to back, and with the other cold paths the
 * event loop was held for seconds while `/health` waited. Here the first miss
 * of a key answers at once and the later ones wait for its `set`. Apollo
 * parses and validates without giving the loop back, so the `set` comes
 * before the next iteration; one that does not come (a document that fails
 * validation is never stored) lets the waiters go then, to do the work
 * themselves as before.
 */
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";

export class CoalescingDocumentStore implements KeyValueCache<DocumentNode> {
  readonly #cache = new InMemoryLRUCache<DocumentNode>();
  /** Keys whose first lookup missed in this iteration of the loop, with the lookups that came after it. */
  readonly #pending = new Map<string, ((document: DocumentNode | undefined) => void)[]>();

  async get(key: string): Promise<DocumentNode | undefined> {
    const document = await this.#cache.get(key);
    if (document) return document;
    const waiting = this.#pending.get(key);
    if (waiting) return new Promise((resolve) => waiting.push(resolve));
    this.#pending.set(key, []);
    setImmediate(() => this.#release(key, undefined));
    return undefined;
  }

  async set(key: string, value: DocumentNode, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.#cache.set(key, value, options);
    this.#release(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.#cache.delete(key);
  }

  #release(key: string, document: DocumentNode | undefined): void {
    const waiting = this.#pending.get(key);
    if (!waiting) return;
    this.#pending.delete(key);
    for (const resolve of waiting) resolve(document);
  }
}
