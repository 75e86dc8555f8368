/** The app's version, from package.json. */
import { readFileSync } from 'node:fs';

function read(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'lactea' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate (src/ when run from source, dist/ when built)
    }
  }
  return '0.0.0';
}

export const VERSION = read();
