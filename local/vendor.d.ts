// Minimal typings for the two stand-ins; neither package ships its own.
declare module 'dynalite' {
  import type { Server } from 'node:net';

  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs: unknown[] }[];
  }
  export default class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    /** The FilesystemStore behind the server (lib/stores/filesystem.js). */
    readonly store: object;
    /** Koa's middleware list, composed when the server starts listening. */
    readonly middleware: ((...args: never[]) => unknown)[];
    /** s3rver's winston logger; silent, its transport drops what it is given. */
    readonly logger: { info(message: string): unknown };
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}

declare module 's3rver/lib/models/object.js' {
  import type { Readable } from 'node:stream';

  export default class S3Object {
    /** The stored object headers s3rver keeps; the rest are request-only. */
    static ALLOWED_METADATA: string[];
    constructor(bucket: string, key: string, content: Readable | null, metadata: Record<string, unknown>);
    range?: { start: number; end: number };
  }
}

declare module 's3rver/lib/controllers/object.js' {
  /** Koa middleware for DeleteObjects (POST /bucket?delete). */
  const controller: { deleteMultipleObjects(ctx: unknown): Promise<void> };
  export default controller;
}

declare module 's3rver/lib/models/event.js' {
  /** Builds an S3 event notification body: `{ Records: [...] }`. */
  export default class S3Event {
    constructor(
      data: { bucket: string; eventType: 'Put' | 'Post' | 'Copy' | 'Delete'; S3Item: { key: string } },
      request: { reqHeaders: Record<string, unknown>; sourceIp: string },
    );
  }
}

declare module 's3rver/lib/models/error.js' {
  /** An S3 error response: its code sets the HTTP status (KeyTooLongError: 400). */
  export default class S3Error extends Error {
    constructor(code: string, message: string, detail?: Record<string, string>);
  }
}
