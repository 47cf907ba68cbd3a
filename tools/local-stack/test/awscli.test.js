'use strict';
// The AWS CLI (/usr/bin/aws, botocore's own paginators) against cognito-sim.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, aws } = require('../lib/testing');

const BULK = 1050;

test('AWS CLI against cognito-sim', async (t) => {
  const sim = await startSim(['--seed', 'demo', '--seed-users', String(BULK)]);
  t.after(() => sim.stop());
  const E = sim.endpoint;
  const P = sim.seed.userPoolId;
  const total = BULK + 6;

  await t.test('automatic pagination returns every user once, sorted', () => {
    const r = aws(E, ['list-users', '--user-pool-id', P]);
    assert.equal(r.status, 0, r.stderr);
    const names = r.json.Users.map((u) => u.Username);
    assert.equal(names.length, total);
    assert.equal(new Set(names).size, total);
    assert.deepEqual(names, [...names].sort());
    assert.equal(r.json.PaginationToken, undefined);
  });
  await t.test('--page-size changes the request size, not the result', () => {
    const r = aws(E, ['list-users', '--user-pool-id', P, '--page-size', '37', '--query', 'Users[].Username']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.json.length, total);
  });
  await t.test('--max-items stops early with a NextToken that resumes exactly', () => {
    const first = aws(E, ['list-users', '--user-pool-id', P, '--max-items', '100', '--page-size', '60']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.json.Users.length, 100);
    assert.ok(first.json.NextToken);
    const rest = aws(E, ['list-users', '--user-pool-id', P, '--starting-token', first.json.NextToken, '--page-size', '60']);
    assert.equal(rest.status, 0, rest.stderr);
    const all = [...first.json.Users, ...rest.json.Users].map((u) => u.Username);
    assert.equal(all.length, total);
    assert.equal(new Set(all).size, total);
  });
  await t.test('filters: ^= on username', () => {
    const r = aws(E, ['list-users', '--user-pool-id', P, '--filter', 'username ^= "user00010"', '--query', 'Users[].Username']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.json, ['user000100', 'user000101', 'user000102', 'user000103', 'user000104', 'user000105', 'user000106', 'user000107', 'user000108', 'user000109']);
    // (=, status and cognito:user_status filters: boto3.test.js — one process, not one CLI run each)
    // (non-searchable attribute refused: boto3.test.js)
  });
  // (Limit > 60 and group listings: boto3.test.js, one process instead of one CLI run each)
  await t.test('wrong secret key is refused', () => {
    const r = aws(E, ['list-users', '--user-pool-id', P], { env: { AWS_SECRET_ACCESS_KEY: 'not-the-secret' } });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /InvalidSignatureException/);
  });
  await t.test('admin auth and NEW_PASSWORD_REQUIRED through admin-respond-to-auth-challenge', () => {
    const W = sim.seed.clients['demo-web'].ClientId;
    const c = aws(E, ['admin-initiate-auth', '--user-pool-id', P, '--client-id', W, '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH',
      '--auth-parameters', 'USERNAME=carol,PASSWORD=Temp0rary!demo']);
    assert.equal(c.status, 0, c.stderr);
    assert.equal(c.json.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    const r = aws(E, ['admin-respond-to-auth-challenge', '--user-pool-id', P, '--client-id', W, '--challenge-name', 'NEW_PASSWORD_REQUIRED',
      '--session', c.json.Session, '--challenge-responses', 'USERNAME=carol,NEW_PASSWORD=NewPassw0rd!x']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.json.AuthenticationResult.IdToken);
    return sim.call('AdminGetUser', { UserPoolId: P, Username: 'carol' }).then((g) => assert.equal(g.UserStatus, 'CONFIRMED'));
  });
});
