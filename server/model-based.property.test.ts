// Model-based property test: random sequences of API steps (create, update, delete, list, and
// racing updates) across two workspaces, run against the real server in-process and compared
// with an in-memory model after every step. Every response is also checked against the OpenAPI
// document (conformingFetch). Properties: no lost update, no cross-workspace leak, no 5xx, no
// secret in any response, ETags the client can compute from the model alone.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { authConnectionEtag } from '../contract/etag.ts';
import { SECRET_FIELDS } from '../contract/index.ts';
import { BASE, testApi, type Reply, type TestApi } from './test-support/test-api.ts';
import { scaled } from '../scripts/time-factor.ts';

type Ws = 0 | 1;
type Kind = 'bearer_auth' | 'basic_auth' | 'oauth2_client_credentials';
interface Patch {
  provider?: string;
  username?: string;
  client_id?: string;
  scopes?: string[];
  custom_headers?: Record<string, string>;
  secret?: string;
}
type Step =
  | { op: 'create'; ws: Ws; kind: Kind; name: string; provider: string; patch: Patch; key: number }
  | {
      op: 'update';
      ws: Ws;
      pick: number;
      foreign: boolean;
      ifMatch: 'none' | 'fresh' | 'stale';
      patch: Patch;
    }
  | { op: 'race'; ws: Ws; pick: number; a: Patch; b: Patch }
  | { op: 'delete'; ws: Ws; pick: number; foreign: boolean; ifMatch: 'none' | 'fresh' | 'stale' }
  | { op: 'list'; ws: Ws };

const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
const wsArb = fc.constantFrom<Ws>(0, 1);
const patchArb: fc.Arbitrary<Patch> = fc.record(
  {
    provider: word,
    username: word,
    client_id: word,
    scopes: fc.array(word, { maxLength: 3 }),
    custom_headers: fc.dictionary(
      word.map((w) => `X-${w}`),
      word,
      { maxKeys: 2 },
    ),
    secret: word,
  },
  { requiredKeys: [] },
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('create' as const),
      ws: wsArb,
      kind: fc.constantFrom<Kind>('bearer_auth', 'basic_auth', 'oauth2_client_credentials'),
      name: word,
      provider: word,
      patch: patchArb,
      key: fc.integer({ min: -1, max: 5 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('update' as const),
      ws: wsArb,
      pick: fc.nat(),
      foreign: fc.boolean(),
      ifMatch: fc.constantFrom('none' as const, 'fresh' as const, 'stale' as const),
      patch: patchArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('race' as const),
      ws: wsArb,
      pick: fc.nat(),
      a: patchArb,
      b: patchArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      ws: wsArb,
      pick: fc.nat(),
      foreign: fc.boolean(),
      ifMatch: fc.constantFrom('none' as const, 'fresh' as const, 'stale' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('list' as const), ws: wsArb }) },
);

// Each of these kinds has exactly one secret (the registry's).
const SECRET_FIELD = Object.fromEntries(
  (['bearer_auth', 'basic_auth', 'oauth2_client_credentials'] as const).map((kind) => [
    kind,
    SECRET_FIELDS[kind][0],
  ]),
) as Record<Kind, string>;

/** The wire body of a create, with every default written out so the model knows the item. */
function createBody(kind: Kind, name: string, provider: string, p: Patch, secret: string) {
  const common = { auth_type: kind, name, provider, [SECRET_FIELD[kind]]: secret };
  if (kind === 'bearer_auth') return common;
  if (kind === 'basic_auth') return { ...common, username: p.username ?? 'user' };
  return {
    ...common,
    client_id: p.client_id ?? 'client',
    token_url: 'https://login.example.com/token',
    scopes: p.scopes ?? [],
    extra_params: {},
    basic_auth_in_header: false,
    custom_headers: p.custom_headers ?? {},
  };
}

/** The PATCH body for a kind: only the fields that kind can change. */
function patchBody(kind: Kind, p: Patch, secret: string | undefined) {
  const body: Record<string, unknown> = {};
  if (p.provider !== undefined) body.provider = p.provider;
  if (kind === 'basic_auth' && p.username !== undefined) body.username = p.username;
  if (kind === 'oauth2_client_credentials') {
    if (p.client_id !== undefined) body.client_id = p.client_id;
    if (p.scopes !== undefined) body.scopes = p.scopes;
    if (p.custom_headers !== undefined) body.custom_headers = p.custom_headers;
  }
  if (secret !== undefined) body[SECRET_FIELD[kind]] = secret;
  return body;
}

/** The item the list must show: the create body without its secret, plus the id. */
function itemOf(id: string, body: Record<string, unknown>): Record<string, unknown> {
  const { [SECRET_FIELD[body.auth_type as Kind]]: _secret, ...rest } = body;
  return { ...rest, id };
}

const visible = (item: Record<string, unknown>) => {
  const { used_by: _u, status: _s, status_detail: _d, status_updated_at: _t, ...rest } = item;
  return rest;
};

let api: TestApi;
afterEach(() => api?.server.close());

