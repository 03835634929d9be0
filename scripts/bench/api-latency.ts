import autocannon from 'autocannon';

export interface RouteLatency {
  route: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  errors: number;
}

/** Finds ids worth asking about in the loaded index: a busy place, a frequent speaker, an article. */
async function pickIds(api: string) {
  const json = async (path: string) =>
    (await (await fetch(`${api}${path}`)).json()) as { items: { id: string }[] };
  const article = (await json('/articles?limit=1')).items[0]?.id ?? 'none';
  const places = (await json('/entities?type=GPE&limit=50')).items;
  const people = (await json('/entities?type=PERSON&limit=200')).items;
  const profile = async (id: string) =>
    (await (await fetch(`${api}/entities/${id}`)).json()) as { articleCount: number; claimCount: number };
  let place = places[0]?.id ?? 'none';
  let best = -1;
  for (const p of places) {
    const n = (await profile(p.id)).articleCount;
    if (n > best) [best, place] = [n, p.id];
  }
  let speaker = people[0]?.id ?? 'none';
  best = -1;
  for (const p of people) {
    const n = (await profile(p.id)).claimCount;
    if (n > best) [best, speaker] = [n, p.id];
  }
  return { article, place, speaker };
}

/** p50/p99 per route under concurrent load from autocannon, against the loaded local index. */
export async function benchApi(
  api: string,
  seconds: number,
  log: (m: string) => void,
): Promise<RouteLatency[]> {
  const { article, place, speaker } = await pickIds(api);
  const routes = [
    '/health',
    '/articles?limit=50',
    `/articles/${article}`,
    `/articles?entity=${place}&limit=50`,
    '/entities?q=bla&limit=20',
    `/entities/${place}`,
    `/entities/${place}/articles?limit=50`,
    `/claims?speaker=${speaker}&limit=50`,
    `/claims?about=${place}&limit=50`,
  ];
  const out: RouteLatency[] = [];
  for (const route of routes) {
    const r = await autocannon({ url: `${api}${route}`, connections: 8, duration: seconds });
    out.push({
      route,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      requestsPerSecond: Math.round(r.requests.average),
      errors: r.errors + r.non2xx,
    });
    log(`api ${route}: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
  }
  return out;
}
