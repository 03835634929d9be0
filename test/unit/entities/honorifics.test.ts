import { describe, expect, it } from 'vitest';
import { hasHonorific } from '../../../functions/domain/entities/honorifics';
import { RANKS } from '../../../functions/domain/entities/lexicons';
import { prng } from '../../../scripts/train/attribution/prng';
import { entitiesOf } from './helpers';

/** The regex the walk replaced, kept as the reference it must agree with. */
function byRegex(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const hit of text.matchAll(new RegExp(`(\\S+)\\s+${escaped}(?![\\p{L}\\p{N}])`, 'gu')))
    if (RANKS.has((hit[1] as string).toLowerCase())) return true;
  return false;
}

describe('a rank or honorific before a name', () => {
  it('is found before any of its occurrences', () => {
    expect(hasHonorific('Smith scored. Later Mr Smith said so.', 'Smith')).toBe(true);
    expect(hasHonorific('Sir\nAlex Ferguson', 'Alex Ferguson')).toBe(true);
    expect(hasHonorific('General Motors rose.', 'Motors')).toBe(true);
  });

  it('needs the whole name, a space before it and a rank as the whole word', () => {
    expect(hasHonorific('Mr Smithson said so.', 'Smith')).toBe(false);
    expect(hasHonorific('Mr Goldsmith said so.', 'Smith')).toBe(false);
    expect(hasHonorific('Mr.Smith said so.', 'Smith')).toBe(false);
    expect(hasHonorific('(Mr Smith) said so.', 'Smith')).toBe(false);
    expect(hasHonorific('Smith said so.', 'Smith')).toBe(false);
    expect(hasHonorific('Mr Smith', '')).toBe(false);
  });

  it('agrees with the regex it replaced on any text (seeded fuzz)', () => {
    const words = ['Mr', 'mr', 'Sir', 'Smith', 'Smiths', 'Jo Smith', 'the', '(Mr', 'é', '1', 'Lord'];
    const gaps = [' ', '  ', '\n', '', '.', ', '];
    const random = prng(11);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0; i < n % 13; i++) text += pick(words) + pick(gaps);
      // a name that is itself a rank differs: the regex could not reuse one match's name as the next one's rank
      const name = pick(['Smith', 'Jo Smith', 'é', '1']);
      expect(hasHonorific(text, name), JSON.stringify([text, name])).toBe(byRegex(text, name));
    }
  });
});

describe('a British police rank before a name', () => {
  it('is no part of the name: "Chief Supt Deats" is the Mick Deats named before', () => {
    const text =
      'Acting Detective Chief Superintendent Mick Deats said the raids went well. Chief Supt Deats went on to warn: "Fraud is rising."';
    const ids = entitiesOf(text, [
      ['Mick Deats', 'PER'],
      ['Supt Deats', 'PER'],
    ]).map((e) => e.id);
    expect(ids).toEqual(['person.mick-deats']);
  });
});
