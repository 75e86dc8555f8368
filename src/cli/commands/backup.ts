import { chmodSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';

export function backupCommand(): Command {
  return new Command('backup')
    .description('Write a consistent copy of the SQLite database, safe while the server runs [env DATABASE_URL]')
    .argument('<file>', 'where to write the copy (must not exist)')
    .action(async (file: string) => {
      const config = loadConfig();
      const database = openDatabase(config.databaseUrl);
      try {
        if (!database.sqlite) {
          throw new Error('This database is PostgreSQL: back it up with pg_dump (e.g. pg_dump -Fc "$DATABASE_URL" > lactea.dump)');
        }
        const target = resolve(file);
        if (existsSync(target)) throw new Error(`${target} exists; choose a new file name`);
        await database.sqlite.backup(target);
        chmodSync(target, 0o600);
        console.log(`Backup written to ${target}`);
      } finally {
        await database.close();
      }
    });
}
