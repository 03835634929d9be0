import { reportIndexing } from './indexing-progress';
import { waitUntilQuiet } from './quiet';
import { localSettings } from './settings';
import { startLocalStack } from './stack';
import { StartupError } from './startup-error';
import { startupReconcile } from './startup-reconcile';

/** `npm start`: the local stack, samples ingested, example queries printed. */
const settings = (() => {
  try {
    return localSettings();
  } catch (err) {
    if (!(err instanceof StartupError)) throw err;
    console.error(`claimtrail: ${err.message}`);
    return process.exit(2);
  }
})();
const { home, samples, restoreSamples } = settings;

const stack = await startLocalStack({
  ...settings,
  log: (m) => console.log(m),
}).catch((err: unknown) => {
  // what the user can fix gets one line; anything else is a bug and keeps its stack
  console.error(err instanceof StartupError ? `claimtrail: ${err.message}` : err);
  return process.exit(1);
});
console.log(`claimtrail local stack (state in ${home})`);
console.log(`API:          ${stack.apiUrl}`);
console.log(`S3 endpoint:  ${stack.s3Endpoint}  bucket ${stack.bucket}, ingest prefix ${stack.ingestPrefix}`);

await startupReconcile(
  () => stack.reconcile(),
  (m) => console.log(m),
  { leaseMs: stack.leaseMs },
);
if (samples) {
  const keys = await stack.uploadSamples(restoreSamples);
  console.log(
    keys.length > 0
      ? `uploaded ${keys.length} sample files; indexing...`
      : 'sample files are put into a fresh state folder only (SAMPLES=1 puts back deleted ones)',
  );
}
if (!(await waitUntilQuiet(stack.queue, 60_000))) {
  const { visible, inFlight } = stack.queue.stats();
  console.log(
    `still indexing: ${visible + inFlight} queue messages waiting or in progress; a line follows every 30 s until done`,
  );
}
reportIndexing(stack.queue, (m) => console.log(m));
printExamples(stack.apiUrl, samples);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    stack.stop().then(
      () => process.exit(0),
      (err: Error) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}

/** Example queries; those naming the sample articles' people only when the samples were uploaded. */
function printExamples(api: string, withSamples: boolean): void {
  const sampleQueries = withSamples
    ? `
  curl -s '${api}/entities?q=marsh'
  curl -s '${api}/claims?speaker=person.elena-marsh'
  curl -s '${api}/articles?entity=org.world-health-organization'`
    : `
  curl -s '${api}/entities?q=<a name>'
  curl -s '${api}/claims?speaker=<an entity id from /entities>'`;
  console.log(`
Ready. Try:
  curl -s ${api}/health
  curl -s '${api}/articles?limit=10'${sampleQueries}
  curl -s -X POST -H 'content-type: text/plain' -H 'x-filename: my-article.txt' --data-binary @my-article.txt ${api}/articles
Press Ctrl+C to stop.`);
}
