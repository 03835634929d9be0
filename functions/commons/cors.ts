/**
 * The HTTP API's CORS preflight answer: the CDK app configures it
 * (lib/constructs/query-api.ts) and the local stack answers the same
 * (local/gateway-answers.ts). SigV4-signing browsers send these headers,
 * and x-filename names a POSTed article.
 */
export const CORS_PREFLIGHT = {
  allowMethods: ['GET', 'POST'] as const,
  allowHeaders: [
    'authorization',
    'content-type',
    'x-amz-date',
    'x-amz-security-token',
    'x-amz-content-sha256',
    'x-filename',
  ],
  maxAgeSeconds: 3600,
};
