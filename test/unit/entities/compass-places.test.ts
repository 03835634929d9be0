import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './helpers';

describe('a name opening on a compass point, typed a person', () => {
  it('is a place beside a place, as a county after its town or in a list of places', () => {
    const text =
      'He hopes to remain MP for Ripley, North Wessex, for years. Stops in Shrewton, South Dorley and Liverport follow.';
    expect(
      typesOf(text, [
        ['Ripley', 'LOC'],
        ['North Wessex', 'PER'],
        ['Shrewton', 'LOC'],
        ['South Dorley', 'PER'],
        ['Liverport', 'LOC'],
      ]),
    ).toMatchObject({ 'North Wessex': 'GPE', 'South Dorley': 'GPE' });
    const county = entitiesOf(text, [
      ['Ripley', 'LOC'],
      ['North Wessex', 'PER'],
    ]).find((e) => e.name === 'North Wessex');
    expect(county?.roles).toEqual([]);
  });

  it('stays a person away from places', () => {
    const text = 'Then North Wessex said no. Fans of West Dorley came.';
    expect(
      typesOf(text, [
        ['North Wessex', 'PER'],
        ['West Dorley', 'PER'],
      ]),
    ).toMatchObject({ 'North Wessex': 'PERSON', 'West Dorley': 'PERSON' });
  });
});
