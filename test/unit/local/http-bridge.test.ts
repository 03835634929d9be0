import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi } from '../../../local/http-bridge';

const seen: APIGatewayProxyEventV2[] = [];
const server = serveApi(async (event) => {
  seen.push(event);
  return { statusCode: 200, body: '{}' };
}, 1024);
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

async function pathOf(path: string): Promise<{ path: string; rawPath: string }> {
  await fetch(`${base}${path}`);
  const event = seen.at(-1) as APIGatewayProxyEventV2;
  return { path: event.requestContext.http.path, rawPath: event.rawPath };
}

describe('the local HTTP bridge hands the path over as API Gateway HTTP APIs do', () => {
  it('decodes percent-escapes, so /entities/person.anna%2Dkowalski is the id person.anna-kowalski', async () => {
    expect(await pathOf('/entities/person.anna%2Dkowalski')).toEqual({
      path: '/entities/person.anna-kowalski',
      rawPath: '/entities/person.anna-kowalski',
    });
    expect((await pathOf('/articles/a%5Fb%7Ec')).path).toBe('/articles/a_b~c');
  });

  it('keeps an escaped slash escaped, so it stays inside its segment', async () => {
    expect((await pathOf('/entities/a%2Fb/articles')).path).toBe('/entities/a%2Fb/articles');
  });

  it('keeps a malformed escape as it came', async () => {
    expect((await pathOf('/articles/a%E0%A4b')).path).toBe('/articles/a%E0%A4b');
  });
});
