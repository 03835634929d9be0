import { describe, expect, it } from 'vitest';
import { mapType } from '../../../functions/domain/entities/type-map';
import type { TaggerType } from '../../../functions/domain/extract/types';
import type { EntityType } from '../../../functions/domain/model/document';

const cases: [string, [TaggerType, string, EntityType][]][] = [
  [
    'a name ending in an institution word is an organisation, whatever class the tagger gave it',
    [
      ['LOC', 'Hereford County Hospital', 'ORG'],
      ['LOC', 'Brooklyn Law School', 'ORG'],
      ['MISC', 'International Olympic Committee', 'ORG'],
      ['PER', 'Clare College', 'ORG'],
      ['PER', 'Kingfisher Airlines', 'ORG'],
      ['LOC', 'Mozilla Foundation', 'ORG'],
    ],
  ],
  [
    'a one-word name, a surname, an event, a venue and a place keep their class',
    [
      ['PER', 'Margaret Court', 'PERSON'],
      ['LOC', 'Soviet Union', 'GPE'],
      ['LOC', 'West Bank', 'LOC'],
      ['MISC', 'World Summit for the Information Society', 'EVENT'],
      ['LOC', 'Staples Centre', 'GPE'],
      ['PER', 'Academy', 'PERSON'],
    ],
  ],
];

describe('mapType', () => {
  for (const [title, rows] of cases)
    it(title, () => {
      for (const [tagged, name, type] of rows) expect(mapType(tagged, name), name).toBe(type);
    });
});
