/** The batch function's timeout, the most Lambda allows: the CDK app sets it, the local stack runs passes under it. */
export const BATCH_TIMEOUT_SECONDS = 900;