describe('model-based API run', () => {
  it(
    'matches an in-memory model over at least 1,000 random steps',
    async () => {
      let steps = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 350, maxLength: 380 }), async (plan) => {
          api?.server.close();
          api = testApi();
          const keys = [api.server.apiKey, api.server.otherWorkspaceApiKey];
          const model: Record<string, unknown>[][] = [[], []];
          const idem: Map<number, { body: string; id: string }>[] = [new Map(), new Map()];
          const secrets = new Set<string>();
          let serial = 0;
          const newSecret = () => {
            const s = `sec-${(serial++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
            secrets.add(s);
            return s;
          };
          const send = async (
            ws: Ws,
            method: string,
            path: string,
            body?: unknown,
            headers: Record<string, string> = {},
          ) => {
            const res = await api.fetch(`${api.server.baseUrl}${path}`, {
              method,
              headers: {
                'xi-api-key': keys[ws] as string,
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...headers,
              },
              ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
            const text = await res.text();
            expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(500);
            for (const s of secrets) expect(text).not.toContain(s);
            return { status: res.status, body: JSON.parse(text) as Reply['body'] };
          };
          const tagHeader = (
            item: Record<string, unknown>,
            ifMatch: 'none' | 'fresh' | 'stale',
          ): Record<string, string> =>
            ifMatch === 'none'
              ? {}
              : {
                  'If-Match':
                    ifMatch === 'fresh'
                      ? authConnectionEtag(item)
                      : authConnectionEtag({
                          ...item,
                          provider: `${String(item.provider)}-before`,
                        }),
                };

          for (const step of plan) {
            steps += 1;
            const mine = model[step.ws] as Record<string, unknown>[];
            const theirs = model[1 - step.ws] as Record<string, unknown>[];
            switch (step.op) {
              case 'create': {
                const prior = step.key >= 0 ? idem[step.ws]?.get(step.key) : undefined;
                // A reused key replays with the body it was first used with, or sends a new one.
                const body = createBody(
                  step.kind,
                  step.name,
                  step.provider,
                  step.patch,
                  newSecret(),
                );
                const text = JSON.stringify(body);
                const headers: Record<string, string> =
                  step.key >= 0 ? { 'Idempotency-Key': `key-${step.key}` } : {};
                const sent =
                  prior && step.patch.secret === undefined
                    ? (JSON.parse(prior.body) as object)
                    : body;
                const res = await send(step.ws, 'POST', BASE, sent, headers);
                if (!prior) {
                  expect(res.status).toBe(200);
                  mine.push(itemOf(res.body.id, body));
                  if (step.key >= 0) idem[step.ws]?.set(step.key, { body: text, id: res.body.id });
                } else if (sent !== body) {
                  const current = mine.find((c) => c.id === prior.id);
                  if (current) {
                    expect(res.status).toBe(200);
                    expect(visible(res.body)).toEqual(current);
                  } else {
                    expect(res.status).toBe(404);
                  }
                } else {
                  expect(res.status).toBe(422);
                  expect(res.body.detail[0].loc).toEqual(['header', 'Idempotency-Key']);
                }
                break;
              }
              case 'update':
              case 'delete': {
                const pool = step.foreign ? theirs : mine;
                const target = pool.length === 0 ? undefined : pool[step.pick % pool.length];
                if (!target) break;
                const path = `${BASE}/${String(target.id)}`;
                const headers = tagHeader(target, step.ifMatch);
                const kind = target.auth_type as Kind;
                const body =
                  step.op === 'update'
                    ? patchBody(
                        kind,
                        step.patch,
                        step.patch.secret === undefined ? undefined : newSecret(),
                      )
                    : undefined;
                const res = await send(
                  step.ws,
                  step.op === 'update' ? 'PATCH' : 'DELETE',
                  path,
                  body,
                  headers,
                );
                if (step.foreign) {
                  // Another workspace's id does not exist for this key, whatever the tag says.
                  expect(res.status).toBe(404);
                } else if (step.ifMatch === 'stale') {
                  expect(res.status).toBe(412);
                } else {
                  expect(res.status).toBe(200);
                  if (step.op === 'delete') mine.splice(mine.indexOf(target), 1);
                  else {
                    const { [SECRET_FIELD[kind]]: _s, ...changes } = body as Record<
                      string,
                      unknown
                    >;
                    Object.assign(target, changes);
                    expect(visible(res.body)).toEqual(target);
                  }
                }
                break;
              }
              case 'race': {
                const target = mine.length === 0 ? undefined : mine[step.pick % mine.length];
                if (!target) break;
                const kind = target.auth_type as Kind;
                const tag = { 'If-Match': authConnectionEtag(target) };
                const path = `${BASE}/${String(target.id)}`;
                // Each side changes the provider, so the two tags after either write differ.
                const a = { ...patchBody(kind, step.a, undefined), provider: `a${serial++}` };
                const b = { ...patchBody(kind, step.b, undefined), provider: `b${serial++}` };
                const [ra, rb] = await Promise.all([
                  send(step.ws, 'PATCH', path, a, tag),
                  send(step.ws, 'PATCH', path, b, tag),
                ]);
                // Exactly one wins; the loser is told, so its change is never silently lost.
                expect([ra.status, rb.status].sort()).toEqual([200, 412]);
                Object.assign(target, ra.status === 200 ? a : b);
                break;
              }
              case 'list': {
                const res = await send(step.ws, 'GET', BASE);
                expect(res.status).toBe(200);
                const items = res.body.auth_connections as Record<string, unknown>[];
                expect(items.map(visible)).toEqual(mine);
                const theirIds = new Set(theirs.map((c) => c.id));
                expect(items.filter((i) => theirIds.has(i.id))).toEqual([]);
                break;
              }
            }
          }
          // Finally both workspaces, in full.
          for (const ws of [0, 1] as const) {
            const res = await send(ws, 'GET', BASE);
            expect(res.body.auth_connections.map(visible)).toEqual(model[ws]);
          }
        }),
        { numRuns: 3 },
      );
      expect(steps).toBeGreaterThanOrEqual(1000);
    },
    scaled(60_000),
  );
});
