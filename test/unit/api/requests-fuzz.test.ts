// Property test: whatever method, path, query string, headers and body a client sends, the API answers
// with a status it means (2xx, or a 4xx whose body names the problem), never a 500 from input it failed
// to check. The stores answer empty, so anything that goes wrong is the API's own handling of input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Call, invokeApi } from './invoke';

const page = async () => ({ items: [], cursor: null });
const stubs = {
  index: {
    listArticles: page,
    findEntities: page,
    listClaims: page,
    entityArticles: page,
    getArticles: async () => [],
    getEntity: async () => null,
    getLedger: async () => null,
    putArticle: async () => undefined,
  },
  objects: { get: async () => null, put: async () => ({ etag: 'e' }) },
};

const PATHS = ['/health', '/articles', '/articles/', '/entities', '/claims', '/nope', '/', ''];
const PARAMS = [
  'limit',
  'cursor',
  'from',
  'to',
  'entity',
  'source',
  'status',
  'key',
  'q',
  'type',
  'speaker',
  'about',
];
const value = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1',
    '50',
    '1001',
    '1e3',
    'NaN',
    '2026-02-05',
    '2026-02-30',
    'gpe.x',
    'a,b,c',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.base64String({ maxLength: 80 }),
);
const segment = fc.oneof(
  fc.constantFrom('person.lina-okafor', 'azodm_gHshSrgiW5dsHM89z', '..', '%', '%2F', 'a b'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const path = fc.oneof(
  fc.constantFrom(...PATHS),
  segment.map((s) => `/articles/${s}`),
  segment.map((s) => `/entities/${s}`),
  segment.map((s) => `/entities/${s}/articles`),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), value), { maxLength: 5 })
  .map((pairs) => new URLSearchParams(pairs).toString());
const call: fc.Arbitrary<Call> = fc.record({
  method: fc.constantFrom('GET' as const, 'POST' as const),
  path: fc.tuple(path, query).map(([p, q]) => (q ? `${p}?${q}` : p)),
  headers: fc.dictionary(
    fc.constantFrom('content-type', 'x-filename', 'x-format', 'accept'),
    fc.oneof(
      fc.constantFrom(
        'text/plain',
        'text/html',
        'application/json',
        'multipart/form-data',
        'story.txt',
        'a.pdf',
      ),
      fc.string({ maxLength: 30 }),
    ),
  ),
  body: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 2 })), { nil: undefined }),
});

describe('the API on any request', () => {
  it('answers 2xx, or a 4xx whose body names the problem; never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const { status, body } = await invokeApi(stubs, c);
        expect(status, JSON.stringify({ c, body })).toBeLessThan(500);
        if (status >= 400) expect(body.error?.message, JSON.stringify(c)).toEqual(expect.any(String));
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261205), numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('can fail: a store that throws is a 5xx', async () => {
    const broken = { index: { ...stubs.index, listArticles: async () => Promise.reject(new Error('down')) } };
    expect((await invokeApi(broken, { path: '/articles' })).status).toBeGreaterThanOrEqual(500);
  });
});
