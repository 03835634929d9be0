import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe("a place or a body named for a saint, cut at the saint's 's", () => {
  it('is one name, typed by its last word, and a name running on past it goes', () => {
    const text =
      "The Queen met them at St Aldric's Palace. A spokeswoman for the St Bede's Shopping Centre in Caermor said it was busy, and two girls from St Ulfa's Middle School joined him.";
    expect(
      idsAndMentions(text, [
        ['St Aldric', 'LOC'],
        ['Palace', 'LOC'],
        ['St Bede', 'LOC'],
        ['Centre in Caermor', 'ORG'],
        ['St Ulfa', 'ORG'],
        ['Middle School', 'ORG'],
      ]),
    ).toEqual([
      ['loc.saint-aldrics-palace', ["St Aldric's Palace"]],
      ['loc.saint-bedes-shopping-centre', ["St Bede's Shopping Centre"]],
      ['org.saint-ulfas-middle-school', ["St Ulfa's Middle School"]],
    ]);
  });

  it("takes a name the tagger ended on the 's", () => {
    const text = "She studied at St Fintor's High School in the town.";
    expect(idsAndMentions(text, [["St Fintor's", 'ORG']])).toEqual([
      ['org.saint-fintors-high-school', ["St Fintor's High School"]],
    ]);
  });

  it('is not cut at its possessive where the saint is known as a body', () => {
    const text = "A service was held in St George's Chapel at noon.";
    expect(
      idsAndMentions(text, [
        ['St George', 'ORG'],
        ['Chapel', 'LOC'],
      ]),
    ).toEqual([['loc.saint-georges-chapel', ["St George's Chapel"]]]);
  });

  it('leaves a name with no head word after it', () => {
    const text = "They marched on St Aldric's Day to St Aldric's Church.";
    expect(idsAndMentions(text, [['St Aldric', 'LOC']]).map(([, m]) => m)).toEqual([
      ['St Aldric'],
      ["St Aldric's Church"],
    ]);
  });
});
