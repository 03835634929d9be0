import { describe, expect, it } from 'vitest';
import { keyTurns } from '../../../functions/ingest/key-turns';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Work that logs its start (and whether it was told it is first) and its end, and returns its name. */
function logged() {
  const log: string[] = [];
  const work = (name: string) => async (first: boolean) => {
    log.push(`${name} starts${first ? ' first' : ''}`);
    await tick();
    log.push(`${name} ends`);
    return name;
  };
  return { log, work };
}

describe('keyTurns', () => {
  it('runs the work for one key one at a time, in order, telling the first it is first', async () => {
    const inTurn = keyTurns();
    const { log, work } = logged();
    const done = await Promise.all([inTurn('k', work('a')), inTurn('k', work('b')), inTurn('k', work('c'))]);
    expect(done).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a starts first', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('runs the work for different keys at once', async () => {
    const inTurn = keyTurns();
    const { log, work } = logged();
    await Promise.all([inTurn('k1', work('a')), inTurn('k2', work('b'))]);
    expect(log.slice(0, 2)).toEqual(['a starts first', 'b starts first']);
  });

  it('starts the next turn after one that failed, and keeps each outcome its own', async () => {
    const inTurn = keyTurns();
    const failing = inTurn('k', async () => {
      await tick();
      throw new Error('busy');
    });
    const next = inTurn('k', async (first) => (first ? 'first' : 'after'));
    await expect(failing).rejects.toThrow('busy');
    expect(await next).toBe('after');
  });
});
