import { describe, expect, it } from 'vitest';
import {
  articleId,
  dateBounds,
  keys,
  normalizeName,
  sortableDate,
  sortDate,
} from '../../../functions/domain/index/keys';
import { dependentKeys, recordsFor, staleKeys } from '../../../functions/domain/index/records-for';
import { type ExtractedArticle, ExtractedArticle as Schema } from '../../../functions/domain/model/document';

function doc(
  entities: string[],
  claims: { speaker: string | null; about: string[]; others?: string[] }[],
  published: string | null = '2026-01-02',
): ExtractedArticle {
  return Schema.parse({
    schemaVersion: 1,
    extractorVersion: 't',
    id: 'a1',
    sourceKey: 'incoming/x.txt',
    part: 0,
    contentHash: '0'.repeat(64),
    title: 'T',
    byline: null,
    published,
    language: 'en',
    url: null,
    source: 'upload',
    text: 'x',
    paragraphs: [],
    sentences: [],
    entities: entities.map((id) => ({ id, name: id, type: 'ORG', aliases: [], mentions: [], roles: [] })),
    claims: claims.map((c, i) => ({
      id: `a1.c${i + 1}`,
      kind: 'direct',
      content: { start: 0, end: 1, text: 'x' },
      cue: null,
      speaker: c.speaker ? { start: 0, end: 1, text: 'x', entityId: c.speaker, others: c.others } : null,
      checkworthiness: 0.5,
      entities: c.about,
    })),
  });
}

describe('keys', () => {
  it('derives stable, URL-safe article ids from the object key and part', () => {
    const id = articleId('incoming/a b+c%.txt', 0);
    expect(id).toBe(articleId('incoming/a b+c%.txt', 0));
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(articleId('incoming/a b+c%.txt', 2)).toBe(`${id}-2`);
    expect(articleId('incoming/other.txt', 0)).not.toBe(id);
  });

  it('sorts by published date, else by indexing time; names fold case and accents', () => {
    expect(sortDate(null, '2026-05-01T00:00:00Z')).toBe('2026-05-01T00:00:00Z');
    expect(sortDate('2020-01-01', '2026-05-01T00:00:00Z')).toBe('2020-01-01');
    // date-times sort as instants: offsets become UTC, and no offset is taken as UTC
    expect(sortDate('2020-01-01T23:30:00-05:00', '2026-05-01T00:00:00Z')).toBe('2020-01-02T04:30:00.000Z');
    expect(sortDate('2020-01-01T10:00', '2026-05-01T00:00:00Z')).toBe('2020-01-01T10:00:00.000Z');
    expect(sortableDate('2020-01-01T10:00+0100')).toBe('2020-01-01T09:00:00.000Z');
    expect(sortableDate('2020-02-30T10:00Z')).toBeNull();
    expect(sortableDate('2020-01-01T25:00Z')).toBeNull();
    expect(normalizeName('Ahmed  AL-Sudáni’s')).toBe('ahmed al-sudanis');
    expect(keys.edge('org.x', '2026-01-02', 'a1')).toEqual({ pk: 'ENT#org.x', sk: 'ART#2026-01-02#a1' });
  });

  it('bounds a from/to range, "to" as a date taking its whole day, and none when from is after to', () => {
    expect(dateBounds()).toEqual(['0000', '9999\uffff']);
    expect(dateBounds('2026-03-02T04:00:00.000Z', '2026-03-02')).toEqual([
      '2026-03-02T04:00:00.000Z',
      '2026-03-02\uffff',
    ]);
    expect(dateBounds('2026-03-02', '2026-03-01')).toBeNull();
    expect(dateBounds('2026-03-02T00:00:01.000Z', '2026-03-01T23:59:00.000Z')).toBeNull();
  });

  it('takes an article dated by day only as that day at midnight UTC', () => {
    const inRange = (key: string, from?: string, to?: string) => {
      const b = dateBounds(from, to);
      return b !== null && b[0] <= key && key <= b[1];
    };
    const day = sortDate('2026-03-14', '2026-05-01T00:00:00Z');
    expect(inRange(day, '2026-03-14T00:00:00.000Z', '2026-03-14T23:59:59.000Z')).toBe(true);
    expect(inRange(day, '2026-03-14T00:00:00.000Z', '2026-03-14')).toBe(true);
    expect(inRange(day, '2026-03-13T23:59:59.000Z', '2026-03-14T00:00:00.000Z')).toBe(true);
    expect(inRange(day, '2026-03-14T00:00:01.000Z', '2026-03-15')).toBe(false);
    expect(inRange(day, '2026-03-13', '2026-03-13T23:59:59.000Z')).toBe(false);
    expect(dateBounds('2026-03-14T00:00:00.000Z', '2026-03-13')).toBeNull();
  });
});

