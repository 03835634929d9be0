import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('"anti-Semitic" and "anti-Semitism"', () => {
  it('name no entity', () => {
    const text = 'Critics called the poster anti-Semitic. The party denied any anti-Semitism.';
    const ids = entitiesOf(text, [
      ['Semitic', 'MISC'],
      ['Semitism', 'MISC'],
    ]).map((e) => e.id);
    expect(ids).toEqual([]);
  });

  it('leave other "anti-" compounds alone', () => {
    const text = 'The posters were anti-Tory, said the Tory leader.';
    const ids = entitiesOf(text, [
      ['Tory', 'ORG'],
      ['Tory', 'ORG'],
    ]).map((e) => e.id);
    expect(ids.length).toBe(1);
  });
});
