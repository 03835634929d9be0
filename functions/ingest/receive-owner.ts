import type { SQSRecord } from 'aws-lambda';

/** One receive of an SQS message: its id and how many times SQS has handed it out. */
export interface Receive {
  messageId: string;
  receiveCount: number;
}

export function receiveOf(record: SQSRecord): Receive {
  return {
    messageId: record.messageId,
    receiveCount: Number(record.attributes.ApproximateReceiveCount ?? '1'),
  };
}

/**
 * The owner this receive's attempts hold leases under (each adds its own
 * suffix): the container's, naming the message and the receive, so a later
 * receive can tell a lease an earlier one left.
 */
export function receiveOwner(container: string, receive: Receive): string {
  return `${container}/${receive.messageId}#${receive.receiveCount}`;
}

/**
 * Whether a lease's owner is an attempt of an earlier receive of this
 * message. That attempt is over: SQS hands a message out again only after
 * its visibility timeout (on AWS six times the function's timeout, so the
 * run that received it has ended), and the local queue not while a delivery
 * of it runs. Its lease is left only because freeing it failed.
 */
export function isEarlierReceive(owner: string | undefined, receive: Receive): boolean {
  if (owner === undefined) return false;
  const mark = `/${receive.messageId}#`;
  const at = owner.indexOf(mark);
  if (at < 0) return false;
  const count = /^(\d{1,9})(?:\/|$)/.exec(owner.slice(at + mark.length));
  return count !== null && Number(count[1]) < receive.receiveCount;
}
