// A new version of a feed whose retries ran out: the old version is no longer in the bucket, so
// nothing of it may stay served (parts 1.. as indexed, part 0's edges and claims in entity and speaker lists).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';
import { s3Outage } from './s3-outage';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

type Page = { items: { id: string; status: string; error?: { code: string } }[] };

it('a feed whose new version exhausted its retries serves none of the old version', async () => {
  const key = 'incoming/exhausted/feed.ndjson';
  const v1 = [
    { title: 'Port strike ends', body: 'Union leader Mark Bellamy said the deal was fair.' },
    {
      title: 'School funding row',
      body: 'The education secretary, Priya Nandra, said schools would get more money.',
    },
  ];
  await t.put(key, v1.map((o) => JSON.stringify(o)).join('\n'));
  await t.settle();
  const before = (await t.get<Page>(`/articles?key=${key}`)).body.items;
  expect(before.map((a) => a.status)).toEqual(['indexed', 'indexed']);
  expect((await t.get<Page>('/claims?speaker=person.mark-bellamy')).body.items).not.toEqual([]);
  const end = s3Outage(t, key);
  const v2 = { title: 'Bus fares frozen', body: 'Transport minister Lucy Hart said fares would be frozen.' };
  await t.put(key, JSON.stringify(v2));
  await t.settle();
  end();
  const after = (await t.get<Page>(`/articles?key=${key}`)).body.items;
  expect(after.map((a) => [a.status, a.error?.code])).toEqual([['failed', 'RETRIES_EXHAUSTED']]);
  expect((await t.get<Page>('/articles?entity=person.mark-bellamy')).body.items).toEqual([]);
  expect((await t.get<Page>('/claims?speaker=person.mark-bellamy')).body.items).toEqual([]);
  expect((await t.get(`/articles/${before[1]?.id}`)).status).toBe(404);
});
