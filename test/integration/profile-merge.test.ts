import { BatchGetCommand, type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProfileItem } from '../../functions/commons/dynamo/items';
import { IndexWriter } from '../../functions/commons/dynamo/writes';
import { keys } from '../../functions/domain/index/keys';
import type { ProfileRecord } from '../../functions/domain/index/records';
import { failedRecord, type IndexedArticle } from '../../functions/domain/index/records-for';
import { startTestStack, type TestStack } from './harness';

const TABLE = 'claimtrail-local';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

/** An article of `key` whose one entity is `id`, as it names it. */
function about(id: string, key: string, name: string, aliases: string[]): IndexedArticle {
  const profile: ProfileRecord = { id, name, type: 'PERSON', aliases };
  return {
    article: { ...failedRecord(key, 0, 's', { code: 'X', message: 'x' }, '2026'), status: 'indexed' },
    edges: [],
    claims: null,
    profiles: [profile],
  };
}

/** A gate: `open` lets through what waits on `passed`. */
function gate() {
  let open: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, passed };
}

/**
 * A writer in a container of its own that reads now and writes once `go`
 * settles: it read before another writer stored what it then overwrites.
 */
function lateWriter(doc: DynamoDBDocumentClient, go: Promise<unknown>) {
  const read = gate();
  const send = async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
    if (command instanceof BatchGetCommand) {
      const out = await doc.send(command);
      read.open();
      return out;
    }
    await go;
    return doc.send(command);
  };
  return {
    writer: new IndexWriter({ send } as unknown as DynamoDBDocumentClient, TABLE),
    hasRead: read.passed,
  };
}

const stored = async (id: string) => {
  const out = await t.stack.clients.doc.send(new GetCommand({ TableName: TABLE, Key: keys.profile(id) }));
  return out.Item ? fromProfileItem(out.Item) : null;
};

describe('a new profile two ingests store at once', () => {
  it('keeps the aliases of both, under the name the first stored', async () => {
    const id = 'person.jane-roe';
    const doc = t.stack.clients.doc;
    const firstDone = gate();
    // both read the profile before either stores it: each takes it for new
    const late = lateWriter(doc, firstDone.passed);
    const second = late.writer.writeArticles(
      [about(id, 'incoming/b.txt', 'Jane Ann Roe', ['Janet Roe'])],
      [],
      [],
    );
    await late.hasRead;
    await new IndexWriter(doc, TABLE).writeArticles(
      [about(id, 'incoming/a.txt', 'Jane Roe', ['J. Roe'])],
      [],
      [],
    );
    firstDone.open();
    await second;
    expect(await stored(id)).toEqual({
      id,
      name: 'Jane Roe',
      type: 'PERSON',
      aliases: ['J. Roe', 'Janet Roe'],
    });
  });

  it('keeps an alias a third added in between', async () => {
    const id = 'person.lina-park';
    const doc = t.stack.clients.doc;
    const othersDone = gate();
    const late = lateWriter(doc, othersDone.passed);
    const last = late.writer.writeArticles([about(id, 'incoming/c.txt', 'Lina Park', ['L. Park'])], [], []);
    await late.hasRead;
    await new IndexWriter(doc, TABLE).writeArticles([about(id, 'incoming/d.txt', 'Lina Park', [])], [], []);
    // this one finds the profile stored, and adds its alias to it
    await new IndexWriter(doc, TABLE).writeArticles(
      [about(id, 'incoming/e.txt', 'Lina Park', ['Lina M. Park'])],
      [],
      [],
    );
    othersDone.open();
    await last;
    expect((await stored(id))?.aliases).toEqual(['L. Park', 'Lina M. Park']);
  });
});
