/** Work for one key, told whether it is the batch's first for that key. */
export type KeyWork<T> = (first: boolean) => Promise<T>;

/**
 * Runs each key's work after the work already started for that key in this
 * batch. Powertools runs a batch's records at once, and two records for one
 * key (an overwrite burst, a duplicate delivery) would otherwise meet at the
 * lease: the later one failing as busy and waiting out a visibility timeout
 * (six minutes on AWS) to be retried. A promise chain per key; a mutex
 * library would add a dependency for these few lines.
 */
export function keyTurns() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: KeyWork<T>): Promise<T> => {
    const before = tails.get(key);
    // a failed turn does not hold up the next: each record's outcome is its own
    const turn = before
      ? before.then(
          () => work(false),
          () => work(false),
        )
      : work(true);
    tails.set(key, turn);
    return turn;
  };
}
