import { describe, expect, it } from 'vitest';
import { withApposedName } from '../../functions/domain/attribution/apposed-name';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The source `withApposedName` gives the claim in `text`, the names in `names` being the article's. */
function source(text: string, names: string[], found: string, cue: string, content: string) {
  const named = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return asText(
    text,
    withApposedName(text, sentencesAtStops(text), named, sourcedClaim(text, found, cue, content)),
  )[0];
}

describe('an apposition the writer left unclosed before the cue', () => {
  it('takes in the name before it, after a quote or opening the sentence', () => {
    const quote = '"It is a sweetener," Ann Cole, an analyst at Norland told the paper.';
    expect(source(quote, ['Ann Cole'], 'an analyst at Norland', 'told', 'It is a sweetener')).toBe(
      'Ann Cole, an analyst at Norland',
    );
    const opening = "Rates rose. Tom Hale, the bank's chief economist believes the rise will last.";
    expect(
      source(opening, ['Tom Hale'], "the bank's chief economist", 'believes', 'the rise will last'),
    ).toBe("Tom Hale, the bank's chief economist");
    const titled = 'Sir Tom Hale, the Tory backbencher said he would stand.';
    expect(source(titled, ['Tom Hale'], 'the Tory backbencher', 'said', 'he would stand')).toBe(
      'Sir Tom Hale, the Tory backbencher',
    );
  });

  it('leaves a name the article does not tag, a name inside the clause, a capitalised source and an opening content', () => {
    const untagged = 'Regardless, the state department said it found nothing.';
    expect(source(untagged, [], 'the state department', 'said', 'it found nothing')).toBe(
      'the state department',
    );
    const inside = 'In Leeds Tom Hale, the party leader said he would stand.';
    expect(source(inside, ['Tom Hale'], 'the party leader', 'said', 'he would stand')).toBe(
      'the party leader',
    );
    const body = 'Regardless, the State Department said it found nothing.';
    expect(source(body, ['Regardless'], 'the State Department', 'said', 'it found nothing')).toBe(
      'the State Department',
    );
    const content = 'Ann Cole, a top aide said, "is very confident".';
    expect(source(content, ['Ann Cole'], 'a top aide', 'said', 'is very confident')).toBe('a top aide');
  });

  it('takes in the name before a closed apposition that ends on the source', () => {
    const now = 'Ann Cole, now a staff scientist at the Norland Institute, helped to show that cells heal.';
    expect(source(now, ['Ann Cole'], 'Norland Institute', 'helped to show', 'that cells heal')).toBe(
      'Ann Cole, now a staff scientist at the Norland Institute',
    );
    const titled = "Lord Hale, head of the Cricket Council's unit, made the call.";
    expect(source(titled, ['Hale'], "Cricket Council's unit", 'made', 'the call')).toBe(
      "Lord Hale, head of the Cricket Council's unit",
    );
    // not a body after a name inside the clause, nor one named with a capital in the apposition
    const inside = 'Rates rose after Ann Cole, a scientist at the Norland Institute, said so.';
    expect(source(inside, ['Ann Cole'], 'Norland Institute', 'said', 'so')).toBe('Norland Institute');
    const capital = 'Ann Cole, Chief Scientist at the Norland Institute, said so.';
    expect(source(capital, ['Ann Cole'], 'Norland Institute', 'said', 'so')).toBe('Norland Institute');
  });
});
