/**
 * Compressed answers where they pay: the API's reads (a page of the log, a summary, a month of
 * insights) shrink to a fraction with Brotli or gzip, which a phone on a weak connection feels.
 * Writes answer one small record and are left alone, so logging a feed pays nothing for this; the
 * web app's files are compressed once at build time (web.ts); request bodies are never compressed.
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { isApiAnswer } from './security.js';

export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Before the plugin's own onRoute hook, which reads these.
  app.addHook('onRoute', (route) => {
    const read = [route.method].flat().every((m) => m === 'GET' || m === 'HEAD');
    route.config = { ...route.config, decompress: false, ...(read && isApiAnswer(route.url) ? {} : { compress: false }) };
  });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
}
