import { describe, expect, it, vi } from 'vitest';
import { joinPluralPossessors } from '../../../functions/domain/entities/plural-possessors';
import { entityAt, idsAndMentions as linked } from './helpers';

describe("a body's name cut from the possessive of the people it is of", () => {
  it('joins the possessive to the name and makes it an organisation', () => {
    expect(
      linked("The Women's Tennis Association cleared her. The Writers' Guild was on strike.", [
        ['Tennis Association', 'ORG'],
        ['Guild', 'PER'],
      ]),
    ).toEqual([
      ['org.womens-tennis-association', ["Women's Tennis Association"]],
      ['org.writers-guild', ["Writers' Guild"]],
    ]);
  });

  it("leaves a name that ends on no body's word, and one the possessive is not before every time", () => {
    expect(
      linked("The History Boys' Samuel Barnett won. The Teachers' Union met. The Union said no.", [
        ['Samuel Barnett', 'PER'],
        ['Union', 'ORG'],
      ]),
    ).toEqual([
      ['person.samuel-barnett', ['Samuel Barnett']],
      ['org.union', ['Union', 'Union']],
    ]);
  });
});

describe("a name's last word", () => {
  it('is read without splitting the name into words', () => {
    const text = 'The Tennis Association met Tom Hale.';
    const entities = [
      entityAt(text, 'org.tennis-association', 'ORG', [['Tennis Association', 0]]),
      entityAt(text, 'person.tom-hale', 'PERSON', [['Tom Hale', 0]]),
    ];
    const split = vi.spyOn(String.prototype, 'split');
    expect(joinPluralPossessors(text, entities)).toBe(entities);
    const calls = split.mock.calls.length;
    split.mockRestore();
    expect(calls).toBe(0);
  });
});
