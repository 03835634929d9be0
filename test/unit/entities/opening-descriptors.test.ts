import { describe, expect, it } from 'vitest';
import { dropOpeningDescriptors } from '../../../functions/domain/entities/opening-descriptors';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.name, e.mentions.map((m) => m.text)]);

describe("a sentence's opening descriptor run into a name", () => {
  it('is cut off, the name joining the entity the article names so, through the linker', () => {
    const text = 'Joe Pasquale won the show. Comic Pasquale beat the butler in the final vote.';
    expect(
      linked(text, [
        ['Joe Pasquale', 'PER'],
        ['Comic Pasquale', 'ORG'],
      ]),
    ).toEqual([['person.joe-pasquale', ['Joe Pasquale', 'Pasquale']]]);
  });

  it('gives its own entity the name when the name is its other mention', () => {
    const text = 'Rival Sony has said it will launch its own. Sony declined to comment.';
    const sony = entityAt(text, 'org.rival-sony', 'ORG', [
      ['Rival Sony', 0],
      ['Sony', 1],
    ]);
    expect(view(dropOpeningDescriptors(text, [sony]))).toEqual([['org.sony', 'Sony', ['Sony', 'Sony']]]);
  });

  it("joins the person whose surname the name is, and takes a doer's noun the lexicon lacks", () => {
    const text = 'Robbie Keane scored. Matchwinner Keane was full of praise.';
    const entities = [
      entityAt(text, 'person.robbie-keane', 'PERSON', [['Robbie Keane', 0]]),
      entityAt(text, 'org.matchwinner-keane', 'ORG', [['Matchwinner Keane', 0]]),
    ];
    expect(view(dropOpeningDescriptors(text, entities))).toEqual([
      ['person.robbie-keane', 'Robbie Keane', ['Robbie Keane', 'Keane']],
    ]);
  });

  it('keeps a name whose first word is written inside a sentence too', () => {
    const text = 'Shares in Standard Chartered rose. Standard Chartered said so. Chartered Bank fell.';
    const entities = [
      entityAt(text, 'org.standard-chartered', 'ORG', [
        ['Standard Chartered', 0],
        ['Standard Chartered', 1],
      ]),
      entityAt(text, 'org.chartered', 'ORG', [['Chartered', 2]]),
    ];
    expect(dropOpeningDescriptors(text, entities)).toBe(entities);
  });

  it('keeps a rank, an article, a common word and a name typed other than an organisation', () => {
    const text =
      'Prof Reddy spoke. Reddy agreed. The Sun Grid runs. Sun Grid is new. Man City won. City fans cheered. New York grew. York is old.';
    const entities = [
      entityAt(text, 'org.prof-reddy', 'ORG', [['Prof Reddy', 0]]),
      entityAt(text, 'person.reddy', 'PERSON', [['Reddy', 1]]),
      entityAt(text, 'org.sun-grid', 'ORG', [
        ['The Sun Grid', 0],
        ['Sun Grid', 1],
      ]),
      entityAt(text, 'org.man-city', 'ORG', [['Man City', 0]]),
      entityAt(text, 'org.city', 'ORG', [['City', 1]]),
      entityAt(text, 'gpe.new-york', 'GPE', [['New York', 0]]),
      entityAt(text, 'org.york', 'ORG', [['York', 1]]),
    ];
    expect(dropOpeningDescriptors(text, entities)).toBe(entities);
  });

  it('cuts a preposition off a name of any type, after a quote too, for an entity of that name, a common word or not', () => {
    const text =
      'Wayne Bridge was hurt. With Bridge gone, they lost. Labour won. He said: "Like Labour, they are soft." For Love Actually fans.';
    const entities = [
      entityAt(text, 'person.wayne-bridge', 'PERSON', [['Wayne Bridge', 0]]),
      entityAt(text, 'gpe.with-bridge', 'GPE', [['With Bridge', 0]]),
      entityAt(text, 'org.labour', 'ORG', [['Labour', 0]]),
      entityAt(text, 'org.like-labour', 'ORG', [['Like Labour', 0]]),
      entityAt(text, 'misc.for-love-actually', 'MISC', [['For Love Actually', 0]]),
    ];
    expect(dropOpeningDescriptors(text, entities).map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person.wayne-bridge', ['Wayne Bridge', 'Bridge']],
      ['org.labour', ['Labour', 'Labour']],
      ['misc.for-love-actually', ['For Love Actually']],
    ]);
  });
});
