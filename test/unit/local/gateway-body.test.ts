import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayBody } from '../../../local/gateway-body';
import { serveApi } from '../../../local/http-bridge';

// "£5" in Windows-1252: 0xA3 is no UTF-8
const WINDOWS_1252 = Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35]);

describe('gatewayBody, the body as an HTTP API hands it to Lambda', () => {
  it.each([
    'text/plain',
    'Text/HTML; charset=shift_jis',
    'text/markdown',
    'application/json',
    'application/xml',
  ])('decodes a %s body as UTF-8, bytes that are not UTF-8 becoming U+FFFD', (type) => {
    expect(gatewayBody(type, WINDOWS_1252)).toEqual({ body: 'Cost \uFFFD5', isBase64Encoded: false });
  });

  it.each([
    'application/octet-stream',
    'application/octet-stream; charset=windows-1252',
    'application/gzip',
    'application/x-ndjson',
    undefined,
  ])('keeps the bytes of a %s body, base64-encoded', (type) => {
    expect(gatewayBody(type, WINDOWS_1252)).toEqual({
      body: WINDOWS_1252.toString('base64'),
      isBase64Encoded: true,
    });
  });

  it('gives no body for an empty one', () => {
    expect(gatewayBody('text/plain', Buffer.alloc(0))).toEqual({ isBase64Encoded: false });
  });
});

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

describe('the local HTTP bridge', () => {
  // it passed every body's bytes intact, so a text POST kept locally was refused 415 BODY_NOT_KEPT on AWS
  it('hands a text body over as API Gateway does: a UTF-8 string, not its bytes', async () => {
    await fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: WINDOWS_1252,
    });
    expect(seen.at(-1)).toMatchObject({ body: 'Cost \uFFFD5', isBase64Encoded: false });
  });

  it('keeps an octet-stream body byte for byte', async () => {
    await fetch(`${base}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: WINDOWS_1252,
    });
    const event = seen.at(-1) as APIGatewayProxyEventV2;
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64').equals(WINDOWS_1252)).toBe(true);
  });
});
