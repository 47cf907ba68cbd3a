'use strict';
// --seed-users-varied: users with names, departments, statuses and groups that follow from
// their number, read back through the AWS CLI (ListUsers and ListUsersInGroup, paged by the
// CLI itself) and counted against the rule the seeder documents.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, aws } = require('../lib/testing');

const N = 1000;
const range = (n) => Array.from({ length: n }, (_, k) => k + 1);

test('varied seeding', async (t) => {
  const sim = await startSim(['--seed', 'demo', '--seed-users', String(N), '--seed-users-varied']);
  t.after(() => sim.stop());
  const E = sim.endpoint;
  const P = sim.seed.userPoolId;
  const listed = aws(E, ['list-users', '--user-pool-id', P]);
  assert.equal(listed.status, 0, listed.stderr);
  const seeded = listed.json.Users.filter((u) => /^user\d{6}$/.test(u.Username));
  const attr = (u, name) => (u.Attributes.find((a) => a.Name === name) || {}).Value;
  const number = (u) => Number(u.Username.slice(4));

  await t.test('every user is there once', () => {
    assert.equal(seeded.length, N);
    assert.equal(new Set(seeded.map((u) => u.Username)).size, N);
  });
  await t.test('statuses and enabled follow the number', () => {
    const count = (s) => seeded.filter((u) => u.UserStatus === s).length;
    assert.equal(count('FORCE_CHANGE_PASSWORD'), range(N).filter((i) => i % 10 === 0).length);
    assert.equal(count('UNCONFIRMED'), range(N).filter((i) => i % 50 === 7).length);
    assert.equal(count('CONFIRMED'), N - count('FORCE_CHANGE_PASSWORD') - count('UNCONFIRMED'));
    assert.equal(seeded.filter((u) => !u.Enabled).length, range(N).filter((i) => i % 25 === 3).length);
    for (const u of seeded) assert.equal(u.Enabled, number(u) % 25 !== 3, u.Username);
  });
  await t.test('names, emails and the custom department', () => {
    const departments = ['Finance', 'Support', 'Engineering', 'Sales', 'Legal', 'Operations'];
    for (const u of seeded) {
      const i = number(u);
      assert.equal(attr(u, 'custom:department'), departments[i % 6], u.Username);
      const email = attr(u, 'email');
      assert.equal(email, `${attr(u, 'given_name')}.${attr(u, 'family_name')}.${i}@example.com`.toLowerCase());
    }
    const kowalskis = seeded.filter((u) => attr(u, 'email').includes('kowalski'));
    assert.equal(kowalskis.length, range(N).filter((i) => i % 41 === 0).length);
    assert.ok(kowalskis.length > 0);
  });
  await t.test('group members, listed by the AWS CLI', () => {
    const expected = {
      staff: (i) => i % 2 === 0,
      contractors: (i) => i % 7 === 0,
      finance: (i) => i % 6 === 0,
      support: (i) => i % 6 === 1,
    };
    for (const [group, rule] of Object.entries(expected)) {
      const r = aws(E, ['list-users-in-group', '--user-pool-id', P, '--group-name', group]);
      assert.equal(r.status, 0, r.stderr);
      const names = r.json.Users.map((u) => u.Username);
      assert.deepEqual(names, range(N).filter(rule).map((i) => `user${String(i).padStart(6, '0')}`), group);
    }
    const demoGroups = aws(E, ['list-users-in-group', '--user-pool-id', P, '--group-name', 'admins']);
    assert.deepEqual(demoGroups.json.Users.map((u) => u.Username), ['alice']);
  });
});
