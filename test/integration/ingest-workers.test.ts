import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { ARTICLE, startTestStack, type TestStack } from './harness';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack({ ingestWorkers: 1 });
}, 60_000);
afterAll(async () => t.stop());

describe('ingest in worker threads', () => {
  it('runs the bundled handler, models found, and indexes an upload', async () => {
    expect(existsSync(join(t.home, 'build', 'ingest-worker.mjs'))).toBe(true);
    await t.put('incoming/news/flood.txt', ARTICLE);
    await t.settle(60_000);
    const { status, body } = await t.get<{ status: string; entities?: { id: string }[] }>(
      `/articles/${articleId('incoming/news/flood.txt', 0)}`,
    );
    expect(status).toBe(200);
    expect(body.status).toBe('indexed');
    expect(body.entities?.map((e) => e.id)).toContain('person.elena-marsh');
  }, 90_000);
});
