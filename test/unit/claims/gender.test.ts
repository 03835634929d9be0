import { describe, expect, it } from 'vitest';
import { gendersOf } from '../../../functions/domain/claims/gender';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';
import { entity } from './entity-fixture';

const at = (text: string, name: string, from = 0): [number, number] => {
  const start = text.indexOf(name, from);
  return [start, start + name.length];
};

describe('gendersOf', () => {
  const text =
    'Mr Blair met Ms Roche, Lord Falconer and Dame Barbara Castle. Blair spoke; Mrs Blair did too.';
  it('reads honorifics before mentions and leaves out a person called both ways', () => {
    const people = [
      entity('person.roche', 'PERSON', [at(text, 'Roche')]),
      entity('person.falconer', 'PERSON', [at(text, 'Falconer')]),
      entity('person.barbara-castle', 'PERSON', [at(text, 'Barbara Castle')]),
      entity('person.blair', 'PERSON', [at(text, 'Blair'), at(text, 'Blair', 70)]),
      entity('person.tony-blair', 'PERSON', [at(text, 'Blair')]),
    ];
    expect(Object.fromEntries(gendersOf(text, people))).toEqual({
      'person.roche': 'f',
      'person.falconer': 'm',
      'person.barbara-castle': 'f',
      'person.tony-blair': 'm',
    });
  });

  it('reads gendered roles, not neutral ones', () => {
    const people = [
      entity('person.kate-winslet', 'PERSON', [[0, 4]], ['actress']),
      entity('person.pete-nguyen', 'PERSON', [[10, 14]], ['Pentagon spokesman']),
      entity('person.petrina-holdsworth', 'PERSON', [[20, 24]], ['UKIP chairman']),
    ];
    expect(Object.fromEntries(gendersOf(' '.repeat(30), people))).toEqual({
      'person.kate-winslet': 'f',
      'person.pete-nguyen': 'm',
    });
  });

  it('reads the pronoun a sentence opening on the name goes on with', () => {
    const text =
      'Kim Clijsters has denied reports that she has pulled out. Paul Ames said Ann Lee had told him she was out. Jo Hale hoped a road would be named after him.';
    const people = [
      entity('person.kim-clijsters', 'PERSON', [at(text, 'Kim Clijsters')]),
      entity('person.paul-ames', 'PERSON', [at(text, 'Paul Ames')]),
      entity('person.ann-lee', 'PERSON', [at(text, 'Ann Lee')]),
      entity('person.jo-hale', 'PERSON', [at(text, 'Jo Hale')]),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Paul') },
      { start: text.indexOf('Paul'), end: text.indexOf(' Jo') },
      { start: text.indexOf('Jo Hale'), end: text.length },
    ];
    // Ames: another name stands between him and "she"; Hale: "him" is as often someone else.
    // (Paul, Ann and Jo are told by their given names)
    expect(Object.fromEntries(gendersOf(text, people, sentences))).toEqual({
      'person.kim-clijsters': 'f',
      'person.paul-ames': 'm',
      'person.ann-lee': 'f',
      'person.jo-hale': 'f',
    });
  });

  it('reads a name both genders bear by the one pronoun no other person there can take', () => {
    const text =
      'And sprinter Marion Jones has sued Mr Conte over his claims that he gave her drugs. Marion Smith met Mr Ray and Mr Bo.';
    const people = [
      entity('person.marion-jones', 'PERSON', [at(text, 'Marion Jones')]),
      entity('person.conte', 'PERSON', [at(text, 'Conte')]),
      entity('person.marion-smith', 'PERSON', [at(text, 'Marion Smith')]),
      entity('person.ray', 'PERSON', [at(text, 'Ray')]),
      entity('person.bo', 'PERSON', [at(text, 'Bo')]),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Marion Smith') },
      { start: text.indexOf('Marion Smith'), end: text.length },
    ];
    // Smith: no pronoun tells
    expect(Object.fromEntries(gendersOf(text, people, sentences))).toEqual({
      'person.marion-jones': 'f',
      'person.conte': 'm',
      'person.ray': 'm',
      'person.bo': 'm',
    });
  });

  it('reads the pronoun after a name that only those of the other gender named before it could not take', () => {
    const text =
      'Ms Wood mocked comedian Sacha Baron for his act. Ms Hart thanked Kit Lane: "I liked his jokes." Mr Ray met Tiran Mose and his wife.';
    const people = [
      entity('person.wood', 'PERSON', [at(text, 'Wood')]),
      entity('person.sacha-baron', 'PERSON', [at(text, 'Sacha Baron')]),
      entity('person.hart', 'PERSON', [at(text, 'Hart')]),
      entity('person.kit-lane', 'PERSON', [at(text, 'Kit Lane')]),
      entity('person.ray', 'PERSON', [at(text, 'Ray')]),
      entity('person.tiran-mose', 'PERSON', [at(text, 'Tiran Mose')]),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Ms Hart') },
      { start: text.indexOf('Ms Hart'), end: text.indexOf(' Mr Ray') },
      { start: text.indexOf('Mr Ray'), end: text.length },
    ];
    // Lane: the pronoun is in a quote; Mose: "his" may be Mr Ray's
    expect(Object.fromEntries(gendersOf(text, people, sentences))).toEqual({
      'person.wood': 'f',
      'person.sacha-baron': 'm',
      'person.hart': 'f',
      'person.ray': 'm',
    });
  });

  it('reads a given name when nothing else tells, and lets the article overrule it', () => {
    const text = 'Open chief Paul McNamee had said so. Mr Kim Lee agreed, and Ms Jean Paul too.';
    const people = [
      entity('person.paul-mcnamee', 'PERSON', [at(text, 'Paul McNamee')]),
      entity('person.kim-lee', 'PERSON', [at(text, 'Kim Lee')]),
      entity('person.jean-paul', 'PERSON', [at(text, 'Jean Paul')]),
      entity('person.mcnamee', 'PERSON', [at(text, 'McNamee')]),
    ];
    expect(Object.fromEntries(gendersOf(text, people))).toEqual({
      'person.paul-mcnamee': 'm',
      'person.kim-lee': 'm',
      'person.jean-paul': 'f',
    });
  });
});

