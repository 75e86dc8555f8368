import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';

export function migrateCommand(): Command {
  return new Command('migrate').description('Bring the database schema up to date [env DATABASE_URL]').action(async () => {
    const config = loadConfig();
    const database = openDatabase(config.databaseUrl);
    try {
      const { applied } = await migrateToLatest(database.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await database.close();
    }
  });
}
