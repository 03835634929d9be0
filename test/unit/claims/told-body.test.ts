import { describe, expect, it } from 'vitest';
import { onlyAside } from '../../../functions/domain/claims/aside-mentions';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a body named only as who was told is not "the company"', () => {
  it('tells a body named only as a hearer from one named otherwise too', () => {
    const text =
      'Skyway said fares would rise. "We are looking at it," a Skyway spokesman told the Daily Ledger. The Daily Ledger said so.';
    const ledger = named(text, 'org.daily-ledger', 'ORG', ['Daily Ledger']);
    expect(onlyAside(ledger, text, text.indexOf('The Daily Ledger said'))).toBe(true);
    expect(onlyAside(ledger, text, text.length)).toBe(false);
  });

  it('passes over the hearer for the firm that spoke', () => {
    const text =
      'Airline Skyway may sue the agency over the delays. "We are checking our options," Tom Reed, a Skyway spokesman, told the Morning Ledger. The company said that it had to cancel 40 flights.';
    const entities = [
      named(text, 'org.skyway', 'ORG', ['Skyway']),
      named(text, 'org.morning-ledger', 'ORG', ['Morning Ledger']),
      named(text, 'person.tom-reed', 'PERSON', ['Tom Reed']),
    ];
    expect(speakerOf(text, 'The company', entities)).toBe('org.skyway');
  });

  it('passes over a hearer the head noun follows', () => {
    const text =
      'Rock band Tinpot have won two awards. Tinpot played Leeds. Singer Al Kay told Daily Ledger Online the band were tired. The band started out in Glasgow, Kay said.';
    const entities = [
      named(text, 'org.tinpot', 'ORG', ['Tinpot']),
      named(text, 'org.daily-ledger-online', 'ORG', ['Daily Ledger Online']),
      named(text, 'person.al-kay', 'PERSON', ['Al Kay', 'Kay']),
    ];
    expect(speakerOf(text, 'The band', entities)).toBe('org.tinpot');
  });
});
