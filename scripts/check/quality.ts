/**
 * `npm run check:quality -- [--data ../shared/data] [--update]`: runs each
 * `npm run eval` task whose data is under --data (dev and held-out splits,
 * never test) and holds every figure to its floor in
 * scripts/check/quality-floors.json. Exit 1 when one falls under it, so an
 * extraction change that costs quality is seen when it is made. --update
 * writes the figures as the floors: commit them with the change that moved
 * them, and say why. CI runs it with ../shared beside the clone; about 16 s.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTsx } from '../bench/run-process';
import { exitOnError, InputError } from '../lib/exit-on-error';
import { compareFloors, type Floors, readFloors, writeFloors } from './floors';
import { evalsWithData } from './quality-evals';

exitOnError('npm run check:quality');

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    update: { type: 'boolean', default: false },
  },
});
const dataDir = values.data;
if (!statSync(dataDir, { throwIfNoEntry: false })?.isDirectory())
  throw new InputError(`${dataDir}: no such folder (pass --data <the shared data folder>)`);
const evals = evalsWithData(dataDir);
if (evals.length === 0) throw new InputError(`${dataDir}: none of the eval data sets is there`);

const scratch = mkdtempSync(join(tmpdir(), 'check-quality-'));
const figures: Floors = {};
try {
  for (const e of evals) {
    const { result, wallSeconds } = await runTsx<unknown>(
      'scripts/eval.ts',
      e.args(dataDir, join(scratch, e.name)),
    );
    for (const [k, v] of Object.entries(e.figures(result))) figures[`${e.name}.${k}`] = v;
    console.log(`check:quality: ${e.name} evaluated in ${wallSeconds.toFixed(1)} s`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const floors = readFloors();
const { drops, rises, unset, unreadable } = compareFloors(figures, floors);
if (unreadable.length)
  throw new Error(`no number in the eval reports for ${unreadable.join(', ')}: has a report changed shape?`);
if (values.update) {
  writeFloors({ ...floors, ...figures });
  console.log(`check:quality: floors set to this code's figures (${Object.keys(figures).length})`);
  process.exit(0);
}
for (const r of rises) console.log(`  ${r.name}: ${r.now} over its floor ${r.floor} (raise it: --update)`);
for (const name of unset) console.log(`  ${name}: ${figures[name]}, no floor yet (set it: --update)`);
for (const d of drops) console.error(`  ${d.name}: ${d.now} under its floor ${d.floor}`);
if (drops.length) {
  console.error(
    `check:quality: ${drops.length} figure(s) fell under their floors. Mend the change, or if the trade is meant, set new floors with --update and say why in the commit.`,
  );
  process.exit(1);
}
console.log(`check:quality: ${Object.keys(figures).length} figures at or over their floors`);
