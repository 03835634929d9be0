import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entitiesOf } from './helpers';

describe('a name the alias table knows, tagged in part', () => {
  it('takes in the capitalised word the tagger left out', () => {
    const text = 'The Liberal Democrats say no. Former Liberal Democrat MP Ann Ray agreed.';
    const entities = entitiesOf(text, [
      ['Democrats', 'MISC'],
      ['Democrat', 'MISC'],
      ['Ann Ray', 'PER'],
    ]);
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org.liberal-democrats', ['Liberal Democrats', 'Liberal Democrat']],
      ['person.ann-ray', ['Ann Ray']],
    ]);
  });

  it('joins two mentions that together are one known name', () => {
    const text = 'In his message the Liberal Democrat leader spoke.';
    const entities = entitiesOf(text, [
      ['Liberal', 'ORG'],
      ['Democrat', 'MISC'],
    ]);
    expect(entities.map((e) => [e.id, e.name, e.type])).toEqual([
      ['org.liberal-democrats', 'Liberal Democrats', 'ORG'],
    ]);
  });

  it('leaves a mention alone when the wider words are no known name', () => {
    const text = 'Former Democrat senator Bo Lee spoke.';
    expect(entitiesOf(text, [['Democrat', 'MISC']]).map((e) => e.id)).toEqual(['norp.democrat']);
  });
});

describe('the Commons', () => {
  it('is the House of Commons whatever the tagger typed it', () => {
    const text = 'The House of Commons voted. In the Commons, he spoke.';
    const entities = linkEntities(annotate(text), [
      { start: 4, end: 20, text: 'House of Commons', type: 'ORG' },
      { start: 35, end: 42, text: 'Commons', type: 'MISC' },
    ]);
    expect(entities.map((e) => [e.id, e.type, e.mentions.length])).toEqual([
      ['org.house-of-commons', 'ORG', 2],
    ]);
  });
});
