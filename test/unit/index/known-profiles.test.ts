import { describe, expect, it } from 'vitest';
import { KnownProfiles } from '../../../functions/commons/dynamo/known-profiles';
import { IndexWriter } from '../../../functions/commons/dynamo/writes';
import type { ProfileRecord } from '../../../functions/domain/index/records';
import { failedRecord, type IndexedArticle } from '../../../functions/domain/index/records-for';
import { memoryClient } from './memory-client';

const profile = (id: string, aliases: string[] = []): ProfileRecord => ({
  id,
  name: id.split('.')[1] as string,
  type: 'ORG',
  aliases,
});

describe('KnownProfiles', () => {
  it('forgets the least recently used profile past its capacity', () => {
    const known = new KnownProfiles(2);
    known.remember(profile('org.a'));
    known.remember(profile('org.b'));
    known.get('org.a');
    known.remember(profile('org.c'));
    expect(known.get('org.b')).toBeUndefined();
    expect(known.get('org.a')?.id).toBe('org.a');
    expect(known.size).toBe(2);
  });
});

const article = (...profiles: ProfileRecord[]): IndexedArticle => ({
  article: {
    ...failedRecord('incoming/a.txt', 0, 's', { code: 'X', message: 'x' }, '2026'),
    status: 'indexed',
  },
  edges: [],
  claims: null,
  profiles,
});

describe('IndexWriter profiles', () => {
  it('reads each entity once per container and writes its name entries once', async () => {
    const db = memoryClient();
    const writer = new IndexWriter(db.client, 't');
    await writer.writeArticles([article(profile('org.acme'), profile('org.beta'))], [], []);
    const namesAfterFirst = db.items.size;
    await writer.writeArticles([article(profile('org.acme'), profile('org.gamma'))], [], []);
    expect(db.reads.flat().filter((sk) => sk.startsWith('acme#'))).toHaveLength(1);
    expect(db.reads.at(-1)).toEqual(['gamma#org.gamma']);
    // gamma's name entry and the second article item, nothing for acme again
    expect(db.items.size).toBe(namesAfterFirst + 1);
  });

  it('still adds a new alias to an entity it knows', async () => {
    const db = memoryClient();
    const writer = new IndexWriter(db.client, 't');
    await writer.writeArticles([article(profile('org.acme'))], [], []);
    await writer.writeArticles([article(profile('org.acme', ['Acme Corp']))], [], []);
    // the profile's own write, then the alias added
    expect(db.updates).toEqual(['acme#org.acme', 'acme#org.acme']);
    expect(db.items.get('NAME#a|acme#org.acme')?.aliases).toEqual(new Set(['Acme Corp']));
    expect([...db.items.keys()].some((k) => k.includes('acme corp#org.acme'))).toBe(true);
  });

  it('does not remember a profile whose write failed, so the retry writes it', async () => {
    let fail = true;
    const db = memoryClient({ failWrites: () => fail });
    const writer = new IndexWriter(db.client, 't');
    await expect(writer.writeArticles([article(profile('org.acme'))], [], [])).rejects.toThrow('throttled');
    fail = false;
    await writer.writeArticles([article(profile('org.acme'))], [], []);
    expect(db.reads).toHaveLength(2);
    expect(db.items.has('NAME#a|acme#org.acme')).toBe(true);
  });
});
