// Placeholder until the batch handler lands; keeps the CDK app synthesizable.
export const handler = async (): Promise<void> => {};
