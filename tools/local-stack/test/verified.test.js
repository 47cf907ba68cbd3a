'use strict';
// Behaviours that a public test suite verified on real AWS, driven with boto3 so the requests
// are AWS's own shapes: Boolean attributes in any case ("True"), SignUp on a pool that verifies
// nothing automatically (no CodeDeliveryDetails, no code sent). IAM DeletePolicy is in
// iam.test.js.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, py, decodeJwt } = require('../lib/testing');

test('AWS-verified user behaviours (boto3)', async (t) => {
  const sim = await startSim([]);
  t.after(() => sim.stop());
  const r = py(`
c = client()
out = {}
def attrs(lst):
    return {a['Name']: a['Value'] for a in lst if a['Name'] != 'sub'}
P = c.create_user_pool(PoolName='plain')['UserPool']['Id']
W = c.create_user_pool_client(UserPoolId=P, ClientName='web', ExplicitAuthFlows=['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])['UserPoolClient']['ClientId']
created = c.admin_create_user(UserPoolId=P, Username='cap', MessageAction='SUPPRESS', TemporaryPassword='Temp0rary!cap',
    UserAttributes=[{'Name': 'email', 'Value': 'cap@example.com'}, {'Name': 'email_verified', 'Value': 'True'},
                    {'Name': 'phone_number', 'Value': '+15555550100'}, {'Name': 'phone_number_verified', 'Value': 'FALSE'}])['User']
out['created'] = attrs(created['Attributes'])
out['got'] = attrs(c.admin_get_user(UserPoolId=P, Username='cap')['UserAttributes'])
out['phoneTrue'] = attrs(c.admin_create_user(UserPoolId=P, Username='ph', MessageAction='SUPPRESS',
    UserAttributes=[{'Name': 'phone_number', 'Value': '+15555550101'}, {'Name': 'phone_number_verified', 'Value': 'tRuE'}])['User']['Attributes'])
out['bad'] = err(c.admin_create_user, UserPoolId=P, Username='bad', MessageAction='SUPPRESS',
    UserAttributes=[{'Name': 'email', 'Value': 'bad@example.com'}, {'Name': 'email_verified', 'Value': 'yes'}])
c.admin_update_user_attributes(UserPoolId=P, Username='cap', UserAttributes=[{'Name': 'phone_number_verified', 'Value': 'True'}])
out['updated'] = attrs(c.admin_get_user(UserPoolId=P, Username='cap')['UserAttributes'])
c.admin_set_user_password(UserPoolId=P, Username='cap', Password='Passw0rd!cap', Permanent=True)
out['idToken'] = c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'cap', 'PASSWORD': 'Passw0rd!cap'})['AuthenticationResult']['IdToken']
su = c.sign_up(ClientId=W, Username='self', Password='Passw0rd!self', UserAttributes=[{'Name': 'email', 'Value': 'self@example.com'}])
su.pop('ResponseMetadata')
out['signUpPlain'] = {k: v for k, v in su.items() if k != 'UserSub'}
out['selfStatus'] = c.admin_get_user(UserPoolId=P, Username='self')['UserStatus']
out['selfConfirmWithoutCode'] = err(c.confirm_sign_up, ClientId=W, Username='self', ConfirmationCode='123456')
c.admin_confirm_sign_up(UserPoolId=P, Username='self')
out['selfAfterAdmin'] = c.admin_get_user(UserPoolId=P, Username='self')['UserStatus']
# A pool that verifies email automatically: the code goes to the email.
E = c.create_user_pool(PoolName='auto-email', AutoVerifiedAttributes=['email'])['UserPool']['Id']
EW = c.create_user_pool_client(UserPoolId=E, ClientName='web')['UserPoolClient']['ClientId']
su = c.sign_up(ClientId=EW, Username='mailer', Password='Passw0rd!mail', UserAttributes=[{'Name': 'email', 'Value': 'mailer@example.com'}])
out['signUpEmail'] = su.get('CodeDeliveryDetails')
# Both verified automatically, the user has both: the code goes by SMS and proves the phone.
B = c.create_user_pool(PoolName='auto-both', AutoVerifiedAttributes=['email', 'phone_number'])['UserPool']['Id']
BW = c.create_user_pool_client(UserPoolId=B, ClientName='web')['UserPoolClient']['ClientId']
su = c.sign_up(ClientId=BW, Username='both', Password='Passw0rd!both', UserAttributes=[{'Name': 'email', 'Value': 'both@example.com'}, {'Name': 'phone_number', 'Value': '+15555550102'}])
out['signUpBoth'] = su.get('CodeDeliveryDetails')
c.confirm_sign_up(ClientId=BW, Username='both', ConfirmationCode='123456')
out['bothAfter'] = attrs(c.admin_get_user(UserPoolId=B, Username='both')['UserAttributes'])
print(json.dumps(out))
`, { endpoint: sim.endpoint });

  await t.test('AdminCreateUser accepts "True"/"FALSE"/"tRuE" for the *_verified attributes and stores them lower-case', () => {
    assert.equal(r.created.email_verified, 'true');
    assert.equal(r.created.phone_number_verified, 'false');
    assert.equal(r.got.email_verified, 'true');
    assert.equal(r.got.phone_number_verified, 'false');
    assert.equal(r.phoneTrue.phone_number_verified, 'true');
    assert.equal(r.updated.phone_number_verified, 'true');
  });
  await t.test('anything but true/false in some case is still refused', () => {
    assert.deepEqual(r.bad, { type: 'InvalidParameterException', message: 'Attributes did not conform to the schema: email_verified: Value must be true or false', status: 400 });
  });
  await t.test('the ID token carries the verified flags as JSON booleans', () => {
    const claims = decodeJwt(r.idToken);
    assert.equal(claims.email_verified, true);
    assert.equal(claims.phone_number_verified, true);
  });
  await t.test('SignUp on a pool without AutoVerifiedAttributes: no CodeDeliveryDetails, no code sent', async () => {
    assert.deepEqual(r.signUpPlain, { UserConfirmed: false });
    assert.equal(r.selfStatus, 'UNCONFIRMED');
    assert.equal(r.selfConfirmWithoutCode.type, 'CodeMismatchException');
    assert.equal(r.selfAfterAdmin, 'CONFIRMED');
    const codes = await fetch(`${sim.endpoint}/_sim/codes?username=self`).then((x) => x.json());
    assert.deepEqual(codes.codes, []);
  });
  await t.test('SignUp on pools that verify automatically: the code goes to the verified attribute', () => {
    assert.deepEqual(r.signUpEmail, { Destination: 'm***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    assert.deepEqual(r.signUpBoth, { Destination: '+*******0102', DeliveryMedium: 'SMS', AttributeName: 'phone_number' });
    assert.equal(r.bothAfter.phone_number_verified, 'true');
    assert.equal(r.bothAfter.email_verified, undefined);
  });
});
