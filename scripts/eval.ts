/**
 * `npm run eval -- <task> ...`: dispatches to scripts/eval/<task>.ts, each of
 * which exports `main(argv)` and prints a JSON summary on stdout.
 */
import { exitOnError } from './lib/exit-on-error';

const TASKS = ['ner', 'attribution', 'checkworthy', 'html', 'speakers'] as const;
type Task = (typeof TASKS)[number];

const [task, ...rest] = process.argv.slice(2);
if (!task || !(TASKS as readonly string[]).includes(task)) {
  console.error(`usage: npm run eval -- <${TASKS.join('|')}> <data> --out <path>`);
  process.exit(2);
}
exitOnError(`npm run eval -- ${task}`);
const mod = (await import(`./eval/${task as Task}.ts`)) as { main(argv: string[]): Promise<void> };
await mod.main(rest);
