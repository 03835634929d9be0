import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestWorkerCount, localSettings } from '../../../local/settings';
import { StartupError } from '../../../local/startup-error';

describe('npm start settings', () => {
  it('take the README defaults when nothing is set, and an empty value as unset', () => {
    const defaults = {
      port: 3000,
      home: resolve('./.claimtrail'),
      samples: true,
      restoreSamples: false,
      faultRate: 0,
      duplicateRate: 0,
      reconcileIntervalMs: 60_000,
      ingestWorkers: availableParallelism(),
    };
    expect(localSettings({})).toEqual(defaults);
    expect(localSettings({ PORT: '', CLAIMTRAIL_RECONCILE_MS: '', CLAIMTRAIL_FAULT_RATE: '' })).toEqual(
      defaults,
    );
  });

  it('read what is set', () => {
    expect(
      localSettings({
        PORT: '0',
        CLAIMTRAIL_HOME: '/tmp/state',
        SAMPLES: '0',
        CLAIMTRAIL_FAULT_RATE: '0.05',
        CLAIMTRAIL_DUPLICATE_RATE: '.2',
        CLAIMTRAIL_RECONCILE_MS: '1000',
        CLAIMTRAIL_INGEST_WORKERS: '0',
        CLAIMTRAIL_EXTRACTOR: 'rules',
        LEASE_MS: '5000',
      }),
    ).toEqual({
      port: 0,
      home: '/tmp/state',
      samples: false,
      restoreSamples: false,
      faultRate: 0.05,
      duplicateRate: 0.2,
      reconcileIntervalMs: 1000,
      ingestWorkers: 0,
    });
  });

  it('read SAMPLES=1 as putting back the samples missing from the bucket', () => {
    expect(localSettings({ SAMPLES: '1' })).toMatchObject({ samples: true, restoreSamples: true });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a port number (0-65535), not "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a port number (0-65535), not "70000"'],
    // NaN ran reconcile back to back: setInterval takes it as 1 ms
    [
      { CLAIMTRAIL_RECONCILE_MS: '60s' },
      'CLAIMTRAIL_RECONCILE_MS must be whole milliseconds, 1000 or more, not "60s"',
    ],
    [
      { CLAIMTRAIL_RECONCILE_MS: '60' },
      'CLAIMTRAIL_RECONCILE_MS must be whole milliseconds, 1000 or more, not "60"',
    ],
    // NaN injected no fault at all
    [
      { CLAIMTRAIL_FAULT_RATE: '5%' },
      'CLAIMTRAIL_FAULT_RATE must be a share from 0 to 1 (0.05 is 5 %), not "5%"',
    ],
    [
      { CLAIMTRAIL_DUPLICATE_RATE: '2' },
      'CLAIMTRAIL_DUPLICATE_RATE must be a share from 0 to 1 (0.05 is 5 %), not "2"',
    ],
    // NaN started no worker and ran ingest on the main thread
    [
      { CLAIMTRAIL_INGEST_WORKERS: 'two' },
      'CLAIMTRAIL_INGEST_WORKERS must be a whole number of threads, not "two"',
    ],
    // anything but "0" uploaded the samples
    [{ SAMPLES: 'false' }, 'SAMPLES must be 0 (no sample articles) or 1, not "false"'],
    // anything but "rules" ran the models
    [{ CLAIMTRAIL_EXTRACTOR: 'rule' }, 'CLAIMTRAIL_EXTRACTOR must be rules or models, not "rule"'],
    // refused before, but only once storage had started, with a stack trace
    [{ LEASE_MS: '20s' }, 'invalid configuration: LEASE_MS: Invalid input: expected number, received NaN'],
    [
      { MAX_OBJECT_BYTES: '-1' },
      'invalid configuration: MAX_OBJECT_BYTES: Too small: expected number to be >0',
    ],
  ])('refuse %o in one line', (env, message) => {
    expect(() => localSettings(env)).toThrow(new StartupError(message));
  });

  it('count ingest workers as e2e does', () => {
    expect(ingestWorkerCount({ CLAIMTRAIL_INGEST_WORKERS: '3' })).toBe(3);
    expect(() => ingestWorkerCount({ CLAIMTRAIL_INGEST_WORKERS: '-1' })).toThrow(StartupError);
  });
});
