import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { AppError } from '../../errors.js';
import { signupBody } from '../../server/schemas.js';
import { resetPassword } from '../../services/account.js';
import { readPassword } from '../password.js';

/** For a self-hosted server with no email: whoever runs it sets a new password for someone who forgot hers. */
export function resetPasswordCommand(): Command {
  return new Command('reset-password')
    .description('Set a new password for an account and sign it out everywhere [env DATABASE_URL]')
    .requiredOption('-e, --email <email>', 'the account’s email address')
    .option('--password-stdin', 'read the new password from standard input (else from env LACTEA_PASSWORD)')
    .action(async (opts: { email: string; passwordStdin?: boolean }) => {
      const password = await readPassword(opts.passwordStdin);
      if (!password) throw new Error('Give the new password on standard input with --password-stdin, or in LACTEA_PASSWORD');
      const parsed = signupBody.pick({ email: true, password: true }).safeParse({ email: opts.email, password });
      if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        await migrateToLatest(database.db);
        const { endedSessions } = await resetPassword(database.db, parsed.data.email, parsed.data.password);
        console.log(`New password set for ${parsed.data.email.toLowerCase()}; ${endedSessions} sign-in${endedSessions === 1 ? '' : 's'} ended. They can now sign in with it, and change it in Settings → Account.`);
      } catch (e) {
        // The CLI speaks English: the field's reason is enough here.
        if (e instanceof AppError && e.fields) throw new Error(Object.entries(e.fields).map(([f, i]) => `${f} ${i.message}`).join('; '));
        throw e;
      } finally {
        await database.close();
      }
    });
}
