// Property tests: whatever bytes land in the bucket, under whatever name, parsing ends in articles or
// in an InputError with a code and a message (recorded on the article), never in another error, which
// ingest would retry to no end; and every article it gives the extractor makes a valid document.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../functions/domain/extract/default';
import { ExtractedArticle } from '../../../functions/domain/model/document';
import { InputError } from '../../../functions/domain/model/errors';
import { parseFile } from '../../../functions/domain/parse/index';

const RUNS = {
  seed: Number(process.env.FUZZ_SEED ?? 20261205),
  numRuns: Number(process.env.FUZZ_RUNS ?? 300),
};
const NAMES = ['a.txt', 'a.md', 'a.html', 'a.htm', 'a.json', 'a.ndjson', 'a.jsonl', 'a.txt.gz', 'a', 'a.csv'];
const LIMITS = { maxBytes: 200_000, maxLineChars: 5_000, maxArticleChars: 20_000 };
const extractor = defaultExtractor();

/** Parses, then extracts every article; answers the InputError's code, or null when all went through. */
async function ingestable(key: string, bytes: Uint8Array): Promise<string | null> {
  try {
    for (const part of await parseFile({ key, bytes }, LIMITS)) {
      if ('error' in part) {
        expect(part.error).toBeInstanceOf(InputError);
        continue;
      }
      const doc = extractor.extract({
        id: 'a1',
        sourceKey: key,
        part: 0,
        source: 'test',
        article: part.article,
      });
      expect(ExtractedArticle.safeParse(doc).success).toBe(true);
    }
    return null;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.code).toMatch(/^[A-Z_]+$/);
    expect(err.message.length).toBeGreaterThan(0);
    return err.code;
  }
}

const words = fc.array(
  fc.constantFrom('Lina', 'Okafor', 'said', 'the', 'bridge', '“closed”', '4%', '<b>', '&amp;', '{'),
  {
    minLength: 0,
    maxLength: 40,
  },
);
const prose = words.map((w) => w.join(' '));
/** JSON documents of the shapes feeds use, with values of any type where text is expected. */
const jsonDoc = fc.record(
  {
    title: fc.oneof(prose, fc.integer(), fc.constant(null), fc.array(prose)),
    text: fc.oneof(prose, fc.constant(''), fc.integer(), fc.object()),
    articleBody: prose,
    datePublished: fc.oneof(fc.constantFrom('2026-02-05', 'yesterday', '99999-01-01', ''), fc.integer()),
    url: fc.oneof(fc.webUrl(), fc.string()),
  },
  { requiredKeys: [] },
);

/** HTML of nested elements pages hold, closed or not, with prose and attributes between. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prose,
    fc
      .tuple(
        fc.constantFrom(
          'p',
          'div',
          'article',
          'h1',
          'script',
          'style',
          'a',
          'time',
          'meta',
          'br',
          'table',
          'td',
        ),
        fc.constantFrom('', ' class="story"', ' datetime="2026-02-05"', ' content="x"', ' href="/a"'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(([tag, attr, inner, closed]) => `<${tag}${attr}>${inner.join('')}${closed ? `</${tag}>` : ''}`),
  ),
})).node;

describe('parseFile on any input', () => {
  it('ends arbitrary bytes under any name in articles or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 400 }), async (key, bytes) => {
        await ingestable(key, bytes);
      }),
      RUNS,
    );
  });

  it('ends arbitrary text, plain or gzipped, in articles or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.oneof(prose, fc.string({ unit: 'binary', maxLength: 300 })),
        fc.boolean(),
        async (key, text, zipped) => {
          const bytes = Buffer.from(text);
          await ingestable(key, zipped ? gzipSync(bytes) : bytes);
        },
      ),
      RUNS,
    );
  });

  it('ends JSON and NDJSON feeds of odd shapes in articles or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jsonDoc, { minLength: 1, maxLength: 4 }), async (docs) => {
        await ingestable('feed.ndjson', Buffer.from(docs.map((d) => JSON.stringify(d)).join('\n')));
        await ingestable('feed.json', Buffer.from(JSON.stringify(docs.length === 1 ? docs[0] : docs)));
      }),
      RUNS,
    );
  });

  it('ends HTML pages of any structure in articles or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(html, async (page) => {
        await ingestable(
          'page.html',
          Buffer.from(`<html><head><title>T</title></head><body>${page}</body></html>`),
        );
      }),
      RUNS,
    );
  });

  it('tells an empty file from a readable one, so the property tests can fail', async () => {
    expect(await ingestable('a.txt', Buffer.from(''))).toBe('EMPTY');
    expect(
      await ingestable('a.txt', Buffer.from('Lina Okafor said the bridge had closed on Monday.')),
    ).toBeNull();
  });
});
