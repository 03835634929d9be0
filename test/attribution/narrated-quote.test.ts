import { describe, expect, it } from 'vitest';
import { narratedQuotes } from '../../functions/domain/attribution/narrated-quote';
import { classId } from '../../functions/domain/attribution/word-classes';
import { annotate } from '../../functions/domain/extract/annotate';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';

/** Cue-likeness as PolNeAR train has it (American spellings), and a verb's word class. */
const words = {
  lexicon: new Map([
    ['criticized', 4],
    ['agreed', 4],
    ['looks', 2],
    ['said', 4],
  ]),
  classes: new Map([
    ['cheered', classId('PastTense')],
    ['fostering', classId('Gerund')],
  ]),
};

/** Each name's spans, as the entity tagger gives a person's mentions. */
function persons(text: string, names: string[]) {
  return names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
}

/** What narratedQuotes makes of the text, as [source, cue, content] strings. */
function narrated(text: string, names: string[], found: Attribution[] = []) {
  const doc = annotate(text);
  const out = narratedQuotes(doc, found, findQuotes(text, doc.paragraphs), persons(text, names), words);
  const show = (f: { start: number; end: number }[] | null) =>
    f?.map((r) => text.slice(r.start, r.end)).join('|');
  return out.map((a) => [show(a.source), show(a.cue), show(a.content)]);
}

describe('a quote after narration about its speaker', () => {
  it('goes to the named subject of a verb of saying or judging, the verb its cue', () => {
    const text =
      'Fostering Network executive director Robert Tapsfield criticised the existing system. "There is just no logic to it."';
    expect(narrated(text, ['Robert Tapsfield'])).toEqual([
      [
        'Fostering Network executive director Robert Tapsfield',
        'criticised',
        'There is just no logic to it.',
      ],
    ]);
  });

  it('reads past a phrase of speaking fronted before the name, which is no part of the source', () => {
    const text = 'Speaking on his plans, Sol Burns criticised the club. "I will move abroad in five years."';
    expect(narrated(text, ['Sol Burns'])).toEqual([
      ['Sol Burns', 'criticised', 'I will move abroad in five years.'],
    ]);
    expect(
      narrated('Looking at his plans, Sol Burns criticised the club. "I will move."', ['Sol Burns']),
    ).toEqual([]);
  });

  it('takes the subject past an aside, and the verb that ends the sentence', () => {
    const text =
      'Mr Valentine, who grew up in Argentina, agreed. "I will think twice before I deposit dollars".';
    expect(narrated(text, ['Valentine'])).toEqual([
      ['Mr Valentine, who grew up in Argentina', 'agreed', 'I will think twice before I deposit dollars'],
    ]);
  });

  it('goes on over a quote reopened after it, and leaves the quote before to its own speaker', () => {
    const text =
      'Bob Day said the board erred. "Its plan is wrong." Ann Lee agreed. "Costs are rising. "Sales fell." Shares rose.';
    const bob: Attribution = {
      source: [{ start: 0, end: 7 }],
      cue: [{ start: 8, end: 12 }],
      content: [
        { start: 13, end: 28 },
        { start: text.indexOf('Its'), end: text.indexOf('wrong.') + 6 },
      ],
    };
    expect(narrated(text, ['Bob Day', 'Ann Lee'], [bob])).toEqual([
      ['Bob Day', 'said', 'the board erred|Its plan is wrong.'],
      ['Ann Lee', 'agreed', 'Costs are rising.|Sales fell.'],
    ]);
  });

  it('leaves a quote after any other verb: the words may be someone else’s', () => {
    const text = 'Simon Taylor looks certain to get the call. "I took lessons from 2001."';
    expect(narrated(text, ['Simon Taylor'])).toEqual([]);
  });

  it('needs the name to open the sentence as its subject', () => {
    const possessive = 'Sir Edward Heath’s aide criticised the plan. "There is no deal."';
    expect(narrated(possessive, ['Sir Edward Heath'])).toEqual([]);
    const object = 'Delegates cheered John Smith agreed. "We will win."';
    expect(narrated(object, ['John Smith'])).toEqual([]);
  });

  it('leaves a title, a quote some content holds, and narration holding a cue of its own', () => {
    expect(
      narrated('Ann Lee criticised the board. "Taking responsibility for tough choices"', ['Ann Lee']),
    ).toEqual([]);
    const text = 'Ann Lee criticised the board. "Costs are rising."';
    const cue = text.indexOf('criticised');
    const held: Attribution = {
      source: null,
      cue: [{ start: cue, end: cue + 10 }],
      content: [{ start: text.indexOf('Costs'), end: text.length - 1 }],
    };
    expect(narrated(text, ['Ann Lee'], [held])).toEqual([[undefined, 'criticised', 'Costs are rising.']]);
    const board = { ...held, content: [{ start: cue + 11, end: cue + 20 }] };
    expect(narrated(text, ['Ann Lee'], [board])).toEqual([[undefined, 'criticised', 'the board']]);
  });
});
