/**
 * Stands in for @smithy/core/event-streams in the Lambda bundles (see BUNDLE_SETTINGS.alias).
 * The S3 client wires an event-stream codec into every client, for the operations
 * that stream events (SelectObjectContent), which nothing here sends; 15 KB of each bundle.
 */
function unsupported(): never {
  throw new Error(
    'AWS event streams are not in the Lambda bundles (claimtrail sends no event-stream operation)',
  );
}

const marshaller = { serialize: unsupported, deserialize: unsupported };

export const eventStreamSerdeProvider = () => marshaller;

export const resolveEventStreamSerdeConfig = <T extends object>(input: T) =>
  Object.assign(input, { eventStreamMarshaller: marshaller });

export class EventStreamSerde {
  constructor() {
    unsupported();
  }
}
