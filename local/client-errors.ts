import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * A request Node's HTTP parser refuses before any handler sees it. Its own
 * answer is a bare 400 with no body: a target with raw bytes outside ASCII
 * (`/entities?q=é` typed unencoded) got that. Each now answers in the API's
 * error shape, saying what is wrong; the connection then closes, as Node's does.
 */
export function clientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (socket.writable && (socket as Duplex & { bytesWritten?: number }).bytesWritten === 0) {
    const [status, code, message] = CLIENT_ERRORS[err.code ?? ''] ?? [
      400,
      'BAD_REQUEST',
      `not a well-formed HTTP request (${err.message})`,
    ];
    const body = JSON.stringify({ error: { code, message } });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_INVALID_URL: [
    400,
    'BAD_REQUEST',
    'the URL holds a character sent raw that must be percent-encoded (a byte outside ASCII, or a control character): percent-encode it, as encodeURIComponent or curl --data-urlencode does (é is %C3%A9)',
  ],
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'the request headers are larger than the server reads'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'the request did not arrive in time'],
};