describe('records for an article', () => {
  it("counts an entity's headline mentions with its body mentions on its edge", () => {
    const d = doc(['org.a', 'org.b'], []);
    const [a, b] = d.entities as [ExtractedArticle['entities'][number], ExtractedArticle['entities'][number]];
    a.mentions = [{ start: 0, end: 1, text: 'x' }];
    a.titleMentions = [{ start: 0, end: 1, text: 'T' }];
    b.titleMentions = [{ start: 0, end: 1, text: 'T' }];
    expect(recordsFor(d, 'r', 'now').edges.map((e) => [e.entityId, e.mentions])).toEqual([
      ['org.a', 2],
      ['org.b', 1],
    ]);
  });

  it('writes one edge per entity with the claims it made and those about it', () => {
    const indexed = recordsFor(
      doc(
        ['org.a', 'org.b'],
        [
          { speaker: 'org.a', about: ['org.b'] },
          { speaker: null, about: ['org.a', 'org.b'] },
        ],
      ),
      'results/a1.json',
      '2026-09-09T00:00:00Z',
    );
    expect(indexed.edges.map((e) => [e.entityId, e.said, e.about])).toEqual([
      ['org.a', [1], [2]],
      ['org.b', [], [1, 2]],
    ]);
    expect(indexed.claims?.claims.map((c) => c.speaker?.entityId ?? null)).toEqual(['org.a', null]);
    expect(indexed.article).toMatchObject({
      status: 'indexed',
      date: '2026-01-02',
      claimCount: 2,
      entityIds: ['org.a', 'org.b'],
    });
  });

  it('counts a claim as said by every member of a joint source, not only by the one it links', () => {
    const indexed = recordsFor(
      doc(
        ['org.a', 'org.b', 'org.c'],
        [
          { speaker: 'org.b', others: ['org.a'], about: [] },
          { speaker: 'org.b', about: ['org.a'] },
        ],
      ),
      'results/a1.json',
      '2026-09-09T00:00:00Z',
    );
    expect(indexed.edges.map((e) => [e.entityId, e.said, e.about])).toEqual([
      ['org.a', [1], [2]],
      ['org.b', [1, 2], []],
      ['org.c', [], []],
    ]);
  });

  it('drops the claims item when a new version has no claims', () => {
    const before = recordsFor(doc(['org.a'], [{ speaker: null, about: [] }]), 'r', 'now').article;
    const after = recordsFor(doc(['org.a'], []), 'r', 'now');
    expect(after.claims).toBeNull();
    expect(staleKeys(before, after)).toEqual([keys.claims('a1')]);
  });

  it('finds exactly the stale edges when an article changes, and everything when it goes', () => {
    const before = recordsFor(
      doc(
        ['org.a', 'org.b'],
        [
          { speaker: null, about: [] },
          { speaker: null, about: [] },
        ],
      ),
      'r',
      'now',
    ).article;
    const after = recordsFor(doc(['org.b', 'org.c'], [{ speaker: null, about: [] }]), 'r', 'now');
    const stale = staleKeys(before, after).map((k) => `${k.pk} ${k.sk}`);
    expect(stale).toEqual(['ENT#org.a ART#2026-01-02#a1']);
    const gone = staleKeys(before, undefined).map((k) => `${k.pk} ${k.sk}`);
    expect(gone).toEqual([...dependentKeys(before).map((k) => `${k.pk} ${k.sk}`), 'ART#a1 ART']);
  });

  it('moves every edge when the sort date changes', () => {
    const before = recordsFor(doc(['org.a'], [], '2026-01-02'), 'r', 'now').article;
    const after = recordsFor(doc(['org.a'], [], '2026-01-03'), 'r', 'now');
    expect(staleKeys(before, after)).toEqual([keys.edge('org.a', '2026-01-02', 'a1')]);
  });
});
