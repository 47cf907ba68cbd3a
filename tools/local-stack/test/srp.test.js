'use strict';
// USER_SRP_AUTH with a real server-side verifier, proven by amazon-cognito-identity-js's
// authenticateUser (the library AWS Amplify v5 used), right and wrong password.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, idjs, decodeJwt } = require('../lib/testing');

const LOGIN = `
const { CognitoUserPool, CognitoUser, AuthenticationDetails } = require('amazon-cognito-identity-js');
const all = JSON.parse(process.argv[1]);
const pool = new CognitoUserPool({ UserPoolId: all.poolId, ClientId: all.clientId, endpoint: all.endpoint + '/' });
const results = [];
const next = () => {
  if (results.length === all.attempts.length) { process.stdout.write(JSON.stringify(results)); process.exit(0); }
  login(all.attempts[results.length]);
};
const login = (a) => {
const user = new CognitoUser({ Username: a.username, Pool: pool });
user.setAuthenticationFlowType('USER_SRP_AUTH');
const done = (o) => { results.push(o); next(); };
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
});
};
next();`;

test('amazon-cognito-identity-js SRP against cognito-sim', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const base = { endpoint: sim.endpoint, poolId: sim.seed.userPoolId, clientId: sim.seed.clients['demo-web'].ClientId };
  // one child process runs a batch of logins in order (the library is slow to load)
  const logins = (...attempts) => idjs(LOGIN, { ...base, attempts });

  await t.test('right password logs in, wrong password and unknown user fail, disabled refused', () => {
    const [ok, wrong, unknown, disabled] = logins(
      { username: 'alice', password: 'Passw0rd!demo' },
      { username: 'alice', password: 'Passw0rd!wrong' },
      { username: 'nobody', password: 'Passw0rd!demo' },
      { username: 'erin', password: 'Passw0rd!demo' });
    assert.equal(ok.ok, true, JSON.stringify(ok));
    assert.equal(decodeJwt(ok.id)['cognito:username'], 'alice');
    assert.equal(ok.refresh, true);
    assert.deepEqual(wrong, { ok: false, code: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    assert.equal(unknown.code, 'UserNotFoundException');
    assert.deepEqual(disabled, { ok: false, code: 'NotAuthorizedException', message: 'User is disabled.' });
  });
  await t.test('temporary password leads to NEW_PASSWORD_REQUIRED, then tokens', () => {
    const [first, again] = logins(
      { username: 'carol', password: 'Temp0rary!demo', newPassword: 'Brand!New0ne' },
      { username: 'carol', password: 'Brand!New0ne' });
    assert.equal(first.ok, true, JSON.stringify(first));
    assert.equal(first.afterNewPassword, true);
    assert.equal(again.ok, true);
  });
  await t.test('SRP after a password change uses the new verifier', async () => {
    await sim.call('AdminSetUserPassword', { UserPoolId: base.poolId, Username: 'bob', Password: 'Changed!Passw0rd', Permanent: true });
    const [old, fresh] = logins({ username: 'bob', password: 'Passw0rd!demo' }, { username: 'bob', password: 'Changed!Passw0rd' });
    assert.equal(old.code, 'NotAuthorizedException');
    assert.equal(fresh.ok, true);
  });
});
