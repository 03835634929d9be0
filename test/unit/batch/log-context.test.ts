import { describe, expect, it, vi } from 'vitest';

// the tests' config logs errors only; this file reads the warnings, so it sets the level before the logger is made
vi.hoisted(() => {
  process.env.POWERTOOLS_LOG_LEVEL = 'WARN';
});

import { logger } from '../../../functions/commons/logger';
import { localContext } from '../../../local/lambda-context';
import { world } from './world';

describe('batch handler logs', () => {
  it("are under its own function's name while an api request in the same process logs under the api's", async () => {
    const lines: string[] = [];
    // Powertools writes warnings to stderr
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      // what the api's middleware does to the shared logger when a request comes in mid-pass (the local stack)
      const { run } = world(null, 1, ['incoming/gone.txt'], undefined, () =>
        logger.addContext(localContext('claimtrail-api')),
      );
      expect(await run({ mode: 'full' }, 900_000)).toMatchObject({ reasons: { removed: 1 } });
    } finally {
      write.mockRestore();
    }
    const removal = lines.map((l) => JSON.parse(l)).find((l) => /removal is queued/.test(l.message));
    expect(removal).toMatchObject({ function_name: 'claimtrail-batch', level: 'WARN' });
  });
});
