'use strict';
// boto3/botocore against cognito-sim: paging, auth flows, tokens.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, py, decodeJwt } = require('../lib/testing');

test('boto3 against cognito-sim', async (t) => {
  const sim = await startSim(['--seed', 'demo', '--seed-users', '1200']);
  t.after(() => sim.stop());
  const args = { endpoint: sim.endpoint, seed: sim.seed };

  await t.test('paginators over 1,200+ users, groups, pools and clients', () => {
    const r = py(`
c = client()
P = ARGS['seed']['userPoolId']
out = {}
pages = list(c.get_paginator('list_users').paginate(UserPoolId=P, PaginationConfig={'PageSize': 60}))
out['pageSizes'] = [len(p['Users']) for p in pages]
out['users'] = [u['Username'] for p in pages for u in p['Users']]
# a group with 130 members and 70 groups
for i in range(70):
    c.create_group(UserPoolId=P, GroupName='g%02d' % i, Precedence=i)
for i in range(1, 131):
    c.admin_add_user_to_group(UserPoolId=P, GroupName='g00', Username='user%06d' % i)
    if i <= 65:
        c.admin_add_user_to_group(UserPoolId=P, GroupName='g%02d' % i, Username='user000001')
out['inGroup'] = [u['Username'] for p in c.get_paginator('list_users_in_group').paginate(UserPoolId=P, GroupName='g00', PaginationConfig={'PageSize': 50}) for u in p['Users']]
out['groups'] = [g['GroupName'] for p in c.get_paginator('list_groups').paginate(UserPoolId=P, PaginationConfig={'PageSize': 25}) for g in p['Groups']]
out['groupsOfUser'] = [g['GroupName'] for p in c.get_paginator('admin_list_groups_for_user').paginate(UserPoolId=P, Username='user000001', PaginationConfig={'PageSize': 10}) for g in p['Groups']]
for i in range(3):
    c.create_user_pool(PoolName='extra%d' % i)
out['pools'] = [p['Name'] for pg in c.get_paginator('list_user_pools').paginate(PaginationConfig={'PageSize': 2}) for p in pg['UserPools']]
for i in range(4):
    c.create_user_pool_client(UserPoolId=P, ClientName='cl%d' % i)
out['clients'] = [x['ClientName'] for pg in c.get_paginator('list_user_pool_clients').paginate(UserPoolId=P, PaginationConfig={'PageSize': 3}) for x in pg['UserPoolClients']]
first = c.list_users(UserPoolId=P, Limit=5)
out['firstToken'] = 'PaginationToken' in first
out['filterSwap'] = err(c.list_users, UserPoolId=P, Limit=5, PaginationToken=first['PaginationToken'], Filter='username ^= "user"')
out['badToken'] = err(c.list_users, UserPoolId=P, PaginationToken='garbage')
out['limit61'] = err(c.list_users, UserPoolId=P, Limit=61)
out['exact'] = [u['Username'] for u in c.list_users(UserPoolId=P, Filter='username = "user000007"')['Users']]
out['byEmail'] = [u['Username'] for u in c.list_users(UserPoolId=P, Filter='email = "bob@example.com"')['Users']]
out['disabled'] = [u['Username'] for u in c.list_users(UserPoolId=P, Filter='status = "Disabled"')['Users']]
out['unconfirmed'] = [u['Username'] for u in c.list_users(UserPoolId=P, Filter='cognito:user_status = "UNCONFIRMED"')['Users']]
out['notSearchable'] = err(c.list_users, UserPoolId=P, Filter='custom:department = "IT"')
out['quotedAttr'] = [u['Username'] for u in c.list_users(UserPoolId=P, Filter='"name"^="Alice"')['Users']]
out['attrsToGet'] = c.list_users(UserPoolId=P, Filter='username = "alice"', AttributesToGet=['email'])['Users'][0]['Attributes']
print(json.dumps(out))
`, args);
    assert.equal(r.users.length, 1206);
    assert.equal(new Set(r.users).size, 1206);
    assert.deepEqual(r.users, [...r.users].sort());
    assert.ok(r.pageSizes.slice(0, -1).every((n) => n === 60));
    assert.equal(r.inGroup.length, 130);
    assert.deepEqual(r.inGroup, [...r.inGroup].sort());
    assert.equal(r.groups.length, 72);
    assert.deepEqual(r.groups, [...r.groups].sort());
    assert.equal(r.groupsOfUser.length, 66);
    assert.deepEqual(r.pools, ['cognito-desk-demo', 'extra0', 'extra1', 'extra2']);
    assert.deepEqual(r.clients, ['demo-web', 'demo-backend', 'cl0', 'cl1', 'cl2', 'cl3']);
    assert.equal(r.firstToken, true);
    assert.equal(r.filterSwap.type, 'InvalidParameterException');
    assert.equal(r.badToken.type, 'InvalidParameterException');
    assert.equal(r.limit61.type, 'InvalidParameterException');
    assert.deepEqual(r.exact, ['user000007']);
    assert.deepEqual(r.byEmail, ['bob']);
    assert.deepEqual(r.disabled, ['erin']);
    assert.deepEqual(r.unconfirmed, ['dave']);
    assert.deepEqual(r.quotedAttr, ['alice']);
    assert.equal(r.notSearchable.type, 'InvalidParameterException');
    assert.deepEqual(r.attrsToGet, [{ Name: 'email', Value: 'alice@example.com' }]);
  });

  await t.test('auth flows, challenges, SECRET_HASH, enforcement', () => {
    const r = py(`
import hmac, hashlib, base64
c = client()
P = ARGS['seed']['userPoolId']
W = ARGS['seed']['clients']['demo-web']['ClientId']
B = ARGS['seed']['clients']['demo-backend']['ClientId']
BS = ARGS['seed']['clients']['demo-backend']['ClientSecret']
def sh(user, cid=B, secret=BS):
    return base64.b64encode(hmac.new(secret.encode(), (user + cid).encode(), hashlib.sha256).digest()).decode()
out = {}
ok = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'alice', 'PASSWORD': 'Passw0rd!demo'})
out['tokens'] = ok['AuthenticationResult']
out['wrongPw'] = err(c.initiate_auth, ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'alice', 'PASSWORD': 'nope'})
out['noUser'] = err(c.initiate_auth, ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'zed', 'PASSWORD': 'nope'})
out['disabled'] = err(c.initiate_auth, ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'erin', 'PASSWORD': 'Passw0rd!demo'})
out['unconfirmed'] = err(c.initiate_auth, ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'dave', 'PASSWORD': 'Passw0rd!demo'})
# SECRET_HASH on the backend client
out['noHash'] = err(c.initiate_auth, ClientId=B, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'bob', 'PASSWORD': 'Passw0rd!demo'})
out['badHash'] = err(c.initiate_auth, ClientId=B, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'bob', 'PASSWORD': 'Passw0rd!demo', 'SECRET_HASH': sh('alice')})
bt = c.initiate_auth(ClientId=B, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'bob', 'PASSWORD': 'Passw0rd!demo', 'SECRET_HASH': sh('bob')})['AuthenticationResult']
out['refreshNoHash'] = err(c.initiate_auth, ClientId=B, AuthFlow='REFRESH_TOKEN_AUTH', AuthParameters={'REFRESH_TOKEN': bt['RefreshToken']})
out['refreshed'] = c.initiate_auth(ClientId=B, AuthFlow='REFRESH_TOKEN_AUTH', AuthParameters={'REFRESH_TOKEN': bt['RefreshToken'], 'SECRET_HASH': sh('bob')})['AuthenticationResult']
c.admin_user_global_sign_out(UserPoolId=P, Username='bob')
out['refreshedRevoked'] = err(c.get_user, AccessToken=out['refreshed']['AccessToken'])
out['bobRefreshRevoked'] = err(c.initiate_auth, ClientId=B, AuthFlow='REFRESH_TOKEN_AUTH', AuthParameters={'REFRESH_TOKEN': bt['RefreshToken'], 'SECRET_HASH': sh('bob')})
# ExplicitAuthFlows: a client created without them allows SRP/refresh/custom only
plain = c.create_user_pool_client(UserPoolId=P, ClientName='plain')['UserPoolClient']['ClientId']
out['flowOff'] = err(c.initiate_auth, ClientId=plain, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'alice', 'PASSWORD': 'Passw0rd!demo'})
out['adminFlowOff'] = err(c.admin_initiate_auth, UserPoolId=P, ClientId=plain, AuthFlow='ADMIN_USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'alice', 'PASSWORD': 'Passw0rd!demo'})
# NEW_PASSWORD_REQUIRED via the public respond, with policy enforcement and a reused session
ch = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'carol', 'PASSWORD': 'Temp0rary!demo'})
out['challenge'] = {k: ch[k] for k in ('ChallengeName', 'ChallengeParameters')}
out['weakNew'] = err(c.respond_to_auth_challenge, ClientId=W, ChallengeName='NEW_PASSWORD_REQUIRED', Session=ch['Session'], ChallengeResponses={'USERNAME': 'carol', 'NEW_PASSWORD': 'weakpassword'})
ch = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'carol', 'PASSWORD': 'Temp0rary!demo'})
done = c.respond_to_auth_challenge(ClientId=W, ChallengeName='NEW_PASSWORD_REQUIRED', Session=ch['Session'], ChallengeResponses={'USERNAME': 'carol', 'NEW_PASSWORD': 'Better!Passw0rd', 'userAttributes.name': 'Carol Changed'})
out['newPwTokens'] = 'AuthenticationResult' in done
out['reuse'] = err(c.respond_to_auth_challenge, ClientId=W, ChallengeName='NEW_PASSWORD_REQUIRED', Session=ch['Session'], ChallengeResponses={'USERNAME': 'carol', 'NEW_PASSWORD': 'Better!Passw0rd2'})
out['carol'] = c.admin_get_user(UserPoolId=P, Username='carol')
out['carol'].pop('ResponseMetadata'); out['carol'].pop('UserCreateDate'); out['carol'].pop('UserLastModifiedDate')
# RESEND: only for FORCE_CHANGE_PASSWORD users; sets a new temporary password
c.admin_create_user(UserPoolId=P, Username='ivy', MessageAction='SUPPRESS', TemporaryPassword='Temp0rary!one', UserAttributes=[{'Name': 'email', 'Value': 'ivy@example.com'}])
c.admin_create_user(UserPoolId=P, Username='ivy', MessageAction='RESEND', TemporaryPassword='Temp0rary!two')
out['resendOld'] = err(c.initiate_auth, ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'ivy', 'PASSWORD': 'Temp0rary!one'})
out['resendNew'] = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'ivy', 'PASSWORD': 'Temp0rary!two'})['ChallengeName']
out['resendConfirmed'] = err(c.admin_create_user, UserPoolId=P, Username='bob', MessageAction='RESEND')
# password policy on admin set
out['policy'] = err(c.admin_set_user_password, UserPoolId=P, Username='bob', Password='alllowercase1', Permanent=True)
out['exists'] = err(c.admin_create_user, UserPoolId=P, Username='bob', MessageAction='SUPPRESS')
out['schema'] = err(c.admin_create_user, UserPoolId=P, Username='newbie', UserAttributes=[{'Name': 'custom:nope', 'Value': 'x'}])
out['required'] = err(c.admin_create_user, UserPoolId=P, Username='newbie', MessageAction='SUPPRESS')
# sign-up + confirmation code (fixed code 123456)
out['signup'] = c.sign_up(ClientId=W, Username='gina', Password='Passw0rd!gina', UserAttributes=[{'Name': 'email', 'Value': 'gina@example.com'}])
out['signup'].pop('ResponseMetadata'); out['signup'].pop('UserSub')
out['badCode'] = err(c.confirm_sign_up, ClientId=W, Username='gina', ConfirmationCode='000000')
c.confirm_sign_up(ClientId=W, Username='gina', ConfirmationCode='123456')
out['gina'] = c.admin_get_user(UserPoolId=P, Username='gina')['UserStatus']
# reset, global sign-out and revocation
c.admin_reset_user_password(UserPoolId=P, Username='frank')
out['resetLogin'] = err(c.initiate_auth, ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'frank', 'PASSWORD': 'Passw0rd!demo'})
c.confirm_forgot_password(ClientId=W, Username='frank', ConfirmationCode='123456', Password='Fresh!Passw0rd')
out['afterReset'] = 'AuthenticationResult' in c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'frank', 'PASSWORD': 'Fresh!Passw0rd'})
at = ok['AuthenticationResult']['AccessToken']
out['getUser'] = c.get_user(AccessToken=at)['Username']
c.global_sign_out(AccessToken=at)
out['revokedAccess'] = err(c.get_user, AccessToken=at)
out['revokedRefresh'] = err(c.initiate_auth, ClientId=W, AuthFlow='REFRESH_TOKEN_AUTH', AuthParameters={'REFRESH_TOKEN': ok['AuthenticationResult']['RefreshToken']})
t2 = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'alice', 'PASSWORD': 'Passw0rd!demo'})['AuthenticationResult']
c.revoke_token(ClientId=W, Token=t2['RefreshToken'])
out['revokeToken'] = err(c.get_user, AccessToken=t2['AccessToken'])
print(json.dumps(out))
`, args);
    const t = r.tokens;
    const id = decodeJwt(t.IdToken), access = decodeJwt(t.AccessToken);
    assert.equal(id.token_use, 'id');
    assert.equal(id.aud, sim.seed.clients['demo-web'].ClientId);
    assert.equal(id['cognito:username'], 'alice');
    assert.deepEqual(id['cognito:groups'], ['admins', 'testers']);
    assert.equal(id.email_verified, true);
    assert.equal(id['custom:department'], 'IT');
    assert.equal(id.iss, `${sim.endpoint}/${sim.seed.userPoolId}`);
    assert.equal(access.token_use, 'access');
    assert.equal(access.client_id, sim.seed.clients['demo-web'].ClientId);
    assert.equal(access.scope, 'aws.cognito.signin.user.admin');
    assert.equal(access.username, 'alice');
    assert.equal(t.TokenType, 'Bearer');
    assert.equal(t.ExpiresIn, 3600);
    assert.deepEqual(r.wrongPw, { type: 'NotAuthorizedException', message: 'Incorrect username or password.', status: 400 });
    assert.deepEqual(r.noUser, { type: 'UserNotFoundException', message: 'User does not exist.', status: 400 });
    assert.deepEqual(r.disabled, { type: 'NotAuthorizedException', message: 'User is disabled.', status: 400 });
    assert.equal(r.unconfirmed.type, 'UserNotConfirmedException');
    assert.equal(r.noHash.type, 'NotAuthorizedException');
    assert.match(r.badHash.message, /^Unable to verify secret hash for client /);
    assert.equal(r.refreshNoHash.type, 'NotAuthorizedException');
    assert.ok(r.refreshed.AccessToken && !r.refreshed.RefreshToken);
    assert.equal(r.refreshedRevoked.message, 'Access Token has been revoked');
    assert.deepEqual(r.bobRefreshRevoked, { type: 'NotAuthorizedException', message: 'Refresh Token has been revoked', status: 400 });
    assert.deepEqual(r.flowOff, { type: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client', status: 400 });
    assert.equal(r.adminFlowOff.type, 'InvalidParameterException');
    assert.equal(r.challenge.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    assert.equal(r.challenge.ChallengeParameters.USER_ID_FOR_SRP, 'carol');
    assert.equal(r.weakNew.type, 'InvalidPasswordException');
    assert.equal(r.newPwTokens, true);
    assert.equal(r.reuse.type, 'NotAuthorizedException');
    assert.equal(r.carol.UserStatus, 'CONFIRMED');
    assert.ok(r.carol.UserAttributes.some((a) => a.Name === 'name' && a.Value === 'Carol Changed'));
    assert.equal(r.resendOld.type, 'NotAuthorizedException');
    assert.equal(r.resendNew, 'NEW_PASSWORD_REQUIRED');
    assert.equal(r.resendConfirmed.type, 'UnsupportedUserStateException');
    assert.deepEqual(r.policy, { type: 'InvalidPasswordException', message: 'Password does not conform to policy: Password must have uppercase characters', status: 400 });
    assert.deepEqual(r.exists, { type: 'UsernameExistsException', message: 'User account already exists', status: 400 });
    assert.equal(r.schema.message, 'Attributes did not conform to the schema: Type for attribute {custom:nope} could not be determined');
    assert.equal(r.required.type, 'InvalidParameterException');
    assert.deepEqual(r.signup, { UserConfirmed: false, CodeDeliveryDetails: { Destination: 'g***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    assert.equal(r.badCode.type, 'CodeMismatchException');
    assert.equal(r.gina, 'CONFIRMED');
    assert.equal(r.resetLogin.type, 'PasswordResetRequiredException');
    assert.equal(r.afterReset, true);
    assert.equal(r.getUser, 'alice');
    assert.deepEqual(r.revokedAccess, { type: 'NotAuthorizedException', message: 'Access Token has been revoked', status: 400 });
    assert.equal(r.revokedRefresh.type, 'NotAuthorizedException');
    assert.equal(r.revokeToken.type, 'NotAuthorizedException');
  });

  await t.test('email-as-username pool: internal username rule for SECRET_HASH', () => {
    const r = py(`
import hmac, hashlib, base64
c = client()
pool = c.create_user_pool(PoolName='emails', UsernameAttributes=['email'])['UserPool']['Id']
cl = c.create_user_pool_client(UserPoolId=pool, ClientName='srv', GenerateSecret=True, ExplicitAuthFlows=['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])['UserPoolClient']
def sh(user):
    return base64.b64encode(hmac.new(cl['ClientSecret'].encode(), (user + cl['ClientId']).encode(), hashlib.sha256).digest()).decode()
out = {}
out['notEmail'] = err(c.admin_create_user, UserPoolId=pool, Username='plainname', MessageAction='SUPPRESS')
u = c.admin_create_user(UserPoolId=pool, Username='hana@example.com', MessageAction='SUPPRESS', TemporaryPassword='Temp0rary!x')['User']
sub = [a['Value'] for a in u['Attributes'] if a['Name'] == 'sub'][0]
out['internalIsSub'] = u['Username'] == sub
out['dup'] = err(c.admin_create_user, UserPoolId=pool, Username='hana@example.com', MessageAction='SUPPRESS')
out['getByEmail'] = c.admin_get_user(UserPoolId=pool, Username='hana@example.com')['Username'] == sub
ch = c.initiate_auth(ClientId=cl['ClientId'], AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'hana@example.com', 'PASSWORD': 'Temp0rary!x', 'SECRET_HASH': sh('hana@example.com')})
out['userIdForSrp'] = ch['ChallengeParameters']['USER_ID_FOR_SRP'] == sub
out['aliasHash'] = err(c.respond_to_auth_challenge, ClientId=cl['ClientId'], ChallengeName='NEW_PASSWORD_REQUIRED', Session=ch['Session'],
    ChallengeResponses={'USERNAME': sub, 'NEW_PASSWORD': 'Passw0rd!new', 'SECRET_HASH': sh('hana@example.com')})
ch = c.initiate_auth(ClientId=cl['ClientId'], AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'hana@example.com', 'PASSWORD': 'Temp0rary!x', 'SECRET_HASH': sh('hana@example.com')})
res = c.respond_to_auth_challenge(ClientId=cl['ClientId'], ChallengeName='NEW_PASSWORD_REQUIRED', Session=ch['Session'],
    ChallengeResponses={'USERNAME': sub, 'NEW_PASSWORD': 'Passw0rd!new', 'SECRET_HASH': sh(sub)})['AuthenticationResult']
out['refreshAliasHash'] = err(c.initiate_auth, ClientId=cl['ClientId'], AuthFlow='REFRESH_TOKEN_AUTH', AuthParameters={'REFRESH_TOKEN': res['RefreshToken'], 'SECRET_HASH': sh('hana@example.com')})
out['refreshed'] = 'AccessToken' in c.initiate_auth(ClientId=cl['ClientId'], AuthFlow='REFRESH_TOKEN_AUTH', AuthParameters={'REFRESH_TOKEN': res['RefreshToken'], 'SECRET_HASH': sh(sub)})['AuthenticationResult']
print(json.dumps(out))
`, args);
    assert.equal(r.notEmail.type, 'InvalidParameterException');
    assert.equal(r.internalIsSub, true);
    assert.equal(r.dup.type, 'UsernameExistsException');
    assert.equal(r.getByEmail, true);
    assert.equal(r.userIdForSrp, true);
    assert.match(r.aliasHash.message, /^Unable to verify secret hash for client/);
    assert.match(r.refreshAliasHash.message, /^Unable to verify secret hash for client/);
    assert.equal(r.refreshed, true);
  });

  await t.test('ID and access tokens verify against the JWKS (PyJWT)', () => {
    const r = py(`
import jwt, urllib.request
c = client()
W = ARGS['seed']['clients']['demo-web']['ClientId']
res = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'bob', 'PASSWORD': 'Passw0rd!demo'})['AuthenticationResult']
iss = ARGS['endpoint'] + '/' + ARGS['seed']['userPoolId']
jwks = jwt.PyJWKClient(iss + '/.well-known/jwks.json')
key = jwks.get_signing_key_from_jwt(res['IdToken']).key
idc = jwt.decode(res['IdToken'], key, algorithms=['RS256'], audience=W, issuer=iss)
ac = jwt.decode(res['AccessToken'], key, algorithms=['RS256'], issuer=iss, options={'verify_aud': False})
disc = json.loads(urllib.request.urlopen(iss + '/.well-known/openid-configuration').read())
print(json.dumps({'id': idc['cognito:username'], 'access': ac['username'], 'issuer': disc['issuer'] == iss, 'jwks': disc['jwks_uri']}))
`, args);
    assert.deepEqual(r, { id: 'bob', access: 'bob', issuer: true, jwks: `${sim.endpoint}/${sim.seed.userPoolId}/.well-known/jwks.json` });
  });
});
