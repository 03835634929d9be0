import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type Page = { items: { id: string }[]; cursor: string | null };

// The same entity named two ways by two articles: its profile takes the first name it is indexed under.
const TIMES_A = '# Paper hires\n\nNew York Times editors said on Friday the paper would hire 50 reporters.\n';
const TIMES_B = '# Paper cuts jobs\n\nThe New York Times said on Monday it would cut 200 jobs.\n';
const FEED = [
  { title: 'Film costs', body: 'Kristin Scott Thomas said on Monday the film had cost $5m to make.' },
  { title: 'Film opens', body: 'Kristin Scott-Thomas said on Friday the film would open in May.' },
]
  .map((a) => JSON.stringify(a))
  .join('\n');

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
  // one file after the other: the second name meets a stored profile
  await t.put('incoming/n/a.md', TIMES_A);
  await t.settle();
  await t.put('incoming/n/b.md', TIMES_B);
  // one file: both names meet in one write
  await t.put('incoming/n/feed.ndjson', FEED);
  await t.settle();
});
afterAll(async () => t.stop());

const found = async (q: string) =>
  (await t.get<Page>(`/entities?q=${encodeURIComponent(q)}`)).body.items.map((e) => e.id);

describe('search finds an entity by every name an article gives it', () => {
  it.each([
    ['the new york times', 'org.new-york-times'],
    ['kristin scott-thomas', 'person.kristin-scott-thomas'],
  ])('q=%s finds %s', async (q, id) => {
    expect(await found(q)).toEqual([id]);
  });

  it('lists the other name among the aliases of its profile', async () => {
    const res = await t.get<{ name: string; aliases: string[] }>('/entities/org.new-york-times');
    expect(res.body.name).toBe('New York Times');
    expect(res.body.aliases).toContain('The New York Times');
  });
});
