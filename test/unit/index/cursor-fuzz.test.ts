// Property tests: a cursor is client input. Whatever string comes back, decoding it gives a start key
// inside the query's scope or a CursorError (400 BAD_CURSOR), never another error (a 500); and every
// cursor a query made resumes that query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeClaimsCursor, encodeClaimsCursor } from '../../../functions/commons/dynamo/claims-cursor';
import {
  CursorError,
  type CursorScope,
  decodeCursor,
  encodeCursor,
} from '../../../functions/commons/dynamo/cursor';

const RUNS = {
  seed: Number(process.env.FUZZ_SEED ?? 20261205),
  numRuns: Number(process.env.FUZZ_RUNS ?? 500),
};
const SCOPES: CursorScope[] = [
  { partition: 'ENT#gpe.africa' },
  { index: 'gsi3', partition: 'ALL', between: ['2026-01-01', '2026-12-31~'] },
  { partition: 'NAME#b', beginsWith: 'bla' },
];
const attr = fc.constantFrom(
  'pk',
  'sk',
  'gsi1pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'x',
  '__proto__',
  'constructor',
);
const keyValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.constant(null),
  fc.string({ minLength: 1100, maxLength: 1100 }),
);
/** Strings a client may send: noise, base64url of any JSON, and of key-shaped objects. */
const cursor = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json().map((j) => Buffer.from(j).toString('base64url')),
  fc
    .dictionary(attr, keyValue, { maxKeys: 5 })
    .map((k) => Buffer.from(JSON.stringify(k)).toString('base64url')),
);

/** The outcome of decoding: the key, or the CursorError's message; any other error fails the property. */
function decoded(run: () => unknown): unknown {
  try {
    return run();
  } catch (err) {
    if (err instanceof CursorError) return err.message;
    throw err;
  }
}

describe('cursors from clients', () => {
  it('decode to a key in the query’s scope, or to a CursorError', () => {
    fc.assert(
      fc.property(cursor, fc.constantFrom(...SCOPES), (c, scope) => {
        const out = decoded(() => decodeCursor(c, scope));
        if (typeof out !== 'object' || out === null) return;
        const key = out as Record<string, string>;
        expect(key[scope.index ? `${scope.index}pk` : 'pk']).toBe(scope.partition);
      }),
      RUNS,
    );
  });

  it('resume the query that made them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (sk, pk) => {
        const key = { pk, sk: `bla${sk}` };
        expect(decodeCursor(encodeCursor(key) ?? undefined, { partition: pk, beginsWith: 'bla' })).toEqual(
          key,
        );
      }),
      RUNS,
    );
  });

  it('for claims, decode to what the same query encoded, and to a CursorError otherwise', () => {
    const query = fc.record({
      speaker: fc.option(fc.string(), { nil: undefined }),
      about: fc.option(fc.string(), { nil: undefined }),
      limit: fc.constant(50),
    });
    fc.assert(
      fc.property(
        query,
        fc.nat(99_999),
        fc.option(fc.string(), { nil: undefined }),
        fc.string(),
        (q, served, edge, noise) => {
          expect(decodeClaimsCursor(q, encodeClaimsCursor(q, served, edge))).toEqual([
            served,
            edge || undefined,
          ]);
          decoded(() => decodeClaimsCursor(q, noise));
        },
      ),
      RUNS,
    );
  });

  it('can fail: a cursor from another partition is refused', () => {
    const c = encodeCursor({ pk: 'ENT#gpe.asia', sk: 'x' }) ?? undefined;
    expect(decoded(() => decodeCursor(c, { partition: 'ENT#gpe.africa' }))).toBe(
      'cursor does not belong to this query',
    );
  });
});
