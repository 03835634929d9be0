import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../functions/domain/model/errors';
import { parseFile } from '../../../functions/domain/parse/index';

const STORY = 'Harbour reopens\n\nThe harbour master said the channel was clear on Friday.';
const LIMITS = { maxBytes: 100_000, maxLineChars: 1000, maxArticleChars: 5000 };

const gzip = (bytes: Uint8Array | string, layers: number): Uint8Array =>
  layers === 0 ? Buffer.from(bytes) : gzip(gzipSync(bytes), layers - 1);

async function titleOf(bytes: Uint8Array): Promise<string | null | undefined> {
  const [part] = await parseFile({ key: 'story.txt.gz', bytes }, LIMITS);
  return part && 'article' in part ? part.article.title : undefined;
}

async function failure(bytes: Uint8Array): Promise<InputError> {
  const err = await parseFile({ key: 'story.txt.gz', bytes }, LIMITS).catch((e: unknown) => e);
  if (err instanceof InputError) return err;
  throw new Error(`expected an InputError, got ${String(err)}`);
}

describe('gzip input', () => {
  it('accepts zero padding after the gzip member', async () => {
    expect(await titleOf(Buffer.concat([gzipSync(STORY), Buffer.alloc(4096)]))).toBe('Harbour reopens');
  });

  it('unwraps gzip inside gzip, up to three layers', async () => {
    expect(await titleOf(gzip(STORY, 2))).toBe('Harbour reopens');
    expect(await titleOf(gzip(STORY, 3))).toBe('Harbour reopens');
  });

  it('refuses deeper nesting, naming the cause', async () => {
    const err = await failure(gzip(STORY, 4));
    expect(err.code).toBe('DECOMPRESSION');
    expect(err.message).toMatch(/gzip inside gzip more than 3 layers/);
  });

  it('caps every layer: a bomb inside gzip fails without inflating past the limit', async () => {
    const err = await failure(gzip(Buffer.alloc(5_000_000, 0x61), 2));
    expect(err.code).toBe('TOO_LARGE');
  });
});
