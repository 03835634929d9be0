import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isNameList } from '../../functions/domain/checkworthiness/name-lists';

describe('isNameList', () => {
  it.each([
    'Kenny, Geary, Morgan, Bromby, Harley, Liddell, Montgomery, Jagielka, Thirlwell, Tonge (Quinn 97), Gray.',
    "Man Utd: Carroll, Gary Neville, Ferdinand, Brown, Heinze, O'Shea (Ronaldo 33), Keane, Fortune.",
    'Archibald 19, Grady 29, Crawford 41, Grady 47.',
    ': Varga 40, Thompson 48 pen, Petrov 60, Varga 68, Bellamy 72.',
    'New Zealand (1), Scotland (8), Tonga, Ireland, Korea, USA.',
    'Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan), Olivier Milloud (Bourgoin), Pieter de Villiers.',
  ])('finds the team sheet, scorer or pool list %j', (sentence) => {
    expect(isNameList(sentence)).toBe(true);
  });

  it.each([
    'Sales rose in France, Germany, Italy and Spain.',
    'Smith, Jones and Brown scored 40 points between them.',
    'Chelsea, Arsenal and Everton.',
    'The firm employs 4,000 people in London, Paris, Berlin and Madrid.',
    'Mr Brown, 54, was elected in 1997, 2001 and 2005.',
  ])('leaves the sentence %j, which says something of its names', (sentence) => {
    expect(isNameList(sentence)).toBe(false);
  });

  it('makes a team sheet no checkable assertion, though it has numbers', () => {
    expect(isCheckableAssertion('Archibald 19, Grady 29, Crawford 41, Grady 47.')).toBe(false);
    expect(isCheckableAssertion('Archibald scored in the 19th and 29th minutes.')).toBe(true);
  });
});

describe('a box-score line', () => {
  it.each([
    'Oak Hill (2-1): Reyes 21 points.',
    'Tom Byrd 12 points and 4 steals.',
    'Lena Fox 2 goals, 1 assist.',
    'Ana Kim and Jo Park 6 total.',
    'Lakeside (NR): D. Ortiz 9 saves.',
  ])('reads %j as a list of names and counts, no checkable assertion', (sentence) => {
    expect(isNameList(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'Reyes scored 21 points.',
    'The Hawks 21 points clear at the top.',
    'Oak Hill (2-1) beat the Hawks by 21 points.',
  ])('leaves %j, which has a verb or a common noun', (sentence) => {
    expect(isNameList(sentence)).toBe(false);
  });
});
