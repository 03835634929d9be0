import { createApiHandler } from './app';
import { apiDepsFromEnv } from './deps';

export const handler = createApiHandler(() => apiDepsFromEnv());
