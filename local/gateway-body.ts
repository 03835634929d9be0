/**
 * The media types an HTTP API hands to Lambda as a UTF-8 string (checked
 * against AWS: text/*, JSON, XML, JavaScript); every other body, or one with
 * no Content-Type, arrives base64-encoded with its bytes intact. HTTP APIs
 * have no binary media types to configure, and the CDK app sets none.
 */
const TEXT_TYPE = /^(?:text\/[^\s;]+|application\/(?:json|xml|javascript))$/;

/**
 * A request body as the gateway puts it into the event: a text body decoded
 * as UTF-8, bytes that are not UTF-8 becoming U+FFFD (so POST /articles
 * answers 415 BODY_NOT_KEPT locally as it does on AWS), any other base64.
 */
export function gatewayBody(
  contentType: string | undefined,
  bytes: Buffer,
): { body?: string; isBase64Encoded: boolean } {
  if (bytes.length === 0) return { isBase64Encoded: false };
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return TEXT_TYPE.test(media)
    ? { body: bytes.toString('utf8'), isBase64Encoded: false }
    : { body: bytes.toString('base64'), isBase64Encoded: true };
}
