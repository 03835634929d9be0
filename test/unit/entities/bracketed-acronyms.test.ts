import { describe, expect, it } from 'vitest';
import { spells } from '../../../functions/domain/entities/bracketed-acronyms';
import { idsAndMentions } from './helpers';

describe('initials in brackets after a name, spelt other than in capitals of its words', () => {
  it('joins title-case initials and initials with an abbreviation inside the name to the name', () => {
    const text =
      'The World Anti-Doping Agency (Wada) ruled. Wada said so. The US Anti-Doping Agency (USADA) agreed, and USADA appealed.';
    expect(
      idsAndMentions(text, [
        ['World Anti-Doping Agency', 'ORG'],
        ['Wada', 'PER'],
        ['US Anti-Doping Agency', 'ORG'],
        ['USADA', 'ORG'],
      ]),
    ).toEqual([
      ['org.world-anti-doping-agency', ['World Anti-Doping Agency', 'Wada', 'Wada']],
      ['org.us-anti-doping-agency', ['US Anti-Doping Agency', 'USADA', 'USADA']],
    ]);
  });

  it("leaves a person's name, and a bracket the name does not spell after a name's cut tail", () => {
    const text = 'Sam Hill (Shell) spoke. The Bureau of Radio, Film and Television (BRFT) denied it.';
    expect(
      idsAndMentions(text, [
        ['Sam Hill', 'PER'],
        ['Shell', 'ORG'],
        ['Film and Television', 'ORG'],
        ['BRFT', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['person.sam-hill', 'org.shell', 'org.film-and-television', 'org.brft']);
  });

  it("joins two organisations' initials the name does not spell: another language's, or words left out", () => {
    const text =
      'The Legal Affairs Committee (JURI) met. JURI said no. The Bay Area Laboratory Cooperative (Balco) denied it.';
    expect(
      idsAndMentions(text, [
        ['Legal Affairs Committee', 'ORG'],
        ['JURI', 'ORG'],
        ['Bay Area Laboratory Cooperative', 'ORG'],
        ['Balco', 'ORG'],
      ]),
    ).toEqual([
      ['org.legal-affairs-committee', ['Legal Affairs Committee', 'JURI', 'JURI']],
      ['org.bay-area-laboratory-cooperative', ['Bay Area Laboratory Cooperative', 'Balco']],
    ]);
  });

  it("reads a word's capitals, a run-together name's capitals, and no letter for a lower-case part after a hyphen", () => {
    expect(spells('UKIF', 'UK Internet Forum')).toBe(true);
    expect(spells('PSP', 'PlayStation Portable')).toBe(true);
    expect(spells('Apec', 'Asia Pacific Economic Co-operation')).toBe(true);
    expect(spells('Balco', 'Bay Area Lab Co-Operative')).toBe(true);
    expect(spells('Icann', 'Internet Corporation for Assigned Names and Numbers')).toBe(true);
    expect(spells('Etsi', 'European Telecommunications Institute')).toBe(false);
    expect(spells('Wada', 'World Anti-Doping')).toBe(false);
  });
});
