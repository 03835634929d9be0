/** An error as a dead letter shows it: with its class when it has one of its own ("BusyError: …"). */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
}
