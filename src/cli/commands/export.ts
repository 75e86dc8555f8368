import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { findUserByEmail } from '../../db/users.js';
import { normalizeEmail } from '../../services/accounts.js';
import { exportAccount, exportFileName, exportZip } from '../../services/export.js';
import { progressLine } from '../progress.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('Write everything an account owns (her households, log, checks, measurements, shares, access log) as a zip of JSON and CSV files [env DATABASE_URL]')
    .requiredOption('-e, --email <email>', 'whose data')
    .option('-o, --out <file>', 'where to write it (must not exist; default lactea-export-DATE.zip here)')
    .option('--json', 'write the JSON document alone instead of the zip')
    .action(async (opts: { email: string; out?: string; json?: boolean }) => {
      const now = new Date();
      const target = resolve(opts.out ?? exportFileName(now, opts.json ? 'json' : 'zip'));
      if (existsSync(target)) throw new Error(`${target} exists; choose a new file name`);
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        const user = await findUserByEmail(database.db, normalizeEmail(opts.email));
        if (!user) throw new Error(`No account ${opts.email}`);
        const line = progressLine('Exporting');
        let data;
        try {
          data = await exportAccount(database.db, user.id, now, (done, total) => line.update(done, total, 'items'));
        } finally {
          line.end();
        }
        // Health data: readable by its owner only (the CLI's umask), and never over an existing file.
        writeFileSync(target, opts.json ? JSON.stringify(data, null, 2) : exportZip(data), { flag: 'wx', mode: 0o600 });
        const count = (part: string) => data.households.reduce((n, h) => n + ((h[part] as unknown[] | undefined)?.length ?? 0), 0);
        console.log(
          `Exported ${user.email}: ${data.households.length} household(s) she owns with ${count('sessions')} log entries, ${count('symptomChecks')} symptom checks, ${count('creamatocrit')} creamatocrit measurements and ${count('accessLog')} access-log entries, to ${target}`,
        );
      } finally {
        await database.close();
      }
    });
}
