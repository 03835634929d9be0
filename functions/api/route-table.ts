/**
 * The api's routes by method and path pattern (a `{param}` is one non-empty
 * segment). The function's router serves them (./app.ts), and the local
 * stack's gateway routes by them as the deployed HTTP API does
 * (local/gateway-answers.ts); the CDK app deploys the same list
 * (lib/constructs/query-api.ts API_ROUTES, held equal by test/cdk/api.test.ts).
 */
export const ROUTES = [
  { method: 'GET', path: '/health' },
  { method: 'POST', path: '/articles' },
  { method: 'GET', path: '/articles' },
  { method: 'GET', path: '/articles/{id}' },
  { method: 'GET', path: '/entities' },
  { method: 'GET', path: '/entities/{id}' },
  { method: 'GET', path: '/entities/{id}/articles' },
  { method: 'GET', path: '/claims' },
] as const;

type Route = (typeof ROUTES)[number];
/** `GET /articles/{id}`: one per route (distributed over the routes, not every method with every path). */
export type RouteKey = KeyOf<Route>;
type KeyOf<R> = R extends { method: infer M extends string; path: infer P extends string }
  ? `${M} ${P}`
  : never;

const compiled = new Map<string, RegExp>();

/** Whether a route's path pattern matches a request path. */
export function pathMatches(pattern: string, path: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    compiled.set(pattern, re);
  }
  return re.test(path);
}

/** The methods of the routes whose path pattern matches this path. */
export function methodsFor(path: string): string[] {
  return [...new Set(ROUTES.filter((r) => pathMatches(r.path, path)).map((r) => r.method))];
}
