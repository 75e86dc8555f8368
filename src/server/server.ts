/** Opens the database, migrates, builds the app and listens. Used by `lactea serve` and the browser tests. */
import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { pruneExpired } from '../services/pruning.js';
import { buildApp } from './app.js';

const PRUNE_EVERY_MS = 6 * 3_600_000;

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startServer(overrides: Partial<Config> = {}, env: Record<string, string | undefined> = process.env): Promise<RunningServer> {
  const config = loadConfig(env, overrides);
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const app = await buildApp(config, database);
    // Ended sign-ins, closed invites and old access-log entries (see pruning.ts): now, then every few hours.
    const prune = () => pruneExpired(database.db).catch((err: unknown) => app.log.error({ errName: (err as Error).name }, 'pruning failed'));
    const pruning = setInterval(() => void prune(), PRUNE_EVERY_MS).unref();
    await prune();
    app.addHook('onClose', async () => {
      clearInterval(pruning);
      await database.close();
    });
    const address = await app.listen({ host: config.host, port: config.port });
    const url = address.replace('[::1]', 'localhost');
    return { url, app, close: () => app.close() };
  } catch (e) {
    await database.close();
    throw e;
  }
}
