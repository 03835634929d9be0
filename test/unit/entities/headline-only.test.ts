import { describe, expect, it } from 'vitest';
import { defaultAliasTable } from '../../../functions/domain/entities/alias-table';
import { keptFromHeadline } from '../../../functions/domain/entities/headline-only';
import type { Entity } from '../../../functions/domain/model/document';

const headlineOnly = (type: Entity['type'], text: string): Entity => ({
  id: `x.${text}`,
  name: text,
  type,
  aliases: [],
  mentions: [],
  titleMentions: [{ start: 0, end: text.length, text }],
  roles: [],
});

describe('an entity only the headline names', () => {
  it('is kept when the alias table, the place or organisation gazetteer or the nationality lists vouch for it', () => {
    for (const [type, text] of [
      ['GPE', 'UK'],
      ['ORG', 'Labour'],
      ['GPE', 'Dubai'],
      ['ORG', 'Gazprom'],
      ['ORG', 'Uefa'],
      ['NORP', 'Kenyan'],
    ] as const)
      expect(keptFromHeadline(headlineOnly(type, text), defaultAliasTable), text).toBe(true);
  });

  it("is dropped when only the tagger's reading of a title-style headline says it is one", () => {
    for (const [type, text] of [
      ['PERSON', 'Classy Henman'],
      ['PERSON', 'Utd'],
      ['ORG', 'US TV'],
      ['ORG', 'Best'],
      ['ORG', 'Tube'],
      ['GPE', 'Sat'],
      ['GPE', 'Da Vinci'],
      ['MISC', 'Euro'],
      ['NORP', 'Azkaban'],
    ] as const)
      expect(keptFromHeadline(headlineOnly(type, text), defaultAliasTable), text).toBe(false);
  });
});
