/**
 * The one access check for household data. Every route under /api/households/:hid declares the
 * access it needs (read, write or manage) in its config; the auth hook looks up the user's role in
 * that household and calls checkAccess before any handler runs. A route that forgets to declare its
 * access fails at startup.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Access, type Role, roleAllows } from '../domain/account.js';
import type { Voice } from '../domain/insights/sentences.js';
import { AppError } from '../errors.js';
import { logAccess } from '../services/sharing.js';

const HOUSEHOLD_ROUTE = /^\/api\/households\/:hid(\/|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A household route and the access it declared: the route table the access check reads. */
export interface HouseholdRoute {
  method: string;
  url: string;
  access: Access;
}

export function registerAccessRules(app: FastifyInstance): HouseholdRoute[] {
  const table: HouseholdRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!HOUSEHOLD_ROUTE.test(route.url)) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} must declare config.access`);
    if (route.config?.public) throw new Error(`Household route ${route.url} cannot be public`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access });
  });

  // The access log: every consultant request and every change by someone other than the owner.
  // Only the route pattern and the record id are kept, never what was read or written. Written
  // before the answer leaves, so the owner who looks next finds it there.
  app.addHook('onSend', async (request, reply) => {
    const role = request.role;
    const user = request.user;
    if (!role || !user || role === 'owner' || reply.statusCode >= 400) return;
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (!write && role !== 'consultant') return;
    const hid = householdIdOf(request);
    if (!hid) return;
    const params = request.params as { id?: string; bid?: string };
    try {
      await logAccess(app.db, {
        householdId: hid,
        userId: user.id,
        role,
        action: write ? 'write' : 'read',
        method: request.method,
        route: request.routeOptions.url ?? '',
        resourceId: params.id ?? params.bid ?? null,
      });
    } catch (err) {
      // A household deleted in the same moment has no log left to write to.
      request.log.error({ errName: (err as Error).name }, 'could not write the access log');
    }
  });
  return table;
}

/** The household id of the request, when it is a well-formed one. */
export function householdIdOf(request: FastifyRequest): string | null {
  const hid = (request.params as { hid?: string }).hid ?? '';
  return UUID.test(hid) ? hid.toLowerCase() : null;
}

/**
 * Not a member, or no such household: the same 404, so nothing tells that it exists. A member
 * whose role does not allow the action gets 403.
 */
export function checkAccess(role: Role | null, access: Access): Role {
  if (!role) throw new AppError('household_not_found', 'No such household');
  if (!roleAllows(role, access)) throw new AppError('role_forbidden', `Your role (${role}) cannot do this`);
  return role;
}

/** How sentences about the household speak to the reader: her consultant reads them in the third person. */
export function voiceOf(role: Role | null): Voice {
  return role === 'consultant' ? 'client' : 'own';
}
