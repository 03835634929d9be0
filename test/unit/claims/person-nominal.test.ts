import { describe, expect, it } from 'vitest';
import { describesPerson, isNationality } from '../../../functions/domain/claims/person-nouns';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf, speakerOf } from './article-fixture';

/** Resolves the `nth` occurrence of `words` in `text` as a source, with the article's discourse. */
describe('describesPerson', () => {
  it('takes ages, sporting roles and nationalities for people', () => {
    for (const phrase of [
      '34-year-old',
      'top seed',
      'giant winger',
      'Gloucester fly-half',
      'world indoor champion',
      'Waterford man',
      'two-time Academy Award winner',
      'British number one',
      'Spaniard',
      'Northern Irishman',
      'South African',
      'ex-Wallaby',
    ])
      expect(describesPerson(phrase), phrase).toBe(true);
  });

  it('leaves a bare man or winner, and a place, alone', () => {
    for (const phrase of ['man', 'winner', 'Caribbean', 'Guardian', 'government'])
      expect(describesPerson(phrase), phrase).toBe(false);
    expect(isNationality('Vatican')).toBe(false);
  });
});

describe('resolveSpeaker: a nominal describing a person', () => {
  it('goes to a person, never to the club its modifier names', () => {
    const text =
      'Kelby Rovers beat Dunmore 2-0. Sam Reed scored both goals. "It was hard," said the Kelby Rovers player.';
    const club = named(text, 'org.kelby-rovers', 'ORG', ['Kelby Rovers']);
    const reed = named(text, 'person.sam-reed', 'PERSON', ['Sam Reed']);
    expect(speakerOf(text, 'the Kelby Rovers player', [club, reed])).toBe('person.sam-reed');
  });

  it('takes an age for the salient person before it', () => {
    const text =
      'Ana Diaz won the final against Lia Moss. "It was hard," said the 34-year-old, who beat Moss in Paris too.';
    const diaz = named(text, 'person.ana-diaz', 'PERSON', ['Ana Diaz']);
    const moss = named(text, 'person.lia-moss', 'PERSON', ['Lia Moss', 'Moss']);
    expect(speakerOf(text, 'the 34-year-old', [diaz, moss])).toBe('person.ana-diaz');
  });

  it('prefers the person the story placed with the same name', () => {
    const text =
      'Kelby striker Sam Reed scored twice against Dunmore. Dunmore keeper Ola Hart saved a penalty. "We deserved it," said the Kelby player.';
    const kelby = named(text, 'org.kelby', 'ORG', ['Kelby']);
    const reed = named(text, 'person.sam-reed', 'PERSON', ['Sam Reed']);
    const hart = named(text, 'person.ola-hart', 'PERSON', ['Ola Hart']);
    expect(speakerOf(text, 'the Kelby player', [kelby, reed, hart])).toBe('person.sam-reed');
  });

  it("takes a club's boss for no one the story calls a player", () => {
    const text =
      'Manager Tom Webb watched striker Sam Reed score twice. Reed was delighted. "We were ready," said the boss.';
    const webb = named(text, 'person.tom-webb', 'PERSON', ['Tom Webb'], ['Manager']);
    const reed = named(text, 'person.sam-reed', 'PERSON', ['Sam Reed', 'Reed'], ['striker']);
    expect(speakerOf(text, 'the boss', [webb, reed])).toBe('person.tom-webb');
  });

  it('gives a man to no one the article calls a woman', () => {
    const text =
      'Ms Ann Lee and Joe Park finished the race. Ms Lee was first. "I am sore," says the Waterford man.';
    const lee = named(text, 'person.ann-lee', 'PERSON', ['Ann Lee', 'Lee']);
    const park = named(text, 'person.joe-park', 'PERSON', ['Joe Park']);
    const genders = new Map([['person.ann-lee', 'f' as const]]);
    expect(
      resolveSpeaker(spanOf(text, 'the Waterford man'), [lee, park], [], {
        discourse: discourseOf(text),
        genders,
      }),
    ).toBe('person.joe-park');
  });

  it('takes a nationality the tagger named for the person it describes', () => {
    const text = 'Pablo Ruiz has signed a new deal. The Spaniard said he was happy.';
    const ruiz = named(text, 'person.pablo-ruiz', 'PERSON', ['Pablo Ruiz']);
    const tagged = named(text, 'misc.spaniard', 'MISC', ['Spaniard']);
    expect(speakerOf(text, 'The Spaniard', [ruiz, tagged])).toBe('person.pablo-ruiz');
  });

  it('leaves it unlinked when no person is named before it', () => {
    const text = 'Kelby Rovers beat Dunmore 2-0. "It was hard," said the 34-year-old. Sam Reed agreed.';
    const club = named(text, 'org.kelby-rovers', 'ORG', ['Kelby Rovers']);
    const reed = named(text, 'person.sam-reed', 'PERSON', ['Sam Reed']);
    expect(speakerOf(text, 'the 34-year-old', [club, reed])).toBeNull();
  });

  it('still gives a spokesman to the group named, and a name ending in a role to that name', () => {
    const text =
      'Sam Reed left Kelby Rovers. The Kelby Rovers spokesman said talks failed, the Harbour Reporter said.';
    const club = named(text, 'org.kelby-rovers', 'ORG', ['Kelby Rovers']);
    const paper = named(text, 'org.harbour-reporter', 'ORG', ['Harbour Reporter']);
    const reed = named(text, 'person.sam-reed', 'PERSON', ['Sam Reed']);
    expect(speakerOf(text, 'The Kelby Rovers spokesman', [club, paper, reed])).toBe('org.kelby-rovers');
    expect(speakerOf(text, 'the Harbour Reporter', [club, paper, reed])).toBe('org.harbour-reporter');
  });

  it('reads a source the tagger ran over "as" or "our" as no one nominal, so the group it names speaks', () => {
    const text = '"Not yet," said the Green Party aide as our correspondent left. Ann Webb then spoke.';
    const party = named(text, 'org.green-party', 'ORG', ['Green Party']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(text, 'the Green Party aide as our correspondent', [party, webb])).toBe(
      'org.green-party',
    );
  });
});

