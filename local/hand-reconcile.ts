import { request } from 'node:http';
import type { BatchReport } from '../functions/batch/handler';
import { reportLines } from './reconcile-passes';

export interface HandReconcileIo {
  /** The API's port (PORT, as `npm start` was given it). */
  port: number;
  /** The batch event, as `aws lambda invoke --payload` takes it; none is a full pass. */
  payload?: string;
  out: (text: string) => void;
  err: (line: string) => void;
}

/**
 * `npm run reconcile`: one pass of the batch function in the running local
 * stack, as `aws lambda invoke` runs one on AWS. The stack's GET /health
 * names its batch endpoint; the report goes to stdout (what out.json holds on
 * AWS), what it did to stderr in the lines the stack logs. Exit code: 0, 1 when
 * the pass failed or no stack answers, 2 for a payload that is no JSON.
 */
export async function handReconcile(io: HandReconcileIo): Promise<number> {
  const payload = io.payload ?? '{}';
  try {
    JSON.parse(payload);
  } catch {
    io.err(
      `claimtrail: the payload is no JSON: ${payload} (give '{"mode":"full"}' or '{"mode":"recent","recentHours":72}')`,
    );
    return 2;
  }
  const endpoint = await batchEndpointOf(`http://127.0.0.1:${io.port}`);
  if ('problem' in endpoint) {
    io.err(`claimtrail: ${endpoint.problem}`);
    return 1;
  }
  let reply: { status: number; failed: boolean; body: string };
  try {
    reply = await invoke(endpoint.url, payload);
  } catch (err) {
    io.err(`claimtrail: the local stack stopped before the pass ended: ${(err as Error).message}`);
    return 1;
  }
  const { status, failed, body } = reply;
  const answer = JSON.parse(body) as BatchReport & { errorMessage?: string };
  if (status !== 200 || failed) {
    io.err(`claimtrail: the pass failed: ${answer.errorMessage ?? body}`);
    return 1;
  }
  io.out(`${JSON.stringify(answer, null, 2)}\n`);
  const lines = reportLines(answer);
  for (const line of lines) io.err(line);
  if (lines.length === 0) io.err(`reconcile: all ${answer.listed} stored objects checked were in order`);
  return 0;
}

/**
 * The batch endpoint the stack's GET /health names. A stack started before
 * it had one answers /health without it: that one needs a restart, where
 * "no stack answers" would send the user looking for another port.
 */
async function batchEndpointOf(api: string): Promise<{ url: string } | { problem: string }> {
  let health: { local?: { batchEndpoint?: unknown } } | undefined;
  try {
    health = (await (await fetch(`${api}/health`)).json()) as typeof health;
  } catch {}
  const url = health?.local?.batchEndpoint;
  if (typeof url === 'string') return { url };
  if (health?.local)
    return {
      problem: `the local stack on ${api} was started by an older claimtrail, which serves no reconcile pass by hand (its GET /health names no local.batchEndpoint): stop it (Ctrl+C) and npm start it again, then run this again`,
    };
  return { problem: `no local stack answers on ${api}: start one with npm start, or set PORT to its port` };
}

/** Lambda's Invoke call; plain http: a pass over a big bucket can outlast fetch's 5-minute header timeout. */
function invoke(
  endpoint: string,
  payload: string,
): Promise<{ status: number; failed: boolean; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${endpoint}/2015-03-31/functions/claimtrail-batch/invocations`,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            failed: Boolean(res.headers['x-amz-function-error']),
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
