import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

const entities = (text: string, spans: Parameters<typeof tagLongestFirst>[1]) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [
    e.id,
    e.type,
    e.mentions.map((m) => m.text),
  ]);

describe('a firm named for its founder (aliases.json: Walt Disney)', () => {
  it('reads "Walt Disney" as the firm where the article names Disney, and keeps Roy Disney a person', () => {
    const text =
      'Walt Disney has settled charges. Disney said it did nothing wrong. Disney paid a firm owned by former director Roy Disney.';
    expect(
      entities(text, [
        ['Walt Disney', 'PER'],
        ['Roy Disney', 'PER'],
        ['Disney', 'ORG'],
      ]),
    ).toEqual([
      ['org.disney', 'ORG', ['Walt Disney', 'Disney', 'Disney']],
      ['person.roy-disney', 'PERSON', ['Roy Disney']],
    ]);
  });

  it('keeps the founder a person where the article names no firm, or calls him its founder', () => {
    const alone = 'The studio was built by Walt Disney in 1937.';
    expect(entities(alone, [['Walt Disney', 'PER']])).toEqual([
      ['person.walt-disney', 'PERSON', ['Walt Disney']],
    ]);
    const founder = 'Disney shares rose. Disney founder Walt Disney drew the mouse.';
    expect(
      entities(founder, [
        ['Walt Disney', 'PER'],
        ['Disney', 'ORG'],
      ]).find(([id]) => id === 'person.walt-disney'),
    ).toBeDefined();
  });

  it('joins "Walt Disney Co" to Disney', () => {
    const text = 'The Walt Disney Co is buying Pixar. Disney said the deal would close in May.';
    expect(
      entities(text, [
        ['Walt Disney Co', 'ORG'],
        ['Disney', 'ORG'],
        ['Pixar', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.disney', 'org.pixar']);
  });
});
