'use strict';
// Knobs: quotas, latency, faults, fast seeding, control endpoint.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, py } = require('../lib/testing');

test('knobs', async (t) => {
  const sim = await startSim(['--seed', 'demo', '--quota', 'UserRead=2']);
  t.after(() => sim.stop());
  const P = sim.seed.userPoolId;
  const knobs = async (cfg) => {
    const r = await fetch(`${sim.endpoint}/_sim/knobs`, { method: 'POST', body: JSON.stringify(cfg) });
    assert.equal(r.status, 200);
    return r.json();
  };
  const getAlice = () => sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' }).then(() => 'ok', (e) => e.type || e.cause?.code || e.message);

  await t.test('per-category quota answers TooManyRequestsException (HTTP 400)', async () => {
    // 40 calls at once against 2 RPS (bucket of 2): at most 2 + 2 per elapsed second succeed,
    // however slow the machine is.
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 40 }, getAlice));
    const elapsed = (Date.now() - t0) / 1000;
    const ok = results.filter((r) => r === 'ok').length;
    const throttled = results.filter((r) => r === 'TooManyRequestsException').length;
    assert.equal(ok + throttled, 40, JSON.stringify(results));
    assert.ok(ok >= 2 && ok <= 2 + Math.ceil(2 * elapsed) + 1, `ok ${ok} in ${elapsed} s`);
    assert.ok(throttled >= 1);
    try { await sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' }); } catch (e) { assert.equal(e.status, 400); assert.equal(e.awsMessage, 'Rate exceeded'); }
    // other categories are not affected
    await sim.call('ListUsers', { UserPoolId: P, Limit: 1 });
    const k = await knobs({ quotasEnabled: false });
    assert.ok(k.stats.throttled >= throttled);
    assert.ok(k.stats.ops.AdminGetUser >= 41 && k.stats.ops.ListUsers === 1, JSON.stringify(k.stats.ops));
    const z = await fetch(`${sim.endpoint}/_sim/stats/reset`, { method: 'POST' }).then((r) => r.json());
    assert.deepEqual(z.stats.ops, {});
  });
  await t.test('AWS quota table is the default when enabled', async () => {
    const k = await knobs({ quotasEnabled: true, quotas: { UserRead: 120 } });
    assert.equal(k.quotas.UserAuthentication, 120);
    assert.equal(k.quotas.UserCreation, 50);
    assert.equal(k.quotas.UserList, 30);
    await knobs({ quotasEnabled: false });
  });
  await t.test('added latency', async () => {
    await knobs({ latencyMs: 150, jitterMs: 50 });
    const t0 = Date.now();
    await sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' });
    const dt = Date.now() - t0;
    assert.ok(dt >= 150, `took ${dt} ms`);
    await knobs({ latencyMs: 0, jitterMs: 0 });
  });
  await t.test('5xx and throttle faults', async () => {
    await knobs({ faults: { '5xx': 1 } });
    await assert.rejects(sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' }), (e) => e.type === 'InternalErrorException' && e.status === 500);
    await knobs({ faults: { '5xx': 0, throttle: 1 } });
    await assert.rejects(sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' }), (e) => e.type === 'TooManyRequestsException' && e.status === 400);
    await knobs({ faults: { throttle: 0 } });
  });
  await t.test('commit-then-fail: the write happens, the reply is an error', async () => {
    await knobs({ faults: { commitThenFail: 1 }, faultOps: ['AdminCreateUser'] });
    await assert.rejects(sim.call('AdminCreateUser', { UserPoolId: P, Username: 'ghostwrite', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'g@example.com' }] }), (e) => e.status === 500);
    await knobs({ faults: { commitThenFail: 0 }, faultOps: [] });
    const u = await sim.call('AdminGetUser', { UserPoolId: P, Username: 'ghostwrite' });
    assert.equal(u.UserStatus, 'FORCE_CHANGE_PASSWORD');
  });
  await t.test('commit-then-hang: the write happens, no reply comes', async () => {
    await knobs({ faults: { commitThenHang: 1 }, faultOps: ['SignUp'], hangMs: 2000 });
    const body = JSON.stringify({ ClientId: sim.seed.clients['demo-web'].ClientId, Username: 'hungwrite', Password: 'Passw0rd!x', UserAttributes: [{ Name: 'email', Value: 'h@example.com' }] });
    await assert.rejects(fetch(`${sim.endpoint}/`, { method: 'POST', signal: AbortSignal.timeout(300), headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' }, body }), (e) => e.name === 'TimeoutError');
    const k = await knobs({ faults: { commitThenHang: 0 }, faultOps: [] });
    assert.equal(k.stats.faults.commitThenHang, 1);
    const u = await sim.call('AdminGetUser', { UserPoolId: P, Username: 'hungwrite' });
    assert.equal(u.UserStatus, 'UNCONFIRMED');
  });
  await t.test('connection reset mid-reply', async () => {
    await knobs({ faults: { reset: 1 } });
    await assert.rejects(sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' }), (e) => !e.type);
    await knobs({ faults: { reset: 0 } });
  });
  await t.test('hang past the client timeout', async () => {
    await knobs({ faults: { hang: 1 }, hangMs: 2000 });
    const t0 = Date.now();
    await assert.rejects(fetch(`${sim.endpoint}/`, { method: 'POST', signal: AbortSignal.timeout(300), headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' }, body: '{}' }), (e) => e.name === 'TimeoutError');
    assert.ok(Date.now() - t0 < 1900); // the client gave up before the sim dropped the connection
    await knobs({ faults: { hang: 0 } });
  });
  await t.test('boto3 standard retries ride out 50% throttling (botocore classifies it as throttling)', async () => {
    await knobs({ faults: { throttle: 0.5 }, seed: 42 });
    const r = py(`
c = boto3.client('cognito-idp', endpoint_url=ARGS['endpoint'], region_name='us-east-1', config=Config(retries={'max_attempts': 10, 'mode': 'standard'}))
n = 0
for i in range(6):
    r = c.admin_get_user(UserPoolId=ARGS['pool'], Username='alice')
    n += r['ResponseMetadata']['RetryAttempts']
print(json.dumps({'retries': n}))
`, { endpoint: sim.endpoint, pool: P });
    assert.ok(r.retries > 0);
    const k = await knobs({ faults: { throttle: 0 } });
    assert.ok(k.stats.faults.throttle >= r.retries);
  });
  await t.test('fast seeding through the control endpoint', async () => {
    const t0 = Date.now();
    const r = await fetch(`${sim.endpoint}/_sim/seed-users`, { method: 'POST', body: JSON.stringify({ UserPoolId: P, count: 20000, prefix: 'bulk' }) }).then((x) => x.json());
    assert.equal(r.created, 20000);
    assert.ok(Date.now() - t0 < 8000);
    const page = await sim.call('ListUsers', { UserPoolId: P, Filter: 'username ^= "bulk01999"' });
    assert.deepEqual(page.Users.map((u) => u.Username), Array.from({ length: 10 }, (_, i) => `bulk01999${i}`));
    const login = await sim.call('InitiateAuth', { ClientId: sim.seed.clients['demo-web'].ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'bulk000001', PASSWORD: r.password } });
    assert.ok(login.AuthenticationResult);
  });
});
