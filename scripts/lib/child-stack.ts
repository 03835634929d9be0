import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LocalInfo {
  s3Endpoint: string;
  dynamoEndpoint: string;
  table: string;
  bucket: string;
  ingestPrefix: string;
  queue: { visible: number; inFlight: number; processed: number; deadLetters: number; redeliveries: number };
  lastReconcile: { startedAt: string; listed: number; enqueued: number; inProgress: number } | null;
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm start` in a child process, on a given state folder, that can be killed and started again. */
export class ChildStack {
  private child: ChildProcess | undefined;
  readonly apiUrl: string;

  constructor(
    private readonly home: string,
    private readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.apiUrl = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<LocalInfo> {
    const log = createWriteStream(join(this.home, 'stack.log'), { flags: 'a' });
    // node --import tsx: one process, so SIGKILL leaves nothing running behind it.
    this.child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      env: {
        ...process.env,
        ...this.env,
        CLAIMTRAIL_HOME: this.home,
        PORT: String(this.port),
        SAMPLES: '0',
        NODE_NO_WARNINGS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.pipe(log);
    this.child.stderr?.pipe(log);
    for (let i = 0; i < 600; i++) {
      const info = await this.info().catch(() => null);
      if (info) return info;
      if (this.child.exitCode !== null)
        throw new Error(`local stack exited with ${this.child.exitCode}; see ${this.home}/stack.log`);
      await sleep(100);
    }
    throw new Error('local stack did not answer /health within 60 s');
  }

  async info(): Promise<LocalInfo> {
    const res = await fetch(`${this.apiUrl}/health`);
    return ((await res.json()) as { local: LocalInfo }).local;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
