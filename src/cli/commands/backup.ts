import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { isPostgresUrl } from '../../db/database.js';
import { backupSqlite, describeSummary } from '../../db/sqlite-files.js';
import { progressLine } from '../progress.js';

export function backupCommand(): Command {
  return new Command('backup')
    .description('Write a consistent copy of the SQLite database, safe while the server runs and writes [env DATABASE_URL]')
    .argument('<file>', 'where to write the copy (must not exist)')
    .action(async (file: string) => {
      const config = loadConfig();
      if (isPostgresUrl(config.databaseUrl)) {
        throw new Error('This database is PostgreSQL: back it up with pg_dump (e.g. pg_dump -Fc "$DATABASE_URL" > lactea.dump); see the README');
      }
      const target = resolve(file);
      const started = Date.now();
      const line = progressLine('Backing up');
      let summary;
      try {
        summary = await backupSqlite(resolve(config.databaseUrl), target, (done, total) => line.update(done, total));
      } finally {
        line.end();
      }
      console.log(`Backup written to ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${describeSummary(summary)}`);
    });
}
