// Plain JavaScript: it runs in dynalite's worker thread, which loads no TypeScript.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * dynalite (4.0) reads the table's description from LevelDB on every
 * request (getTable), the larger part of its LevelDB time in the local
 * stack. Every store dynalite creates from here on keeps the descriptions
 * it writes and reads in memory, as the JSON text LevelDB holds, and hands
 * out a fresh parse each time: DeleteTable and UpdateTable change the object
 * they get before writing it (and UpdateTable may fail after changing it),
 * so no caller may share one. Hand-written because dynalite offers no hook;
 * its store is reached through dynalite/db's create, which dynalite calls
 * when the server is made. A store it re-creates after close is uncached.
 */
export function cacheDynaliteTables() {
  const db = require('dynalite/db');
  if (db.create.cachesTables) return;
  const create = db.create;
  const cachingCreate = (options) => {
    const store = create(options);
    cacheTableDescriptions(store.tableDb);
    return store;
  };
  cachingCreate.cachesTables = true;
  db.create = cachingCreate;
}

/**
 * Wraps the table sub-database's get, put and del (the only ways dynalite
 * reads or writes a description; ListTables streams keys only). A write
 * empties the entry when it starts and fills it when it is stored, unless
 * another write began since; a read that misses fills it only if no write
 * began while it was reading, so an older description never comes back.
 */
export function cacheTableDescriptions(tableDb) {
  const { get, put, del } = tableDb;
  /** @type {Map<string, string>} */
  const texts = new Map();
  /** @type {Map<string, number>} writes begun per table */
  const writes = new Map();
  const begin = (key) => {
    texts.delete(key);
    const n = (writes.get(key) ?? 0) + 1;
    writes.set(key, n);
    return n;
  };

  tableDb.get = (key, cb) => {
    const text = texts.get(key);
    if (text !== undefined) {
      setImmediate(cb, null, JSON.parse(text));
      return;
    }
    const seen = writes.get(key) ?? 0;
    get.call(tableDb, key, (err, value) => {
      if (!err && value != null && (writes.get(key) ?? 0) === seen) texts.set(key, JSON.stringify(value));
      cb(err, value);
    });
  };
  tableDb.put = (key, value, cb) => {
    const n = begin(key);
    const text = JSON.stringify(value);
    put.call(tableDb, key, value, (err) => {
      if (!err && writes.get(key) === n) texts.set(key, text);
      if (cb) cb(err);
    });
  };
  tableDb.del = (key, cb) => {
    begin(key);
    del.call(tableDb, key, cb);
  };
}
