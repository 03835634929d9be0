import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Lambda's Invoke path: `aws lambda invoke --endpoint-url` sends it, so the README's command works locally. */
const INVOKE = /^\/2015-03-31\/functions\/[^/]{1,170}\/invocations$/;

export interface BatchEndpoint {
  url: string;
  close(): Promise<void>;
}

/**
 * The batch function by hand, as Lambda's Invoke API serves it on AWS: the
 * payload is its event, the answer its report (`npm run reconcile`, or `aws
 * lambda invoke --endpoint-url …`). A failed pass answers 200 with
 * X-Amz-Function-Error and the error, as Lambda does. Loopback only.
 */
export async function serveBatch(invoke: (event: unknown) => Promise<unknown>): Promise<BatchEndpoint> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || !INVOKE.test(new URL(req.url ?? '/', 'http://localhost').pathname)) {
      req.resume();
      return send(res, 404, { message: 'POST /2015-03-31/functions/claimtrail-batch/invocations' });
    }
    void answer(invoke, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(
  invoke: (event: unknown) => Promise<unknown>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    send(res, 200, await invoke(text.trim() ? JSON.parse(text) : {}));
  } catch (err) {
    const { name, message } = err as Error;
    send(res, 200, { errorType: name, errorMessage: message }, { 'x-amz-function-error': 'Unhandled' });
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amz-executed-version': '$LATEST',
    ...headers,
  });
  res.end(JSON.stringify(body));
}
