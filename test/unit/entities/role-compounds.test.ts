import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const byName = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name);

describe('the compound of a role before the name', () => {
  it('reads a role before the name with the lower-case words of its compound', () => {
    const text =
      'BBC political editor Ann Marr spoke. "It is fine," shop owner Joe Evren said. Lib Dem home affairs spokesman Mark Oates agreed.';
    const entities = entitiesOf(text, [
      ['BBC', 'ORG'],
      ['Ann Marr', 'PER'],
      ['Joe Evren', 'PER'],
      ['Lib Dem', 'ORG'],
      ['Mark Oates', 'PER'],
    ]);
    expect(byName(entities, 'Ann Marr')?.roles).toEqual(['BBC political editor']);
    expect(byName(entities, 'Joe Evren')?.roles).toEqual(['shop owner']);
    expect(byName(entities, 'Mark Oates')?.roles).toEqual(['Lib Dem home affairs spokesman']);
  });

  it("reads a post's rank opening the sentence with the compound after it", () => {
    const text =
      'He left. Shadow sports minister Ann Marr said so. Former welfare minister Joe Evren agreed. Nominees include soul singer Ken Arnold.';
    const entities = entitiesOf(text, [
      ['Ann Marr', 'PER'],
      ['Joe Evren', 'PER'],
      ['Ken Arnold', 'PER'],
    ]);
    expect(byName(entities, 'Ann Marr')?.roles).toEqual(['Shadow sports minister']);
    expect(byName(entities, 'Joe Evren')?.roles).toEqual(['Former welfare minister']);
    expect(byName(entities, 'Ken Arnold')?.roles).toEqual(['singer']);
  });

  it('reads a bracketed compound role before a name without its brackets', () => {
    const text = 'He works with (tour manager) Bill Bowman and others.';
    const entities = entitiesOf(text, [['Bill Bowman', 'PER']]);
    expect(byName(entities, 'Bill Bowman')?.roles).toEqual(['tour manager']);
  });

  it('leaves a verb before a compound role out of it', () => {
    const text =
      'He hopes to join shadow culture secretary Ann Marr. Nominees include soul singer Joe Evren. Fry plays headmaster Dr Ken Arnold.';
    const entities = entitiesOf(text, [
      ['Ann Marr', 'PER'],
      ['Joe Evren', 'PER'],
      ['Fry', 'PER'],
      ['Ken Arnold', 'PER'],
    ]);
    expect(byName(entities, 'Ann Marr')?.roles).toEqual(['shadow culture secretary']);
    expect(byName(entities, 'Joe Evren')?.roles).toEqual(['singer']);
    expect(byName(entities, 'Ken Arnold')?.roles).toEqual(['Dr']);
  });
});
