import { describe, expect, it } from 'vitest';
import {
  jointMembers,
  jointPlaceSpeaker,
  otherSpeakers,
} from '../../../functions/domain/claims/joint-speakers';
import type { Entity } from '../../../functions/domain/model/document';
import { named } from './article-fixture';

type Tag = [string, Entity['type'], string[]];

/** The first `words` written in `text`, as a source. */
function sourceOf(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

/** The members jointMembers finds in the source `words` of `text`, each tag an entity written there. */
function members(text: string, words: string, tags: Tag[]): string[] {
  const entities = tags.map(([id, type, names]) => named(text, id, type, names));
  return jointMembers(sourceOf(text, words), entities, text);
}

describe('jointMembers', () => {
  it('reads two people joined by "and", titles before each', () => {
    const text = 'Mr Halloran and Mr Quist said they remained long-term investors.';
    expect(
      members(text, 'Mr Halloran and Mr Quist', [
        ['person.dan-halloran', 'PERSON', ['Halloran']],
        ['person.eva-quist', 'PERSON', ['Quist']],
      ]),
    ).toEqual(['person.dan-halloran', 'person.eva-quist']);
  });

  it('reads a list of three, in text order, with a description of the lot after it', () => {
    const text =
      'Norvex, Bellcom and Tarrow, the three biggest chip makers, said in a statement that prices would rise.';
    expect(
      members(text, 'Norvex, Bellcom and Tarrow, the three biggest chip makers', [
        ['org.tarrow', 'ORG', ['Tarrow']],
        ['org.norvex', 'ORG', ['Norvex']],
        ['org.bellcom', 'ORG', ['Bellcom']],
      ]),
    ).toEqual(['org.norvex', 'org.bellcom', 'org.tarrow']);
  });

  it('takes roles and short descriptions before each name, and "Both" before the list', () => {
    const text = 'Both Finance Minister Ada Lorne and her Danish counterpart Per Vang said talks had failed.';
    expect(
      members(text, 'Both Finance Minister Ada Lorne and her Danish counterpart Per Vang', [
        ['person.ada-lorne', 'PERSON', ['Ada Lorne']],
        ['person.per-vang', 'PERSON', ['Per Vang']],
        ['norp.danish', 'NORP', ['Danish']],
      ]),
    ).toEqual(['person.ada-lorne', 'person.per-vang']);
  });

  it('skips a description of the group before a comma, and an acronym after a name', () => {
    const text =
      'Two former directors, Bert Amos and Carla Wren, said so. The Council of Lenders (CoL) and the Savers Union said so too.';
    expect(
      members(text, 'Two former directors, Bert Amos and Carla Wren', [
        ['person.bert-amos', 'PERSON', ['Bert Amos']],
        ['person.carla-wren', 'PERSON', ['Carla Wren']],
      ]),
    ).toEqual(['person.bert-amos', 'person.carla-wren']);
    expect(
      members(text, 'The Council of Lenders (CoL) and the Savers Union', [
        ['org.council-of-lenders', 'ORG', ['Council of Lenders', 'CoL']],
        ['org.savers-union', 'ORG', ['Savers Union']],
      ]),
    ).toEqual(['org.council-of-lenders', 'org.savers-union']);
  });

  it('finds no members when the "and" is inside a name or shares its head', () => {
    const text =
      'The Food and Farming Agency said so. The Trade and Energy Ministry said so. The Federation of the Red Cross and Red Crescent Societies said so.';
    expect(
      members(text, 'The Food and Farming Agency', [
        ['org.food-and-farming-agency', 'ORG', ['Food and Farming Agency']],
      ]),
    ).toEqual([]);
    expect(
      members(text, 'The Trade and Energy Ministry', [
        ['org.trade', 'ORG', ['Trade']],
        ['org.energy-ministry', 'ORG', ['Energy Ministry']],
      ]),
    ).toEqual([]);
    expect(
      members(text, 'The Federation of the Red Cross and Red Crescent Societies', [
        ['org.federation-of-the-red-cross', 'ORG', ['Federation of the Red Cross']],
        ['org.red-crescent-societies', 'ORG', ['Red Crescent Societies']],
      ]),
    ).toEqual([]);
  });

  it('finds no members when the names are joined under a preposition or a possessive', () => {
    const text =
      "Lawyers for Mr Dane and Mr Fell said so. Mr Dane's wife and Mr Fell said so. Pike and Moss's Ian Rudd said so.";
    const people: Tag[] = [
      ['person.tom-dane', 'PERSON', ['Dane']],
      ['person.ray-fell', 'PERSON', ['Fell']],
    ];
    expect(members(text, 'Lawyers for Mr Dane and Mr Fell', people)).toEqual([]);
    expect(members(text, "Mr Dane's wife and Mr Fell", people)).toEqual([]);
    expect(
      members(text, "Pike and Moss's Ian Rudd", [
        ['person.pike', 'PERSON', ['Pike']],
        ['org.moss', 'ORG', ['Moss']],
        ['person.ian-rudd', 'PERSON', ['Ian Rudd']],
      ]),
    ).toEqual([]);
  });

  it('finds no members when one has no name, or a name before a title owns it', () => {
    const text =
      'Skyjet and the Irish government said so. Former Rovers and Wales defender Gary Pell said so. The sales chief and Ann Roe said so.';
    expect(members(text, 'Skyjet and the Irish government', [['org.skyjet', 'ORG', ['Skyjet']]])).toEqual([]);
    expect(
      members(text, 'Former Rovers and Wales defender Gary Pell', [
        ['org.rovers', 'ORG', ['Rovers']],
        ['person.gary-pell', 'PERSON', ['Gary Pell']],
      ]),
    ).toEqual([]);
    expect(members(text, 'The sales chief and Ann Roe', [['person.ann-roe', 'PERSON', ['Ann Roe']]])).toEqual(
      [],
    );
    // a person before a title owns it: "Rick and Judy" is a show
    const show = 'Rick and Judy producer Amy Ross said so.';
    expect(
      members(show, 'Rick and Judy producer Amy Ross', [
        ['person.rick', 'PERSON', ['Rick']],
        ['person.judy', 'PERSON', ['Judy']],
        ['person.amy-ross', 'PERSON', ['Amy Ross']],
      ]),
    ).toEqual([]);
  });

  it('finds no members for a source the tagger began inside a phrase, or two names of places and bodies', () => {
    const text =
      'He was hurt in the defeat at Rovers and manager Ian Holt said he would miss a month. The Commission for Asia and the Pacific said so.';
    expect(
      members(text, 'Rovers and manager Ian Holt', [
        ['org.rovers', 'ORG', ['Rovers']],
        ['person.ian-holt', 'PERSON', ['Ian Holt']],
      ]),
    ).toEqual([]);
    const clauses =
      'Ada Lorne gave $1m to The Red Cross and actor Ian Holt pledged more. His name is Tom Lee and Ian Holt says he leads.';
    const joined: Tag[] = [
      ['org.red-cross', 'ORG', ['Red Cross']],
      ['person.ian-holt', 'PERSON', ['Ian Holt']],
      ['person.tom-lee', 'PERSON', ['Tom Lee']],
    ];
    expect(members(clauses, 'Red Cross and actor Ian Holt', joined)).toEqual([]);
    expect(members(clauses, 'Tom Lee and Ian Holt', joined)).toEqual([]);
    // but "according to" and "by" open a source
    const firms: Tag[] = [
      ['org.norvex', 'ORG', ['Norvex']],
      ['org.bellcom', 'ORG', ['Bellcom']],
    ];
    for (const opened of [
      'Prices fell, according to Norvex and Bellcom.',
      'The rise was confirmed by Norvex and Bellcom.',
    ])
      expect(members(opened, 'Norvex and Bellcom', firms), opened).toEqual(['org.norvex', 'org.bellcom']);
    expect(
      members(text, 'The Commission for Asia and the Pacific', [
        ['org.commission-for-asia', 'ORG', ['Commission for Asia']],
        ['loc.pacific', 'LOC', ['Pacific']],
      ]),
    ).toEqual([]);
  });
});

describe('jointMembers of a list cut short', () => {
  it('finds no members when the list began before the source', () => {
    const text = 'Southcorp, whose brands include Penfolds, Rosemount and Lindemans, said no.';
    expect(
      members(text, 'Rosemount and Lindemans', [
        ['org.penfolds', 'ORG', ['Penfolds']],
        ['org.rosemount', 'ORG', ['Rosemount']],
        ['org.lindemans', 'ORG', ['Lindemans']],
      ]),
    ).toEqual([]);
  });
});

describe('otherSpeakers', () => {
  const text =
    'Norvex and Bellcom said prices would rise. They said costs had doubled. Ann Roe and Norvex disagreed.';
  const entities = [
    named(text, 'org.norvex', 'ORG', ['Norvex']),
    named(text, 'org.bellcom', 'ORG', ['Bellcom']),
    named(text, 'person.ann-roe', 'PERSON', ['Ann Roe']),
  ];
  const joint = sourceOf(text, 'Norvex and Bellcom');

  it('gives the members other than the speaker, none when the speaker is no member', () => {
    expect(otherSpeakers(joint, 'org.bellcom', entities, [], text)).toEqual(['org.norvex']);
    expect(otherSpeakers(joint, 'person.ann-roe', entities, [], text)).toEqual([]);
    expect(otherSpeakers(joint, null, entities, [], text)).toEqual([]);
  });

  it('gives "they" the others of the joint source it was read as', () => {
    const they = sourceOf(text, 'They');
    const alone = { text: joint.text, entityId: 'org.bellcom', end: joint.end };
    expect(
      otherSpeakers(they, 'org.bellcom', entities, [{ ...alone, others: ['org.norvex'] }], text),
    ).toEqual(['org.norvex']);
    expect(otherSpeakers(they, 'org.bellcom', entities, [alone], text)).toEqual([]);
  });
});

describe('jointPlaceSpeaker', () => {
  it('gives a list of places its last member, which speaks for the list', () => {
    const text = 'The dollar rose after Norland and Estovia denied they were selling.';
    const entities = [
      named(text, 'gpe.norland', 'GPE', ['Norland']),
      named(text, 'gpe.estovia', 'GPE', ['Estovia']),
    ];
    const source = sourceOf(text, 'Norland and Estovia');
    expect(jointPlaceSpeaker(source, entities, text)).toBe('gpe.estovia');
    expect(otherSpeakers(source, 'gpe.estovia', entities, [], text)).toEqual(['gpe.norland']);
  });

  it('leaves a list of people or firms, and a place on its own, to the other rules', () => {
    const text = 'Norvex and Bellcom denied it. Norland denied it too.';
    const entities = [
      named(text, 'org.norvex', 'ORG', ['Norvex']),
      named(text, 'org.bellcom', 'ORG', ['Bellcom']),
      named(text, 'gpe.norland', 'GPE', ['Norland']),
    ];
    expect(jointPlaceSpeaker(sourceOf(text, 'Norvex and Bellcom'), entities, text)).toBeNull();
    expect(jointPlaceSpeaker(sourceOf(text, 'Norland'), entities, text)).toBeNull();
  });
});
