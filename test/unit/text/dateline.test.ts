import { describe, expect, it } from 'vitest';
import { afterDateline } from '../../../functions/domain/text/dateline';

const past = (text: string, start = 0) => text.slice(afterDateline(text, start, text.length));

describe('afterDateline', () => {
  it('skips a wire dateline opening a paragraph', () => {
    expect(past('LISBON — Ana Costa won the final on Sunday.')).toBe('Ana Costa won the final on Sunday.');
    expect(past('BOSTON (AP) — New figures show rents rose 4% last year.')).toBe(
      'New figures show rents rose 4% last year.',
    );
    expect(past('PERTH, Australia (AP) — A storm cut power to 900 homes.')).toBe(
      'A storm cut power to 900 homes.',
    );
    expect(past('Ames, Iowa — Sam Reed ran for two scores.')).toBe('Sam Reed ran for two scores.');
    expect(past('OSLO -- The agency says the launch slipped.')).toBe('The agency says the launch slipped.');
    expect(past('SALT LAKE CITY, Utah — Snow closed 12 schools.')).toBe('Snow closed 12 schools.');
    // the horizontal bar (U+2015) some sites set for the dash
    expect(past('DENVER ― The council voted 7-2 on Monday.')).toBe('The council voted 7-2 on Monday.');
    const text = 'A headline\nMILAN — The club sold 20,000 tickets.';
    expect(past(text, text.indexOf('MILAN'))).toBe('The club sold 20,000 tickets.');
  });

  it('leaves a sentence that opens on a name and a dash aside, or no paragraph', () => {
    for (const text of [
      'Tommy — who goes by his first name — retired at 51.',
      'NASA is – at last – ready to fly.',
      'The message – no way out – was clear.',
      'LISBON — ana costa won.',
      'HIDDEN COSTS ADDED UP — For years, the firm has been dogged by charges that it overbilled.',
    ])
      expect(past(text)).toBe(text);
    const text = 'She flew on. LISBON — Ana Costa won.';
    expect(past(text, text.indexOf('LISBON'))).toBe('LISBON — Ana Costa won.');
  });
});
