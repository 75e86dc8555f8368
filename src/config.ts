/** Configuration, read once from the environment into a typed, frozen object. */
import { resolve } from 'node:path';

export interface Config {
  host: string;
  port: number;
  /** `postgres://…` for PostgreSQL; anything else is a SQLite file path (or ':memory:'). */
  databaseUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Folder of the built web app; served when it exists. */
  webRoot: string;
  sessionDays: number;
  /** Sign-in and sign-up attempts allowed per client address per minute. */
  authRateLimit: number;
}

export const ENV_VARS: Record<string, { key: keyof Config; default: string; help: string }> = {
  LACTEA_HOST: { key: 'host', default: '127.0.0.1', help: 'address to listen on (0.0.0.0 for your LAN)' },
  LACTEA_PORT: { key: 'port', default: '3000', help: 'port to listen on' },
  DATABASE_URL: { key: 'databaseUrl', default: './data/lactea.db', help: 'SQLite file path, or a postgres:// URL' },
  LACTEA_SECURE_COOKIES: { key: 'secureCookies', default: '0', help: '1 to mark cookies Secure (set it when served over https)' },
  LACTEA_TRUST_PROXY: { key: 'trustProxy', default: '0', help: '1 when behind a reverse proxy that sets X-Forwarded-*' },
  LACTEA_LOG_LEVEL: { key: 'logLevel', default: 'info', help: 'fatal, error, warn, info, debug, trace or silent' },
  LACTEA_WEB_ROOT: { key: 'webRoot', default: 'dist/web', help: 'folder of the built web app' },
  LACTEA_SESSION_DAYS: { key: 'sessionDays', default: '30', help: 'days a sign-in lasts' },
  LACTEA_AUTH_RATE_LIMIT: { key: 'authRateLimit', default: '10', help: 'sign-in/sign-up attempts per minute per address' },
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function flag(v: string): boolean | null {
  if (['1', 'true', 'yes', 'on'].includes(v.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v.toLowerCase())) return false;
  return null;
}

function int(v: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** Reads every setting, collecting all problems into one error. `overrides` win over `env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Readonly<Config> {
  const problems: string[] = [];
  const get = (name: string): string => env[name] ?? ENV_VARS[name]?.default ?? '';
  const bool = (name: string): boolean => {
    const b = flag(get(name));
    if (b === null) problems.push(`${name} must be 0 or 1 (got "${get(name)}")`);
    return b ?? false;
  };
  const num = (name: string, min: number, max: number): number => {
    const n = int(get(name), min, max);
    if (n === null) problems.push(`${name} must be a whole number from ${min} to ${max} (got "${get(name)}")`);
    return n ?? min;
  };
  const logLevel = get('LACTEA_LOG_LEVEL') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LACTEA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const databaseUrl = get('DATABASE_URL');
  if (!databaseUrl) problems.push('DATABASE_URL must not be empty');
  const config: Config = {
    host: get('LACTEA_HOST'),
    port: num('LACTEA_PORT', 0, 65535),
    databaseUrl,
    secureCookies: bool('LACTEA_SECURE_COOKIES'),
    trustProxy: bool('LACTEA_TRUST_PROXY'),
    logLevel,
    webRoot: resolve(get('LACTEA_WEB_ROOT')),
    sessionDays: num('LACTEA_SESSION_DAYS', 1, 365),
    authRateLimit: num('LACTEA_AUTH_RATE_LIMIT', 1, 100_000),
    ...overrides,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
