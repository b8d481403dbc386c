import { describe, expect, it } from 'vitest';
import { authConnectionResponseSchema, type AuthConnection } from '../../../../contract/index.ts';
import { coreMessages } from '../../../i18n/core-messages.ts';
import {
  DEFAULT_LIST_QUERY,
  clearFilters,
  filterConnections,
  hasFilters,
  paginate,
  parseListQuery,
  prepareSearchTexts,
  SORT_KEYS,
  sortConnections,
  toSearchParams,
} from './list-query.ts';
import { authTypeInfo } from '../auth-types.ts';
import { statusLabel, statusOf } from './statuses.ts';
import { usedByCount } from './used-by.ts';

function conn(fields: Record<string, unknown>): AuthConnection {
  return authConnectionResponseSchema.parse({ provider: 'p', ...fields });
}
const tool = (id: string) => ({
  id,
  name: id,
  type: 'available',
  created_at_unix_secs: 1,
  access_level: 'editor',
});

const weather = conn({
  id: 'ac_1',
  name: 'Weather API',
  auth_type: 'bearer_auth',
  provider: 'weather',
  used_by: { tools: [tool('t1'), tool('t2')], mcp_servers: [], integration_connections: [] },
});
const billing = conn({
  id: 'ac_2',
  name: 'Acme billing',
  auth_type: 'basic_auth',
  provider: 'acme',
  username: 'svc',
  status: 'revoked',
});
const slack = conn({
  id: 'ac_3',
  name: 'slack bot 10',
  auth_type: 'slack_bot_auth',
  used_by: {
    tools: [{ type: 'unknown', id: 'hidden' }],
    mcp_servers: [],
    integration_connections: [],
  },
});
const slack2 = conn({ id: 'ac_4', name: 'slack bot 9', auth_type: 'slack_bot_auth' });
const future = conn({ id: 'ac_5', name: 'Future', auth_type: 'quantum_auth', status: 'sleeping' });
const noProvider = conn({
  id: 'ac_6',
  name: 'Zed',
  auth_type: 'quantum_auth',
  provider: undefined,
});
const all = [weather, billing, slack, slack2, future, noProvider];
const names = (list: readonly AuthConnection[]) => list.map((c) => c.name);

