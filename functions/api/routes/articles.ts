import { createHash } from 'node:crypto';
import * as z from 'zod';
import { logger } from '../../commons/logger';
import { articleId } from '../../domain/index/keys';
import type { ArticleRecord, LedgerRecord } from '../../domain/index/records';
import { failedRecord } from '../../domain/index/records-for';
import { InputError } from '../../domain/model/errors';
import { endKey, isAfter, startKey } from '../date-bound';
import type { ApiDeps } from '../deps';
import { fileName } from '../file-name';
import { type ApiEvent, HttpError, json, notFound, parsePath, parseQuery } from '../http';
import { listedNewerVersion, newerVersion } from '../newer-version';
import { Cursor, EntityIds, IdParam, IsoDate, Limit, NoQuery } from '../query';
import { receivedBody } from '../request-body';
import { checkBodyFormat } from '../upload-body-format';
import { checkUploadBody, checkUploadFormat } from '../upload-format';
import { UPLOAD_EXTENSIONS, uploadType } from '../upload-type';

const ListQuery = z
  .object({
    limit: Limit,
    cursor: Cursor,
    entity: EntityIds,
    // sources are stored in lower case (slugs and host names): "BBC" asks for bbc
    source: z
      .string()
      .max(200)
      .transform((s) => s.toLowerCase())
      .pipe(
        z
          .string()
          .regex(
            /^[a-z0-9._-]+$/,
            'must be a source as the article lists show it: letters, digits, . _ - (bbc, times.example.com)',
          ),
      )
      .optional(),
    status: z.enum(['queued', 'indexed', 'failed']).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    key: z
      .string()
      .min(1, "must not be empty: give the file's whole key in the bucket")
      .max(1024, 'is longer than any key S3 holds (1024 bytes)')
      .optional(),
  })
  .strict()
  .refine((q) => !(q.from && q.to && isAfter(q.from, q.to)), { message: 'from is after to', path: ['from'] });

/**
 * The fields every list item carries, and the extractor version where the
 * record read holds it: the article items do (key= and entity= lists read
 * them), the indexes the other lists read do not project it (a projection
 * cannot change on a deployed index), so there it is left out, not null.
 */
export function summary(a: ArticleRecord) {
  return {
    id: a.id,
    key: a.key,
    title: a.title,
    status: a.status,
    source: a.source,
    published: a.published,
    date: a.date,
    ...(a.extractorVersion ? { extractorVersion: a.extractorVersion } : {}),
    ...(a.error ? { error: a.error } : {}),
  };
}

export const listArticles = (deps: ApiDeps) => async (event: ApiEvent) => {
  const q = parseQuery(ListQuery, event);
  if (q.key) {
    // key= lists all of one file's articles, unpaged: a filter or paging parameter beside it would be ignored
    const others = Object.keys(event.queryStringParameters ?? {}).filter((k) => k !== 'key');
    if (others.length > 0)
      throw new HttpError(
        400,
        'BAD_REQUEST',
        `query.key lists every article of one file and takes no other parameter: drop ${others.join(', ')}`,
      );
    // a key without the ingest prefix names no object the pipeline reads: an empty list would say the file has no articles
    const prefix = deps.config.INGEST_PREFIX;
    if (!q.key.startsWith(prefix))
      throw new HttpError(
        400,
        'BAD_REQUEST',
        `query.key is the file's whole key in the bucket, which starts with ${prefix} (${prefix}${q.key}?)`,
      );
    const ledger = await deps.index.getLedger(q.key);
    // the first article's id comes from the key: a posted file has its queued record before ingest writes a ledger
    const ids = new Set([articleId(q.key, 0), ...(ledger?.articleIds ?? [])]);
    const articles = await deps.index.getArticles([...ids]);
    articles.sort((a, b) => a.part - b.part);
    const newer = newerVersion(ledger);
    const items = articles.map((a) => ({ ...summary(a), ...(a.status === 'indexed' ? newer : {}) }));
    return json(200, { items, cursor: null });
  }
  const page = await deps.index.listArticles({
    entityIds: q.entity,
    source: q.source,
    status: q.status,
    from: q.from && startKey(q.from),
    to: q.to && endKey(q.to),
    limit: q.limit,
    cursor: q.cursor,
  });
  return json(200, {
    items: page.items.map((a) => ({ ...summary(a), ...listedNewerVersion(a) })),
    cursor: page.cursor,
  });
};

