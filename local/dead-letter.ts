import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { decodeS3Key } from '../functions/commons/s3-event';
import type { DeadLetter, DeadLetterQueue } from '../functions/domain/index/ports';
import type { DeadLetter as QueuedLetter } from './queue';

/**
 * The object keys a queued S3 event names, decoded: a dead letter says which files it held, where its
 * message id alone sent the operator into the event body. None for a body that is no S3 event.
 */
export function eventKeys(body: string): string[] {
  try {
    const records = (JSON.parse(body) as { Records?: { s3?: { object?: { key?: unknown } } }[] }).Records;
    return (Array.isArray(records) ? records : []).flatMap((r) =>
      typeof r?.s3?.object?.key === 'string' ? [decodeS3Key(r.s3.object.key)] : [],
    );
  } catch {
    return [];
  }
}

/**
 * The local queue's dead-letter target: each message that failed on every
 * receive is a line of `path` (the record the batch's dead-letter pass
 * reads, see fileDeadLetters), and one log line naming its files and reason.
 */
export function deadLetterWriter(path: string, log: (line: string) => void): (m: QueuedLetter) => void {
  return (m) => {
    const keys = eventKeys(m.body);
    // why first: the body (the S3 event) is long
    const line = {
      at: new Date().toISOString(),
      receiveCount: m.receiveCount,
      error: m.error,
      keys,
      id: m.id,
      body: m.body,
    };
    appendFileSync(path, `${JSON.stringify(line)}\n`);
    log(
      `message ${m.id} (${keys.join(', ') || 'no object key'}) moved to ${path} after ${m.receiveCount} receives: ${m.error ?? 'no reason given'}`,
    );
  };
}

/**
 * The local stack's dead letters (`dead-letters.jsonl`) as the batch
 * function reads the ingest DLQ on AWS: the newest `max` lines each pass,
 * nothing removed (the file is the record; locally nothing redrives it).
 * A line that is no JSON gives its text as the body, which the pass then
 * reports unreadable with the line's number as its id.
 */
export function fileDeadLetters(path: string): DeadLetterQueue {
  return {
    peek: async (max) => {
      if (!existsSync(path)) return [];
      const lines = readFileSync(path, 'utf8').split('\n');
      const letters: DeadLetter[] = [];
      for (let i = lines.length - 1; i >= 0 && letters.length < max; i--) {
        const line = lines[i] as string;
        if (line.trim() === '') continue;
        letters.push(letterOf(line, i + 1));
      }
      return letters;
    },
    release: async () => undefined,
  };
}

function letterOf(line: string, number: number): DeadLetter {
  const id = `${number}`;
  try {
    const { id: messageId, body } = JSON.parse(line) as { id?: unknown; body?: unknown };
    const named = typeof messageId === 'string' ? messageId : id;
    return { id: named, body: typeof body === 'string' ? body : line, handle: named };
  } catch {
    return { id: `line ${id}`, body: line, handle: id };
  }
}
