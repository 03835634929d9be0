import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const typeOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.type;

describe('a parliamentary seat is a place', () => {
  it('joins the parts of a seat named for two places, the tagger having taken one for a person', () => {
    const text = 'Ms Rowe, Labour MP for Hornby and Wood Vale, spoke.';
    const entities = entitiesOf(text, [
      ['Rowe', 'PER'],
      ['Hornby', 'LOC'],
      ['Wood Vale', 'PER'],
    ]);
    expect(typeOf(entities, 'Hornby and Wood Vale')).toBe('GPE');
    expect(typeOf(entities, 'Wood Vale')).toBeUndefined();
  });

  it('types a seat after "seat of" or "member for" a place, not a body', () => {
    const text = 'He is to contest the seat of Erwash. She was the member for Mid-Bedley.';
    const entities = entitiesOf(text, [
      ['Erwash', 'ORG'],
      ['Mid-Bedley', 'ORG'],
    ]);
    expect(typeOf(entities, 'Erwash')).toBe('GPE');
    expect(typeOf(entities, 'Mid-Bedley')).toBe('GPE');
  });

  it("stops before an 'and' that goes on to a body's possessive, and reads no people's word as a seat", () => {
    const text = "He is MP for Nant Colwy and Plaid Cymru's leader. Bruges was a seat of European power.";
    const entities = entitiesOf(text, [
      ['Nant Colwy', 'ORG'],
      ['Plaid Cymru', 'ORG'],
      ['European', 'MISC'],
    ]);
    expect(typeOf(entities, 'Nant Colwy')).toBe('GPE');
    expect(typeOf(entities, 'Plaid Cymru')).toBe('ORG');
    expect(typeOf(entities, 'European')).toBe('NORP');
  });
});
