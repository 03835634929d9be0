import { describe, expect, it } from 'vitest';
import { linkEntities, linkForExtraction } from '../../../functions/domain/entities/link';
import { mergeSameNames } from '../../../functions/domain/entities/merge';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Entity } from '../../../functions/domain/model/document';
import { tag } from './helpers';

const entity = (id: string, type: Entity['type'], starts: number[], roles: string[] = []): Entity => ({
  id,
  name: 'Acme',
  type,
  aliases: [],
  mentions: starts.map((start) => ({ start, end: start + 4, text: 'Acme' })),
  roles,
  salience: starts.length / 10,
});

describe('mergeSameNames', () => {
  it('makes one entity of a name tagged with several types, typed as most of its mentions', () => {
    const merged = mergeSameNames([
      entity('person.acme', 'PERSON', [40], ['chief']),
      entity('org.acme', 'ORG', [0, 20, 60]),
      entity('gpe.paris', 'GPE', [10]),
    ]);
    expect(merged.map((e) => e.id)).toEqual(['org.acme', 'gpe.paris']);
    expect(merged[0]?.mentions.map((m) => m.start)).toEqual([0, 20, 40, 60]);
    expect(merged[0]).toMatchObject({ type: 'ORG', roles: ['chief'], salience: 0.4 });
  });

  it('breaks a tie by type priority, and returns the same list when nothing is shared', () => {
    expect(
      mergeSameNames([entity('misc.acme', 'MISC', [0]), entity('person.acme', 'PERSON', [9])])[0]?.id,
    ).toBe('person.acme');
    const distinct = [entity('org.acme', 'ORG', [0]), entity('gpe.paris', 'GPE', [9])];
    expect(mergeSameNames(distinct)).toBe(distinct);
  });

  it('merges in the document view only: attribution keeps what its trainer saw', () => {
    const text = 'Yukos fell. Yukos said it would appeal, and Yukos agreed.';
    const at = text.lastIndexOf('Yukos');
    const tagged = [
      ...tag(text.slice(0, at), [['Yukos', 'ORG']]),
      { start: at, end: at + 5, text: 'Yukos', type: 'PER' as const },
    ];
    const doc = annotate(text);
    const { entities, forAttribution } = linkForExtraction(doc, tagged);
    expect(entities.filter((e) => e.name === 'Yukos').map((e) => e.id)).toEqual(['org.yukos']);
    expect(entities.find((e) => e.id === 'org.yukos')?.mentions).toHaveLength(3);
    expect(forAttribution.map((e) => e.id).sort()).toEqual(['org.yukos', 'person.yukos']);
    expect(linkEntities(doc, tagged)).toEqual(entities);
  });
});
