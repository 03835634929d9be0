import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('a place a music act comes from', () => {
  it('is the place, not a body, where each mention is before "band" or "group"', () => {
    const text =
      'The Bristol band will tour. They play with fellow Bristol band Cold Harbour. Leeds group Tin Men open.';
    expect(
      typesOf(text, [
        ['Bristol', 'ORG'],
        ['Leeds', 'ORG'],
      ]),
    ).toEqual({ Bristol: 'GPE', Leeds: 'GPE' });
  });

  it('leaves a place named otherwise too, and a body that is no place', () => {
    const text = 'Liverpool won at home. A Liverpool band played at half-time. The Westlife band split.';
    expect(
      typesOf(text, [
        ['Liverpool', 'ORG'],
        ['Westlife', 'ORG'],
      ]),
    ).toEqual({ Liverpool: 'ORG', Westlife: 'ORG' });
  });
});
