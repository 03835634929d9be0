/** Someone else is processing the object: try again later, nothing is wrong. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
}
