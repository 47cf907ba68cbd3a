'use strict';
// Pool email settings through the AWS CLI: EmailConfiguration (SES identity ARNs, the sim's
// verified-identity rule, DEVELOPER vs COGNITO_DEFAULT), AutoVerifiedAttributes and
// UsernameAttributes on create and describe, UpdateUserPool resetting what it leaves out, the
// deprecated UnusedAccountValidityDays refusal, and DeleteUserPool refusing a pool with a domain.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, aws } = require('../lib/testing');

const ses = (identity, { region = 'us-east-1', account = '123456789012' } = {}) => `arn:aws:ses:${region}:${account}:identity/${identity}`;

test('pool email settings', async (t) => {
  const sim = await startSim(['--seed', 'none']);
  t.after(() => sim.stop());
  const create = (name, ...more) => aws(sim.endpoint, ['create-user-pool', '--pool-name', name, ...more]);
  const describe = (id) => aws(sim.endpoint, ['describe-user-pool', '--user-pool-id', id]).json.UserPool;
  const update = (id, ...more) => aws(sim.endpoint, ['update-user-pool', '--user-pool-id', id, ...more]);
  const refusal = (r) => { assert.notEqual(r.status, 0, r.stdout); return r.stderr.trim(); };
  const email = (config) => `--email-configuration=${JSON.stringify(config)}`;

  await t.test('a verified SES identity, email as username and auto-verified email are described back', () => {
    const created = create('email-ses', '--username-attributes', 'email', '--auto-verified-attributes', 'email',
      email({ EmailSendingAccount: 'DEVELOPER', SourceArn: ses('no-reply@example.com'), ReplyToEmailAddress: 'help@example.org', From: 'Desk <no-reply@example.com>' }));
    assert.equal(created.status, 0, created.stderr);
    const pool = describe(created.json.UserPool.Id);
    assert.deepEqual(pool.EmailConfiguration, {
      EmailSendingAccount: 'DEVELOPER', SourceArn: ses('no-reply@example.com'), ReplyToEmailAddress: 'help@example.org', From: 'Desk <no-reply@example.com>',
    });
    assert.deepEqual(pool.UsernameAttributes, ['email']);
    assert.deepEqual(pool.AutoVerifiedAttributes, ['email']);
    // Domain identities under example.com count as verified too.
    assert.equal(create('email-domain', email({ EmailSendingAccount: 'DEVELOPER', SourceArn: ses('mail.example.com') })).status, 0);
  });

  await t.test('without settings a pool uses Cognito\'s mailer', () => {
    const pool = describe(create('email-default').json.UserPool.Id);
    assert.deepEqual(pool.EmailConfiguration, { EmailSendingAccount: 'COGNITO_DEFAULT' });
    assert.equal(pool.AutoVerifiedAttributes, undefined);
    assert.equal(pool.UsernameAttributes, undefined);
  });

  await t.test('an unverified identity is refused with SES\'s words, on create and on update', () => {
    const arn = ses('no-reply@unverified.test', { region: 'eu-west-2' });
    const message = `Cognito received the following error from Amazon SES when attempting to send email: Email address is not verified. The following identities failed the check in region EU-WEST-2: ${arn}`;
    const refused = refusal(create('email-unverified', email({ EmailSendingAccount: 'DEVELOPER', SourceArn: arn })));
    assert.match(refused, /InvalidParameterException/);
    assert.ok(refused.includes(message), refused);
    // COGNITO_DEFAULT with a SourceArn (a custom From for Cognito's mailer) needs it verified as well.
    assert.ok(refusal(create('email-unverified2', email({ SourceArn: arn }))).includes(message));
    const id = create('email-update-unverified').json.UserPool.Id;
    assert.ok(refusal(update(id, email({ EmailSendingAccount: 'DEVELOPER', SourceArn: arn }))).includes(message));
    assert.deepEqual(describe(id).EmailConfiguration, { EmailSendingAccount: 'COGNITO_DEFAULT' });
  });

  await t.test('other bad email settings', () => {
    assert.match(refusal(create('e1', email({ EmailSendingAccount: 'DEVELOPER' }))), /InvalidParameterException.*SourceArn is required when EmailSendingAccount is DEVELOPER/);
    assert.match(refusal(create('e2', email({ EmailSendingAccount: 'DEVELOPER', SourceArn: ses('a@example.com', { account: '999999999999' }) }))), /NotAuthorizedException.*Email arn does not belong to your account\./);
    assert.match(refusal(create('e3', email({ EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:sns:us-east-1:123456789012:topic' }))), /InvalidParameterException.*SourceArn must be the ARN of an Amazon SES identity/);
    assert.match(refusal(create('e4', email({ EmailSendingAccount: 'DEVELOPER', SourceArn: 'not-an-arn-at-all-really' }))), /at 'emailConfiguration.sourceArn' failed to satisfy constraint/);
    assert.match(refusal(create('e5', email({ From: 'a@example.com' }))), /Cannot configure From email address for default email configuration/);
    assert.match(refusal(create('e6', email({ ReplyToEmailAddress: 'nobody' }))), /at 'emailConfiguration.replyToEmailAddress' failed to satisfy constraint/);
    assert.match(refusal(create('e7', email({ EmailSendingAccount: 'SES' }))), /Member must satisfy enum value set: \[COGNITO_DEFAULT, DEVELOPER\]/);
    assert.match(refusal(create('e8', '--auto-verified-attributes', 'name')), /at 'autoVerifiedAttributes' failed to satisfy constraint/);
  });

  await t.test('UpdateUserPool resets what it leaves out; UsernameAttributes stay', () => {
    const id = create('email-reset', '--username-attributes', 'email', '--auto-verified-attributes', 'email',
      email({ EmailSendingAccount: 'DEVELOPER', SourceArn: ses('no-reply@example.com'), ReplyToEmailAddress: 'help@example.com' }),
      '--sms-authentication-message', 'Code {####}').json.UserPool.Id;
    assert.equal(describe(id).SmsAuthenticationMessage, 'Code {####}');
    const r = update(id, '--deletion-protection', 'ACTIVE');
    assert.equal(r.status, 0, r.stderr);
    const pool = describe(id);
    assert.equal(pool.DeletionProtection, 'ACTIVE');
    assert.deepEqual(pool.EmailConfiguration, { EmailSendingAccount: 'COGNITO_DEFAULT' });
    assert.equal(pool.AutoVerifiedAttributes, undefined);
    assert.equal(pool.SmsAuthenticationMessage, undefined);
    assert.deepEqual(pool.UsernameAttributes, ['email']);
  });

  await t.test('the full description sent back is refused for UnusedAccountValidityDays next to TemporaryPasswordValidityDays', () => {
    const id = create('email-unused-days').json.UserPool.Id;
    const pool = describe(id);
    assert.equal(pool.AdminCreateUserConfig.UnusedAccountValidityDays, 7);
    assert.equal(pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays, 7);
    const both = update(id, `--policies=${JSON.stringify(pool.Policies)}`, `--admin-create-user-config=${JSON.stringify(pool.AdminCreateUserConfig)}`);
    assert.match(refusal(both), /InvalidParameterException.*Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays/);
    const { UnusedAccountValidityDays, ...rest } = pool.AdminCreateUserConfig;
    assert.equal(update(id, `--policies=${JSON.stringify(pool.Policies)}`, `--admin-create-user-config=${JSON.stringify(rest)}`).status, 0);
  });

  await t.test('a pool with a domain cannot be deleted until the domain is', () => {
    const id = create('email-domain-delete').json.UserPool.Id;
    assert.equal(aws(sim.endpoint, ['create-user-pool-domain', '--user-pool-id', id, '--domain', 'poolemail-delete']).status, 0);
    const del = () => aws(sim.endpoint, ['delete-user-pool', '--user-pool-id', id]);
    assert.match(refusal(del()), /InvalidParameterException.*User pool cannot be deleted\. It has a domain configured that should be deleted first\./);
    assert.equal(aws(sim.endpoint, ['delete-user-pool-domain', '--user-pool-id', id, '--domain', 'poolemail-delete']).status, 0);
    assert.equal(del().status, 0);
  });
});
