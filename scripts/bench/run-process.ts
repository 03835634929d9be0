import { spawn } from 'node:child_process';

export interface ProcessResult<T> {
  /** Wall time of the whole process, start to exit. */
  wallSeconds: number;
  result: T;
}

/** Runs `node --import tsx <script> ...args` and parses the JSON its stdout ends with. */
export function runTsx<T>(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ProcessResult<T>> {
  return runNode(['--import', 'tsx', script, ...args], env);
}

/** Runs node with the given arguments and parses the JSON its stdout ends with. */
export function runNode<T>(argv: string[], env: Record<string, string> = {}): Promise<ProcessResult<T>> {
  const script = argv.find((a) => !a.startsWith('-') && a !== 'tsx') ?? 'node';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, {
      env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${last}`));
      try {
        resolve({ wallSeconds, result: trailingJson(out) as T });
      } catch {
        reject(new Error(`${script} printed no JSON: ${last}`));
      }
    });
  });
}

/** The last line as JSON, or else the document from the last line that opens one (pretty-printed output). */
export function trailingJson(out: string): unknown {
  const lines = out.trim().split('\n');
  try {
    return JSON.parse(lines.at(-1) ?? '');
  } catch {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i]?.startsWith('{')) return JSON.parse(lines.slice(i).join('\n'));
    }
    throw new Error('no JSON');
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
