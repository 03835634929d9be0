import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('resolveSpeaker: a pronoun goes to the salient antecedent', () => {
  it('takes the subject of the sentence before over the object named nearer', () => {
    const text =
      'Harbour Town manager Tom Reyes praised Dan Okafor after the derby. "It was a special afternoon," he said.';
    const people = [
      named(text, 'person.tom-reyes', 'PERSON', ['Tom Reyes']),
      named(text, 'person.dan-okafor', 'PERSON', ['Dan Okafor']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.tom-reyes',
    );
  });

  it('keeps the last speaker over someone named after the speaker in the same sentence', () => {
    const text =
      '"The talks are over," said Eva Holm, who had met Clara Voss on Monday. "Nothing more can be done," she added.';
    const people = [
      named(text, 'person.eva-holm', 'PERSON', ['Eva Holm']),
      named(text, 'person.clara-voss', 'PERSON', ['Clara Voss']),
    ];
    const eva = spanOf(text, 'Eva Holm');
    const prior = [{ text: eva.text, entityId: 'person.eva-holm', end: eva.end }];
    expect(resolveSpeaker(spanOf(text, 'she'), people, prior, { discourse: discourseOf(text) })).toBe(
      'person.eva-holm',
    );
  });

  it('passes over a name that owns another noun or follows a preposition', () => {
    const text =
      'At the hearing with Sam Hill, Ben Cole\'s lawyer Tim Ward criticised Judge Ann Fry. "It is wrong," he said.';
    const people = ['Sam Hill', 'Ben Cole', 'Tim Ward', 'Ann Fry'].map((n) =>
      named(text, `person.${n.toLowerCase().replace(' ', '-')}`, 'PERSON', [n]),
    );
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.tim-ward',
    );
  });

  it('passes over a name after a preposition past an honorific or an owner', () => {
    const text =
      'Rumours were fuelled by Mr Hale\'s remarks and a speech by Mr Cole. "It is nonsense," he said.';
    const people = [
      named(text, 'person.tom-hale', 'PERSON', ['Hale']),
      named(text, 'person.ed-cole', 'PERSON', ['Cole']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.tom-hale',
    );
  });

  it('passes over a name after a preposition past a role in lower case', () => {
    const text =
      "Nina Vale's records went to a label owned by talent manager Rob Kell. Later she called it a betrayal.";
    const people = [
      named(text, 'person.nina-vale', 'PERSON', ['Nina Vale']),
      named(text, 'person.rob-kell', 'PERSON', ['Rob Kell']),
    ];
    expect(resolveSpeaker(spanOf(text, 'she'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.nina-vale',
    );
  });

  it('keeps a name after a role whose modifier holds a capital as no oblique one', () => {
    const text =
      'The show, run by the ex-Smiths star Moss Reid, had a set by playwright Alan Penn. He also chose the bands.';
    const people = [
      named(text, 'person.moss-reid', 'PERSON', ['Moss Reid']),
      named(text, 'person.alan-penn', 'PERSON', ['Alan Penn']),
    ];
    expect(resolveSpeaker(spanOf(text, 'He'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.moss-reid',
    );
  });

  it('passes over the names in a sentence that opens on "his"', () => {
    const text =
      'Jason Gardener won the 60m. His time was short of Maurice Greene\'s record. "I trained well," he said.';
    const people = [
      named(text, 'person.jason-gardener', 'PERSON', ['Jason Gardener']),
      named(text, 'person.maurice-greene', 'PERSON', ['Maurice Greene']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.jason-gardener',
    );
  });

  it('passes over the names in a sentence that opens on an age nominal', () => {
    const text =
      'Mark Lewis-Francis wants gold in 2005. The 22-year-old pipped Maurice Greene in Athens. "I can do it," he said.';
    const people = [
      named(text, 'person.mark-lewis-francis', 'PERSON', ['Mark Lewis-Francis']),
      named(text, 'person.maurice-greene', 'PERSON', ['Maurice Greene']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.mark-lewis-francis',
    );
  });

  it('passes over the names in a sentence that opens on a nationality noun', () => {
    const text =
      'Carlos Moya reached the final. The Spaniard beat Tim Henman in straight sets. "I played well," he said.';
    const people = [
      named(text, 'person.carlos-moya', 'PERSON', ['Carlos Moya']),
      named(text, 'person.tim-henman', 'PERSON', ['Tim Henman']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.carlos-moya',
    );
  });

  it('keeps the name an age nominal opens on', () => {
    const text =
      'Maurice Greene won in Rome. The 22-year-old Mark Lewis-Francis pipped him in Athens. "I can do it," he said.';
    const people = [
      named(text, 'person.mark-lewis-francis', 'PERSON', ['Mark Lewis-Francis']),
      named(text, 'person.maurice-greene', 'PERSON', ['Maurice Greene']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.mark-lewis-francis',
    );
  });

  it('passes over the names after "her" only for "she"', () => {
    const text =
      'Ms Kelly said reforms should build on GCSEs. Her comments did not impress Tim Collins. "She has no idea," he said.';
    const people = [
      named(text, 'person.ruth-kelly', 'PERSON', ['Kelly']),
      named(text, 'person.tim-collins', 'PERSON', ['Tim Collins']),
    ];
    const discourse = discourseOf(text);
    const genders = new Map([['person.ruth-kelly', 'f' as const]]);
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse, genders })).toBe('person.tim-collins');
  });

  it('passes over whom a speaker told, as over a name after a preposition', () => {
    const text =
      'The Pressfree Committee is asking bloggers for help. "I hope this works," Ann Hale, director of the Committee, told the Daily Wire website. The group has a list of actions which it says bloggers can take.';
    const entities = [
      named(text, 'org.pressfree-committee', 'ORG', ['Pressfree Committee', 'Committee']),
      named(text, 'org.daily-wire', 'ORG', ['Daily Wire']),
      named(text, 'person.ann-hale', 'PERSON', ['Ann Hale']),
    ];
    const hale = spanOf(text, 'Ann Hale, director of the Committee');
    const prior = [{ text: hale.text, entityId: 'person.ann-hale', end: hale.end }];
    expect(resolveSpeaker(spanOf(text, 'it'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.pressfree-committee',
    );
  });

  it('breaks a tie of oblique names for the one the sentence before was about', () => {
    const text =
      "Shares in Jarvis soared on Friday. The sale to Spain's Ferrovial is a lifeline to Jarvis, which has big debts. The company warned it could fail.";
    const orgs = [
      named(text, 'org.jarvis', 'ORG', ['Jarvis']),
      named(text, 'org.ferrovial', 'ORG', ['Ferrovial']),
    ];
    expect(resolveSpeaker(spanOf(text, 'The company'), orgs, [], { discourse: discourseOf(text) })).toBe(
      'org.jarvis',
    );
  });

  it('passes over the names in a sentence whose subject is already "he"', () => {
    const text =
      'Marcel Dupont won every title with Lyon. He now plays in Qatar alongside Pablo Ruiz and Ken Ito. "I am happy here," he said.';
    const people = [
      named(text, 'person.marcel-dupont', 'PERSON', ['Marcel Dupont']),
      named(text, 'person.pablo-ruiz', 'PERSON', ['Pablo Ruiz']),
      named(text, 'person.ken-ito', 'PERSON', ['Ken Ito']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.marcel-dupont',
    );
  });

  it('never reads a name inside a quote as the subject', () => {
    const text = 'Ruth Lane spoke after the vote. "Omar Said was right," she said.';
    const people = [
      named(text, 'person.ruth-lane', 'PERSON', ['Ruth Lane']),
      named(text, 'person.omar-said', 'PERSON', ['Omar Said']),
    ];
    expect(resolveSpeaker(spanOf(text, 'she'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.ruth-lane',
    );
  });
});

describe('resolveSpeaker: "it" prefers an organisation', () => {
  const filler =
    'Prices in Germany, where the market is largest, held steady through the summer and autumn, while smaller markets such as Austria, Belgium and the Netherlands saw demand fall back from the highs of the year before as buyers waited for lower interest rates and for the new rules on energy efficiency that take effect next spring.';

  it('takes the organisation a few sentences back over a place named nearer', () => {
    const text = `Brightwell Energy said its profits rose. ${filler} "We are confident," it added.`;
    const entities = [
      named(text, 'org.brightwell-energy', 'ORG', ['Brightwell Energy']),
      named(text, 'gpe.germany', 'GPE', ['Germany']),
    ];
    expect(spanOf(text, 'it added').start - text.indexOf('Brightwell')).toBeGreaterThan(300);
    expect(resolveSpeaker(spanOf(text, 'it'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.brightwell-energy',
    );
  });

  it('takes a company the tagger typed as a person over a place, unless the article makes it a person', () => {
    const text =
      'Harold Pike said house sales slowed in Britain last year. "Buyers were cautious," it added.';
    const britain = named(text, 'gpe.britain', 'GPE', ['Britain']);
    const pike = named(text, 'person.harold-pike', 'PERSON', ['Harold Pike']);
    const source = spanOf(text, 'it');
    const discourse = discourseOf(text);
    expect(resolveSpeaker(source, [pike, britain], [], { discourse })).toBe('person.harold-pike');
    const genders = new Map([['person.harold-pike', 'm' as const]]);
    expect(resolveSpeaker(source, [pike, britain], [], { discourse, genders })).toBe('gpe.britain');
  });

  it('leaves a person-typed name that never opens a sentence to be a person', () => {
    const text = 'Sales slowed in Britain, according to Harold Pike. "Buyers were cautious," it added.';
    const entities = [
      named(text, 'person.harold-pike', 'PERSON', ['Harold Pike']),
      named(text, 'gpe.britain', 'GPE', ['Britain']),
    ];
    expect(resolveSpeaker(spanOf(text, 'it'), entities, [], { discourse: discourseOf(text) })).toBe(
      'gpe.britain',
    );
  });
});
