import type { ApiDeps } from '../deps';
import { json } from '../http';

export const health = (deps: ApiDeps) => async () =>
  json(200, { status: 'ok', ...(deps.local ? { local: deps.local() } : {}) });
