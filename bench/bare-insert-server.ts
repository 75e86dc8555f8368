/** Baseline for bench:api: a bare Fastify route doing one better-sqlite3 insert (WAL, synchronous=NORMAL). */
import { randomUUID } from 'node:crypto';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

const db = new SQLite(process.argv[2] ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('create table if not exists t (id text primary key, body text not null)');
const insert = db.prepare('insert into t (id, body) values (?, ?)');
const app = Fastify();
app.put('/insert/:id', async (request) => {
  const id = (request.params as { id: string }).id || randomUUID();
  insert.run(id, JSON.stringify(request.body));
  return { id };
});
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
console.log(`listening ${address}`);
