/** An error in what the user gave a script (a data file of the wrong kind): its message says it all. */
export class InputError extends Error {}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'a folder, not a file',
  EEXIST: 'already exists (and is not a folder)',
  EACCES: 'permission denied',
};

/**
 * Makes a script end on an error the user can fix (a missing path, a file
 * of the wrong kind) with one plain line naming it and exit code 1, not a
 * stack trace; an option parseArgs refuses (`--help` where none is taken)
 * is a usage error, exit code 2, as the CLI's; any other error keeps its
 * stack, since it is a bug to report.
 */
export function exitOnError(command: string): void {
  const report = (err: unknown) => {
    const fsError = err as NodeJS.ErrnoException;
    if (fsError?.code?.startsWith('ERR_PARSE_ARGS_')) {
      console.error(`${command}: ${fsError.message}`);
      process.exit(2);
    }
    const known = fsError?.code ? FS_ERRORS[fsError.code] : undefined;
    if (known && fsError.path) console.error(`${command}: ${fsError.path}: ${known}`);
    else if (known) console.error(`${command}: ${known} (${fsError.message})`);
    else if (err instanceof InputError) console.error(`${command}: ${err.message}`);
    else console.error(err);
    process.exit(1);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
