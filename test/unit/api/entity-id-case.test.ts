import { describe, expect, it } from 'vitest';
import type { ArticleQuery, ClaimQuery } from '../../../functions/domain/index/ports';
import { invokeApi } from './invoke';

/** Every entity id a route hands the index, through the whole API handler. */
async function idsAsked(path: string): Promise<{ status: number; ids: string[] }> {
  const ids: string[] = [];
  const index = {
    listArticles: async (q: ArticleQuery) => {
      ids.push(...q.entityIds);
      return { items: [], cursor: null };
    },
    listClaims: async (q: ClaimQuery) => {
      ids.push(...[q.speaker, q.about].filter((s): s is string => !!s));
      return { items: [], cursor: null };
    },
    getEntity: async (id: string) => {
      ids.push(id);
      return null;
    },
  };
  const { status } = await invokeApi({ index }, { path });
  return { status, ids };
}

// ids are lower-case slugs (entities/ids.ts): an id typed with capitals would otherwise find nothing
describe('entity ids typed with capitals', () => {
  it.each([
    ['/claims?speaker=Person.Walter-Wong', ['person.walter-wong']],
    ['/claims?about=ORG.Pentagon', ['org.pentagon']],
    ['/articles?entity=Person.Walter-Wong,org.Pentagon', ['person.walter-wong', 'org.pentagon']],
    ['/entities/Person.Tom-Reyes', ['person.tom-reyes']],
  ])('%s asks the index for %j', async (path, want) => {
    const { ids } = await idsAsked(path);
    expect(ids).toEqual(want);
  });

  it('counts an id given in two cases once', async () => {
    const { status, ids } = await idsAsked('/articles?entity=person.walter-wong,Person.Walter-Wong');
    expect(status).toBe(200);
    expect(ids).toEqual(['person.walter-wong']);
  });
});
