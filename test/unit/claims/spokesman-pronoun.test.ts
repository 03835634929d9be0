import { describe, expect, it } from 'vitest';
import { gendersOf } from '../../../functions/domain/claims/gender';
import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf, speakerOf } from './article-fixture';

/** The source `words` as an earlier claim's speaker, linked to `entityId`. */
function said(text: string, words: string, entityId: string | null): PriorSpeaker {
  const span = spanOf(text, words);
  return { text: words, entityId, end: span.end };
}

describe("resolveSpeaker: a pronoun right after a spokesman's words goes on for the spokesman", () => {
  const text =
    'Edward Leigh said the Home Office should act. A Home Office spokesman said the system was tighter. He added that checks were made.';
  const entities = [
    named(text, 'person.edward-leigh', 'PERSON', ['Edward Leigh']),
    named(text, 'org.home-office', 'ORG', ['Home Office']),
  ];

  it('takes the spokesman, not the person named before', () => {
    expect(speakerOf(text, 'He', entities, [said(text, 'A Home Office spokesman', 'org.home-office')])).toBe(
      'org.home-office',
    );
  });

  it('goes on for the spokesman through the same pronoun that went on for them', () => {
    const again = `${text} He said fraud was rare.`;
    const prior = (he: string | null) => [
      said(again, 'A Home Office spokesman', 'org.home-office'),
      { text: 'He', entityId: he, end: spanOf(again, 'He').end },
    ];
    expect(speakerOf(again, 'He', entities, prior('org.home-office'), 1)).toBe('org.home-office');
    // a "He" that went on for someone else breaks the chain
    expect(speakerOf(again, 'He', entities, prior('person.edward-leigh'), 1)).toBe('person.edward-leigh');
  });

  it('takes no one for a spokesman linked to no one, rather than the person named before', () => {
    expect(speakerOf(text, 'He', entities, [said(text, 'A Home Office spokesman', null)])).toBeNull();
  });

  it('leaves a pronoun of the other gender to the people named', () => {
    const her = text.replace('He added', 'She added').replace('Edward', 'Edwina');
    const people = [
      named(her, 'person.edwina-leigh', 'PERSON', ['Edwina Leigh']),
      named(her, 'org.home-office', 'ORG', ['Home Office']),
    ];
    expect(speakerOf(her, 'She', people, [said(her, 'A Home Office spokesman', 'org.home-office')])).toBe(
      'person.edwina-leigh',
    );
  });

  it('leaves a pronoun after a person named between', () => {
    const between = text.replace('He added', 'Mr Leigh disagreed. He added');
    const people = [
      named(between, 'person.edward-leigh', 'PERSON', ['Edward Leigh', 'Leigh']),
      named(between, 'org.home-office', 'ORG', ['Home Office']),
    ];
    expect(
      speakerOf(between, 'He', people, [said(between, 'A Home Office spokesman', 'org.home-office')]),
    ).toBe('person.edward-leigh');
  });

  it('leaves a pronoun for the person named as the spokesman', () => {
    const apposed =
      'China will build no plants, said Xing Wangli, a spokesman for the tobacco office. He also said prices would rise.';
    const people = [
      named(apposed, 'person.xing-wangli', 'PERSON', ['Xing Wangli']),
      named(apposed, 'org.tobacco-office', 'ORG', ['tobacco office']),
    ];
    const prior = [said(apposed, 'a spokesman for the tobacco office', 'org.tobacco-office')];
    expect(speakerOf(apposed, 'He', people, prior)).toBe('person.xing-wangli');
  });

  it('goes on past a person of the other gender named between', () => {
    const between =
      'A Home Office spokeswoman said it was examining one complaint, understood to be Mr Taylor\'s. "We are looking at it," she said.';
    const people = [
      named(between, 'person.taylor', 'PERSON', ['Taylor']),
      named(between, 'org.home-office', 'ORG', ['Home Office']),
    ];
    const prior = [said(between, 'A Home Office spokeswoman', 'org.home-office')];
    const she = resolveSpeaker(spanOf(between, 'she'), people, prior, {
      discourse: discourseOf(between),
      genders: gendersOf(between, people),
    });
    expect(she).toBe('org.home-office');
  });

  describe('an unnamed official', () => {
    const text =
      'Castella want to sign Rovello. "Rovello will watch the match from our stand," said a Castella official, who declined to be named. "Then he will meet the board," he added.';
    const entities = [
      named(text, 'person.rovello', 'PERSON', ['Rovello']),
      named(text, 'org.castella', 'ORG', ['Castella']),
    ];
    const prior = (source: string) => [said(text, source, 'org.castella')];

    it('is who a pronoun after their words goes on for, not the person they spoke of', () => {
      expect(speakerOf(text, 'he', entities, prior('a Castella official'), 1)).toBe('org.castella');
    });

    it('is not an adjective "official" before a noun', () => {
      const figures = text.replace('a Castella official, who declined to be named', 'the official figures');
      const people = [
        named(figures, 'person.rovello', 'PERSON', ['Rovello']),
        named(figures, 'org.castella', 'ORG', ['Castella']),
      ];
      expect(speakerOf(figures, 'he', people, [said(figures, 'the official figures', null)], 1)).toBe(
        'person.rovello',
      );
    });
  });
});
