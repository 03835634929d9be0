import { describe, expect, it } from 'vitest';
import { opensOnPersonNominal } from '../../../functions/domain/claims/nominal-subject';

describe('opensOnPersonNominal', () => {
  it('reads an age, a player or a nationality noun as the subject', () => {
    expect(opensOnPersonNominal('The 22-year-old pipped Maurice Greene in')).toBe(true);
    expect(opensOnPersonNominal('But the Liverpool striker scored twice against')).toBe(true);
    expect(opensOnPersonNominal('The Spaniard beat Tim Henman in straight')).toBe(true);
    expect(opensOnPersonNominal('The 25-year-old, who captained St Helens')).toBe(true);
  });

  it('passes over a name after the noun, a possessive, and a nationality adjective', () => {
    expect(opensOnPersonNominal('The 22-year-old Mark Lewis-Francis pipped')).toBe(false);
    expect(opensOnPersonNominal("The striker's goal gave Chelsea the lead")).toBe(false);
    expect(opensOnPersonNominal("The prosecution's star witness is Mr Sullivan")).toBe(false);
    expect(opensOnPersonNominal('The German government criticised Tony Blair')).toBe(false);
    expect(opensOnPersonNominal('The firm beat forecasts as John Smith')).toBe(false);
  });
});
