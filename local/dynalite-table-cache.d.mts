// Types for dynalite-table-cache.mjs (plain JavaScript for dynalite's worker thread).

/** dynalite's table sub-database, as db/index.js builds it: callback get, put and del. */
export interface DynaliteTableDb {
  get(key: string, cb: (err: Error | null, value?: unknown) => void): void;
  put(key: string, value: unknown, cb?: (err: Error | null) => void): void;
  del(key: string, cb?: (err: Error | null) => void): void;
}

/** Makes every dynalite store created from here on keep its table descriptions in memory. */
export function cacheDynaliteTables(): void;

/** Keeps one table sub-database's descriptions in memory (see the .mjs). */
export function cacheTableDescriptions(tableDb: DynaliteTableDb): void;
