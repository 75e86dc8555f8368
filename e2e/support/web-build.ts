/** Builds the web app into dist/web when it is not there yet (`npm test` builds it first). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const WEB_ROOT = resolve('dist/web');

export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(resolve(WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
}
