// Placeholder until the api handler lands; keeps the CDK app synthesizable.
export const handler = async (): Promise<void> => {};