describe('resolveSpeaker: who a possessive spokesman speaks for', () => {
  it('gives "her spokesman" to the woman "her" stands for', () => {
    const text =
      'Kim Clijsters has denied reports. Paul Ames had said she was out. But her spokesman insisted she had delayed her entry.';
    const people = [
      named(text, 'person.kim-clijsters', 'PERSON', ['Kim Clijsters']),
      named(text, 'person.paul-ames', 'PERSON', ['Paul Ames']),
    ];
    const genders = new Map([
      ['person.kim-clijsters', 'f' as const],
      ['person.paul-ames', 'm' as const],
    ]);
    const source = spanOf(text, 'her spokesman');
    expect(resolveSpeaker(source, people, [], { discourse: discourseOf(text), genders })).toBe(
      'person.kim-clijsters',
    );
  });

  it('gives "its spokesman" to the organisation "it" stands for', () => {
    const text = 'Harlow Trust cut 40 jobs on Monday. Its spokesman said the cuts were needed.';
    const trust = named(text, 'org.harlow-trust', 'ORG', ['Harlow Trust']);
    expect(speakerOf(text, 'Its spokesman', [trust])).toBe('org.harlow-trust');
  });
});

describe('resolveSpeaker: a source the tagger ran over "but"', () => {
  it('reads only what follows "but": the clause before has its own subject', () => {
    const text =
      'Dermot Donnelly will not race. A crisis led to Donnelly being entered by coach John Keane but the athlete told reporters he would not run.';
    const people = [
      named(text, 'person.dermot-donnelly', 'PERSON', ['Dermot Donnelly', 'Donnelly']),
      named(text, 'person.john-keane', 'PERSON', ['John Keane'], ['coach']),
    ];
    expect(speakerOf(text, 'coach John Keane but the athlete', people)).toBe('person.dermot-donnelly');
  });
});
