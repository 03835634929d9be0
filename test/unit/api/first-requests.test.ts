import { describe, expect, it } from 'vitest';
import { invokeApi } from './invoke';

// Mistakes a first-time user makes with the README's examples: each answer says what to send instead.
describe("a first user's mistakes are answered with what to send", () => {
  it('entity= with a name, not an id, points to GET /entities?q= as speaker= does', async () => {
    const empty = async () => ({ items: [], cursor: null });
    for (const entity of ['tony blair', 'person.tony-blair,Tony Blair']) {
      const { status, body } = await invokeApi(
        { index: { listArticles: empty } },
        { path: `/articles?${new URLSearchParams({ entity })}` },
      );
      expect(status).toBe(400);
      expect(body.error.message).toContain('query.entity');
      expect(body.error.message).toContain('entity id');
      expect(body.error.message).toContain('/entities?q=');
    }
  });

  it('key= without the ingest prefix is refused with the key it likely meant, not an empty list', async () => {
    const index = {
      getLedger: async () => null,
      getArticles: async () => [],
    };
    const { status, body } = await invokeApi({ index }, { path: '/articles?key=bbc/politics/001.txt' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('incoming/bbc/politics/001.txt');
    // the whole key still lists (here nothing: the stand-in index holds no file)
    const whole = await invokeApi({ index }, { path: '/articles?key=incoming/bbc/politics/001.txt' });
    expect(whole).toEqual({ status: 200, body: { items: [], cursor: null } });
  });

  it("a POST with curl's default form type says what arrived and how to set it", async () => {
    const { status, body } = await invokeApi(
      {},
      {
        method: 'POST',
        path: '/articles',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Port reopens. "We are open," Lina Park said.',
      },
    );
    expect(status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.error.message).toContain('got application/x-www-form-urlencoded');
    expect(body.error.message).toContain('content-type');
  });
});

describe('source=', () => {
  it('reads a source in any case, as sources are stored in lower case', async () => {
    const asked: unknown[] = [];
    const index = {
      listArticles: async (q: { source?: string }) => {
        asked.push(q.source);
        return { items: [], cursor: null };
      },
    };
    expect((await invokeApi({ index }, { path: '/articles?source=BBC' })).status).toBe(200);
    expect(asked).toEqual(['bbc']);
  });

  it('a source with a blank says what a source looks like', async () => {
    const { status, body } = await invokeApi({}, { path: '/articles?source=BBC%20News' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('times.example.com');
  });
});

describe('/entities/{id}', () => {
  it.each(['/entities/Tony%20Blair', '/entities/Tony%20Blair/articles'])(
    '%s with a name points to GET /entities?q=',
    async (path) => {
      const { status, body } = await invokeApi({}, { path });
      expect(status).toBe(400);
      expect(body.error.message).toContain('path.id');
      expect(body.error.message).toContain('/entities?q=');
    },
  );
});
