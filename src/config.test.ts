import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has safe defaults: loopback, port 3000, SQLite in ./data, no Secure cookies', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, databaseUrl: './data/lactea.db', secureCookies: false, logLevel: 'info', authRateLimit: 10 });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads the environment', () => {
    const c = loadConfig({ LACTEA_PORT: '8080', LACTEA_HOST: '0.0.0.0', DATABASE_URL: 'postgres://x@y/z', LACTEA_SECURE_COOKIES: '1', LACTEA_LOG_LEVEL: 'warn' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://x@y/z', secureCookies: true, logLevel: 'warn' });
  });

  it('lists every bad setting in one error', () => {
    try {
      loadConfig({ LACTEA_PORT: 'eighty', LACTEA_SECURE_COOKIES: 'maybe', LACTEA_LOG_LEVEL: 'loud', LACTEA_SESSION_DAYS: '0' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      for (const name of ['LACTEA_PORT', 'LACTEA_SECURE_COOKIES', 'LACTEA_LOG_LEVEL', 'LACTEA_SESSION_DAYS']) expect(problems).toContain(name);
    }
  });
});