describe('"her spokesman" with the genders the given names tell', () => {
  it('passes over a man named last for the woman the story is about', () => {
    const text =
      'Kim Clijsters has denied reports that she has pulled out. Open chief Paul McNamee had said: "Her wrist is hurt." But her spokesman insisted she had only delayed her entry.';
    const people = [
      named(text, 'person.kim-clijsters', 'PERSON', ['Kim Clijsters']),
      named(text, 'person.paul-mcnamee', 'PERSON', ['Paul McNamee']),
    ];
    const discourse = discourseOf(text);
    const genders = gendersOf(text, people, discourse.sentences);
    const source = spanOf(text, 'her spokesman');
    expect(resolveSpeaker(source, people, [], { discourse, genders })).toBe('person.kim-clijsters');
  });
});

describe('a given name news gives men and women alike', () => {
  it('tells no gender by itself', () => {
    const text = 'The race was won by Kim Lane, ahead of Leslie Moor and Rowan Hale.';
    const people = [
      named(text, 'person.kim-lane', 'PERSON', ['Kim Lane']),
      named(text, 'person.leslie-moor', 'PERSON', ['Leslie Moor']),
      named(text, 'person.rowan-hale', 'PERSON', ['Rowan Hale']),
    ];
    expect(Object.fromEntries(gendersOf(text, people))).toEqual({});
  });

  it('leaves "he" to the sprinter the story is about', () => {
    const text =
      'World champion Kim Lane will run in Leeds. Olympic champion Mark Reed will also take part. Lane won there in 2003. "I am ready," he said.';
    const people = [
      named(text, 'person.kim-lane', 'PERSON', ['Kim Lane', 'Lane']),
      named(text, 'person.mark-reed', 'PERSON', ['Mark Reed']),
    ];
    const discourse = discourseOf(text);
    const genders = gendersOf(text, people, discourse.sentences);
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse, genders })).toBe('person.kim-lane');
  });
});

describe('"it" for a firm named after a person, with the genders the given names tell', () => {
  it('still takes a name the tagger typed as a person when only its given name tells a gender', () => {
    const text =
      'Laura Ashley has been hit by poor sales at its shops. Laura Ashley is majority-owned by a Malaysian investor. It said trading had improved since Christmas.';
    const people = [named(text, 'person.laura-ashley', 'PERSON', ['Laura Ashley'])];
    const discourse = discourseOf(text);
    const genders = gendersOf(text, people, discourse.sentences);
    expect(resolveSpeaker(spanOf(text, 'It'), people, [], { discourse, genders })).toBe(
      'person.laura-ashley',
    );
  });
});
