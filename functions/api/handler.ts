import { apiDepsFromEnv } from './deps';
import { createApiHandler } from './app';

export const handler = createApiHandler(() => apiDepsFromEnv());
