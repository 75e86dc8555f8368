/** What the app adds to Fastify's types: the database, the signed-in user, per-route access. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Access, Role } from '../domain/account.js';
import type { DB } from '../db/schema.js';
import type { UserWithHash } from '../db/users.js';
import type { HouseholdRoute } from './access.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    config: Readonly<Config>;
    /** Every /api/households/:hid route with the access it declared. */
    householdRoutes: readonly HouseholdRoute[];
  }
  interface FastifyRequest {
    /** The signed-in user; set for every route that is not public. */
    user: UserWithHash | null;
    /** The user's role in the household of a `/households/:hid/…` route. */
    role: Role | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /** What a household route needs; required on every route under /api/households/:hid. */
    access?: Access;
  }
}
