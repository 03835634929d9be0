import type { AddressInfo, Server } from 'node:net';
import type { Config } from '../functions/commons/config';
import { type ApiHandler, serveApi } from './http-bridge';
import { StartupError } from './startup-error';

export interface ApiServer {
  url: string;
  /** Hands requests to the api handler, those that came in while the stack started among them. */
  serve(api: ApiHandler): void;
  close(): Promise<void>;
}

/**
 * The API's HTTP server, listening before anything else starts: a port in
 * use stops the start at once, before the ingest build and storage. Requests
 * that come meanwhile wait until `serve` is given the api handler.
 */
export async function listenApi(port: number, config: Config): Promise<ApiServer> {
  let api: ApiHandler | undefined;
  let started!: () => void;
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  // CORS_ORIGINS configures preflight on AWS too (lib/constructs/query-api.ts)
  const corsOrigins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const server = serveApi(
    async (event, context) => {
      await ready;
      return (api as ApiHandler)(event, context);
    },
    config.MAX_OBJECT_BYTES,
    { corsOrigins },
  );
  await new Promise<void>((resolve, reject) => {
    const refused = (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new StartupError(`port ${port} is in use (another npm start?): set PORT to another port`)
          : err,
      );
    server.once('error', refused);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', refused);
      resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve: (handler) => {
      api = handler;
      started();
    },
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
