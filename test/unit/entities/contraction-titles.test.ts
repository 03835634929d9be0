import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const namesOf = (text: string, spans: Parameters<typeof entitiesOf>[1]) =>
  entitiesOf(text, spans).map((e) => [e.type, e.name]);

describe('titles with a negative contraction in them', () => {
  it('reads a title the tagger cut at "Do" or "Ai" as one work', () => {
    const text = "She won for her role in Girls Don't Lie. Her hit Ain't Nobody Else sold well.";
    expect(
      namesOf(text, [
        ['Girls Do', 'LOC'],
        ['Ai', 'PER'],
      ]),
    ).toEqual([
      ['MISC', "Girls Don't Lie"],
      ['MISC', "Ain't Nobody Else"],
    ]);
  });

  it('takes a title whose last words the tagger read as a name, and leaves its owner apart', () => {
    const text = "He hosted the gameshow Don't Wake The Dog and sang Jo Hale's I Can't Stay Long.";
    expect(
      namesOf(text, [
        ['The Dog', 'PER'],
        ['Jo Hale', 'PER'],
      ]),
    ).toEqual([
      ['MISC', "Don't Wake The Dog"],
      ['PERSON', 'Jo Hale'],
      ['MISC', "I Can't Stay Long"],
    ]);
  });

  it('reads no title at a sentence or quote start, nor one going on past a small word', () => {
    const text = `"Don't Tell Anyone," he said. Don't Panic Now. They sang A Grand Don't Come for Free live.`;
    expect(namesOf(text, [])).toEqual([]);
  });
});
