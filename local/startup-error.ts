/** A problem starting the local stack that its user can fix (a folder or port in use); start.ts prints the message alone. */
export class StartupError extends Error {}
