'use strict';
// Cognito Identity (identity pools) through boto3 and the AWS CLI: the admin operations, GetId and
// GetCredentialsForIdentity with a user pool's ID token, and the temporary credentials accepted by
// the sim's SigV4 checks (STS GetCallerIdentity, the signed echo for execute-api).
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { startSim, py, awsEnv, REGION } = require('../lib/testing');
const sigv4 = require('../lib/sigv4');

function cli(endpoint, service, args, env = {}) {
  const r = spawnSync('/usr/bin/aws', ['--endpoint-url', endpoint, '--output', 'json', service, ...args],
    { encoding: 'utf8', env: awsEnv(env), timeout: 120000 });
  let json = null;
  try { json = r.stdout.trim() ? JSON.parse(r.stdout) : null; } catch {}
  return { status: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

const ROLE = 'arn:aws:iam::123456789012:role/Cognito_TestersAuth_Role';

test('Cognito Identity against cognito-sim', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const args = { endpoint: sim.endpoint, seed: sim.seed, role: ROLE };
  const provider = `cognito-idp.${REGION}.amazonaws.com/${sim.seed.userPoolId}`;
  args.provider = provider;

  const r = py(`
import datetime
ci = boto3.client('cognito-identity', endpoint_url=ARGS['endpoint'], region_name='us-east-1', config=Config(retries={'max_attempts': 1}))
c = client()
P = ARGS['seed']['userPoolId']
W = ARGS['seed']['clients']['demo-web']['ClientId']
B = ARGS['seed']['clients']['demo-backend']['ClientId']
out = {}
pool = ci.create_identity_pool(IdentityPoolName='testers pool', AllowUnauthenticatedIdentities=False,
    CognitoIdentityProviders=[{'ProviderName': ARGS['provider'], 'ClientId': W, 'ServerSideTokenCheck': False}])
pool.pop('ResponseMetadata')
out['created'] = pool
I = pool['IdentityPoolId']
d = ci.describe_identity_pool(IdentityPoolId=I); d.pop('ResponseMetadata')
out['described'] = d
for i in range(3):
    ci.create_identity_pool(IdentityPoolName='extra%d' % i, AllowUnauthenticatedIdentities=True)
out['listed'] = [p['IdentityPoolName'] for pg in ci.get_paginator('list_identity_pools').paginate(MaxResults=2) for p in pg['IdentityPools']]
out['noRoles'] = ci.get_identity_pool_roles(IdentityPoolId=I)['Roles']
out['badRole'] = err(ci.set_identity_pool_roles, IdentityPoolId=I, Roles={'authenticated': 'not-an-arn-but-long-enough'})
out['missing'] = err(ci.describe_identity_pool, IdentityPoolId='us-east-1:00000000-0000-0000-0000-000000000000')
idt = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'alice', 'PASSWORD': 'Passw0rd!demo'})['AuthenticationResult']
logins = {ARGS['provider']: idt['IdToken']}
out['unauthRefused'] = err(ci.get_id, IdentityPoolId=I)
out['accessTokenRefused'] = err(ci.get_id, IdentityPoolId=I, Logins={ARGS['provider']: idt['AccessToken']})
out['otherProvider'] = err(ci.get_id, IdentityPoolId=I, Logins={'cognito-idp.us-east-1.amazonaws.com/us-east-1_Nope12345': idt['IdToken']})
out['noPool'] = err(ci.get_id, IdentityPoolId='us-east-1:00000000-0000-0000-0000-000000000000', Logins=logins)
iid = ci.get_id(IdentityPoolId=I, Logins=logins)['IdentityId']
out['identityId'] = iid
out['sameIdentity'] = ci.get_id(IdentityPoolId=I, Logins=logins)['IdentityId'] == iid
out['noRoleCreds'] = err(ci.get_credentials_for_identity, IdentityId=iid, Logins=logins)
ci.set_identity_pool_roles(IdentityPoolId=I, Roles={'authenticated': ARGS['role']})
out['roles'] = ci.get_identity_pool_roles(IdentityPoolId=I)['Roles']
out['noLogins'] = err(ci.get_credentials_for_identity, IdentityId=iid)
# the backend client is not one of the pool's providers
bt = c.admin_initiate_auth(UserPoolId=P, ClientId=B, AuthFlow='ADMIN_USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'bob', 'PASSWORD': 'Passw0rd!demo', 'SECRET_HASH': __import__('base64').b64encode(__import__('hmac').new(ARGS['seed']['clients']['demo-backend']['ClientSecret'].encode(), ('bob' + B).encode(), 'sha256').digest()).decode()})['AuthenticationResult']
out['wrongAudience'] = err(ci.get_id, IdentityPoolId=I, Logins={ARGS['provider']: bt['IdToken']})
cr = ci.get_credentials_for_identity(IdentityId=iid, Logins=logins)
out['credsIdentity'] = cr['IdentityId']
creds = cr['Credentials']
out['credKeys'] = sorted(creds.keys())
out['expiresIn'] = (creds['Expiration'] - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
out['creds'] = {'AccessKeyId': creds['AccessKeyId'], 'SecretKey': creds['SecretKey'], 'SessionToken': creds['SessionToken']}
sts = boto3.client('sts', endpoint_url=ARGS['endpoint'], region_name='us-east-1', aws_access_key_id=creds['AccessKeyId'], aws_secret_access_key=creds['SecretKey'], aws_session_token=creds['SessionToken'])
who = sts.get_caller_identity(); who.pop('ResponseMetadata')
out['caller'] = who
bad = boto3.client('sts', endpoint_url=ARGS['endpoint'], region_name='us-east-1', aws_access_key_id=creds['AccessKeyId'], aws_secret_access_key=creds['SecretKey'])
out['noSessionToken'] = err(bad.get_caller_identity)
print(json.dumps(out, default=str))
`, args);

  await t.test('admin operations: create, describe, list, roles', () => {
    assert.match(r.created.IdentityPoolId, /^us-east-1:[0-9a-f-]{36}$/);
    assert.equal(r.created.IdentityPoolName, 'testers pool');
    assert.equal(r.created.AllowUnauthenticatedIdentities, false);
    assert.deepEqual(r.created.CognitoIdentityProviders, [{ ProviderName: provider, ClientId: sim.seed.clients['demo-web'].ClientId, ServerSideTokenCheck: false }]);
    assert.deepEqual(r.described, r.created);
    assert.deepEqual(r.listed, ['testers pool', 'extra0', 'extra1', 'extra2']);
    assert.deepEqual(r.noRoles, {});
    assert.equal(r.badRole.type, 'InvalidParameterException');
    assert.equal(r.missing.type, 'ResourceNotFoundException');
    assert.deepEqual(r.roles, { authenticated: ROLE });
  });

  await t.test('GetId checks the ID token', () => {
    assert.equal(r.unauthRefused.type, 'NotAuthorizedException');
    assert.equal(r.accessTokenRefused.type, 'NotAuthorizedException');
    assert.equal(r.otherProvider.type, 'NotAuthorizedException');
    assert.equal(r.wrongAudience.type, 'NotAuthorizedException');
    assert.match(r.wrongAudience.message, /audience/);
    assert.equal(r.noPool.type, 'ResourceNotFoundException');
    assert.match(r.identityId, /^us-east-1:[0-9a-f-]{36}$/);
    assert.equal(r.sameIdentity, true);
  });

  await t.test('GetCredentialsForIdentity: the role, the shape, the expiry', () => {
    assert.equal(r.noRoleCreds.type, 'InvalidIdentityPoolConfigurationException');
    assert.equal(r.noLogins.type, 'NotAuthorizedException');
    assert.equal(r.credsIdentity, r.identityId);
    assert.deepEqual(r.credKeys, ['AccessKeyId', 'Expiration', 'SecretKey', 'SessionToken']);
    assert.match(r.creds.AccessKeyId, /^ASIA[A-Z2-7]{16}$/);
    assert.ok(r.expiresIn > 3500 && r.expiresIn <= 3600, String(r.expiresIn));
  });

  await t.test('the credentials sign STS calls as the assumed role; without the session token they are refused', () => {
    assert.deepEqual(r.caller.Arn, 'arn:aws:sts::123456789012:assumed-role/Cognito_TestersAuth_Role/CognitoIdentityCredentials');
    assert.equal(r.caller.Account, '123456789012');
    assert.match(r.caller.UserId, /^AROA[0-9A-F]{17}:CognitoIdentityCredentials$/);
    assert.equal(r.noSessionToken.type, 'InvalidClientTokenId');
  });

  await t.test('aws cognito-identity (CLI) reads the same pool', () => {
    const list = cli(sim.endpoint, 'cognito-identity', ['list-identity-pools', '--max-results', '60']);
    assert.equal(list.status, 0, list.stderr);
    assert.equal(list.json.IdentityPools.length, 4);
    const roles = cli(sim.endpoint, 'cognito-identity', ['get-identity-pool-roles', '--identity-pool-id', r.created.IdentityPoolId]);
    assert.equal(roles.status, 0, roles.stderr);
    assert.deepEqual(roles.json.Roles, { authenticated: ROLE });
  });

  await t.test('signed echo: execute-api requests signed with the credentials are verified', async () => {
    const key = { accessKeyId: r.creds.AccessKeyId, secretAccessKey: r.creds.SecretKey, sessionToken: r.creds.SessionToken };
    const send = async (url, { body = '', service = 'execute-api', k = key, method = 'POST' } = {}) => {
      const headers = sigv4.sign({ url, method, headers: { 'content-type': 'application/json' }, body, region: REGION, service, ...k });
      delete headers.host;
      const res = await fetch(url, { method, headers, body: method === 'GET' ? undefined : body });
      return { status: res.status, json: await res.json(), type: res.headers.get('x-amzn-errortype') };
    };
    const ok = await send(`${sim.endpoint}/_echo/prod/orders?x=1`, { body: '{"a":1}' });
    assert.equal(ok.status, 200, JSON.stringify(ok.json));
    assert.equal(ok.json.path, '/_echo/prod/orders');
    assert.equal(ok.json.query, 'x=1');
    assert.equal(ok.json.body, '{"a":1}');
    assert.equal(ok.json.caller.IdentityId, r.identityId);
    assert.match(ok.json.caller.Arn, /assumed-role\/Cognito_TestersAuth_Role\//);
    const wrongService = await send(`${sim.endpoint}/_echo/x`, { service: 'sts' });
    assert.equal(wrongService.status, 403);
    const noToken = await send(`${sim.endpoint}/_echo/x`, { k: { ...key, sessionToken: undefined } });
    assert.equal(noToken.status, 403);
    assert.equal(noToken.type, 'UnrecognizedClientException');
    const unsigned = await fetch(`${sim.endpoint}/_echo/x`);
    assert.equal(unsigned.status, 403);
    assert.equal((await unsigned.json()).message, 'Missing Authentication Token');
    // An hour later on the sim's clock the credentials have expired.
    const moved = await fetch(`${sim.endpoint}/_sim/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceSeconds: 3601 }) });
    assert.equal(moved.status, 200);
    const late = sigv4.sign({ url: `${sim.endpoint}/_echo/x`, method: 'GET', headers: {}, body: '', region: REGION, service: 'execute-api', date: new Date(Date.now() + 3601 * 1000), ...key });
    delete late.host;
    const expired = await fetch(`${sim.endpoint}/_echo/x`, { headers: late });
    assert.equal(expired.status, 403);
    assert.equal(expired.headers.get('x-amzn-errortype'), 'ExpiredTokenException');
  });
});
