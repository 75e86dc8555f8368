/** Serves the built web app, compressed ahead of time: hashed assets cached for good, everything else revalidated, and an index.html fallback. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz beside each text file (scripts/precompress.js).
    preCompressed: true,
    setHeaders(res, path) {
      res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

/** Paths the web app's own router handles: anything that is not the API, a file, or a known endpoint. */
export function isAppRoute(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return !path.startsWith('/api') && path !== '/healthz' && !/\.[a-z0-9]+$/i.test(path);
}
