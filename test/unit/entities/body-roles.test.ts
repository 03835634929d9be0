import { describe, expect, it } from 'vitest';
import { dropBodyTitles } from '../../../functions/domain/entities/body-roles';
import type { Entity } from '../../../functions/domain/model/document';

const entity = (name: string, type: Entity['type'], roles: string[]): Entity => ({
  id: `${type.toLowerCase()}.${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type,
  aliases: [],
  mentions: [{ start: 0, end: name.length, text: name }],
  roles,
  salience: 0.1,
});

describe('dropBodyTitles', () => {
  it("drops a title in capitals from a body, place or work: its name's or the sentence's words", () => {
    const out = dropBodyTitles([
      entity('Loud Fiddle', 'ORG', ['Organiser Loud']),
      entity('Otto Software', 'ORG', ['Saint']),
      entity('Yuletide', 'MISC', ['Father']),
      entity('Zedville', 'GPE', ['General', 'market leader']),
    ]);
    expect(out.map((e) => e.roles)).toEqual([[], [], [], ['market leader']]);
  });

  it('keeps a lower-case calling on a firm, a document, and every title on a person', () => {
    const kept = [
      entity('Zedco', 'ORG', ['market leader']),
      entity('report by Zedco', 'MISC', ['document']),
      entity('Jo Bloggs', 'PERSON', ['Health Secretary', 'General']),
    ];
    expect(dropBodyTitles(kept)).toBe(kept);
  });
});
