'use strict';
// SOFTWARE_TOKEN_MFA (TOTP computed independently in Python) and SMS_MFA (fixed code), boto3.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, py } = require('../lib/testing');

test('MFA challenges', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const r = py(`
import hmac, hashlib, struct, time, base64
def totp(secret, t=None):
    key = base64.b32decode(secret + '=' * (-len(secret) % 8))
    h = hmac.new(key, struct.pack('>Q', int((t or time.time()) // 30)), hashlib.sha1).digest()
    o = h[-1] & 15
    return '%06d' % ((struct.unpack('>I', h[o:o + 4])[0] & 0x7fffffff) % 1000000)
c = client()
P = ARGS['seed']['userPoolId']
W = ARGS['seed']['clients']['demo-web']['ClientId']
out = {}
out['config'] = c.set_user_pool_mfa_config(UserPoolId=P, MfaConfiguration='OPTIONAL', SoftwareTokenMfaConfiguration={'Enabled': True},
    SmsMfaConfiguration={'SmsConfiguration': {'SnsCallerArn': 'arn:aws:iam::123456789012:role/sns', 'ExternalId': 'x'}})['MfaConfiguration']
login = lambda u, p: c.initiate_auth(ClientId=W, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': u, 'PASSWORD': p})
at = login('alice', 'Passw0rd!demo')['AuthenticationResult']['AccessToken']
secret = c.associate_software_token(AccessToken=at)['SecretCode']
out['verifyBad'] = err(c.verify_software_token, AccessToken=at, UserCode='000000' if totp(secret) != '000000' else '111111')
out['verify'] = c.verify_software_token(AccessToken=at, UserCode=totp(secret), FriendlyDeviceName='phone')['Status']
c.set_user_mfa_preference(AccessToken=at, SoftwareTokenMfaSettings={'Enabled': True, 'PreferredMfa': True})
g = c.get_user(AccessToken=at)
out['settings'] = [g.get('UserMFASettingList'), g.get('PreferredMfaSetting')]
ch = login('alice', 'Passw0rd!demo')
out['challenge'] = [ch['ChallengeName'], ch['ChallengeParameters'].get('USER_ID_FOR_SRP')]
out['wrongCode'] = err(c.respond_to_auth_challenge, ClientId=W, ChallengeName='SOFTWARE_TOKEN_MFA', Session=ch['Session'],
    ChallengeResponses={'USERNAME': 'alice', 'SOFTWARE_TOKEN_MFA_CODE': '000000' if totp(secret) != '000000' else '111111'})
ok = c.respond_to_auth_challenge(ClientId=W, ChallengeName='SOFTWARE_TOKEN_MFA', Session=ch['Session'],
    ChallengeResponses={'USERNAME': 'alice', 'SOFTWARE_TOKEN_MFA_CODE': totp(secret)})
out['totpTokens'] = 'AccessToken' in ok['AuthenticationResult']
# SMS_MFA for bob
c.admin_update_user_attributes(UserPoolId=P, Username='bob', UserAttributes=[{'Name': 'phone_number', 'Value': '+15555550123'}, {'Name': 'phone_number_verified', 'Value': 'true'}])
c.admin_set_user_mfa_preference(UserPoolId=P, Username='bob', SMSMfaSettings={'Enabled': True, 'PreferredMfa': True})
out['bobAdmin'] = c.admin_get_user(UserPoolId=P, Username='bob').get('UserMFASettingList')
ch = c.admin_initiate_auth(UserPoolId=P, ClientId=W, AuthFlow='ADMIN_USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'bob', 'PASSWORD': 'Passw0rd!demo'})
out['sms'] = [ch['ChallengeName'], ch['ChallengeParameters'].get('CODE_DELIVERY_DELIVERY_MEDIUM'), ch['ChallengeParameters'].get('CODE_DELIVERY_DESTINATION')]
out['smsWrong'] = err(c.admin_respond_to_auth_challenge, UserPoolId=P, ClientId=W, ChallengeName='SMS_MFA', Session=ch['Session'], ChallengeResponses={'USERNAME': 'bob', 'SMS_MFA_CODE': '654321'})
done = c.admin_respond_to_auth_challenge(UserPoolId=P, ClientId=W, ChallengeName='SMS_MFA', Session=ch['Session'], ChallengeResponses={'USERNAME': 'bob', 'SMS_MFA_CODE': '123456'})
out['smsTokens'] = 'IdToken' in done['AuthenticationResult']
fr = login('frank', 'Passw0rd!demo')
out['frankNoMfa'] = 'AuthenticationResult' in fr and 'NewDeviceMetadata' not in fr['AuthenticationResult']
# no device tracking: no devices, unknown keys
out['devices'] = c.list_devices(AccessToken=fr['AuthenticationResult']['AccessToken'])['Devices']
out['adminDevices'] = c.admin_list_devices(UserPoolId=P, Username='frank')['Devices']
out['getDevice'] = err(c.get_device, AccessToken=fr['AuthenticationResult']['AccessToken'], DeviceKey='us-east-1_00000000-0000-0000-0000-000000000000')
# MFA required, nothing set up: MFA_SETUP with the session-based software-token calls
P2 = c.create_user_pool(PoolName='mfa-on')['UserPool']['Id']
c.set_user_pool_mfa_config(UserPoolId=P2, MfaConfiguration='ON', SoftwareTokenMfaConfiguration={'Enabled': True})
W2 = c.create_user_pool_client(UserPoolId=P2, ClientName='w', ExplicitAuthFlows=['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])['UserPoolClient']['ClientId']
c.admin_create_user(UserPoolId=P2, Username='kim', MessageAction='SUPPRESS')
c.admin_set_user_password(UserPoolId=P2, Username='kim', Password='Passw0rd!kim', Permanent=True)
ch = c.initiate_auth(ClientId=W2, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'kim', 'PASSWORD': 'Passw0rd!kim'})
out['setup'] = [ch['ChallengeName'], ch['ChallengeParameters'].get('MFAS_CAN_SETUP')]
a = c.associate_software_token(Session=ch['Session'])
v = c.verify_software_token(Session=a['Session'], UserCode=totp(a['SecretCode']))
out['setupVerify'] = v['Status']
done = c.respond_to_auth_challenge(ClientId=W2, ChallengeName='MFA_SETUP', Session=v['Session'], ChallengeResponses={'USERNAME': 'kim'})
out['setupTokens'] = 'AccessToken' in done['AuthenticationResult']
out['nextLogin'] = c.initiate_auth(ClientId=W2, AuthFlow='USER_PASSWORD_AUTH', AuthParameters={'USERNAME': 'kim', 'PASSWORD': 'Passw0rd!kim'})['ChallengeName']
print(json.dumps(out))
`, { endpoint: sim.endpoint, seed: sim.seed });
  assert.equal(r.config, 'OPTIONAL');
  assert.equal(r.verifyBad.type, 'EnableSoftwareTokenMFAException');
  assert.equal(r.verify, 'SUCCESS');
  assert.deepEqual(r.settings, [['SOFTWARE_TOKEN_MFA'], 'SOFTWARE_TOKEN_MFA']);
  assert.deepEqual(r.challenge, ['SOFTWARE_TOKEN_MFA', 'alice']);
  assert.equal(r.wrongCode.type, 'CodeMismatchException');
  assert.equal(r.totpTokens, true);
  assert.deepEqual(r.bobAdmin, ['SMS_MFA']);
  assert.deepEqual(r.sms, ['SMS_MFA', 'SMS', '+*******0123']);
  assert.equal(r.smsWrong.type, 'CodeMismatchException');
  assert.equal(r.smsTokens, true);
  assert.equal(r.frankNoMfa, true);
  assert.deepEqual(r.setup, ['MFA_SETUP', '["SOFTWARE_TOKEN_MFA"]']);
  assert.equal(r.setupVerify, 'SUCCESS');
  assert.equal(r.setupTokens, true);
  assert.equal(r.nextLogin, 'SOFTWARE_TOKEN_MFA');
  assert.deepEqual([r.devices, r.adminDevices], [[], []]);
  assert.equal(r.getDevice.type, 'ResourceNotFoundException');
});
