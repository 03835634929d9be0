import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../functions/domain/parse/index';
import { bytesOf, KOI8_R } from '../parse/charset-fixture';
import { invokeApi } from './invoke';

const [, russian, koi8] = KOI8_R;

/** POST /articles through the whole API handler, recording what would be stored. */
async function post(contentType: string, body: Uint8Array = bytesOf(koi8), asText = false) {
  const stored: { key: string; body: Uint8Array; contentType: string }[] = [];
  const { status, body: answer } = await invokeApi(
    {
      index: { putArticle: async () => undefined },
      objects: {
        put: async (key: string, bytes: Uint8Array, type: string) => {
          stored.push({ key, body: bytes, contentType: type });
          return { etag: 'e' };
        },
      },
    },
    { method: 'POST', path: '/articles', headers: { 'content-type': contentType }, body, asText },
  );
  return { status, answer, stored };
}

describe('POST /articles and a declared charset', () => {
  it('stores the bytes as received, with the charset in the object Content-Type', async () => {
    const { status, stored } = await post('text/plain; charset=KOI8-R');
    expect(status).toBe(202);
    expect(stored).toHaveLength(1);
    expect(Buffer.from(stored[0]?.body ?? []).equals(bytesOf(koi8))).toBe(true);
    expect(stored[0]?.contentType).toBe('text/plain; charset=koi8-r');
  });

  it('stores what ingest then reads as declared, a quoted label too', async () => {
    for (const type of ['text/plain; charset=koi8-r', 'text/plain; format=flowed; charset="koi8-r"']) {
      const [object] = (await post(type)).stored;
      const [part] = await parseFile({
        key: object?.key ?? '',
        bytes: object?.body ?? new Uint8Array(),
        contentType: object?.contentType,
      });
      expect(part && 'article' in part ? part.article.text : null).toBe(russian);
    }
  });

  it('keeps a label that is no token quoted', async () => {
    const { stored } = await post(
      'text/plain; charset="iso_8859-1:1987"',
      Buffer.from('The mayor said so today.'),
    );
    expect(stored[0]?.contentType).toBe('text/plain; charset="iso_8859-1:1987"');
  });

  it('stores the bare media type when no charset is declared, as before', async () => {
    expect((await post('Text/Plain')).stored[0]?.contentType).toBe('text/plain');
  });

  it('answers 415 UNSUPPORTED_CHARSET for a charset no decoder knows, storing nothing', async () => {
    const { status, answer, stored } = await post('text/plain; charset=koi8-x');
    expect(status).toBe(415);
    expect(answer.error.code).toBe('UNSUPPORTED_CHARSET');
    expect(answer.error.message).toContain('"koi8-x"');
    expect(stored).toEqual([]);
  });

  it.each(['text/plain charset=koi8-r', 'text/plain; charset', 'text/plain; charset="koi8-r'])(
    'answers 400 for a Content-Type that is no media type (%s), storing nothing',
    async (type) => {
      const { status, answer, stored } = await post(type);
      expect(status).toBe(400);
      expect(answer.error.code).toBe('BAD_REQUEST');
      expect(answer.error.message).toContain('headers.content-type');
      expect(stored).toEqual([]);
    },
  );

  it('still answers 415 for a media type it does not read', async () => {
    const { status, answer } = await post('image/png');
    expect(status).toBe(415);
    expect(answer.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  describe('a body API Gateway hands over as UTF-8 text', () => {
    it("answers 415 BODY_NOT_KEPT when the declared charset's bytes did not survive, storing nothing", async () => {
      const { status, answer, stored } = await post('text/plain; charset=koi8-r', bytesOf(koi8), true);
      expect(status).toBe(415);
      expect(answer.error.code).toBe('BODY_NOT_KEPT');
      expect(answer.error.message).toContain('application/octet-stream; charset=koi8-r');
      expect(stored).toEqual([]);
    });

    it('stores text that arrived whole as UTF-8, whatever charset the client declared', async () => {
      // the gateway either found the bytes valid UTF-8 or decoded them: the string is the text
      const { status, stored } = await post('text/plain; charset=koi8-r', Buffer.from(russian), true);
      expect(status).toBe(202);
      expect(stored[0]?.contentType).toBe('text/plain; charset=utf-8');
      const [part] = await parseFile({
        key: stored[0]?.key ?? '',
        bytes: stored[0]?.body ?? new Uint8Array(),
        contentType: stored[0]?.contentType,
      });
      expect(part && 'article' in part ? part.article.text : null).toBe(russian);
    });

    // Windows-1252 bytes: "£5", then “curly quotes”
    const cp1252 = Buffer.from([
      0xa3, 0x35, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x68, 0x65,
    ]);

    it.each(['text/plain', 'text/plain; charset=utf-8'])(
      'answers 415 BODY_NOT_KEPT for bytes that were not UTF-8 sent as %s, storing nothing',
      async (type) => {
        const { status, answer, stored } = await post(type, cp1252, true);
        expect(status).toBe(415);
        expect(answer.error.code).toBe('BODY_NOT_KEPT');
        expect(answer.error.message).toContain('replaced by U+FFFD');
        expect(answer.error.message).toContain('application/octet-stream with an x-filename');
        expect(stored).toEqual([]);
        // the way the 415 points to keeps the bytes, and ingest reads them right
        const sent = await post('application/octet-stream', cp1252);
        const [part] = await parseFile({
          key: `${sent.stored[0]?.key}.txt`,
          bytes: sent.stored[0]?.body ?? cp1252,
        });
        expect(part && 'article' in part ? part.article.text : null).toBe('£5 “ok” said he');
      },
    );

    it('takes UTF-8 text with no charset as before', async () => {
      const utf8 = Buffer.from('Ms Łukasz said the café – closed – would reopen.');
      const { status, stored } = await post('text/plain', utf8, true);
      expect(status).toBe(202);
      expect(Buffer.from(stored[0]?.body ?? []).equals(utf8)).toBe(true);
    });
  });

  it('reads a binary body declared with a charset, the way the 415 points to', async () => {
    const { status, stored } = await post('application/octet-stream; charset=koi8-r');
    expect(status).toBe(202);
    const [part] = await parseFile({
      key: `${stored[0]?.key ?? ''}.txt`,
      bytes: stored[0]?.body ?? new Uint8Array(),
      contentType: stored[0]?.contentType,
    });
    expect(part && 'article' in part ? part.article.text : null).toBe(russian);
  });
});
