import { describe, expect, it } from 'vitest';
import { ownedVoice } from '../../../functions/domain/claims/owned-voice';
import { named, speakerOf } from './article-fixture';

describe('ownedVoice: the nominal a voice speaks for', () => {
  it('reads the owner of a spokesman, an agent or lawyers', () => {
    expect(ownedVoice("The rapper's spokesman", 10)).toEqual({ start: 10, end: 20, text: 'The rapper' });
    expect(ownedVoice("the band's lawyers", 0)?.text).toBe('the band');
  });

  it('reads no office, aide or other role', () => {
    for (const text of ["the prime minister's office", "the singer's aide", "the campaign's director"])
      expect(ownedVoice(text, 0)).toBeNull();
  });
});

describe('resolveSpeaker: a voice of a definite nominal speaks for whom it stands for', () => {
  it('goes to the person the nominal describes', () => {
    const text =
      "Rapper Kool Vee has been sued by a neighbour. The rapper's spokesman said the claims were untrue.";
    const vee = named(text, 'person.kool-vee', 'PERSON', ['Kool Vee']);
    expect(speakerOf(text, "The rapper's spokesman", [vee])).toBe('person.kool-vee');
  });

  it('stays unlinked when the nominal stands for no one', () => {
    const text = "Tickets are on sale. The band's spokesman said the dates stand.";
    expect(speakerOf(text, "The band's spokesman", [])).toBeNull();
  });
});

describe('resolveSpeaker: "his agent", "her publicist" speak for whom the possessive stands for', () => {
  it('goes to the person before, as "her spokesman" does', () => {
    const text = 'Actress Jill Roe died on Saturday morning, her agent said.';
    expect(speakerOf(text, 'her agent', [named(text, 'person.jill-roe', 'PERSON', ['Jill Roe'])])).toBe(
      'person.jill-roe',
    );
    const publicist = 'Ken Low will tour in May. His publicist said the dates were fixed.';
    expect(
      speakerOf(publicist, 'His publicist', [named(publicist, 'person.ken-low', 'PERSON', ['Ken Low'])]),
    ).toBe('person.ken-low');
  });
});
