/** `lactea demo`: fills a household with synthetic sessions and symptom checks, through the API's own services. */
import { randomInt } from 'node:crypto';
import { Command } from 'commander';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { listHouseholdsForUser } from '../../db/households.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { DB } from '../../db/schema.js';
import { findUserByEmail } from '../../db/users.js';
import { generateDemo, type DemoData } from '../../domain/demo/index.js';
import { isValidTimeZone, zoneOffsetMs } from '../../domain/time.js';
import { AppError } from '../../errors.js';
import { createUser, normalizeEmail } from '../../services/accounts.js';
import { createHousehold } from '../../services/households.js';
import { putSession } from '../../services/sessions.js';
import { saveCheck } from '../../services/symptom-checks.js';
import { readPassword } from '../password.js';
import { signupBody } from '../../server/schemas.js';

/** Writes demo data with the same services the HTTP API uses; records already there are skipped. */
export async function fillDemo(db: Kysely<DB>, userId: string, householdId: string, data: DemoData, now = new Date()): Promise<{ sessions: number; checks: number; skipped: number }> {
  let sessions = 0;
  let checks = 0;
  let skipped = 0;
  for (const s of data.sessions) {
    try {
      const r = await putSession(db, { userId }, householdId, s.id, s.input, undefined, now);
      if (r.status === 201) sessions += 1;
      else skipped += 1;
    } catch (e) {
      if (e instanceof AppError && e.status === 409) skipped += 1;
      else throw e;
    }
  }
  // In time order, so each check's result sees the earlier ones, as it would have in real use.
  for (const c of [...data.checks].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt))) {
    try {
      const r = await saveCheck(db, { userId }, householdId, c.id, { answers: c.answers, checkedAt: c.checkedAt }, now);
      if (r.status === 201) checks += 1;
      else skipped += 1;
    } catch (e) {
      if (e instanceof AppError && e.status === 409) skipped += 1;
      else throw e;
    }
  }
  return { sessions, checks, skipped };
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('Fill a household with SYNTHETIC demo data (several weeks of sessions and a few symptom checks) [env DATABASE_URL]')
    .requiredOption('-e, --email <email>', "the account whose household to fill (created when missing, with the password from --password-stdin or LACTEA_PASSWORD)")
    .option('--days <n>', 'how many days of data', '42')
    .option('--seed <n>', 'seed for reproducible data (default: random)')
    .option('--tz <zone>', 'time zone for the daily rhythm', 'Europe/Madrid')
    .option('--password-stdin', 'read the password for a new account from standard input')
    .action(async (opts: { email: string; days: string; seed?: string; tz: string; passwordStdin?: boolean }) => {
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 1 || days > 1100) throw new Error('--days must be a whole number from 1 to 1100');
      if (!isValidTimeZone(opts.tz)) throw new Error('--tz must be an IANA time zone such as Europe/Madrid');
      const seed = opts.seed === undefined ? randomInt(2 ** 31) : Number(opts.seed);
      if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        await migrateToLatest(database.db);
        const db = database.db;
        const now = new Date();
        let userId = (await findUserByEmail(db, normalizeEmail(opts.email)))?.id;
        if (!userId) {
          const password = await readPassword(opts.passwordStdin);
          if (!password) throw new Error(`No account ${opts.email}: give a password for it on standard input with --password-stdin, or in LACTEA_PASSWORD`);
          const parsed = signupBody.safeParse({ email: opts.email, password });
          if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
          userId = (await createUser(db, parsed.data)).user.id;
          console.log(`Created account ${normalizeEmail(opts.email)}`);
        }
        const households = await listHouseholdsForUser(db, userId, now.toISOString());
        const household = households.find((h) => h.role === 'owner') ?? (await createHousehold(db, userId, 'Demo (synthetic data)', now));
        const data = generateDemo({ seed, days, endMs: now.getTime(), utcOffsetHours: zoneOffsetMs(now.getTime(), opts.tz) / 3_600_000 });
        console.log('SYNTHETIC DATA: these sessions and symptom checks are made up by `lactea demo` to show the app; they are not real records.');
        const r = await fillDemo(db, userId, household.id, data, now);
        console.log(
          `Added ${r.sessions} synthetic sessions and ${r.checks} synthetic symptom checks over ${days} days to household "${household.name}" (${household.id}), seed ${seed}.` +
            (r.skipped ? ` ${r.skipped} already existed and were left as they were.` : '') +
            ' Every session\'s notes say "Synthetic demo data".',
        );
      } finally {
        await database.close();
      }
    });
}
