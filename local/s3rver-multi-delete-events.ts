import objectController from 's3rver/lib/controllers/object.js';
import S3Event from 's3rver/lib/models/event.js';

/** The parts of a Koa request context that s3rver's object controller reads. */
interface DeleteContext {
  params: { bucket: string };
  store: { deleteObject(bucket: string, key: string): Promise<void> };
  headers: Record<string, unknown>;
  ip: string;
  app: { emit(event: 'event', record: unknown): boolean };
}

let installed = false;

/**
 * S3 sends an ObjectRemoved:Delete event for every key a multi-object delete
 * (DeleteObjects, as `aws s3 rm --recursive` and console bulk deletes use)
 * removes; s3rver 3.7 sends none, so locally those articles stayed indexed.
 * This wraps its controller to emit one event per key it actually deleted.
 * It also runs the deletes one at a time: s3rver runs them at once, and two
 * keys in one folder raced to remove it, failing the request after deleting.
 */
export function emitS3rverMultiDeleteEvents(): void {
  if (installed) return;
  installed = true;
  const original = objectController.deleteMultipleObjects;
  objectController.deleteMultipleObjects = async (ctx: DeleteContext) => {
    const store = ctx.store;
    const deleted: string[] = [];
    let queue: Promise<unknown> = Promise.resolve();
    // an own property on this request's context shadows the shared store
    ctx.store = Object.assign(Object.create(store) as DeleteContext['store'], {
      deleteObject: (bucket: string, key: string) => {
        const done = queue.then(async () => {
          await store.deleteObject(bucket, key);
          deleted.push(key);
        });
        queue = done.catch(() => undefined);
        return done;
      },
    });
    try {
      await original(ctx);
    } finally {
      ctx.store = store;
      for (const key of deleted) {
        const event = new S3Event(
          { bucket: ctx.params.bucket, eventType: 'Delete', S3Item: { key } },
          { reqHeaders: ctx.headers, sourceIp: ctx.ip },
        );
        ctx.app.emit('event', event);
      }
    }
  };
}
