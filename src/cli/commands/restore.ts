import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { isPostgresUrl } from '../../db/database.js';
import { describeSummary, restoreSqlite } from '../../db/sqlite-files.js';

export function restoreCommand(): Command {
  return new Command('restore')
    .description('Replace the SQLite database with a backup made by `lactea backup` (stop the server first) [env DATABASE_URL]')
    .argument('<file>', 'the backup to restore')
    .action((file: string) => {
      const config = loadConfig();
      if (isPostgresUrl(config.databaseUrl)) {
        throw new Error('This database is PostgreSQL: restore a pg_dump with pg_restore (e.g. pg_restore --clean --if-exists -d "$DATABASE_URL" lactea.dump); see the README');
      }
      const target = resolve(config.databaseUrl);
      const { summary, keptAt } = restoreSqlite(target, resolve(file));
      console.log(`Restored ${resolve(file)} into ${target}: ${describeSummary(summary)}.`);
      if (summary.pendingMigrations > 0) console.log(`The backup is from an older version: ${summary.pendingMigrations} migration(s) will be applied when the server starts.`);
      console.log(keptAt ? `The database it replaced is kept at ${keptAt}` : 'There was no database there before.');
    });
}
