import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entitiesOf, tag } from './helpers';

const ids = (text: string, spans: Parameters<typeof entitiesOf>[1]) =>
  entitiesOf(text, spans).map((e) => [e.id, e.mentions.map((m) => m.text)]);

describe('an acronym with no bracket beside its long form', () => {
  it('joins the one entity of the article whose name it abbreviates', () => {
    const text =
      'The Lawn Tennis Association has a new chief. The LTA said coaching would change. ' +
      'Later the BoE and the Bank of England both came up.';
    expect(
      ids(text, [
        ['Lawn Tennis Association', 'ORG'],
        ['LTA', 'ORG'],
        ['BoE', 'ORG'],
        ['Bank of England', 'ORG'],
      ]),
    ).toEqual([
      ['org.lawn-tennis-association', ['Lawn Tennis Association', 'LTA']],
      ['org.bank-of-england', ['BoE', 'Bank of England']],
    ]);
  });

  it("keeps the long form's type and gives the acronym as an alias", () => {
    // not "Athletics Kenya", a sport's body the document view makes an organisation (./sport-bodies)
    const text = 'Costa Rica named its team. CR said the trials were fair.';
    const [place] = entitiesOf(text, [
      ['Costa Rica', 'LOC'],
      ['CR', 'ORG'],
    ]);
    expect(place).toMatchObject({ id: 'gpe.costa-rica', type: 'GPE', aliases: ['CR'] });
  });

  it('joins neither of two names with those initials, nor a person, nor a word with a hyphen or inner capitals', () => {
    const two = 'British Airways and British Aerospace met. BA said nothing.';
    expect(
      ids(two, [
        ['British Airways', 'ORG'],
        ['British Aerospace', 'ORG'],
        ['BA', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.british-airways', 'org.british-aerospace', 'org.ba']);
    const person = 'Gordon Brown spoke. GB later won gold.';
    expect(
      ids(person, [
        ['Gordon Brown', 'PER'],
        ['GB', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['person.gordon-brown', 'org.gb']);
    const film = 'Spider-Man 2 beat Spotless Mind at the box office.';
    expect(
      ids(film, [
        ['Spider-Man', 'MISC'],
        ['Spotless Mind', 'MISC'],
      ]),
    ).toHaveLength(2);
  });

  it('leaves an acronym the alias table knows to the table', () => {
    const text = 'The United Steelworkers union met. The US said tariffs would stay.';
    const found = ids(text, [
      ['United Steelworkers', 'ORG'],
      ['US', 'LOC'],
    ]).map(([id]) => id);
    expect(found).toContain('gpe.united-states');
  });

  it('is the document view only: the attribution model sees the names apart, as its trainer did', () => {
    const text = 'The Lawn Tennis Association met. The LTA said so.';
    const spans = tag(text, [
      ['Lawn Tennis Association', 'ORG'],
      ['LTA', 'ORG'],
    ]);
    expect(linkEntities(annotate(text), spans, undefined, { document: false }).map((e) => e.id)).toEqual([
      'org.lawn-tennis-association',
      'org.lta',
    ]);
  });
});
