import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../functions/domain/entities/common-word-list';
import { BUNDLE_SETTINGS, bundleLazyPackages, PROJECT_ROOT } from '../../lib/bundle-settings';
import { LAZY_PACKAGES } from '../../lib/lazy-packages';
import { buildBundles, filesIn } from '../../scripts/bench/bundles';
import { runNode } from '../../scripts/bench/run-process';

const root = mkdtempSync(join(tmpdir(), 'bundles-'));
let dirs: Record<string, string> = {};

beforeAll(async () => {
  dirs = await buildBundles(join(root, 'functions'));
});

const pathsIn = (dir: string) => filesIn(dir).map((f) => f.path);
const bytesIn = (dir: string) => filesIn(dir).reduce((n, f) => n + f.bytes, 0);

// Endpoints nobody listens on: a first message that reached S3 or DynamoDB would fail.
const offline = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'y',
  AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9',
  AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
  TABLE_NAME: 't',
  BUCKET_NAME: 'b',
  QUEUE_URL: 'http://127.0.0.1:9/q',
  LOG_LEVEL: 'WARN',
};

describe('Lambda bundles as deployed', () => {
  it('fit the 3 MB budget, models included, with the AWS SDK bundled in', () => {
    const ingest = dirs.ingest as string;
    expect(pathsIn(ingest)).toEqual([
      'attribution.bin.br',
      'checkworthy.bin.br',
      'index.mjs',
      'ner.bin.br',
      'node_modules/@mozilla/readability/index.mjs',
      'node_modules/@mozilla/readability/package.json',
      'node_modules/linkedom/index.mjs',
      'node_modules/linkedom/package.json',
      'node_modules/marked/index.mjs',
      'node_modules/marked/package.json',
    ]);
    expect(bytesIn(ingest)).toBeLessThanOrEqual(3_000_000);
    // linkedom's bundle keeps only htmlparser2's Parser, not the rest of its namespace (BUNDLE_SETTINGS.alias)
    const linkedom = readFileSync(join(ingest, 'node_modules/linkedom/index.mjs'), 'utf8');
    for (const unused of ['DomUtils', 'parseFeed', 'createDomStream']) expect(linkedom).not.toContain(unused);
    // the word lists ship packed, not one word a line (entities/packed-words.ts)
    const ingestCode = readFileSync(join(ingest, 'index.mjs'), 'utf8');
    expect(ingestCode).not.toContain('\nabandon\nabandoned\n');
    expect(ingestCode).toContain(COMMON_WORDS);
    // the S3 client keeps the shapes of the operations we send only (lib/literal-schema-keys.ts)
    expect(ingestCode).toContain('GetObject');
    expect(ingestCode).not.toContain('PutBucketAbac');
    // nor the event-stream codec (commons/no-event-streams.ts), nor the clients' whole package.json
    expect(ingestCode).not.toContain('event stream union');
    expect(ingestCode).not.toContain('AWS SDK for JavaScript S3 Client');
    // the ingest function syncs objects with no API queries or cursors (commons/dynamo/sync-index.ts)
    expect(ingestCode).not.toContain('cursor is not valid');
    expect(readFileSync(join(dirs.api as string, 'index.mjs'), 'utf8')).toContain('cursor is not valid');
    // zod/mini, not classic zod, with its English messages (domain/model/zod.ts)
    for (const name of ['ingest', 'batch']) {
      const code = readFileSync(join(dirs[name] as string, 'index.mjs'), 'utf8');
      expect(code).not.toContain('"ZodString"');
      expect(code).toContain('Too small: expected');
    }
    for (const dir of Object.values(dirs)) {
      expect(bytesIn(dir)).toBeLessThanOrEqual(3_000_000);
      // nothing is left for the runtime's copy of the SDK to provide
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      // zod's locales stay out: reaching one through a namespace (z.core, z.locales) bundles all ~330 KB
      expect(code).not.toContain('Eingabe: erwartet');
      expect(code.match(/from\s*["']@aws-sdk\/[\w-]+/g)).toBeNull();
      expect(code.includes('x-amz-content-sha256')).toBe(true); // the SDK's request signer
      // the lazy packages are imported on first use only, never with the bundle
      for (const name of Object.keys(LAZY_PACKAGES))
        expect(code).not.toMatch(new RegExp(`from\\s*"${name}"`));
      // credentials come from the environment only: no SSO, profile files, process or web identity
      for (const provider of ['sso_start_url', 'credential_process', 'AWS_WEB_IDENTITY_TOKEN_FILE'])
        expect(code.includes(provider)).toBe(false);
    }
  });

  it('the ingest bundle loads its models and handles a first message in a fresh process', async () => {
    const dir = dirs.ingest as string;
    const { result } = await runNode<{ response: unknown }>(
      ['scripts/bench/cold-worker.mjs', 'ingest', dir],
      {
        ...offline,
        CLAIMTRAIL_MODEL_DIR: dir,
      },
    );
    expect(result.response).toEqual({ batchItemFailures: [] });
  });

  it('the ingest bundle fails its first message loudly when a model is missing', async () => {
    const dir = dirs.ingest as string;
    await expect(
      runNode(['scripts/bench/cold-worker.mjs', 'ingest', dir], {
        ...offline,
        CLAIMTRAIL_MODEL_DIR: mkdtempSync(join(tmpdir(), 'no-models-')),
      }),
    ).rejects.toThrow(/exited with 1/);
  });

  it('signs with the credentials Lambda puts in the environment, and fails fast without them', async () => {
    const seen: IncomingMessage['headers'][] = [];
    const dynamo = createServer((req, res) => {
      seen.push(req.headers);
      req.resume().on('end', () => {
        res.setHeader('content-type', 'application/x-amz-json-1.0');
        res.end(JSON.stringify({ Count: 0, Items: [], ScannedCount: 0 }));
      });
    });
    await new Promise<void>((done) => dynamo.listen(0, '127.0.0.1', done));
    const endpoint = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;
    const listArticles = (keys: Record<string, string>) =>
      runNode<{ response: { statusCode: number } }>(
        ['scripts/bench/cold-worker.mjs', 'api', dirs.api as string],
        {
          ...offline,
          AWS_ENDPOINT_URL_DYNAMODB: endpoint,
          ...keys,
        },
      );
    try {
      const signed = await listArticles({ AWS_ACCESS_KEY_ID: 'AKIDFROMENV', AWS_SESSION_TOKEN: 'token-1' });
      expect(signed.result.response.statusCode).toBe(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.authorization).toContain('Credential=AKIDFROMENV/');
      expect(seen[0]?.['x-amz-security-token']).toBe('token-1');
      // no other provider (ini files, SSO, instance metadata) is tried: no request goes out
      const unsigned = await listArticles({ AWS_ACCESS_KEY_ID: '', AWS_PROFILE: 'nobody' });
      expect(unsigned.result.response.statusCode).toBe(500);
      expect(seen).toHaveLength(1);
    } finally {
      dynamo.close();
    }
  });

  it('parses HTML, Markdown and JSON with the lazy packages shipped beside the bundle', async () => {
    // bundled as the functions are, outside the project: bare imports find only what was shipped
    const dir = join(root, 'parse');
    const entry = join(root, 'parse-entry.ts');
    writeFileSync(entry, `export { parseFile } from '${PROJECT_ROOT}functions/domain/parse/index';\n`);
    await build({
      entryPoints: [entry],
      outfile: join(dir, 'index.mjs'),
      bundle: true,
      platform: 'node',
      format: BUNDLE_SETTINGS.format,
      banner: { js: BUNDLE_SETTINGS.banner },
      external: [...BUNDLE_SETTINGS.externalModules],
      alias: { ...BUNDLE_SETTINGS.alias },
      logLevel: 'error',
    });
    execFileSync('bash', ['-c', bundleLazyPackages(PROJECT_ROOT, dir)]);
    expect(pathsIn(dir).filter((f) => f.endsWith('index.mjs'))).toEqual([
      'index.mjs',
      'node_modules/@mozilla/readability/index.mjs',
      'node_modules/linkedom/index.mjs',
      'node_modules/marked/index.mjs',
    ]);
    const { parseFile } = (await import(
      pathToFileURL(join(dir, 'index.mjs')).href
    )) as typeof import('../../functions/domain/parse/index');
    const textOf = async (key: string, body: string) => {
      const [part] = await parseFile({ key, bytes: Buffer.from(body) });
      return part && 'article' in part ? part.article : null;
    };
    // a style sheet, which the CSS parser left out of the bundles must not be asked to read
    const html = await textOf(
      'dam.html',
      '<html><head><title>Dam opens</title><style>p { color: red }</style></head><body><article><h1>Dam opens</h1>' +
        '<p>The new dam on the river opened on Monday after eleven years of building work and delays.</p>' +
        '<style>.x{}</style><p>Officials said it would supply power to two hundred thousand homes in the region.</p>' +
        '</article></body></html>',
    );
    expect(html?.text).toContain('two hundred thousand homes');
    expect(html?.text).not.toContain('color');
    const md = await textOf(
      'dam.md',
      '# Dam opens\n\nThe new dam on the river *opened* on Monday after delays.\n',
    );
    expect(md?.title).toBe('Dam opens');
    expect(md?.text).toBe('The new dam on the river opened on Monday after delays.');
    const json = await textOf(
      'dam.json',
      JSON.stringify({
        title: 'Dam opens',
        body: '<p>The new dam opened on Monday.</p><p>It cost a lot of money.</p>',
      }),
    );
    expect(json?.text).toBe('The new dam opened on Monday.\n\nIt cost a lot of money.');
  });
});
