/**
 * Sign-in cookies, and the one hook that authenticates every non-public route and, for household
 * routes, checks membership and role (see access.ts for the rule and the route table check).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { UserWithHash } from '../db/users.js';
import { userAndRoleForToken, userForToken } from '../services/accounts.js';
import { checkAccess, householdIdOf } from './access.js';

export const SESSION_COOKIE = 'lactea_session';

export function setSessionCookie(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies || request.protocol === 'https',
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function sessionToken(request: FastifyRequest): string | null {
  const t = request.cookies[SESSION_COOKIE];
  return t && t.length <= 100 ? t : null;
}

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('role', null);
  // onRequest: before the body is even read, so a request without a valid sign-in learns nothing
  // about what the route would accept (401 comes before any 400).
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config.public || request.is404) return;
    const token = sessionToken(request);
    if (!token) throw new AppError('sign_in_required', 'Please sign in');
    const access = config.access;
    const hid = access ? householdIdOf(request) : null;
    // Household route: the role comes with the user from one lookup; checkAccess decides.
    const found = hid ? await userAndRoleForToken(app.db, token, hid) : await signedInUser(app.db, token);
    if (!found) throw new AppError('sign_in_required', 'Please sign in');
    request.user = found.user;
    if (access) request.role = checkAccess(found.role, access);
  });
}

async function signedInUser(db: FastifyInstance['db'], token: string): Promise<{ user: UserWithHash; role: null } | null> {
  const user = await userForToken(db, token);
  return user ? { user, role: null } : null;
}

/** The signed-in user of a non-public route (the auth hook guarantees one). */
export function currentUser(request: FastifyRequest): NonNullable<FastifyRequest['user']> {
  if (!request.user) throw new AppError('sign_in_required', 'Please sign in');
  return request.user;
}
