import { describe, expect, it } from 'vitest';
import { speakingSeats } from '../../../functions/domain/claims/speaking-seat';
import { named } from './article-fixture';

describe('speakingSeats: the countries whose seat of government speaks in the article', () => {
  const seats = (text: string) =>
    speakingSeats(text, [
      named(text, 'org.home-office', 'ORG', ['Home Office']),
      named(text, 'gpe.albania', 'GPE', ['Albania']),
    ]);

  it('finds the UK by "the Home Office says"', () => {
    expect([...seats('Children will go back to Albania. But the Home Office says it will help.')]).toEqual([
      'gpe.united-kingdom',
    ]);
  });

  it('finds the UK by "a Home Office spokeswoman"', () => {
    expect([...seats('Children will go back to Albania, a Home Office spokeswoman confirmed.')]).toEqual([
      'gpe.united-kingdom',
    ]);
  });

  it('finds none when the seat is only named, or is no seat', () => {
    expect(seats('Children will go back to Albania after a Home Office review.').size).toBe(0);
    const text = 'Albania said it would take them back.';
    expect(speakingSeats(text, [named(text, 'gpe.albania', 'GPE', ['Albania'])]).size).toBe(0);
  });
});
