import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../functions/commons/config';
import { listenApi } from '../../../local/api-server';
import { StartupError } from '../../../local/startup-error';

const config = loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' });

describe("the local stack's API server", () => {
  it('listens at once, and answers the requests that came meanwhile once it is given the handler', async () => {
    const server = await listenApi(0, config);
    try {
      const early = fetch(`${server.url}/health`).then(async (r) => [r.status, await r.text()]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      server.serve(async () => ({ statusCode: 200, body: '{"ok":true}' }));
      expect(await early).toEqual([200, '{"ok":true}']);
    } finally {
      await server.close();
    }
  });

  it('refuses a port in use with a StartupError naming it, and frees its port on close', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    const refused = await listenApi(port, config).catch((err: Error) => err);
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as Error).message).toContain(`port ${port} is in use`);
    await new Promise((resolve) => holder.close(resolve));
    const server = await listenApi(port, config);
    await server.close();
    const again = await listenApi(port, config);
    await again.close();
  });
});
