import { describe, expect, it } from 'vitest';
import { clusterKey } from '../../functions/domain/attribution/clusters';
import { entityTags, mentionsOf, NO_ENTITY, PAD_ENTITY } from '../../functions/domain/attribution/entities';
import { indexOf, readIds, rowOf, writeIds } from '../../functions/domain/lookup/sparse-index';
import type { Entity } from '../../functions/domain/model/document';
import { normalizeToken, wordKey } from '../../functions/domain/ner/tokens';
import { tokenize } from '../../functions/domain/text/tokenize';
import { trainRanker } from '../../scripts/train/attribution/ranker';

describe('sparse rows', () => {
  it('round-trip sorted ids and find each kept bucket by rank', () => {
    const ids = [0, 1, 31, 32, 200, 70_000, 1_048_575];
    const bytes = writeIds(ids);
    const { ids: back, next } = readIds(bytes, 0, ids.length);
    expect([...back]).toEqual(ids);
    expect(next).toBe(bytes.length);
    const index = indexOf(back, 20);
    ids.forEach((id, row) => {
      expect(rowOf(index, id)).toBe(row);
    });
    expect(rowOf(index, 2)).toBe(-1);
    expect(rowOf(index, 70_001)).toBe(-1);
  });
});

describe('cluster keys', () => {
  it('are the NER model keys, with a fast path for plain words', () => {
    for (const t of ['said', 'Said', 'US', 'UN', 'us', '2016', '“', 'don’t', 'o’clock', '—', 'Trump']) {
      expect(clusterKey(t, t.toLowerCase())).toBe(wordKey(normalizeToken(t)));
    }
  });
});

describe('entity tags', () => {
  const text = 'Senator Jane Doe told Acme Corp on Friday that she disagreed .';
  const tokens = tokenize(text);
  const at = (s: string) => text.indexOf(s);
  const entity = (type: Entity['type'], name: string): Entity => ({
    id: name.replace(/\s/g, '-'),
    name,
    type,
    aliases: [],
    mentions: [{ start: at(name), end: at(name) + name.length, text: name }],
    roles: [],
  });

  it('mark the first and the other tokens of each mention by type, padding the ends', () => {
    const tags = entityTags(mentionsOf([entity('ORG', 'Acme Corp'), entity('PERSON', 'Jane Doe')]), tokens);
    const byWord = (w: string) => tags[tokens.findIndex((t) => t.text === w) + 2];
    expect(byWord('Jane')).toBe(2 * 1);
    expect(byWord('Doe')).toBe(2 * 1 + 1);
    expect(byWord('Acme')).toBe(2 * 2);
    expect(byWord('Corp')).toBe(2 * 2 + 1);
    expect(byWord('told')).toBe(NO_ENTITY);
    expect(tags[0]).toBe(PAD_ENTITY);
    expect(tags[tokens.length + 3]).toBe(PAD_ENTITY);
  });

  it('leave a paragraph without mentions untagged', () => {
    expect([...entityTags(mentionsOf([]), tokens).subarray(2, -2)].every((t) => t === NO_ENTITY)).toBe(true);
  });
});

describe('ranker training', () => {
  it('learns to prefer the candidate with the right feature', () => {
    // two candidates of one feature each: feature 5 is right, feature 9 wrong, in either order
    const choices = [
      { features: Uint32Array.from([9, 5]), gold: 1 },
      { features: Uint32Array.from([5, 9]), gold: 0 },
    ];
    const w = trainRanker(choices, { bits: 4, perCandidate: 1, epochs: 3, seed: 7 });
    expect(w.dense[5]).toBeGreaterThan(w.dense[9] as number);
  });
});
