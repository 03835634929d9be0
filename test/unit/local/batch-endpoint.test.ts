import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchEndpoint, serveBatch } from '../../../local/batch-endpoint';

const events: unknown[] = [];
let endpoint: BatchEndpoint;
beforeAll(async () => {
  endpoint = await serveBatch(async (event) => {
    events.push(event);
    if ((event as { mode?: string }).mode === 'weekly') throw new Error('invalid batch event: mode');
    return { mode: 'full', listed: 3 };
  });
});
afterAll(() => endpoint.close());

const invoke = (body?: string, path = '/2015-03-31/functions/claimtrail-batch/invocations') =>
  fetch(`${endpoint.url}${path}`, { method: 'POST', body });

describe("the local batch function's Invoke endpoint, as `aws lambda invoke --endpoint-url` calls it", () => {
  it('runs a pass with the payload as its event and answers its report', async () => {
    const res = await invoke('{"mode":"recent","recentHours":72}');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-amz-function-error')).toBeNull();
    expect(await res.json()).toEqual({ mode: 'full', listed: 3 });
    expect(events.at(-1)).toEqual({ mode: 'recent', recentHours: 72 });
  });

  it('takes no payload as {}, a full pass', async () => {
    await invoke();
    expect(events.at(-1)).toEqual({});
  });

  it('answers a failed pass as Lambda does: 200, X-Amz-Function-Error, the error in the body', async () => {
    const res = await invoke('{"mode":"weekly"}');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-amz-function-error')).toBe('Unhandled');
    expect(await res.json()).toEqual({ errorType: 'Error', errorMessage: 'invalid batch event: mode' });
    expect(((await (await invoke('{"mode":')).json()) as { errorType: string }).errorType).toBe(
      'SyntaxError',
    );
  });

  it('answers 404 to anything but an Invoke', async () => {
    expect((await invoke('{}', '/health')).status).toBe(404);
    expect((await fetch(`${endpoint.url}/2015-03-31/functions/claimtrail-batch/invocations`)).status).toBe(
      404,
    );
  });
});
