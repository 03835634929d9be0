import { describe, expect, it } from 'vitest';
import { seatMemberHeadEnd } from '../../../functions/domain/claims/seat-member';
import { named, speakerOf } from './article-fixture';

describe('seatMemberHeadEnd', () => {
  it('ends the head of a member named by the seat', () => {
    for (const [source, head] of [
      ['the Tory MP for Sleaton and North Harby', 'the Tory MP'],
      ['The MP for Ealing Vale', 'The MP'],
      ['the Labour MEP for the West Riding', 'the Labour MEP'],
    ] as const)
      expect(source.slice(0, seatMemberHeadEnd(source)), source).toBe(head);
  });

  it('leaves an indefinite member, a seat in lower case and other sources alone', () => {
    for (const source of [
      'A Plaid MP for Ceredig',
      'the MP for years',
      'the minister for Sport',
      'Ann Cole MP',
    ])
      expect(seatMemberHeadEnd(source), source).toBeUndefined();
  });
});

describe('resolveSpeaker: a member named by the seat', () => {
  it('is the member the story named, not the party or the seat', () => {
    const text =
      'Former minister Daniel Hobb said the bill was "unnecessary". But the Tory MP for Sleaton and North Harby admitted the post "cannot be frozen".';
    const entities = [
      named(text, 'person.daniel-hobb', 'PERSON', ['Daniel Hobb'], ['Former minister']),
      named(text, 'org.conservative-party', 'ORG', ['Tory']),
      named(text, 'gpe.sleaton-and-north-harby', 'GPE', ['Sleaton and North Harby']),
    ];
    expect(speakerOf(text, 'the Tory MP for Sleaton and North Harby', entities)).toBe('person.daniel-hobb');
  });
});
