/**
 * Cold init of one bundled function: import it and handle one event, timed
 * from the first line of this process. Plain ESM, run by node itself, as
 * Lambda runs the bundle.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const started = performance.now();
const [name, dir] = process.argv.slice(2);
const context = {
  functionName: name,
  awsRequestId: 'cold',
  getRemainingTimeInMillis: () => 60_000,
  callbackWaitsForEmptyEventLoop: false,
};
const events = {
  // The ingest function loads its models on the first message, even a test event.
  ingest: {
    Records: [
      {
        messageId: 'm1',
        receiptHandle: 'r',
        body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }),
        attributes: { ApproximateReceiveCount: '1' },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
        awsRegion: 'us-east-1',
      },
    ],
  },
  api: {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/articles',
    rawQueryString: 'limit=1',
    headers: {},
    queryStringParameters: { limit: '1' },
    requestContext: { http: { method: 'GET', path: '/articles' } },
    isBase64Encoded: false,
  },
  batch: {},
};
const mod = await import(pathToFileURL(resolve(dir, 'index.mjs')).href);
const response = await mod.handler(events[name], context);
console.log(JSON.stringify({ ms: performance.now() - started, response }));
