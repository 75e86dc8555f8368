/**
 * The one access check for household data. Every route under /api/households/:hid declares the
 * access it needs (read, write or manage); this hook checks membership and role before the handler
 * runs. A route that forgets to declare its access fails at startup.
 */
import type { FastifyInstance } from 'fastify';
import { roleAllows } from '../domain/account.js';
import { AppError } from '../errors.js';
import { findRole } from '../db/households.js';

const HOUSEHOLD_ROUTE = /^\/api\/households\/:hid(\/|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerAccessCheck(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (HOUSEHOLD_ROUTE.test(route.url) && !route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} must declare config.access`);
    }
    if (HOUSEHOLD_ROUTE.test(route.url) && route.config?.public) {
      throw new Error(`Household route ${route.url} cannot be public`);
    }
  });

  // Runs after the auth hook (hooks run in the order they were added).
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const user = request.user;
    if (!user) throw new AppError('unauthorized', 'Please sign in');
    const hid = (request.params as { hid?: string }).hid ?? '';
    // Not a member, or no such household: the same answer, so nothing tells that it exists.
    const role = UUID.test(hid) ? await findRole(app.db, hid.toLowerCase(), user.id, new Date().toISOString()) : null;
    if (!role) throw new AppError('not_found', 'No such household');
    if (!roleAllows(role, access)) throw new AppError('forbidden', `Your role (${role}) cannot do this`);
    request.role = role;
  });
}
