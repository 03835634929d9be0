/** Someone else is processing the object: try again later, nothing is wrong. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  constructor(
    message: string,
    /** This attempt's own lease ran out midway and another took the key: this attempt was too slow, worth a warning. */
    readonly leaseLost = false,
    /** The owner of the lease that made the key busy, when known. */
    readonly heldBy?: string,
  ) {
    super(message);
  }
}

/**
 * This run has too little time left to finish the object (the function's
 * timeout, or the lease that keeps other processors off the key). Thrown
 * while there is still time to say so: the message is retried, and after
 * the last receive the reason is recorded on the article, where a timeout
 * would have killed the run without a word.
 */
export class OutOfTimeError extends Error {
  override readonly name = 'OutOfTimeError';
  constructor(
    message: string,
    /** What to do once it is no longer retried, when the message does not say. */
    readonly remedy?: string,
  ) {
    super(message);
  }
}
