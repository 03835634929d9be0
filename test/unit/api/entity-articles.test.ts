import { describe, expect, it } from 'vitest';
import type { IndexStore, Page } from '../../../functions/domain/index/ports';
import type { EdgeRecord, EntityProfile } from '../../../functions/domain/index/records';
import { invokeApi } from './invoke';

const edge: EdgeRecord = {
  entityId: 'person.elena-marsh',
  articleId: 'aOne',
  date: '2026-01-02',
  title: 'Flood plan',
  name: 'Elena Marsh',
  type: 'PERSON',
  mentions: 2,
  roles: ['mayor'],
  said: [1],
  about: [],
};

/** GET `path` through the whole API handler over an index holding `pages` of edges, counting profile reads. */
async function call(path: string, pages: Record<string, Page<EdgeRecord>>, profile: EntityProfile | null) {
  const reads = { profile: 0 };
  const index = {
    entityArticles: async (id: string, _limit: number, cursor?: string) =>
      pages[`${id}@${cursor ?? ''}`] ?? { items: [], cursor: null },
    getEntity: async () => {
      reads.profile++;
      return profile;
    },
  } as unknown as IndexStore;
  const { status, body } = await invokeApi({ index }, { path });
  return { status, body, reads };
}

describe('GET /entities/{id}/articles', () => {
  it('answers 404 NOT_FOUND for an entity no article mentions, as GET /entities/{id} does', async () => {
    const list = await call('/entities/person.nobody/articles', {}, null);
    const profile = await call('/entities/person.nobody', {}, null);
    expect(profile.status).toBe(404);
    expect(list.status).toBe(404);
    expect(list.body).toEqual(profile.body);
    expect(list.body).toEqual({ error: { code: 'NOT_FOUND', message: 'entity person.nobody not found' } });
  });

  it('reads no profile when the first page has articles', async () => {
    const pages = { 'person.elena-marsh@': { items: [edge], cursor: null } };
    const { status, body, reads } = await call('/entities/person.elena-marsh/articles', pages, null);
    expect(status).toBe(200);
    expect(body.items).toMatchObject([{ id: 'aOne', claimsMade: 1, claimsAbout: 0 }]);
    expect(reads.profile).toBe(0);
  });

  it('answers an empty page after the last one, with no profile read', async () => {
    const { status, body, reads } = await call('/entities/person.elena-marsh/articles?cursor=abc', {}, null);
    expect(status).toBe(200);
    expect(body).toEqual({ items: [], cursor: null });
    expect(reads.profile).toBe(0);
  });

  it('answers an empty first page for an entity that exists', async () => {
    const profile = { id: 'person.elena-marsh' } as EntityProfile;
    const { status, body } = await call('/entities/person.elena-marsh/articles', {}, profile);
    expect(status).toBe(200);
    expect(body).toEqual({ items: [], cursor: null });
  });
});
