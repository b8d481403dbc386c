// The list's view state (search, filters, sort, page) as pure functions over URLSearchParams and
// the connections array, so it can live in the URL and be tested without React.
import type { AuthConnection } from '../../../../contract/index.ts';
import { coreMessages } from '../../../i18n/core-messages.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { authTypeInfo, type AuthTypeMessages } from '../auth-types.ts';
import { statusLabel, statusOf } from './statuses.ts';
import { usedByCount } from './used-by.ts';
import { nameCollator } from '../../../i18n/intl-formats.ts';

export const SORT_KEYS = ['name', 'type', 'provider', 'status', 'used_by'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface ListQuery {
  /** Free text, matched case-insensitively against name, provider and type label. */
  q: string;
  /** An auth_type, or null for all. */
  type: string | null;
  /** A status, or null for all. */
  status: string | null;
  unused: boolean;
  sort: SortKey;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  pageSize: PageSize;
}

export const DEFAULT_LIST_QUERY: ListQuery = {
  q: '',
  type: null,
  status: null,
  unused: false,
  sort: 'name',
  dir: 'asc',
  page: 1,
  pageSize: 25,
};

/** The query-string keys this list owns; every other key (e.g. `created`) is left alone. */
const KEYS = ['q', 'type', 'status', 'unused', 'sort', 'dir', 'page', 'per_page'] as const;

/** Reads the view state; anything missing or malformed falls back to its default. */
export function parseListQuery(search: URLSearchParams): ListQuery {
  const sort = search.get('sort');
  const pageSize = Number(search.get('per_page'));
  const page = Number(search.get('page'));
  return {
    q: search.get('q') ?? '',
    type: search.get('type') || null,
    status: search.get('status') || null,
    unused: search.get('unused') === '1',
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'name',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize)
      ? (pageSize as PageSize)
      : DEFAULT_LIST_QUERY.pageSize,
  };
}

/**
 * Writes the view state over `base`, keeping keys the list does not own. Defaults are left out,
 * so the plain list has a clean URL and a shared link holds only what differs.
 */
export function toSearchParams(query: ListQuery, base?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of KEYS) next.delete(key);
  if (query.q) next.set('q', query.q);
  if (query.type) next.set('type', query.type);
  if (query.status) next.set('status', query.status);
  if (query.unused) next.set('unused', '1');
  if (query.sort !== DEFAULT_LIST_QUERY.sort) next.set('sort', query.sort);
  if (query.dir !== DEFAULT_LIST_QUERY.dir) next.set('dir', query.dir);
  if (query.page !== 1) next.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_LIST_QUERY.pageSize) next.set('per_page', String(query.pageSize));
  return next;
}

export function hasFilters(query: ListQuery): boolean {
  return query.q.trim() !== '' || query.type !== null || query.status !== null || query.unused;
}

/** The same query without search and filters, back on page 1 (sort and page size are kept). */
export function clearFilters(query: ListQuery): ListQuery {
  return { ...query, q: '', type: null, status: null, unused: false, page: 1 };
}

/** The words the list matches and sorts by: what the admin sees, a host's included. */
export type ListWords = AuthTypeMessages & Pick<Messages, 'statuses'>;

export function filterConnections(
  connections: readonly AuthConnection[],
  query: Pick<ListQuery, 'q' | 'type' | 'status' | 'unused'>,
  words: ListWords = coreMessages,
): AuthConnection[] {
  const needle = query.q.trim().toLocaleLowerCase();
  const texts = needle ? searchTextsOf(connections, words) : [];
  return connections.filter((c, i) => {
    if (query.type !== null && c.auth_type !== query.type) return false;
    if (query.status !== null && statusOf(c) !== query.status) return false;
    if (query.unused && usedByCount(c.used_by) > 0) return false;
    if (!needle) return true;
    return texts[i]!.includes(needle);
  });
}

/**
 * The search texts of a list (the sorted array the page filters), in its order. The page fills
 * the array in idle time as soon as a list is sorted (`prepareSearchTexts`), so a keystroke reads
 * an array instead of looking every connection up in `searchTexts` (at 50,000 rows the lookups
 * were most of a keystroke's filter, 0138); a search that comes before the idle time ends
 * finishes the array where the idle work stopped.
 */
const listTexts = new WeakMap<readonly AuthConnection[], { words: ListWords; texts: string[] }>();

/** The texts made so far for this list and these words (a prefix of the list, in its order). */
function textsSoFar(connections: readonly AuthConnection[], words: ListWords): string[] {
  const cached = listTexts.get(connections);
  if (cached && cached.words === words) return cached.texts;
  const texts: string[] = [];
  listTexts.set(connections, { words, texts });
  return texts;
}

function searchTextsOf(connections: readonly AuthConnection[], words: ListWords): string[] {
  const texts = textsSoFar(connections, words);
  while (texts.length < connections.length)
    texts.push(searchTextOf(connections[texts.length]!, words));
  return texts;
}

/**
 * What search matches in a connection (name, provider, type label), lower-cased once per
 * connection object and words rather than on every keystroke: with 5,000 rows that was 15,000
 * lower-casings per key (docs/decisions/0111). A NUL between the parts keeps a search from
 * matching across two of them, as the separate checks did.
 */
const searchTexts = new WeakMap<AuthConnection, { words: ListWords; text: string }>();

