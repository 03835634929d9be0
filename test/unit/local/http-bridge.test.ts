import { type AddressInfo, connect } from 'node:net';
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

/** What the server answers a raw HTTP/1.1 request line naming `target`, which fetch would refuse to send. */
function rawGet(target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('a request target no URL parser reads', () => {
  // new URL threw inside the server's request listener: an uncaught exception, which
  // ended the whole local stack (API, queue and ingest) on one malformed request
  it("is answered 400 in the API's error shape, and the server goes on", async () => {
    const answer = await rawGet('http://[::1/articles');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain('the request target http://[::1/articles is no URL');
    expect((await pathOf('/articles/after')).path).toBe('/articles/after');
  });
});

describe('a path that starts with "//"', () => {
  it('is a path, not a host: //x/articles is no route, not GET /articles', async () => {
    const before = seen.length;
    for (const target of ['//x/articles', '//']) {
      const answer = await rawGet(target);
      expect(answer).toMatch(/^HTTP\/1\.1 404 /);
      expect(answer.endsWith('{"message":"Not Found"}')).toBe(true);
    }
    expect(seen.length).toBe(before);
  });
});
