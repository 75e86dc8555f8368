/** Opens the database, migrates, builds the app and listens. Used by `lactea serve` and the browser tests. */
import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildApp } from './app.js';

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
    app.addHook('onClose', async () => database.close());
    const address = await app.listen({ host: config.host, port: config.port });
    const url = address.replace('[::1]', 'localhost');
    return { url, app, close: () => app.close() };
  } catch (e) {
    await database.close();
    throw e;
  }
}
