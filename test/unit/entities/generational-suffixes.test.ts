import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe('a bare surname beside a full name ending on "Jr"', () => {
  it('is that person', () => {
    expect(
      idsAndMentions('Drummer Dale Brannock Jr agreed. The band formed when Brannock put up a notice.', [
        ['Dale Brannock Jr', 'PER'],
        ['Brannock', 'PER'],
      ]),
    ).toEqual([['person.dale-brannock-jr', ['Dale Brannock Jr', 'Brannock']]]);
  });

  it('stays apart when another full name ends on the surname', () => {
    expect(
      idsAndMentions('Wade Tolliver Jr sang songs by Wade Tolliver. Tolliver wrote them.', [
        ['Wade Tolliver Jr', 'PER'],
        ['Wade Tolliver', 'PER'],
        ['Tolliver', 'PER'],
      ]),
    ).toContainEqual(['person.wade-tolliver-jr', ['Wade Tolliver Jr']]);
  });
});
