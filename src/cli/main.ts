/** The `lactea` command. Each subcommand lives in its own file under commands/. */
import { Command } from 'commander';
import { ENV_VARS } from '../config.js';
import { VERSION } from '../version.js';
import { backupCommand } from './commands/backup.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { createUserCommand } from './commands/create-user.js';
import { migrateCommand } from './commands/migrate.js';
import { resetPasswordCommand } from './commands/reset-password.js';
import { restoreCommand } from './commands/restore.js';
import { serveCommand } from './commands/serve.js';

// Health data: every file this process creates (database, WAL, backups) is readable by its owner only.
process.umask(0o077);

const envHelp = Object.entries(ENV_VARS)
  .map(([name, v]) => `  ${name.padEnd(24)} ${v.help} (default: ${v.default})`)
  .join('\n');

const program = new Command()
  .name('lactea')
  .description('Lactea: a self-hostable lactation companion.')
  .version(VERSION)
  .addHelpText('after', `\nConfiguration comes from environment variables:\n${envHelp}\n`)
  .showHelpAfterError();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(createUserCommand());
program.addCommand(resetPasswordCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(exportCommand());
program.addCommand(demoCommand());

try {
  await program.parseAsync(process.argv);
} catch (e) {
  console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
