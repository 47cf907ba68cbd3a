'use strict';
// Wire protocol: JSON 1.1, errors with AWS's statuses and headers, SigV4 verification.
const test = require('node:test');
const assert = require('node:assert/strict');
const { sign } = require('../lib/sigv4');
const { startSim, DEMO_KEY } = require('../lib/testing');

test('wire protocol and SigV4 verification', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const url = `${sim.endpoint}/`;
  const body = JSON.stringify({ UserPoolId: sim.seed.userPoolId, Username: 'alice' });
  const base = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminGetUser' };
  const post = async (headers, b = body) => {
    const r = await fetch(url, { method: 'POST', headers, body: b });
    return { status: r.status, headers: r.headers, json: await r.json() };
  };
  const signed = ({ headers = {}, ...opts } = {}) => {
    const h = sign({ method: 'POST', url, body, region: 'us-east-1', service: 'cognito-idp', ...DEMO_KEY, ...opts, headers: { ...base, ...headers } });
    delete h.host;
    return h;
  };

  await t.test('a correctly signed request succeeds with a request id', async () => {
    const r = await post(signed());
    assert.equal(r.status, 200);
    assert.equal(r.json.Username, 'alice');
    assert.match(r.headers.get('x-amzn-requestid'), /^[0-9a-f-]{36}$/);
    assert.equal(r.headers.get('content-type'), 'application/x-amz-json-1.1');
  });
  await t.test('a tampered signature is refused', async () => {
    const h = signed();
    h.authorization = h.authorization.replace(/Signature=([0-9a-f])/, (m, c) => `Signature=${c === '0' ? '1' : '0'}`);
    const r = await post(h);
    assert.equal(r.status, 400);
    assert.equal(r.json.__type, 'InvalidSignatureException');
    assert.match(r.json.message, /signature we calculated does not match/);
    assert.match(r.headers.get('x-amzn-errortype'), /^InvalidSignatureException:/);
  });
  await t.test('a tampered body is refused', async () => {
    const r = await post(signed(), body.replace('alice', 'bob'));
    assert.equal(r.json.__type, 'InvalidSignatureException');
  });
  await t.test('x-amz-content-sha256 is checked against the body, not trusted', async () => {
    const { sha256Hex } = require('../lib/sigv4');
    // Signed over alice's body with its hash in the header; sent with bob's body: the
    // signature only covers the header, so trusting it would let any body through.
    const h = signed({ headers: { 'x-amz-content-sha256': sha256Hex(body) } });
    const swapped = await post(h, body.replace('alice', 'bob'));
    assert.equal(swapped.status, 400);
    assert.equal(swapped.json.__type, 'InvalidSignatureException');
    assert.equal(swapped.json.message, "The provided 'x-amz-content-sha256' header does not match what was computed.");
    assert.equal(swapped.json.Username, undefined);
    // the same header with the body it describes is fine
    assert.equal((await post(h)).status, 200);
    for (const claimed of ['UNSIGNED-PAYLOAD', sha256Hex('')]) {
      const r = await post(signed({ headers: { 'x-amz-content-sha256': claimed } }));
      assert.equal(r.json.__type, 'InvalidSignatureException', claimed);
    }
  });
  await t.test('a stale X-Amz-Date is refused as expired', async () => {
    const r = await post(signed({ date: new Date(Date.now() - 10 * 60 * 1000) }));
    assert.equal(r.status, 400);
    assert.equal(r.json.__type, 'InvalidSignatureException');
    assert.match(r.json.message, /^Signature expired: \d{8}T\d{6}Z is now earlier than/);
  });
  await t.test('an unknown access key is refused', async () => {
    const r = await post(signed({ accessKeyId: 'AKIAUNKNOWN' }));
    assert.equal(r.json.__type, 'UnrecognizedClientException');
  });
  await t.test('an unsigned admin call is refused', async () => {
    const r = await post(base);
    assert.equal(r.json.__type, 'MissingAuthenticationTokenException');
  });
  await t.test('public operations are accepted unsigned', async () => {
    const r = await post({ ...base, 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      JSON.stringify({ ClientId: sim.seed.clients['demo-web'].ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD: 'Passw0rd!demo' } }));
    assert.equal(r.status, 200);
    assert.ok(r.json.AuthenticationResult.AccessToken);
  });
  await t.test('model validation: ListUserPools requires MaxResults', async () => {
    const b = JSON.stringify({});
    const r = await post(signed({ body: b, headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.ListUserPools' } }), b);
    assert.deepEqual(r.json, { __type: 'InvalidParameterException', message: "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null" });
  });
  await t.test('unknown operation and bad JSON', async () => {
    let r = await post(signed({ headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.NoSuchThing' } }));
    assert.equal(r.json.__type, 'UnknownOperationException');
    r = await post({ ...base, 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' }, '{not json');
    assert.equal(r.json.__type, 'SerializationException');
  });
  await t.test('errors carry AWS types, messages and status 400', async () => {
    const r = await post(signed({ body: JSON.stringify({ UserPoolId: sim.seed.userPoolId, Username: 'nobody' }) }), JSON.stringify({ UserPoolId: sim.seed.userPoolId, Username: 'nobody' }));
    assert.equal(r.status, 400);
    assert.deepEqual(r.json, { __type: 'UserNotFoundException', message: 'User does not exist.' });
  });
});

test('--key replaces the demo key pair', async (t) => {
  const sim = await startSim(['--key', 'AKIAOTHERKEY:other-secret', '--key', 'AKIATHIRDKEY:third-secret']);
  t.after(() => sim.stop());
  const { makeClient } = require('../lib/client');
  await assert.rejects(sim.call('ListUserPools', { MaxResults: 1 }), (e) => e.type === 'UnrecognizedClientException');
  for (const [accessKeyId, secretAccessKey] of [['AKIAOTHERKEY', 'other-secret'], ['AKIATHIRDKEY', 'third-secret']]) {
    const r = await makeClient({ endpoint: sim.endpoint, accessKeyId, secretAccessKey })('ListUserPools', { MaxResults: 1 });
    assert.deepEqual(r.UserPools, []);
  }
});
