import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiled } from '../src/db/precompiled.js';
import { databases, makeApp, signUp, type TestApp } from './harness.js';

const membersOf = precompiled<{ hid: string; role: string }>()((db, param) =>
  db.selectFrom('memberships').select(['userId', 'role']).where('householdId', '=', param<string>('hid')).where('role', '=', param<string>('role')).orderBy('userId'),
);

describe.each(databases())('precompiled queries on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp(dbCase);
  });
  afterAll(async () => t.close());

  it('return what the same query built each time returns, with each call’s values', async () => {
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    for (const m of [a, b]) {
      const built = await t.database.db.selectFrom('memberships').select(['userId', 'role']).where('householdId', '=', m.hid).where('role', '=', 'owner').orderBy('userId').execute();
      expect(await membersOf(t.database.db, { hid: m.hid, role: 'owner' })).toEqual(built);
      expect(built).toEqual([{ userId: m.userId, role: 'owner' }]);
    }
    expect(await membersOf(t.database.db, { hid: a.hid, role: 'consultant' })).toEqual([]);
  });

  it('refuses to run without a value for every placeholder', async () => {
    await expect(membersOf(t.database.db, { hid: 'x' } as { hid: string; role: string })).rejects.toThrow('no value for role');
  });
});
