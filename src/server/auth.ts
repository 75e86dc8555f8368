/**
 * Sign-in cookies, and the one hook that authenticates every non-public route and, for household
 * routes, checks membership and role (see access.ts for the rule and the route table check).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Role } from '../domain/account.js';
import type { UserWithHash } from '../db/users.js';
import { type Eventually, userAndRoleForToken, userForToken } from '../services/accounts.js';
import type { SignInCache } from '../services/sign-in-cache.js';
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

/** `signIns`: remembered sign-ins (SQLite only; see sign-in-cache.ts), or null to read the database every time. */
export function registerAuth(app: FastifyInstance, signIns: SignInCache | null): void {
  app.decorateRequest('user', null);
  app.decorateRequest('role', null);
  app.decorateRequest('writeView', null);
  // onRequest: before the body is even read, so a request without a valid sign-in learns nothing
  // about what the route would accept (401 comes before any 400). Callback style: a remembered
  // sign-in is settled at once, without a promise; only a database read waits.
  app.addHook('onRequest', (request, _reply, done) => {
    const config = request.routeOptions.config;
    if (config.public || request.is404) return done();
    const token = sessionToken(request);
    if (!token) return done(new AppError('sign_in_required', 'Please sign in'));
    // One look at other processes' writes for the whole request (the summary's cache reuses it).
    const view = signIns ? signIns.view() : null;
    request.writeView = view;
    const lookup = signIns && view ? { cache: signIns, view } : null;
    const access = config.access;
    const hid = access ? householdIdOf(request) : null;
    const settle = (found: { user: UserWithHash; role: Role | null } | null): void => {
      if (!found) return done(new AppError('sign_in_required', 'Please sign in'));
      request.user = found.user;
      if (!access) return done();
      try {
        // Household route: the role comes with the user from one lookup; checkAccess decides.
        request.role = checkAccess(found.role, access);
      } catch (e) {
        return done(e as Error);
      }
      done();
    };
    const found = hid ? userAndRoleForToken(app.db, token, hid, new Date(), lookup) : withoutRole(userForToken(app.db, token, new Date(), lookup));
    if (found instanceof Promise) found.then(settle, done);
    else settle(found);
  });
}

function withoutRole(user: Eventually<UserWithHash | null>): Eventually<{ user: UserWithHash; role: null } | null> {
  const wrap = (u: UserWithHash | null) => (u ? { user: u, role: null } : null);
  return user instanceof Promise ? user.then(wrap) : wrap(user);
}

/** The signed-in user of a non-public route (the auth hook guarantees one). */
export function currentUser(request: FastifyRequest): NonNullable<FastifyRequest['user']> {
  if (!request.user) throw new AppError('sign_in_required', 'Please sign in');
  return request.user;
}
