import { describe, expect, it } from 'vitest';
import { listedBodies } from '../../../functions/domain/claims/listed-bodies';
import type { Entity } from '../../../functions/domain/model/document';
import { named, spanOf } from './article-fixture';

type Tag = [string, Entity['type'], string[]];

/** The members listedBodies finds for the source `words` of `text`. */
function members(text: string, words: string, tags: Tag[], nth = 0): string[] {
  const entities = tags
    .filter(([, , names]) => names.some((n) => text.includes(n)))
    .map(([id, type, names]) => named(text, id, type, names));
  return listedBodies(spanOf(text, words, nth), entities, text);
}

const TRIO: Tag[] = [
  ['org.vantor', 'ORG', ['Vantor']],
  ['org.brelling', 'ORG', ['Brelling']],
  ['org.kesten', 'ORG', ['Kesten']],
  ['org.orbis', 'ORG', ['Orbis']],
];

describe('listedBodies', () => {
  it('gives a bare or counted plural of bodies the last list named before it', () => {
    const text =
      'Vantor, Brelling and Kesten have released data on the chip. Orbis makes rival chips. The three firms claim it is fast. The companies said more would follow.';
    expect(members(text, 'The three firms', TRIO)).toEqual(['org.vantor', 'org.brelling', 'org.kesten']);
    expect(members(text, 'The companies', TRIO)).toEqual(['org.vantor', 'org.brelling', 'org.kesten']);
    const pair = 'Shares in Vantor (VTR), and Brelling fell. The firms suspended sales.';
    expect(members(pair, 'The firms', TRIO)).toEqual(['org.vantor', 'org.brelling']);
  });

  it('leaves a count the list does not have, examples, a plural with words of its own, and bodies named apart', () => {
    const text =
      'Vantor, Brelling and Kesten have released data on the chip. The two firms claim it is fast.';
    expect(members(text, 'The two firms', TRIO)).toEqual([]);
    const examples = 'Rival firms such as Vantor and Brelling lost sales. The firms said little.';
    expect(members(examples, 'The firms', TRIO)).toEqual([]);
    const kind = 'Vantor and Brelling are suing Orbis. The tobacco companies said little.';
    expect(members(kind, 'The tobacco companies', TRIO)).toEqual([]);
    const apart = 'Vantor saw profits drop. Brelling suffered a fall. The firms are looking east.';
    expect(members(apart, 'The firms', TRIO)).toEqual([]);
  });
});
