import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { createUser } from '../../services/accounts.js';
import { signupBody } from '../../server/schemas.js';
import { readPassword } from '../password.js';

export function createUserCommand(): Command {
  return new Command('create-user')
    .description('Create an account with its own household [env DATABASE_URL]')
    .requiredOption('-e, --email <email>', 'email address')
    .option('--password-stdin', 'read the password from standard input (else from env LACTEA_PASSWORD)')
    .action(async (opts: { email: string; passwordStdin?: boolean }) => {
      const password = await readPassword(opts.passwordStdin);
      if (!password) throw new Error('Give the password on standard input with --password-stdin, or in LACTEA_PASSWORD');
      const parsed = signupBody.safeParse({ email: opts.email, password });
      if (!parsed.success) {
        throw new Error(z.prettifyError(parsed.error));
      }
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        await migrateToLatest(database.db);
        const { user, households } = await createUser(database.db, parsed.data);
        console.log(`Created ${user.email} (household ${households[0]?.id ?? '?'})`);
      } finally {
        await database.close();
      }
    });
}
