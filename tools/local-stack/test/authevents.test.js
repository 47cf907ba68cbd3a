'use strict';
// AdminListUserAuthEvents: sign-in history in pools with advanced security, through boto3
// (sign-ins with a wrong and a right password and an MFA code) and the AWS CLI (its
// paginator over NextToken).
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, aws, py } = require('../lib/testing');

test('sign-in history', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const E = sim.endpoint;
  const P = sim.seed.userPoolId;

  await t.test('a pool without advanced security has no history to give', () => {
    const r = aws(E, ['admin-list-user-auth-events', '--user-pool-id', P, '--username', 'alice']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /UserPoolAddOnNotEnabledException/);
  });

  const r = py(`
c = client()
P = ARGS['seed']['userPoolId']
W = ARGS['seed']['clients']['demo-web']['ClientId']
c.update_user_pool(UserPoolId=P, UserPoolAddOns={'AdvancedSecurityMode': 'AUDIT'})
login = lambda u, p: c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': u, 'PASSWORD': p})
out = {}
out['wrong'] = err(login, 'frank', 'not-his-password')
out['right'] = 'AuthenticationResult' in login('frank', 'Passw0rd!demo')
c.set_user_pool_mfa_config(UserPoolId=P, MfaConfiguration='OPTIONAL',
    SmsMfaConfiguration={'SmsConfiguration': {'SnsCallerArn': 'arn:aws:iam::123456789012:role/sns', 'ExternalId': 'x'}})
c.admin_update_user_attributes(UserPoolId=P, Username='bob', UserAttributes=[{'Name': 'phone_number', 'Value': '+15555550123'}, {'Name': 'phone_number_verified', 'Value': 'true'}])
c.admin_set_user_mfa_preference(UserPoolId=P, Username='bob', SMSMfaSettings={'Enabled': True, 'PreferredMfa': True})
ch = login('bob', 'Passw0rd!demo')
out['mfaWrong'] = err(c.respond_to_auth_challenge, ClientId=W, ChallengeName='SMS_MFA', Session=ch['Session'],
    ChallengeResponses={'USERNAME': 'bob', 'SMS_MFA_CODE': '654321'})
out['mfaRight'] = 'AuthenticationResult' in c.respond_to_auth_challenge(ClientId=W, ChallengeName='SMS_MFA', Session=ch['Session'],
    ChallengeResponses={'USERNAME': 'bob', 'SMS_MFA_CODE': '123456'})
ev = lambda u: c.admin_list_user_auth_events(UserPoolId=P, Username=u)['AuthEvents']
out['frank'] = [[e['EventType'], e['EventResponse'], [[x['ChallengeName'], x['ChallengeResponse']] for x in e['ChallengeResponses']],
    e['EventRisk']['RiskDecision'], type(e['CreationDate']).__name__] for e in ev('frank')]
out['bob'] = [[e['EventResponse'], [[x['ChallengeName'], x['ChallengeResponse']] for x in e['ChallengeResponses']]] for e in ev('bob')]
out['carol'] = ev('carol')
out['ghost'] = err(c.admin_list_user_auth_events, UserPoolId=P, Username='nobody-here')
out['tooMany'] = err(c.admin_list_user_auth_events, UserPoolId=P, Username='frank', MaxResults=61)
for i in range(3):
    login('frank', 'Passw0rd!demo')
first = c.admin_list_user_auth_events(UserPoolId=P, Username='frank', MaxResults=2)
out['page'] = [len(first['AuthEvents']), 'NextToken' in first]
out['pageIds'] = [e['EventId'] for e in first['AuthEvents']]
print(json.dumps(out))
`, { endpoint: E, seed: sim.seed });

  await t.test('each sign-in leaves one event, newest first', () => {
    assert.equal(r.wrong.type, 'NotAuthorizedException');
    assert.equal(r.right, true);
    assert.deepEqual(r.frank, [
      ['SignIn', 'Pass', [['Password', 'Success']], 'NoRisk', 'datetime'],
      ['SignIn', 'Fail', [['Password', 'Failure']], 'NoRisk', 'datetime'],
    ]);
  });
  await t.test('an MFA code is a second challenge response', () => {
    assert.equal(r.mfaWrong.type, 'CodeMismatchException');
    assert.equal(r.mfaRight, true);
    assert.deepEqual(r.bob, [
      ['Pass', [['Password', 'Success'], ['Mfa', 'Success']]],
      ['Fail', [['Password', 'Success'], ['Mfa', 'Failure']]],
    ]);
  });
  await t.test('a user who never signed in has none; an unknown user and a bad page size are errors', () => {
    assert.deepEqual(r.carol, []);
    assert.equal(r.ghost.type, 'UserNotFoundException');
    assert.equal(r.tooMany.type, 'InvalidParameterException');
  });
  await t.test('pages of MaxResults with a NextToken', () => {
    assert.deepEqual(r.page, [2, true]);
  });
  await t.test('the AWS CLI pages through every event once', () => {
    const all = aws(E, ['admin-list-user-auth-events', '--user-pool-id', P, '--username', 'frank', '--page-size', '2']);
    assert.equal(all.status, 0, all.stderr);
    const ids = all.json.AuthEvents.map((e) => e.EventId);
    assert.equal(ids.length, 5);
    assert.equal(new Set(ids).size, 5);
    assert.deepEqual(ids.slice(0, 2), r.pageIds);
    assert.deepEqual(all.json.AuthEvents.map((e) => e.EventResponse), ['Pass', 'Pass', 'Pass', 'Pass', 'Fail']);
  });
});
