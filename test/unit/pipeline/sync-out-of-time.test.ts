// A run whose time went before a file was extracted (a batch's other records, a cold start's model load
// holding the thread while the lease ran) must not tell the operator to split a one-article file.
import { describe, expect, it } from 'vitest';
import { OutOfTimeError } from '../../../functions/domain/pipeline/errors';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';
import { file, KEY, line } from './sync-fixture';

/** The run's time left: `before` until an article has been extracted, `after` from then on. */
async function outOfTime(body: string, before: number, after = before): Promise<string> {
  const { deps } = file(body);
  let extracted = 0;
  const extract = deps.extractor.extract.bind(deps.extractor);
  deps.extractor.extract = (input) => {
    extracted++;
    return extract(input);
  };
  Object.assign(deps, { timeLeftMs: () => (extracted > 0 ? after : before) });
  const err = await syncObject(deps, { key: KEY }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OutOfTimeError);
  return (err as Error).message;
}

describe('a run out of time before a file is extracted', () => {
  it('says the run had too little time to start a one-article file, not to split it', async () => {
    const message = await outOfTime(line('Ferries', 'Lina Park said the port would reopen.'), 4_000);
    expect(message).toMatch(/^too little time left in this run to start: 4 s left/);
    expect(message).not.toMatch(/split/);
  });

  it('says so for a feed whose time was short before it was read', async () => {
    const feed = [line('One', 'Lina Park said it.'), line('Two', 'Omar Diaz said it.')].join('\n');
    const message = await outOfTime(feed, 9_500);
    expect(message).toMatch(
      /^too little time left in this run to start: 9 s left .*, under the 10 s kept for writing$/,
    );
  });

  it('still tells a feed that ran out while it was extracted to split', async () => {
    const feed = [line('One', 'Lina Park said it.'), line('Two', 'Omar Diaz said it.')].join('\n');
    const message = await outOfTime(feed, 50_000, 3_000);
    expect(message).toMatch(/did not fit in one run of the ingest function: 1 of 2 articles extracted/);
    expect(message).toMatch(/split it into smaller files$/);
  });
});
