import { describe, expect, it } from 'vitest';
import { retypeFirmsInContext } from '../../../functions/domain/entities/firm-contexts';
import type { Entity, EntityType } from '../../../functions/domain/model/document';
import { entityAt, typesOf } from './helpers';

/** Zed typed a person, beside Ayco and Bee typed organisations where the text has them. */
function zedType(text: string, name = 'Zed'): EntityType | undefined {
  const others = ['Ayco', 'Bee']
    .filter((n) => new RegExp(`\\b${n}\\b`).test(text))
    .map((n) => entityAt(text, `org.${n.toLowerCase()}`, 'ORG', [[n, 0]]));
  const people: Entity[] = [entityAt(text, 'person.zed', 'PERSON', [[name, 0]])];
  if (text.includes('Jo Bloggs'))
    people.push(entityAt(text, 'person.jo-bloggs', 'PERSON', [['Jo Bloggs', 0]]));
  return retypeFirmsInContext(text, [...people, ...others]).find((e) => e.name === name)?.type;
}

describe('a name typed a person that the words around call a firm', () => {
  it('is an organisation, through the linker', () => {
    const text = 'Handsets from Ayco, Zed and Bee went on sale in Japan.';
    expect(
      typesOf(text, [
        ['Ayco', 'ORG'],
        ['Zed', 'PER'],
        ['Bee', 'ORG'],
      ]),
    ).toMatchObject({ Zed: 'ORG' });
  });

  it('is an organisation listed with organisations in a sentence about trade', () => {
    expect(zedType('Its chips are produced by Ayco and Zed with our help.')).toBe('ORG');
    expect(zedType('Other retailers - including Ayco, Zed and Bee - did well.')).toBe('ORG');
    expect(zedType('Start-up companies Ayco and Zed Zodiac are also in.', 'Zed Zodiac')).toBe('ORG');
  });

  it('is an organisation set off by a firm noun after it', () => {
    expect(zedType('One day later Zed Post, a daily Amsterdam newspaper, printed it.', 'Zed Post')).toBe(
      'ORG',
    );
    expect(zedType('Zed, a blog search engine, tracks blogs.')).toBe('ORG');
    expect(zedType('Ayco tried to buy Zed, one of Ruritania’s premier whisky firms, but lost.')).toBe('ORG');
    expect(zedType('Zed, a California-based company, pleaded guilty.')).toBe('ORG');
    expect(zedType('Zed, the US unit of Ruritania’s Ayco, was the only one.')).toBe('ORG');
  });

  it('is an organisation that made a study, employs analysts, has a founder or employs a named person', () => {
    expect(zedType('A separate study by Zed has also said so.')).toBe('ORG');
    expect(zedType('"It is unusual," wrote analysts from Zed in a note.')).toBe('ORG');
    expect(zedType('"It is not bad," said Zed founder Jo Bloggs.')).toBe('ORG');
    expect(zedType('"We are looking at it," said Jo Bloggs from Zed.')).toBe('ORG');
  });

  it("is an organisation where a firm's post is held, a place typed so too; not a post a town has", () => {
    expect(zedType('"It is bad," said Jo Bloggs, an analyst at Zed.')).toBe('ORG');
    expect(zedType('Jo Bloggs, chief executive of Zed, said so.')).toBe('ORG');
    expect(
      typesOf('"It is bad," said Jo Bloggs, an analyst at Zedcam Dialog, in a note.', [
        ['Jo Bloggs', 'PER'],
        ['Zedcam Dialog', 'LOC'],
      ]),
    ).toMatchObject({ 'Zedcam Dialog': 'ORG' });
    expect(zedType('Jo Bloggs, the director of Zed, said so.')).toBe('PERSON');
    expect(zedType('Jo Bloggs, an analyst at Zed in the City, said so.')).toBe('PERSON');
  });

  it('is an organisation typed a place where a post a town has too is held there, the phrase closed', () => {
    const text =
      'So says Jo Bloggs, director of Zedfak, which tracks sales. Al Dee, deputy chairman of Quorn Gold - a mining firm - agreed. The head of Zedshire council and the director of Zedburgh-based Ayco did not.';
    expect(
      typesOf(text, [
        ['Jo Bloggs', 'PER'],
        ['Zedfak', 'LOC'],
        ['Al Dee', 'PER'],
        ['Quorn Gold', 'LOC'],
        ['Zedshire', 'LOC'],
        ['Zedburgh', 'LOC'],
        ['Ayco', 'ORG'],
      ]),
    ).toMatchObject({ Zedfak: 'ORG', 'Quorn Gold': 'ORG', Zedshire: 'GPE', Zedburgh: 'GPE' });
  });

  it('is an organisation named by its unit or bank noun, after a possessive or a compound too', () => {
    expect(zedType('Ayco wants to make its Zed unit the biggest.')).toBe('ORG');
    expect(zedType('The deal will see Ayco’s Zed unit overtake Bee.')).toBe('ORG');
    expect(zedType('It may sell its Luxembourg-based Zed subsidiary.')).toBe('ORG');
    expect(zedType('Ayco beat Bee to buy Zed bank last year.')).toBe('ORG');
  });

  it('stays a person before a unit noun where a given name comes before it elsewhere', () => {
    expect(zedType('Its Zed unit grew, said Dan Zed.')).toBe('PERSON');
  });

  it('is an organisation bought or owned in a sentence about trade', () => {
    expect(zedType('The gas firm lent the money to bid for Zed, as the unit is known.')).toBe('ORG');
    expect(zedType('Ayco, the company that eventually acquired Zed, is state-owned.')).toBe('ORG');
    expect(zedType('It is keen to snap up more assets, having bought Zed in 2003.')).toBe('ORG');
  });

  it('stays a person bought outside trade, or a thing bought', () => {
    expect(zedType('Chelsea bought Zed in 2004 for £12m.')).toBe('PERSON');
    expect(zedType('Shoppers put off buying Zed presents until the firms cut prices.')).toBe('PERSON');
  });

  it('stays a person listed with organisations outside trade, possessive, counted or in two clauses', () => {
    expect(zedType('The festival bill has Ayco, Zed and Bee this year.')).toBe('PERSON');
    expect(zedType('Shares in Ayco and Zed’s brother rose.')).toBe('PERSON');
    expect(zedType('Shares rose at Ayco, Zed said.')).toBe('PERSON');
    expect(zedType('The giant recalls 17,815 Zed, Ayco and Bee cars.')).toBe('PERSON');
    expect(zedType('Handsets sell: Ayco has its phone Zed and Bee is working on one.')).toBe('PERSON');
  });

  it('stays a person with an honorific, a given name, "said he", or a noun phrase that is no firm', () => {
    expect(zedType('Handsets from Ayco, Zed and Bee sold. Mr Zed was pleased.')).toBe('PERSON');
    expect(zedType('Handsets from Ayco, Zed and Bee sold. Zed said he was pleased.')).toBe('PERSON');
    expect(zedType('Handsets from Ayco, Emily and Bee sold.', 'Emily')).toBe('PERSON');
    expect(zedType('Zed, an analyst with research firm Ayco, said so.')).toBe('PERSON');
    expect(zedType('Zed, the head of the firm, said so.')).toBe('PERSON');
    expect(zedType('Zed, the head of a unit of Ayco, said so.')).toBe('PERSON');
    expect(zedType('Analysts say Zed is right.')).toBe('PERSON');
    expect(zedType('A study by Dr Zed has said so.')).toBe('PERSON');
    expect(zedType('Like the song, from Zed’s album, it sold.')).toBe('PERSON');
  });
});
