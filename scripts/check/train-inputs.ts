/**
 * `npm run check:train-inputs -- [--data <polnear-dir>] [--conll <conll2003-dir>] [--claimbuster <train.json>]`:
 * whether each trainer given its data still reads what its committed model
 * was trained on (scripts/train/<model>/trained-on.json). Exit 1 when not:
 * `npm run train:<model>` would write another model. CI runs it with
 * ../shared beside the clone; about 25 s for all three.
 */
import { parseArgs } from 'node:util';
import { exitOnError } from '../lib/exit-on-error';
import { type InputsCheck, inputsChecks } from './train-inputs-checks';

exitOnError('npm run check:train-inputs');

const { values } = parseArgs({
  options: { data: { type: 'string' }, conll: { type: 'string' }, claimbuster: { type: 'string' } },
});
const checks = inputsChecks({ polnear: values.data, conll: values.conll, claimbuster: values.claimbuster });
if (checks.length === 0) {
  console.error(
    'usage: npm run check:train-inputs -- [--data <polnear-dir>] [--conll <conll2003-dir>] [--claimbuster <train.json>] (at least one)',
  );
  process.exit(2);
}
let failed = 0;
for (const check of checks) if (!report(check)) failed++;
process.exit(failed ? 1 : 0);

function report(check: InputsCheck): boolean {
  const started = performance.now();
  const now = check.digest();
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (now === check.recorded) {
    console.log(
      `check:train-inputs: the ${check.model} trainer's inputs match the committed model's (${now}, ${took})`,
    );
    return true;
  }
  console.error(
    [
      `check:train-inputs: the ${check.model} trainer's inputs changed since the committed model was trained`,
      `  recorded ${check.recorded}`,
      `  now      ${now}`,
      `so \`${check.command}\` would write another model.`,
      check.advice,
    ].join('\n'),
  );
  return false;
}
