import { describe, expect, it } from 'vitest';
import { readJudicialStyles } from '../../../functions/domain/entities/judicial-styles';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt } from './helpers';

const view = (entities: Entity[]) =>
  entities.map((e) => [e.id, e.type, e.mentions.map((m) => `${m.text}@${m.start}`), e.roles]);

describe("a judge's style", () => {
  it('is no person: the surname after it is the judge, with the style as a title', () => {
    const text = 'They appealed against a ruling by Lord Justice Hale and Mr Justice Brook last week.';
    const entities = [
      entityAt(text, 'person.justice', 'PERSON', [
        ['Justice', 0],
        ['Justice', 1],
      ]),
      entityAt(text, 'person.brook', 'PERSON', [['Brook', 0]], ['Mr Justice']),
    ];
    expect(view(readJudicialStyles(text, entities))).toEqual([
      ['person.hale', 'PERSON', ['Hale@47'], ['Lord Justice']],
      ['person.brook', 'PERSON', ['Brook@67'], ['Mr Justice']],
    ]);
  });

  it('cuts a mention running from the style into the surname, and drops a style with no name', () => {
    const text = 'Police urged the Lord Chief Justice and Lord Justices Carr and Rix to act. Rix said no.';
    const entities = [
      entityAt(text, 'person.justice', 'PERSON', [['Justice', 0]]),
      entityAt(text, 'org.lord-justices-carr', 'ORG', [['Lord Justices Carr', 0]]),
      entityAt(text, 'person.rix', 'PERSON', [
        ['Rix', 0],
        ['Rix', 1],
      ]),
    ];
    expect(view(readJudicialStyles(text, entities))).toEqual([
      ['person.carr', 'PERSON', ['Carr@54'], ['Lord Justice']],
      ['person.rix', 'PERSON', ['Rix@63', 'Rix@75'], []],
    ]);
  });

  it('joins the full name the surname shortens, and leaves other names with Justice alone', () => {
    const text =
      'Sir David Eady heard it. Mr Justice Eady said so. The Justice Department and Fathers 4 Justice agreed.';
    const entities = [
      entityAt(text, 'person.david-eady', 'PERSON', [['David Eady', 0]]),
      entityAt(text, 'org.mr-justice', 'ORG', [['Mr Justice', 0]]),
      entityAt(text, 'org.justice-department', 'ORG', [['Justice Department', 0]]),
      entityAt(text, 'org.justice', 'ORG', [['Justice', 2]]),
    ];
    expect(view(readJudicialStyles(text, entities))).toEqual([
      ['person.david-eady', 'PERSON', ['David Eady@4', 'Eady@36'], ['Mr Justice']],
      ['org.justice-department', 'ORG', ['Justice Department@54'], []],
      ['org.justice', 'ORG', ['Justice@87'], []],
    ]);
  });
});