export const getArticle = (deps: ApiDeps) => async (event: ApiEvent) => {
  const { id } = parsePath(IdParam, event);
  parseQuery(NoQuery, event);
  const [record] = await deps.index.getArticles([id]);
  if (!record) throw notFound(`article ${id}`);
  const { entityIds: _e, claimCount: _c, error, ...rest } = record;
  const fields = { ...rest, ...(error ? { error } : {}) };
  if (record.status !== 'indexed' || !record.resultKey) return json(200, fields);
  let result: Awaited<ReturnType<ApiDeps['objects']['get']>>;
  let newer: ReturnType<typeof newerVersion>;
  try {
    [result, newer] = await Promise.all([
      deps.objects.get(record.resultKey, MAX_RESULT_BYTES),
      // the note of a newer version's failure only: a ledger that cannot be read costs the note, not the article
      deps.index.getLedger(record.key).then(newerVersion, (err: Error) => {
        logger.warn('ledger unreadable for an indexed article', { key: record.key, error: err.message });
        return {};
      }),
    ]);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new HttpError(
      413,
      'RESULT_TOO_LARGE',
      `the full extraction is more than one response carries (${MAX_RESULT_BYTES} bytes): read ${record.resultKey} from the bucket`,
    );
  }
  // the index says indexed: a result gone or unreadable is a fault of the store, named, not a 200 without text
  if (!result) throw await unusableResult(deps, record, MISSING);
  const doc = jsonObject(result.bytes);
  if (!doc) throw await unusableResult(deps, record, UNREADABLE);
  return json(200, {
    ...fields,
    ...newer,
    text: doc.text,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    entities: doc.entities,
    claims: doc.claims,
  });
};

/** A results object the index points at but that cannot be served, as its 502 words it. */
interface ResultFault {
  code: 'RESULT_MISSING' | 'RESULT_UNREADABLE';
  is: string;
  was: string;
}
const MISSING: ResultFault = {
  code: 'RESULT_MISSING',
  is: 'is missing from the bucket',
  was: 'was missing from the bucket',
};
const UNREADABLE: ResultFault = {
  code: 'RESULT_UNREADABLE',
  is: 'is not a JSON object',
  was: 'was not a JSON object',
};

/**
 * A full reconcile pass finds an indexed article whose results object is
 * missing (domain/pipeline/missing-results) or another than ingest wrote
 * (domain/pipeline/changed-results), and queues its file for re-indexing,
 * marking its ledger "processing": the ledger tells which of the two the
 * caller is waiting for, and whether a pass can tell at all (a file indexed
 * before ingest recorded its results' ETags: the object is there, so only
 * its ETag would show it changed). A ledger that cannot be read only costs
 * the wording.
 */
async function unusableResult(deps: ApiDeps, record: ArticleRecord, fault: ResultFault): Promise<HttpError> {
  let ledger: LedgerRecord | null = null;
  try {
    ledger = await deps.index.getLedger(record.key);
  } catch (err) {
    logger.warn('ledger unreadable for an unusable result', {
      key: record.key,
      error: (err as Error).message,
    });
  }
  if (ledger?.status === 'processing')
    return resultFault(
      record,
      fault.code,
      `${fault.was}, so the article is being re-indexed: its file is queued again; try again shortly`,
    );
  if (fault === UNREADABLE && ledger && !ledger.resultEtags?.[record.part])
    return resultFault(
      record,
      fault.code,
      `${fault.is}, and its file was indexed before ingest recorded its results' ETags, so no reconcile pass can tell: delete the file from the bucket and put it again to re-index it`,
    );
  const next = deps.local
    ? "the local stack's next reconcile pass (every minute by default) queues its file for re-indexing"
    : 'the next full reconcile pass (weekly by default) queues its file for re-indexing; to run one now, invoke the batch function with {"mode":"full"}';
  return resultFault(record, fault.code, `${fault.is}: ${next}`);
}

function resultFault(record: ArticleRecord, code: string, what: string): HttpError {
  logger.error('article result unusable', { id: record.id, resultKey: record.resultKey, code });
  return new HttpError(
    502,
    code,
    `article ${record.id} is indexed, but its extraction ${record.resultKey} ${what}`,
  );
}

/** The bytes as a JSON object, or null for anything else (not JSON, an array, a string...). */
function jsonObject(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Lambda answers at most 6 MB; the record's other fields and the JSON around the result need the rest. */
const MAX_RESULT_BYTES = 5 * 1024 * 1024;

/** Stores the body under the ingest prefix; the bucket event does the rest. */
export const postArticle = (deps: ApiDeps) => async (event: ApiEvent) => {
  parseQuery(NoQuery, event);
  const type = uploadType(event.headers['content-type']);
  const name = fileName(event.headers['x-filename'], UPLOAD_EXTENSIONS[type.mime] ?? '');
  checkUploadFormat(name, type.mime);
  checkUploadBody(event);
  const { bytes: body, contentType } = receivedBody(event, type);
  if (body.length === 0)
    throw new HttpError(400, 'EMPTY_BODY', 'the request body is empty: send the article file as the body');
  if (body.length > deps.config.MAX_OBJECT_BYTES) {
    throw new HttpError(
      413,
      'TOO_LARGE',
      `the body is ${body.length} bytes; the limit is ${deps.config.MAX_OBJECT_BYTES}`,
    );
  }
  checkBodyFormat(name, event.headers['x-filename'] !== undefined, type.mime, body);
  const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const key = `${deps.config.INGEST_PREFIX}api/${digest}/${name}`;
  const id = articleId(key, 0);
  // the bytes as received, with the charset ingest reads them by
  await deps.objects.put(key, body, contentType);
  const queued: ArticleRecord = {
    ...failedRecord(key, 0, 'api', { code: '', message: '' }, new Date().toISOString()),
    status: 'queued',
    error: null,
  };
  await deps.index.putArticle(queued, { ifAbsent: true });
  return json(202, { id, key });
};
