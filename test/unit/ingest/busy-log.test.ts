import { describe, expect, it, vi } from 'vitest';

// the tests' config logs errors only; this file reads the info lines too, so it sets the level before the logger is made
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
});

import { BusyError } from '../../../functions/domain/pipeline/errors';
import { processRecord } from '../../../functions/ingest/process-record';
import { file, KEY, line } from '../pipeline/sync-fixture';
import { received } from './sqs-event';

type Deps = ReturnType<typeof file>['deps'];

/** The log lines (Powertools writes info to stdout, warnings to stderr) of one delivery, and how it ended. */
async function deliver(receiveCount: number, change: (deps: Deps) => void) {
  const { deps } = file(line('Port reopens', 'Harbour master Lina Park said the port would reopen.'));
  change(deps);
  const lines: { level: string; message: string }[] = [];
  const capture = (chunk: unknown) => {
    lines.push(JSON.parse(String(chunk)));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    const outcome = await processRecord({ sync: deps, maxReceiveCount: 6 }, received(receiveCount)).then(
      () => 'done',
      (e: Error) => e,
    );
    return { lines, outcome };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const heldByAnother = (deps: Deps) => {
  deps.index.acquireLease = async () => ({ acquired: false, heldUntil: 2_000_000_000_000 });
};
const levels = (lines: { level: string }[]) => lines.map((l) => l.level);

describe('a delivery that finds its key busy', () => {
  it('says so at INFO while another delivery holds the key, and still fails the record so it is retried', async () => {
    const { lines, outcome } = await deliver(1, heldByAnother);
    expect(outcome).toBeInstanceOf(BusyError);
    expect(levels(lines)).toEqual(['INFO']);
    expect(lines[0]?.message).toBe(`busy: ${KEY} is being indexed by another delivery; retried later`);
  });

  it('warns on the last receive, where the record is left to the holder', async () => {
    const { lines, outcome } = await deliver(6, heldByAnother);
    expect(outcome).toBe('done');
    expect(levels(lines)).toEqual(['WARN']);
    expect(lines[0]?.message).toMatch(/still busy on the last receive/);
  });

  it('warns when its own lease ran out before it recorded its outcome (it was too slow)', async () => {
    const { lines, outcome } = await deliver(1, (deps) => {
      deps.index.completeLedger = async () => false;
    });
    expect(outcome).toBeInstanceOf(BusyError);
    expect(levels(lines)).toEqual(['WARN']);
    expect(lines[0]?.message).toBe('sync failed');
  });

  it('warns on any other failure', async () => {
    const { lines, outcome } = await deliver(1, (deps) => {
      deps.objects.get = async () => {
        throw new Error('connection reset');
      };
    });
    expect(outcome).toBeInstanceOf(Error);
    expect(levels(lines)).toEqual(['WARN']);
    expect(lines[0]?.message).toBe('sync failed');
  });
});
