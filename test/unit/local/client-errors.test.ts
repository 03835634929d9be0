import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi } from '../../../local/http-bridge';

const server = serveApi(async () => ({ statusCode: 200, body: '{"ok":true}' }), 1024);
beforeAll(async () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw answer to `request` sent as it is (UTF-8), which fetch would percent-encode or refuse. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
const get = (target: string) => raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);

describe('a request the HTTP parser refuses', () => {
  // Node's parser answered these a bare 400 with no body
  it('with raw bytes outside ASCII in its URL is a 400 in the error shape saying to percent-encode', async () => {
    for (const target of ['/entities?q=Müller', '/entities/person.jürgen-klopp']) {
      const answer = await get(target);
      expect(answer, target).toMatch(/^HTTP\/1\.1 400 /);
      expect(bodyOf(answer).error.code).toBe('BAD_REQUEST');
      expect(bodyOf(answer).error.message).toContain('percent-encoded');
    }
  });

  it('of another malformed shape is a 400 in the error shape too, and the server goes on', async () => {
    const answer = await raw('GET /health HTTP/1.1\r\nHost localhost\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(answer).error.message).toMatch(/^not a well-formed HTTP request/);
    expect(await get('/health')).toContain('{"ok":true}');
  });
});
