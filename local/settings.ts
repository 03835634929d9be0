import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../functions/commons/config';
import { StartupError } from './startup-error';

/** What `npm start` reads from its environment (README, Local stack). */
export interface LocalSettings {
  port: number;
  home: string;
  samples: boolean;
  /** SAMPLES=1: put back the samples missing from the bucket, not only into a fresh folder. */
  restoreSamples: boolean;
  faultRate: number;
  duplicateRate: number;
  reconcileIntervalMs: number;
  ingestWorkers: number;
}

/**
 * The environment as settings, each value checked before anything starts:
 * Number() read a typo as NaN, and NaN ran reconcile back to back
 * (setInterval takes it as 1 ms), no ingest workers, or no faults, without
 * a word. An empty value counts as unset.
 */
export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  const get = (name: string) => (env[name] === '' ? undefined : env[name]);
  const port = whole(get('PORT'), 3000);
  if (port === null || port > 65535) throw invalid('PORT', 'a port number (0-65535)', env.PORT);
  const samples = get('SAMPLES');
  if (samples !== undefined && samples !== '0' && samples !== '1')
    throw invalid('SAMPLES', '0 (no sample articles) or 1', samples);
  const extractor = get('CLAIMTRAIL_EXTRACTOR');
  if (extractor !== undefined && extractor !== 'rules' && extractor !== 'models')
    throw invalid('CLAIMTRAIL_EXTRACTOR', 'rules or models', extractor);
  const reconcileIntervalMs = whole(get('CLAIMTRAIL_RECONCILE_MS'), 60_000);
  if (reconcileIntervalMs === null || reconcileIntervalMs < 1000)
    throw invalid('CLAIMTRAIL_RECONCILE_MS', 'whole milliseconds, 1000 or more', env.CLAIMTRAIL_RECONCILE_MS);
  // the functions' own settings (LEASE_MS, MAX_OBJECT_BYTES...), checked as the stack will check them
  try {
    loadConfig({ ...env, TABLE_NAME: 'local', BUCKET_NAME: 'local', LEASE_MS: get('LEASE_MS') });
  } catch (err) {
    throw new StartupError((err as Error).message);
  }
  return {
    port,
    home: resolve(get('CLAIMTRAIL_HOME') ?? './.claimtrail'),
    samples: samples !== '0',
    restoreSamples: samples === '1',
    faultRate: share(env, 'CLAIMTRAIL_FAULT_RATE'),
    duplicateRate: share(env, 'CLAIMTRAIL_DUPLICATE_RATE'),
    reconcileIntervalMs,
    ingestWorkers: ingestWorkerCount(env),
  };
}

/** Ingest worker threads: one per core unless CLAIMTRAIL_INGEST_WORKERS says (0 runs ingest on the main thread). */
export function ingestWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.CLAIMTRAIL_INGEST_WORKERS || undefined;
  const workers = whole(value, availableParallelism());
  if (workers === null) throw invalid('CLAIMTRAIL_INGEST_WORKERS', 'a whole number of threads', value);
  return workers;
}

/**
 * Digits only, as written; the fallback when unset; null otherwise ("60s", "1e3", "-1").
 * Hand-written, not config.ts's zod `coerce.number()`: that takes "1e3", " 60" and "0x10",
 * and a typo here should stop the stack with the variable and its value in one line.
 */
function whole(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^[0-9]{1,9}$/.test(value) ? Number(value) : null;
}

function share(env: NodeJS.ProcessEnv, name: string): number {
  const value = env[name] || undefined;
  if (value === undefined) return 0;
  const rate = /^(?:\d{1,3}|\d{0,3}\.\d{1,9})$/.test(value) ? Number(value) : Number.NaN;
  if (!(rate >= 0 && rate <= 1)) throw invalid(name, 'a share from 0 to 1 (0.05 is 5 %)', value);
  return rate;
}

function invalid(name: string, what: string, value: string | undefined): StartupError {
  return new StartupError(`${name} must be ${what}, not "${value}"`);
}
