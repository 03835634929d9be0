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

  it("leaves a person's name, and a bracket the name does not spell", () => {
    const text = 'Sam Hill (Shell) spoke. The Bay Area Laboratory Cooperative (Balco) denied it.';
    expect(
      idsAndMentions(text, [
        ['Sam Hill', 'PER'],
        ['Shell', 'ORG'],
        ['Bay Area Laboratory Cooperative', 'ORG'],
        ['Balco', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['person.sam-hill', 'org.shell', 'org.bay-area-laboratory-cooperative', 'org.balco']);
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
