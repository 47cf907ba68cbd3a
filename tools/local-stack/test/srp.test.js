'use strict';
// USER_SRP_AUTH with a real server-side verifier, proven by amazon-cognito-identity-js's
// authenticateUser (the library AWS Amplify v5 used), right and wrong password.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, idjs, decodeJwt } = require('../lib/testing');

const LOGIN = `
const { CognitoUserPool, CognitoUser, AuthenticationDetails } = require('amazon-cognito-identity-js');
const a = JSON.parse(process.argv[1]);
const pool = new CognitoUserPool({ UserPoolId: a.poolId, ClientId: a.clientId, endpoint: a.endpoint + '/' });
const user = new CognitoUser({ Username: a.username, Pool: pool });
user.setAuthenticationFlowType('USER_SRP_AUTH');
const done = (o) => { process.stdout.write(JSON.stringify(o)); process.exit(0); };
user.authenticateUser(new AuthenticationDetails({ Username: a.username, Password: a.password }), {
  onSuccess: (s) => done({ ok: true, id: s.getIdToken().getJwtToken(), access: s.getAccessToken().getJwtToken(), refresh: !!s.getRefreshToken().getToken() }),
  onFailure: (e) => done({ ok: false, code: e.code, message: e.message }),
  newPasswordRequired: (attrs, required) => {
    if (!a.newPassword) return done({ ok: false, challenge: 'NEW_PASSWORD_REQUIRED' });
    user.completeNewPasswordChallenge(a.newPassword, {}, {
      onSuccess: (s) => done({ ok: true, afterNewPassword: true, id: s.getIdToken().getJwtToken() }),
      onFailure: (e) => done({ ok: false, code: e.code, message: e.message }),
    });
  },
});`;

test('amazon-cognito-identity-js SRP against cognito-sim', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const base = { endpoint: sim.endpoint, poolId: sim.seed.userPoolId, clientId: sim.seed.clients['demo-web'].ClientId };

  await t.test('right password logs in', () => {
    const r = idjs(LOGIN, { ...base, username: 'alice', password: 'Passw0rd!demo' });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(decodeJwt(r.id)['cognito:username'], 'alice');
    assert.equal(r.refresh, true);
  });
  await t.test('wrong password fails with NotAuthorizedException', () => {
    const r = idjs(LOGIN, { ...base, username: 'alice', password: 'Passw0rd!wrong' });
    assert.deepEqual(r, { ok: false, code: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });
  await t.test('unknown user fails with UserNotFoundException', () => {
    const r = idjs(LOGIN, { ...base, username: 'nobody', password: 'Passw0rd!demo' });
    assert.equal(r.code, 'UserNotFoundException');
  });
  await t.test('disabled user is refused', () => {
    const r = idjs(LOGIN, { ...base, username: 'erin', password: 'Passw0rd!demo' });
    assert.deepEqual(r, { ok: false, code: 'NotAuthorizedException', message: 'User is disabled.' });
  });
  await t.test('temporary password leads to NEW_PASSWORD_REQUIRED, then tokens', () => {
    const r = idjs(LOGIN, { ...base, username: 'carol', password: 'Temp0rary!demo', newPassword: 'Brand!New0ne' });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.afterNewPassword, true);
    const again = idjs(LOGIN, { ...base, username: 'carol', password: 'Brand!New0ne' });
    assert.equal(again.ok, true);
  });
  await t.test('SRP after a password change uses the new verifier', async () => {
    await sim.call('AdminSetUserPassword', { UserPoolId: base.poolId, Username: 'bob', Password: 'Changed!Passw0rd', Permanent: true });
    assert.equal(idjs(LOGIN, { ...base, username: 'bob', password: 'Passw0rd!demo' }).code, 'NotAuthorizedException');
    assert.equal(idjs(LOGIN, { ...base, username: 'bob', password: 'Changed!Passw0rd' }).ok, true);
  });
});
