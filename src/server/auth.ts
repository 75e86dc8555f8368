/** Sign-in cookies, and the hook that makes every non-public route require a signed-in user. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { userForToken } from '../services/accounts.js';

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
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.config.public || request.is404) return;
    const token = sessionToken(request);
    const user = token ? await userForToken(app.db, token) : null;
    if (!user) throw new AppError('unauthorized', 'Please sign in');
    request.user = user;
  });
}

/** The signed-in user of a non-public route (the auth hook guarantees one). */
export function currentUser(request: FastifyRequest): NonNullable<FastifyRequest['user']> {
  if (!request.user) throw new AppError('unauthorized', 'Please sign in');
  return request.user;
}