describe('parseListQuery / toSearchParams', () => {
  it('reads defaults from an empty query string and writes none back', () => {
    expect(parseListQuery(new URLSearchParams())).toEqual(DEFAULT_LIST_QUERY);
    expect(toSearchParams(DEFAULT_LIST_QUERY).toString()).toBe('');
  });

  it('round-trips every field', () => {
    const query = {
      q: 'acme bill',
      type: 'basic_auth',
      status: 'revoked',
      unused: true,
      sort: 'used_by' as const,
      dir: 'desc' as const,
      page: 3,
      pageSize: 100 as const,
    };
    const params = toSearchParams(query);
    expect(params.toString()).toBe(
      'q=acme+bill&type=basic_auth&status=revoked&unused=1&sort=used_by&dir=desc&page=3&per_page=100',
    );
    expect(parseListQuery(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it('falls back to defaults for malformed values', () => {
    const query = parseListQuery(
      new URLSearchParams('sort=secret&dir=up&page=-2&per_page=7&unused=yes&type='),
    );
    expect(query).toEqual(DEFAULT_LIST_QUERY);
    expect(parseListQuery(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('keeps query keys it does not own', () => {
    const base = new URLSearchParams('created=ac_1&q=old');
    expect(toSearchParams({ ...DEFAULT_LIST_QUERY, q: 'new' }, base).toString()).toBe(
      'created=ac_1&q=new',
    );
  });

  it('clearFilters drops search and filters but keeps sort and page size', () => {
    const query = {
      ...DEFAULT_LIST_QUERY,
      q: 'x',
      unused: true,
      sort: 'type' as const,
      page: 4,
      pageSize: 50 as const,
    };
    expect(hasFilters(query)).toBe(true);
    const cleared = clearFilters(query);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ sort: 'type', pageSize: 50, page: 1 });
  });
});

describe('filterConnections', () => {
  const f = (patch: Partial<typeof DEFAULT_LIST_QUERY>) =>
    names(filterConnections(all, { ...DEFAULT_LIST_QUERY, ...patch }));

  it('searches the words it is given, on the same list after other words too', () => {
    // The list keeps its search texts per words: a host's label must be found once it is given.
    const hostWords = {
      ...coreMessages,
      authTypes: {
        ...coreMessages.authTypes,
        bearer_auth: { ...coreMessages.authTypes.bearer_auth, label: 'Jeton porteur' },
      },
    };
    const search = (q: string, words = coreMessages) =>
      names(filterConnections(all, { ...DEFAULT_LIST_QUERY, q }, words));
    expect(search('bearer tok')).toEqual(['Weather API']);
    expect(search('jeton', hostWords)).toEqual(['Weather API']);
    expect(search('bearer tok', hostWords)).toEqual([]);
    expect(search('jeton')).toEqual([]);
  });

  it('searches name, provider and type label, case-insensitively', () => {
    expect(f({ q: 'WEATHER' })).toEqual(['Weather API']); // name and provider
    expect(f({ q: 'acme' })).toEqual(['Acme billing']); // provider
    expect(f({ q: 'bearer tok' })).toEqual(['Weather API']); // type label "Bearer token"
    expect(f({ q: 'Quantum' })).toEqual(['Future', 'Zed']); // humanized unknown type
    expect(f({ q: '  ' })).toHaveLength(all.length);
    expect(f({ q: 'nothing like it' })).toEqual([]);
  });

  it('filters by type, by status (missing counts as active) and by unused', () => {
    expect(f({ type: 'slack_bot_auth' })).toEqual(['slack bot 10', 'slack bot 9']);
    expect(f({ status: 'revoked' })).toEqual(['Acme billing']);
    expect(f({ status: 'sleeping' })).toEqual(['Future']);
    expect(f({ status: 'active' })).toEqual(['Weather API', 'slack bot 10', 'slack bot 9', 'Zed']);
    // A dependent the admin can't see still makes a connection used.
    expect(f({ unused: true })).toEqual(['Acme billing', 'slack bot 9', 'Future', 'Zed']);
  });

  it('combines search and filters', () => {
    expect(f({ q: 'slack', unused: true })).toEqual(['slack bot 9']);
    expect(f({ q: 'acme', status: 'active' })).toEqual([]);
  });
});

describe('prepareSearchTexts', () => {
  it('works while there is time, goes on where it stopped, and says when it is done', () => {
    const copies = all.map((c) => ({ ...c })); // fresh objects: nothing prepared yet
    expect(prepareSearchTexts(copies, coreMessages, () => 0)).toBe(false);
    let budget = 3; // time for two: it stops once a millisecond or less is left
    expect(prepareSearchTexts(copies, coreMessages, () => budget--)).toBe(false);
    // Time for four more finishes six only if it goes on from the two already made.
    budget = 5;
    expect(copies).toHaveLength(6);
    expect(prepareSearchTexts(copies, coreMessages, () => budget--)).toBe(true);
    expect(prepareSearchTexts(copies, coreMessages, () => 0)).toBe(true);
    const search = (q: string) =>
      names(filterConnections(copies, { ...DEFAULT_LIST_QUERY, q }, coreMessages));
    expect(search('bearer tok')).toEqual(['Weather API']);
    expect(search('quantum')).toEqual(['Future', 'Zed']);
  });

  it('lets a search finish what idle time began, in the order of the list searched', () => {
    const sorted = sortConnections(all, 'name', 'desc');
    let budget = 4; // three of six made
    expect(prepareSearchTexts(sorted, coreMessages, () => budget--)).toBe(false);
    const search = (q: string) =>
      names(filterConnections(sorted, { ...DEFAULT_LIST_QUERY, q }, coreMessages));
    expect(search('slack')).toEqual(['slack bot 10', 'slack bot 9']);
    expect(search('zed')).toEqual(['Zed']); // made in idle time
    expect(search('acme')).toEqual(['Acme billing']); // made by the search
    expect(prepareSearchTexts(sorted, coreMessages, () => 0)).toBe(true);
  });
});

describe('sortConnections', () => {
  it('sorts by name with numbers in natural order, both directions', () => {
    expect(names(sortConnections(all, 'name', 'asc'))).toEqual([
      'Acme billing',
      'Future',
      'slack bot 9',
      'slack bot 10',
      'Weather API',
      'Zed',
    ]);
    expect(names(sortConnections(all, 'name', 'desc'))[0]).toBe('Zed');
  });

  it('sorts by type label, then by name on ties', () => {
    expect(names(sortConnections(all, 'type', 'asc'))).toEqual([
      'Acme billing', // Basic
      'Weather API', // Bearer token
      'Future', // Quantum auth
      'Zed',
      'slack bot 9', // Slack bot
      'slack bot 10',
    ]);
  });

  it('sorts by used-by count numerically', () => {
    expect(names(sortConnections(all, 'used_by', 'desc')).slice(0, 2)).toEqual([
      'Weather API',
      'slack bot 10',
    ]);
  });

  it('sorts by status label', () => {
    expect(names(sortConnections(all, 'status', 'asc')).slice(-2)).toEqual([
      'Acme billing',
      'Future',
    ]);
  });

  it('puts a missing provider last in either direction', () => {
    expect(names(sortConnections(all, 'provider', 'asc')).at(-1)).toBe('Zed');
    expect(names(sortConnections(all, 'provider', 'desc')).at(-1)).toBe('Zed');
    expect(names(sortConnections(all, 'provider', 'desc'))[0]).toBe('Weather API');
  });

  it('does not mutate its input', () => {
    const copy = [...all];
    sortConnections(all, 'name', 'desc');
    expect(all).toEqual(copy);
  });

  it('gives the order the column comparison defines, on names the collator calls equal too', () => {
    // The rule in words, as one comparator: the column's value (what the admin sees, through the
    // collator), a missing provider last in both directions, then the name, then the id.
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const shown = {
      name: (c: AuthConnection) => c.name,
      type: (c: AuthConnection) => authTypeInfo(c.auth_type).label,
      provider: (c: AuthConnection) => c.provider || null,
      status: (c: AuthConnection) => statusLabel(statusOf(c)),
      used_by: (c: AuthConnection) => usedByCount(c.used_by),
    };
    const reference =
      (key: keyof typeof shown, sign: number) => (a: AuthConnection, b: AuthConnection) => {
        const [x, y] = [shown[key](a), shown[key](b)];
        if (x === null || y === null) {
          if (x !== y) return x === null ? 1 : -1;
        } else {
          const order =
            typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string);
          if (order !== 0) return sign * order;
        }
        return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      };
    // Names that differ only in case or accents, repeated names, numbers; every type and status
    // the list can meet, known or not; providers missing or equal but for case.
    const names = ['jira', 'Jira', 'JIRA', 'Éclair', 'eclair', 'item 9', 'item 10', 'Zoo', 'zoo'];
    const types = ['basic_auth', 'bearer_auth', 'mtls', 'slack_bot_auth', 'quantum_auth'];
    const statuses = [undefined, 'revoked', 'refresh_failed', 'sleeping'];
    const providers = [undefined, 'acme', 'Acme', 'github', ''];
    const many = Array.from({ length: 120 }, (_, i) =>
      conn({
        id: `ac_${String((i * 37) % 120).padStart(3, '0')}`,
        name: names[(i * 7) % names.length],
        auth_type: types[i % types.length],
        status: statuses[(i * 3) % statuses.length],
        provider: providers[(i * 5) % providers.length],
        used_by: {
          tools: Array.from({ length: i % 3 }, (_, j) => tool(`t${j}`)),
          mcp_servers: [],
          integration_connections: [],
        },
      }),
    );
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const expected = [...many].sort(reference(key, dir === 'asc' ? 1 : -1));
        // Twice over the same list: the second sort reuses the first one's order of the names.
        expect(sortConnections(many, key, dir).map((c) => c.id)).toEqual(expected.map((c) => c.id));
        expect(sortConnections(many, key, dir).map((c) => c.id)).toEqual(expected.map((c) => c.id));
      }
    }
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 60 }, (_, i) => i);

  it('slices the requested page', () => {
    expect(paginate(items, 2, 25)).toEqual({
      items: items.slice(25, 50),
      page: 2,
      pageCount: 3,
      total: 60,
    });
    expect(paginate(items, 3, 25).items).toEqual(items.slice(50));
  });

  it('shows the last page for a page past the end, and one empty page for no items', () => {
    expect(paginate(items, 9, 50)).toMatchObject({ page: 2, items: items.slice(50) });
    expect(paginate([], 3, 25)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});
