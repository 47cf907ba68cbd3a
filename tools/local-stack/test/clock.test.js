'use strict';
// Expiries, driven by moving the sim's clock (/_sim/clock): paging tokens (1 h), access tokens
// (1 h), SigV4 skew (5 min, with the Date header for skew correction), sign-up codes (24 h),
// temporary passwords (TemporaryPasswordValidityDays = 7).
const test = require('node:test');
const assert = require('node:assert/strict');
const { sign } = require('../lib/sigv4');
const { startSim, DEMO_KEY } = require('../lib/testing');

test('expiries follow the sim clock', async (t) => {
  const sim = await startSim(['--seed', 'demo', '--seed-users', '100']);
  t.after(() => sim.stop());
  const P = sim.seed.userPoolId;
  const W = sim.seed.clients['demo-web'].ClientId;
  let offset = 0;
  const setClock = async (s) => { offset = s; await fetch(`${sim.endpoint}/_sim/clock`, { method: 'POST', body: JSON.stringify({ offsetSeconds: s }) }); };
  // A client that corrected its clock to the sim's (signs with the sim's time).
  const call = async (op, body, { signed = true, skewSeconds = offset } = {}) => {
    const b = JSON.stringify(body);
    let h = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${op}` };
    if (signed) { h = sign({ method: 'POST', url: `${sim.endpoint}/`, body: b, region: 'us-east-1', service: 'cognito-idp', ...DEMO_KEY, date: new Date(Date.now() + skewSeconds * 1000), headers: h }); delete h.host; }
    const r = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: h, body: b });
    return { status: r.status, date: r.headers.get('date'), json: await r.json() };
  };

  const page = (await call('ListUsers', { UserPoolId: P, Limit: 10 })).json;
  const login = (await call('InitiateAuth', { ClientId: W, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD: 'Passw0rd!demo' } }, { signed: false })).json;
  await call('SignUp', { ClientId: W, Username: 'late', Password: 'Passw0rd!late', UserAttributes: [{ Name: 'email', Value: 'late@example.com' }] }, { signed: false });

  await setClock(3590); // just before the hour: still valid
  assert.equal((await call('ListUsers', { UserPoolId: P, Limit: 10, PaginationToken: page.PaginationToken })).status, 200);
  assert.equal((await call('GetUser', { AccessToken: login.AuthenticationResult.AccessToken }, { signed: false })).status, 200);
  // a client that did not correct its clock is refused, and the Date header tells it the skew
  const stale = await call('ListUsers', { UserPoolId: P, Limit: 1 }, { skewSeconds: 0 });
  assert.equal(stale.json.__type, 'InvalidSignatureException');
  assert.match(stale.json.message, /^Signature expired: /);
  const skew = new Date(stale.date) - Date.now();
  assert.ok(Math.abs(skew - 3590e3) < 5000, `Date header skew ${skew}`);

  await setClock(3601); // past the hour
  const expired = await call('ListUsers', { UserPoolId: P, Limit: 10, PaginationToken: page.PaginationToken });
  assert.equal(expired.json.__type, 'InvalidParameterException');
  assert.match(expired.json.message, /expired/);
  assert.deepEqual((await call('GetUser', { AccessToken: login.AuthenticationResult.AccessToken }, { signed: false })).json,
    { __type: 'NotAuthorizedException', message: 'Access Token has expired' });

  await setClock(25 * 3600); // sign-up codes live 24 h
  assert.equal((await call('ConfirmSignUp', { ClientId: W, Username: 'late', ConfirmationCode: '123456' }, { signed: false })).json.__type, 'ExpiredCodeException');
  await setClock(8 * 24 * 3600); // temporary passwords live TemporaryPasswordValidityDays (7)
  assert.deepEqual((await call('InitiateAuth', { ClientId: W, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'carol', PASSWORD: 'Temp0rary!demo' } }, { signed: false })).json,
    { __type: 'NotAuthorizedException', message: 'Temporary password has expired and must be reset by an administrator.' });
});
