import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handReconcile } from '../../../local/hand-reconcile';

// a stack started before npm run reconcile existed answers /health without local.batchEndpoint
let server: Server;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        status: 'ok',
        local: { s3Endpoint: 'http://127.0.0.1:1', bucket: 'claimtrail-local' },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run reconcile against a stack too old to run a pass by hand', () => {
  it('says to restart that stack, not that none answers', async () => {
    const err: string[] = [];
    const { port } = server.address() as AddressInfo;
    const code = await handReconcile({ port, out: () => undefined, err: (x) => err.push(x) });
    expect(code).toBe(1);
    expect(err).toEqual([
      `claimtrail: the local stack on http://127.0.0.1:${port} was started by an older claimtrail, which serves no reconcile pass by hand (its GET /health names no local.batchEndpoint): stop it (Ctrl+C) and npm start it again, then run this again`,
    ]);
  });
});
