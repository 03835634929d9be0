import { describe, expect, it } from 'vitest';
import { CursorError } from '../../../functions/commons/dynamo/cursor';
import { invokeApi } from './invoke';

/** A GET through the whole API handler; the index answers empty pages, so only validation can fail. */
const empty = async () => ({ items: [], cursor: null });

async function get(path: string, query: Record<string, string>) {
  const { status, body } = await invokeApi(
    { index: { listArticles: empty, findEntities: empty, listClaims: empty } },
    { path: `${path}?${new URLSearchParams(query)}` },
  );
  return { status, message: body.error?.message as string | undefined };
}

describe('query errors say one thing, the thing that is wrong', () => {
  it('a from that is no date is only "not an ISO 8601 date", not also a calendar day or after to', async () => {
    const { status, message } = await get('/articles', { from: 'yesterday' });
    expect(status).toBe(400);
    expect(message).toMatch(/^query\.from: must be an ISO 8601 date/);
    expect(message).not.toContain('calendar');
    expect(message).not.toContain('after');
  });

  it('a day the calendar lacks is only that', async () => {
    const { message } = await get('/articles', { to: '2026-02-30' });
    expect(message).toBe('query.to: must be a date the calendar has');
  });

  it('counts an entity named twice once against the limit of 5, and refuses 6 different ones', async () => {
    expect((await get('/articles', { entity: 'gpe.x,gpe.x,gpe.x,gpe.x,gpe.x,gpe.x' })).status).toBe(200);
    const six = await get('/articles', { entity: 'gpe.a,gpe.b,gpe.c,gpe.d,gpe.e,gpe.f' });
    expect(six.status).toBe(400);
    expect(six.message).toContain('at most 5 entities');
  });

  it('still says from is after to when both are dates', async () => {
    const { status, message } = await get('/articles', { from: '2026-03-02', to: '2026-03-01' });
    expect(status).toBe(400);
    expect(message).toBe('query.from: from is after to');
  });

  it('an offset whose + arrived as a space (an unencoded query string) says to send %2B', async () => {
    const { status, message } = await get('/articles', { from: '2026-02-05T10:30:00 01:00' });
    expect(status).toBe(400);
    expect(message).toContain('%2B');
    expect(message).not.toContain(';');
  });

  it('an empty or blank q is one message', async () => {
    for (const q of ['', '   ']) {
      const { status, message } = await get('/entities', { q });
      expect(status).toBe(400);
      expect(message).toMatch(/^query\.q: [^;]+$/);
    }
  });

  it.each([
    ['speaker', 'Patrick Ryder'],
    ['about', 'org isis'],
  ])('%s= with a name, not an id, points to GET /entities?q=', async (field, value) => {
    const { status, message } = await get('/claims', { [field]: value });
    expect(status).toBe(400);
    expect(message).toContain(`query.${field}`);
    expect(message).toContain('entity id');
    expect(message).toContain('/entities?q=');
  });

  it('a speaker given twice (joined with a comma) says one speaker is taken', async () => {
    const { status, message } = await get('/claims', { speaker: 'person.a,person.b' });
    expect(status).toBe(400);
    expect(message).toContain('one entity id');
  });

  it.each(['speaker', 'about'])('an empty %s= says it is empty, not that it is a name', async (field) => {
    for (const value of ['', ' ']) {
      const { status, message } = await get('/claims', { [field]: value });
      expect(status).toBe(400);
      expect(message).toMatch(new RegExp(`^query\\.${field}: must not be empty: give an entity id`));
    }
  });

  // API Gateway (and the local stack) hand a repeated parameter over comma-joined
  it.each([
    ['/articles', 'limit', '5,6'],
    ['/entities', 'limit', '5,6'],
    ['/articles', 'from', '2026-03-01,2026-03-02'],
    ['/articles', 'to', '2026-03-01,2026-03-02'],
  ])(
    '%s %s given twice says it takes one value, not that the value is malformed',
    async (path, field, value) => {
      const { status, message } = await get(path, { [field]: value });
      expect(status).toBe(400);
      expect(message).toMatch(new RegExp(`^query\\.${field}: takes one value`));
    },
  );

  it('an empty or over-long cursor or key says which, in words', async () => {
    expect((await get('/articles', { cursor: '' })).message).toBe(
      'query.cursor: must not be empty: leave cursor out for the first page',
    );
    expect((await get('/entities', { cursor: 'c'.repeat(4097) })).message).toMatch(
      /^query\.cursor: is longer than any cursor/,
    );
    expect((await get('/articles', { key: '' })).message).toMatch(/^query\.key: must not be empty/);
    expect((await get('/articles', { key: 'k'.repeat(1025) })).message).toMatch(
      /^query\.key: is longer than any key/,
    );
  });

  it('a cursor the store refuses says what to send instead', async () => {
    const refuse = async () => {
      throw new CursorError('cursor is not valid');
    };
    const { status, body } = await invokeApi(
      { index: { listArticles: refuse } },
      { path: '/articles?cursor=abc' },
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_CURSOR');
    expect(body.error.message).toMatch(/^cursor is not valid: pass back the cursor the last page gave/);
  });
});
