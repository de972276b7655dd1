'use strict';
// A botbuilder Storage on a SQLite file (better-sqlite3), shaped like SpineBot's SqliteStorage: one table
// bot_state(key, etag, json), WAL mode, a new eTag on every write and optimistic concurrency on a given eTag.
const Database = require('better-sqlite3');
const crypto = require('crypto');

class SqliteStorage {
  constructor(file) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS bot_state (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL);');
    this.select = this.db.prepare('SELECT etag, json FROM bot_state WHERE key = ?');
    this.upsert = this.db.prepare('INSERT INTO bot_state (key, etag, json) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json');
    this.update = this.db.prepare('UPDATE bot_state SET etag = ?, json = ? WHERE key = ? AND etag = ?');
    this.remove = this.db.prepare('DELETE FROM bot_state WHERE key = ?');
    this.writeAll = this.db.transaction((changes) => {
      for (const [key, item] of Object.entries(changes)) {
        const expected = item && item.eTag && item.eTag !== '*' ? item.eTag : null;
        const etag = crypto.randomUUID();
        const json = JSON.stringify({ ...item, eTag: etag });
        if (expected === null) {
          this.upsert.run(key, etag, json);
        } else if (this.update.run(etag, json, key, expected).changes !== 1) {
          throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
        item.eTag = etag;
      }
    });
  }

  async read(keys) {
    const items = {};
    for (const key of keys) {
      const row = this.select.get(key);
      if (row) {
        const item = JSON.parse(row.json);
        item.eTag = row.etag;
        items[key] = item;
      }
    }
    return items;
  }

  async write(changes) {
    this.writeAll(changes);
  }

  async delete(keys) {
    for (const key of keys) { this.remove.run(key); }
  }
}

module.exports = { SqliteStorage };