function searchTextOf(c: AuthConnection, words: ListWords): string {
  const cached = searchTexts.get(c);
  if (cached && cached.words === words) return cached.text;
  const text = [c.name, c.provider ?? '', authTypeInfo(c.auth_type, words).label]
    .map((part) => part.toLocaleLowerCase())
    .join('\u0000');
  searchTexts.set(c, { words, text });
  return text;
}

/**
 * Makes the search texts of `connections` (the sorted list the page shows) while `timeLeft()`
 * allows, going on from where the last call stopped; returns whether all are made. The list runs
 * it in idle time whenever its order changes, so the first search keystroke on 5,000 rows only
 * compares (docs/decisions/0114, 0141). A connection's own text is kept across orders, so a new
 * sort of an answer already searched costs one lookup per row, and that in idle time too.
 */
export function prepareSearchTexts(
  connections: readonly AuthConnection[],
  words: ListWords,
  timeLeft: () => number,
): boolean {
  const texts = textsSoFar(connections, words);
  while (texts.length < connections.length && timeLeft() > 1)
    texts.push(searchTextOf(connections[texts.length]!, words));
  return texts.length === connections.length;
}

/**
 * Sorted copy. Ties fall back to name, then id, so the order is total and a page never shuffles.
 * A missing provider sorts last whatever the direction: an empty cell is never what one looks for.
 *
 * The collator is asked only to order the distinct values (names, labels, providers), once each;
 * the sort itself compares their ranks as numbers. Comparing strings in the sort's comparator
 * asked the collator twice per comparison when the key tied, which is nearly always for a type or
 * a status (a few values over 5,000 rows): re-sorting 5,000 rows in the order they were made took
 * 9-19 ms in Node, now about 2 (docs/decisions/0138).
 */
export function sortConnections(
  connections: readonly AuthConnection[],
  sort: SortKey,
  dir: SortDirection,
  words: ListWords = coreMessages,
): AuthConnection[] {
  const sign = dir === 'asc' ? 1 : -1;
  const collator = nameCollator();
  // Decorate once: labels and counts are computed n times, not n log n times.
  const nameRank = nameRanksOf(connections, collator);
  const keys = sortKeys(connections, sort, words);
  const rankOf =
    sort === 'name'
      ? nameRank
      : collationRanks(
          keys.filter((k): k is string => typeof k === 'string'),
          collator,
        );
  const rows = connections.map((c, i) => {
    const key = keys[i]!;
    return {
      c,
      key: typeof key === 'string' ? rankOf.get(key)! : key,
      name: nameRank.get(c.name)!,
    };
  });
  rows.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null || b.key === null) return a.key === null ? 1 : -1;
      return sign * (a.key - b.key);
    }
    return a.name - b.name || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
  });
  return rows.map((r) => r.c);
}

/**
 * The names' ranks, made once per list (the array of an answer, which the query cache replaces
 * rather than changes): the first sort, by name as the page opens, pays for ordering the names,
 * and every later sort of that list reuses them.
 */
const nameRanks = new WeakMap<readonly AuthConnection[], Map<string, number>>();

function nameRanksOf(
  connections: readonly AuthConnection[],
  collator: Intl.Collator,
): Map<string, number> {
  let ranks = nameRanks.get(connections);
  if (!ranks) {
    ranks = collationRanks(
      connections.map((c) => c.name),
      collator,
    );
    nameRanks.set(connections, ranks);
  }
  return ranks;
}

/** Each distinct value's place in the collator's order; values it calls equal share a place. */
function collationRanks(values: readonly string[], collator: Intl.Collator): Map<string, number> {
  let tie = false;
  const distinct = [...new Set(values)].sort((a, b) => {
    const order = collator.compare(a, b);
    if (order === 0) tie = true;
    return order;
  });
  // A sort that never saw two values compare equal has none: it could not have put two equal
  // values in order without comparing one of them to an equal value. So the pass that finds the
  // places to share (one more comparison per value) runs only after a tie, such as "Jira" and
  // "jira" under the collator's base sensitivity.
  const ranks = new Map<string, number>();
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1];
    const same = tie && previous !== undefined && collator.compare(previous, value) === 0;
    ranks.set(value, same ? ranks.get(previous)! : i);
  });
  return ranks;
}

/** Each row's sort key: what the admin sees in that column, or a number. */
function sortKeys(
  connections: readonly AuthConnection[],
  sort: SortKey,
  words: ListWords,
): (string | number | null)[] {
  switch (sort) {
    case 'name':
      return connections.map((c) => c.name);
    case 'type':
      return connections.map(
        labelled(
          (c) => c.auth_type,
          (t) => authTypeInfo(t, words).label,
        ),
      );
    case 'provider':
      return connections.map((c) => c.provider || null);
    case 'status':
      return connections.map(labelled(statusOf, (status) => statusLabel(status, words)));
    case 'used_by':
      return connections.map((c) => usedByCount(c.used_by));
  }
}

/** A label made once per distinct value: a few types or statuses over thousands of rows. */
function labelled(
  value: (c: AuthConnection) => string,
  label: (value: string) => string,
): (c: AuthConnection) => string {
  const labels = new Map<string, string>();
  return (c) => {
    const v = value(c);
    let text = labels.get(v);
    if (text === undefined) {
      text = label(v);
      labels.set(v, text);
    }
    return text;
  };
}

export interface Page<T> {
  items: T[];
  /** The page actually shown: a page past the end shows the last one. */
  page: number;
  pageCount: number;
  total: number;
}

export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const shown = Math.min(Math.max(1, page), pageCount);
  const start = (shown - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    page: shown,
    pageCount,
    total: items.length,
  };
}
