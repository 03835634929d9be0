import { handReconcile } from './hand-reconcile';

/** `npm run reconcile [-- '<batch event>']`: a pass in the running local stack (see ./hand-reconcile). */
const port = process.env.PORT || '3000';
if (!/^\d{1,5}$/.test(port)) {
  console.error(`claimtrail: PORT must be the local stack's API port; got ${port}`);
  process.exit(2);
}
process.exitCode = await handReconcile({
  port: Number(port),
  payload: process.argv[2],
  out: (text) => process.stdout.write(text),
  err: (line) => console.error(line),
});
