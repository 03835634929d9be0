import { describe, expect, it } from 'vitest';
import { decodeClaimsCursor, encodeClaimsCursor } from '../../../functions/commons/dynamo/claims-cursor';
import { CursorError } from '../../../functions/commons/dynamo/cursor';
import type { ClaimQuery } from '../../../functions/domain/index/ports';

const EDGE = 'eyJwayI6IkVOVCN4Iiwic2siOiJBUlQjMjAyNi0wMy0wMyNhMSJ9';
const q = (speaker?: string, about?: string): ClaimQuery => ({ speaker, about, limit: 2 });

describe('claims cursors', () => {
  it('give back the served count and edge cursor to the query that made them, whatever its limit', () => {
    const made = q('person.x', 'person.y');
    expect(decodeClaimsCursor({ ...made, limit: 9 }, encodeClaimsCursor(made, 2, EDGE))).toEqual([2, EDGE]);
    expect(decodeClaimsCursor(q('person.x'), encodeClaimsCursor(q('person.x'), 1, undefined))).toEqual([
      1,
      undefined,
    ]);
  });

  it.each([
    ['speaker', q('person.x'), 'about', q(undefined, 'person.x')],
    ['about', q(undefined, 'person.x'), 'speaker', q('person.x')],
    ['speaker', q('person.x'), 'speaker and about', q('person.x', 'person.y')],
    ['speaker and about', q('person.x', 'person.y'), 'speaker', q('person.x')],
    [
      'speaker and about',
      q('person.x', 'person.y'),
      'the same speaker about another',
      q('person.x', 'person.z'),
    ],
    // ending inside the first article, it has no edge cursor to tie it to a partition
    ['one speaker', q('person.x'), 'another', q('person.w')],
  ])('made for %s, are refused for %s', (_a, made, _b, other) => {
    for (const edge of [EDGE, undefined]) {
      const cursor = encodeClaimsCursor(made, 1, edge);
      expect(() => decodeClaimsCursor(other, cursor)).toThrow(
        new CursorError('cursor does not belong to this query'),
      );
    }
  });

  it.each(['0.', `1.${EDGE}`, 'x', 'abc.-1.', 'abc.1e3.', `abc.100000.${EDGE}`])(
    'refuse a cursor of no claims query: %s',
    (cursor) => {
      expect(() => decodeClaimsCursor(q('person.x'), cursor)).toThrow(CursorError);
    },
  );
});
