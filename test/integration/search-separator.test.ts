import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type Page = { items: { id: string }[]; cursor: string | null };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
  await t.put(
    'incoming/s/wong.md',
    '# Harbour\n\n"We will rebuild the harbour," Mayor Walter Wong said on Tuesday.\n',
  );
  await t.settle();
});
afterAll(async () => t.stop());

const found = async (q: string) =>
  (await t.get<Page>(`/entities?q=${encodeURIComponent(q)}`)).body.items.map((e) => e.id);

// a name entry's sort key is "<name>#<entity id>": a q running past the name must not match the id
describe('search matches names, not the entity ids after them in the keys', () => {
  it.each(['wong#', 'walter wong#person', 'wong#p'])('q=%s finds nothing', async (q) => {
    expect(await found(q)).toEqual([]);
  });

  it('still finds the name and surname', async () => {
    expect(await found('walter wong')).toEqual(['person.walter-wong']);
    expect(await found('wong')).toEqual(['person.walter-wong']);
  });
});
