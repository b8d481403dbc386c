// Opens the SQLite file (or ':memory:') with the pragmas the store relies on, then migrates.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { migrate } from './migrations.ts';

export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // WAL makes NORMAL durable across application crashes; only an OS crash can lose the last commit.
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}
