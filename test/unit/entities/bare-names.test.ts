import { describe, expect, it } from 'vitest';
import { retypeBareNames } from '../../../functions/domain/entities/bare-names';
import type { TaggedMention, TaggerType } from '../../../functions/domain/extract/types';

/** Every occurrence of each name in the text, tagged as given, in order. */
function tag(text: string, names: [string, TaggerType[]][]): TaggedMention[] {
  const out: TaggedMention[] = [];
  for (const [name, types] of names) {
    let from = 0;
    for (const type of types) {
      const start = text.indexOf(name, from);
      out.push({ start, end: start + name.length, text: name, type });
      from = start + name.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const typesOf = (mentions: TaggedMention[], name: string) =>
  mentions.filter((m) => m.text === name).map((m) => m.type);

describe('retypeBareNames', () => {
  it('makes a given name alone, tagged a club somewhere, a club everywhere', () => {
    const text = 'Kelsey beat Rovers. Fans of Kelsey sang, and Kelsey will play Rovers again.';
    const tagged = tag(text, [
      ['Kelsey', ['PER', 'ORG', 'PER']],
      ['Rovers', ['ORG', 'ORG']],
    ]);
    expect(typesOf(retypeBareNames(text, tagged), 'Kelsey')).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('keeps a person the article gives a surname or an honorific', () => {
    const full = 'Kelsey Marsh spoke. Then Kelsey beat Rovers.';
    const withSurname = tag(full, [
      ['Kelsey Marsh', ['PER']],
      ['Rovers', ['ORG']],
    ]);
    withSurname.push(
      { start: 25, end: 31, text: 'Kelsey', type: 'PER' },
      { start: 0, end: 0, text: 'Kelsey', type: 'ORG' },
    );
    expect(typesOf(retypeBareNames(full, withSurname), 'Kelsey')).toEqual(['PER', 'ORG']);
    const honoured = 'Ms Kelsey spoke. Kelsey beat Rovers.';
    const tagged = tag(honoured, [['Kelsey', ['PER', 'ORG']]]);
    expect(typesOf(retypeBareNames(honoured, tagged), 'Kelsey')).toEqual(['PER', 'ORG']);
  });

  it('keeps a surname alone a person, and does not take a place tag for a club', () => {
    const text = 'Hyypia headed in. Hyypia was a wall.';
    expect(typesOf(retypeBareNames(text, tag(text, [['Hyypia', ['PER', 'ORG']]])), 'Hyypia')).toEqual([
      'PER',
      'ORG',
    ]);
    const place = 'Kelsey scored twice. The Kelsey team bus.';
    expect(typesOf(retypeBareNames(place, tag(place, [['Kelsey', ['PER', 'LOC']]])), 'Kelsey')).toEqual([
      'PER',
      'LOC',
    ]);
  });
});
