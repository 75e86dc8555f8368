/**
 * This device's store, in IndexedDB (through `idb`): the outbox of writes not yet acknowledged,
 * the writes held for her decision (conflicts, refusals), and the last copy of what the server
 * said (for opening without a network). It survives reloads and browser restarts. Where IndexedDB
 * is unavailable (some private modes) the same calls work in memory for the life of the tab.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Held, Pending } from './outbox-logic.js';

interface CacheRow {
  key: string;
  value: unknown;
  at: number;
}

interface LacteaDB extends DBSchema {
  outbox: { key: number; value: Pending };
  held: { key: string; value: Held };
  cache: { key: string; value: CacheRow };
}

export interface LocalDb {
  pending(): Promise<Pending[]>;
  /** Adds a write; resolves with its sequence number. */
  queue(p: Omit<Pending, 'seq'>): Promise<number>;
  update(p: Pending): Promise<void>;
  /** Replaces several queued writes at once (after a rebase). */
  updateAll(ps: Pending[]): Promise<void>;
  remove(seq: number): Promise<void>;
  held(): Promise<Held[]>;
  hold(h: Held): Promise<void>;
  release(id: string): Promise<void>;
  read<T>(key: string): Promise<T | undefined>;
  write(key: string, value: unknown): Promise<void>;
  clear(): Promise<void>;
  /** Forgets the copies of server data only (queued and held writes stay). */
  clearCache(): Promise<void>;
  /** Forgets the copies whose key starts with `prefix` that `drop` picks (by key and when last written); resolves with how many. */
  forget(prefix: string, drop: (key: string, at: number) => boolean): Promise<number>;
}

function memoryDb(): LocalDb {
  const outbox = new Map<number, Pending>();
  const held = new Map<string, Held>();
  const cache = new Map<string, { value: unknown; at: number }>();
  let seq = 0;
  return {
    pending: async () => [...outbox.values()].sort((a, b) => a.seq - b.seq),
    async queue(p) {
      seq += 1;
      outbox.set(seq, { ...p, seq });
      return seq;
    },
    async update(p) {
      if (outbox.has(p.seq)) outbox.set(p.seq, p);
    },
    async updateAll(ps) {
      for (const p of ps) if (outbox.has(p.seq)) outbox.set(p.seq, p);
    },
    async remove(s) {
      outbox.delete(s);
    },
    held: async () => [...held.values()],
    async hold(h) {
      held.set(h.id, h);
    },
    async release(id) {
      held.delete(id);
    },
    read: async <T>(key: string) => cache.get(key)?.value as T | undefined,
    async write(key, value) {
      cache.set(key, { value, at: Date.now() });
    },
    async clear() {
      outbox.clear();
      held.clear();
      cache.clear();
    },
    async clearCache() {
      cache.clear();
    },
    async forget(prefix, drop) {
      let n = 0;
      for (const [key, row] of cache) if (key.startsWith(prefix) && drop(key, row.at) && cache.delete(key)) n += 1;
      return n;
    },
  };
}

function indexedDb(db: IDBPDatabase<LacteaDB>): LocalDb {
  return {
    pending: () => db.getAll('outbox'),
    async queue(p) {
      // The key is generated: the object stored must not carry a seq of its own.
      const key = await db.add('outbox', p as Pending);
      return key;
    },
    async update(p) {
      const tx = db.transaction('outbox', 'readwrite');
      // Only if still queued: an acknowledged write must not come back.
      if (await tx.store.getKey(p.seq)) await tx.store.put(p);
      await tx.done;
    },
    async updateAll(ps) {
      const tx = db.transaction('outbox', 'readwrite');
      for (const p of ps) if (await tx.store.getKey(p.seq)) await tx.store.put(p);
      await tx.done;
    },
    remove: (seq) => db.delete('outbox', seq),
    held: () => db.getAll('held'),
    async hold(h) {
      await db.put('held', h);
    },
    release: (id) => db.delete('held', id),
    read: async <T>(key: string) => (await db.get('cache', key))?.value as T | undefined,
    async write(key, value) {
      await db.put('cache', { key, value, at: Date.now() });
    },
    async clear() {
      const tx = db.transaction(['outbox', 'held', 'cache'], 'readwrite');
      await Promise.all([tx.objectStore('outbox').clear(), tx.objectStore('held').clear(), tx.objectStore('cache').clear(), tx.done]);
    },
    clearCache: () => db.clear('cache'),
    async forget(prefix, drop) {
      const tx = db.transaction('cache', 'readwrite');
      let n = 0;
      for await (const cursor of tx.store.iterate(IDBKeyRange.bound(prefix, `${prefix}\uffff`))) {
        if (drop(cursor.value.key, cursor.value.at)) {
          await cursor.delete();
          n += 1;
        }
      }
      await tx.done;
      return n;
    },
  };
}

let opening: Promise<LocalDb> | null = null;

/** The device's store, opened once. */
export function localDb(): Promise<LocalDb> {
  opening ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') return memoryDb();
      const db = await openDB<LacteaDB>('lactea', 1, {
        upgrade(d) {
          d.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
          d.createObjectStore('held', { keyPath: 'id' });
          d.createObjectStore('cache', { keyPath: 'key' });
        },
      });
      return indexedDb(db);
    } catch {
      return memoryDb();
    }
  })();
  return opening;
}
