// Placeholder until the ingest handler lands; keeps the CDK app synthesizable.
export const handler = async (): Promise<void> => {};
