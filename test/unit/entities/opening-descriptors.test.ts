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
});
