import { describe, expect, it } from 'vitest';
import { dateBounds } from '../../../functions/domain/index/keys';
import type { ArticleQuery } from '../../../functions/domain/index/ports';
import { invokeApi } from './invoke';

/** GET /articles with `query` through the whole API handler; says what the index was asked. */
async function list(query: Record<string, string>) {
  const asked: ArticleQuery[] = [];
  const { status, body } = await invokeApi(
    {
      index: {
        listArticles: async (q: ArticleQuery) => {
          asked.push(q);
          return { items: [], cursor: null };
        },
      },
    },
    { path: `/articles?${new URLSearchParams(query)}` },
  );
  return { status, message: body.error?.message as string | undefined, asked: asked[0] };
}

/*
 * Dates are kept to the millisecond (sort keys are toISOString), so a bound
 * with more digits is met exactly by the first millisecond at or after a
 * "from" and the last one at or before a "to".
 */
describe('from/to with digits past the millisecond (Python and Go timestamps)', () => {
  it.each([
    ['2024-03-01T10:00:00.0001Z', '2024-03-01T10:00:00.001Z'],
    ['2024-03-01T10:00:00.000999Z', '2024-03-01T10:00:00.001Z'],
    ['2024-03-01T10:00:00.123456789Z', '2024-03-01T10:00:00.124Z'],
    ['2024-03-01T10:00:00.1230000Z', '2024-03-01T10:00:00.123Z'],
    ['2024-03-01T10:00:00.0000Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T23:59:59.9999Z', '2024-03-02T00:00:00.000Z'],
    ['2024-03-01T10:00:00.000001+01:00', '2024-03-01T09:00:00.001Z'],
  ])('from=%s starts at %s: nothing earlier than the instant it names', async (from, start) => {
    const { status, asked } = await list({ from });
    expect(status).toBe(200);
    expect(asked?.from).toBe(start);
  });

  it.each([
    ['2024-03-01T10:00:00.0009Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00.123456789Z', '2024-03-01T10:00:00.123Z'],
    ['2024-03-01T10:00:00.999999-05:00', '2024-03-01T15:00:00.999Z'],
  ])('to=%s ends at %s: nothing later than the instant it names', async (to, end) => {
    const { status, asked } = await list({ to });
    expect(status).toBe(200);
    expect(asked?.to).toBe(end);
  });

  it('refuses a from after to only when it is, however fine the digits', async () => {
    const refused = await list({ from: '2024-03-01T10:00:00.0002Z', to: '2024-03-01T10:00:00.0001Z' });
    expect(refused).toMatchObject({ status: 400, message: 'query.from: from is after to' });
    // within one millisecond, in order: a range no article date falls in, answered empty
    const within = await list({ from: '2024-03-01T10:00:00.0001Z', to: '2024-03-01T10:00:00.0002Z' });
    expect(within.status).toBe(200);
    const same = await list({ from: '2024-03-01T10:00:00.00010Z', to: '2024-03-01T10:00:00.0001Z' });
    expect(same.status).toBe(200);
    expect((await list({ from: '2024-03-01', to: '2024-03-01' })).status).toBe(200);
  });
});

/** Whether the range the index was asked for takes in an article dated `date` (sort keys have four-digit years). */
const admits = (asked: ArticleQuery | undefined, date: string) => {
  const range = dateBounds(asked?.from, asked?.to);
  return range !== null && range[0] <= date && date <= range[1];
};

/*
 * An offset or the round-up above can carry an instant past 9999-12-31 UTC,
 * which toISOString writes "+010000-…": a string that sorts before every
 * four-digit year, so such a from took in every article, and such a to none.
 */
describe('from/to past the last instant a key can hold', () => {
  it.each(['9999-12-31T23:00:00-05:00', '9999-12-31T23:59:59.9995Z'])(
    'from=%s takes in no article',
    async (from) => {
      const { status, asked } = await list({ from });
      expect(status).toBe(200);
      expect(admits(asked, '2026-12-05T19:30:00.000Z')).toBe(false);
      expect(admits(asked, '9999-12-31T23:59:59.999Z')).toBe(false);
    },
  );

  it('to=9999-12-31T23:00:00-05:00 takes in every article', async () => {
    const { status, asked } = await list({ to: '9999-12-31T23:00:00-05:00' });
    expect(status).toBe(200);
    expect(admits(asked, '2026-12-05T19:30:00.000Z')).toBe(true);
    expect(admits(asked, '9999-12-31T23:59:59.999Z')).toBe(true);
  });

  it('refuses such a from before a to inside the years', async () => {
    const { status, message } = await list({ from: '9999-12-31T23:00:00-05:00', to: '9999-12-31' });
    expect({ status, message }).toEqual({ status: 400, message: 'query.from: from is after to' });
  });
});
