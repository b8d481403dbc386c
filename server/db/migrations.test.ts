import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';

describe('migrations', () => {
  it('records each version once and is idempotent', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    const versions = db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .pluck()
      .all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('applies only newer migrations, in order, and rolls back a failing one entirely', () => {
    const db = new Database(':memory:');
    migrate(db);
    const last = Math.max(...MIGRATIONS.map((m) => m.version));
    const extra: Migration[] = [
      ...MIGRATIONS,
      { version: last + 2, name: 'third', sql: 'CREATE TABLE third (id INTEGER)' },
      { version: last + 1, name: 'second', sql: 'CREATE TABLE second (id INTEGER)' },
    ];
    expect(migrate(db, extra)).toEqual([last + 1, last + 2]);
    const broken: Migration[] = [
      ...extra,
      {
        version: last + 3,
        name: 'broken',
        sql: 'CREATE TABLE fourth (id INTEGER); SELECT * FROM nope',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'fourth'").pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(last + 2);
  });

  it('indexes the list query by workspace and creation order', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id FROM auth_connections WHERE workspace_id = ? ORDER BY seq',
      )
      .all('ws') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(
      /USING INDEX auth_connections_workspace_seq/,
    );
  });
});
