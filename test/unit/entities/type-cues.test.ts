import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention, TaggerType } from '../../../functions/domain/extract/types';
import { typesOf } from './helpers';

/** Only the first occurrence of `name` tagged, as a tagger that missed the others. */
function firstTagged(text: string, name: string, type: TaggerType): TaggedMention[] {
  const start = text.indexOf(name);
  return [{ start, end: start + name.length, text: name, type }];
}

describe('non-person cues by any occurrence of a name', () => {
  it('reads a cue beside an occurrence the tagger left out', () => {
    const text = 'Wexford drew again. Later the Wexford manager was sacked.';
    const entities = linkEntities(annotate(text), firstTagged(text, 'Wexford', 'PER'));
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([['org.wexford', 2]]);
  });

  it('calls a company a company by an occurrence after its administrators or its officer', () => {
    const text =
      "Staff praised Quillon. Quillon called in administrators on Friday. Tarvex said it would sell, and Tarvex's chief operating officer agreed.";
    expect(
      typesOf(text, [
        ['Quillon', 'PER'],
        ['Tarvex', 'PER'],
      ]),
    ).toEqual({ Quillon: 'ORG', Tarvex: 'ORG' });
  });

  it('takes a housebuilder for a company, in all its names (one company: the short name ends the full one)', () => {
    const text = 'Profits rose at housebuilder Gerald Wemby. Shares in Wemby rose.';
    const entities = linkEntities(
      annotate(text),
      [
        ['Gerald Wemby', 'PER'],
        ['Wemby', 'PER'],
      ].flatMap(([name, type]) => firstTagged(text, name as string, type as TaggerType)),
    );
    expect(entities.map((e) => [e.name, e.type, e.aliases])).toEqual([['Gerald Wemby', 'ORG', ['Wemby']]]);
  });
});

describe('club cues', () => {
  it('takes a name listed with a club in a football sentence for a club', () => {
    const text = 'Arbury and Wexford are seeded in the Champions League draw.';
    expect(
      typesOf(text, [
        ['Arbury', 'ORG'],
        ['Wexford', 'PER'],
      ]),
    ).toEqual({ Arbury: 'ORG', Wexford: 'ORG' });
  });

  it('leaves a name listed with a body outside football, a surname and an honorific alone', () => {
    const politics = 'Blair and Labour drew criticism over the 5-4 vote.';
    const manager = 'Jose Marinho came. Marinho and Wexford were charged after the 2-1 defeat.';
    const honoured = 'Mr Marinho spoke. Marinho and Wexford were charged after the 2-1 defeat.';
    expect(
      typesOf(politics, [
        ['Blair', 'PER'],
        ['Labour', 'ORG'],
      ]).Blair,
    ).toBe('PERSON');
    expect(
      typesOf(manager, [
        ['Jose Marinho', 'PER'],
        ['Marinho', 'PER'],
        ['Wexford', 'ORG'],
      ])['Jose Marinho'],
    ).toBe('PERSON');
    expect(
      typesOf(honoured, [
        ['Marinho', 'PER'],
        ['Wexford', 'ORG'],
      ]).Marinho,
    ).toBe('PERSON');
  });

  it("reads a club's table lead, a transfer fee and a drawn score", () => {
    const text =
      "United cut Wexford's Premiership lead. He joined in a £2m move from Arbury. It ended in a 2-2 draw with Brinton.";
    expect(
      typesOf(text, [
        ['Wexford', 'PER'],
        ['Arbury', 'PER'],
        ['Brinton', 'PER'],
        ['United', 'ORG'],
      ]),
    ).toMatchObject({ Wexford: 'ORG', Arbury: 'ORG', Brinton: 'ORG' });
  });
});

describe('work cues', () => {
  it('takes a title after the kind of work, or before credits or a show, for a work', () => {
    const text =
      'The abortion drama Mabel Crane won. Her role in Lost Harbour, was praised. Quiet Fields, starring Jo Bloggs, opened. He told the Morning Stuff show so, and his first hit was Dear Mop.';
    expect(
      typesOf(text, [
        ['Mabel Crane', 'PER'],
        ['Lost Harbour', 'PER'],
        ['Quiet Fields', 'PER'],
        ['Jo Bloggs', 'PER'],
        ['Morning Stuff', 'PER'],
        ['Dear Mop', 'PER'],
      ]),
    ).toEqual({
      'Mabel Crane': 'MISC',
      'Lost Harbour': 'MISC',
      'Quiet Fields': 'MISC',
      'Jo Bloggs': 'PERSON',
      'Morning Stuff': 'MISC',
      'Dear Mop': 'MISC',
    });
  });

  it("leaves a person after those words alone: a film's actor, a host's show, a verb", () => {
    const text =
      "In the film Jo Bloggs plays a spy. He went on the Ann Lee show. Cameras will film Tim Rowe. His role in Blair's cabinet grew.";
    expect(
      typesOf(text, [
        ['Jo Bloggs', 'PER'],
        ['Ann Lee', 'PER'],
        ['Tim Rowe', 'PER'],
        ['Blair', 'PER'],
      ]),
    ).toEqual({ 'Jo Bloggs': 'PERSON', 'Ann Lee': 'PERSON', 'Tim Rowe': 'PERSON', Blair: 'PERSON' });
  });
});

describe('person cues', () => {
  it('takes a name after an honorific for a person, and the full name ending in it', () => {
    const text = "PBS' Jacoba Orlas spoke. Ms Orlas said the risk was high.";
    const ms = text.lastIndexOf('Orlas');
    const tagged: TaggedMention[] = [
      ...firstTagged(text, 'Jacoba Orlas', 'ORG'),
      { start: ms, end: ms + 5, text: 'Orlas', type: 'ORG' },
    ];
    const entities = linkEntities(annotate(text), tagged);
    expect(entities.filter((e) => e.name.includes('Orlas')).map((e) => [e.id, e.mentions.length])).toEqual([
      ['person.jacoba-orlas', 2],
    ]);
  });

  it('joins a given name the tagger typed as a place to the surname after it', () => {
    const text = "Sideways should win, said the Observer's Philip Frenk.";
    expect(
      typesOf(text, [
        ['Philip', 'LOC'],
        ['Frenk', 'MISC'],
        ['Observer', 'ORG'],
      ]),
    ).toMatchObject({ 'Philip Frenk': 'PERSON' });
  });

  it('leaves a place before an event or a street alone', () => {
    const text = 'Crowds came to Chelsea Road and the Chelsea Festival.';
    const types = typesOf(text, [
      ['Chelsea', 'LOC'],
      ['Road', 'LOC'],
      ['Festival', 'MISC'],
    ]);
    expect(types['Chelsea Road']).toBeUndefined();
    expect(types['Chelsea Festival']).toBeUndefined();
  });
});
