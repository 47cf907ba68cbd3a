'use strict';
// IAM and STS (Query protocol) for the CSV import role: the AWS CLI and boto3 drive the sim's
// iam.js, fetch + lib/sigv4 check the raw XML and the signature rules.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { startSim, awsEnv, REGION, DEMO_KEY } = require('../lib/testing');
const sigv4 = require('../lib/sigv4');

const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'cognito-idp.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const LOGS = {
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow',
    Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'],
    Resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/cognito/*',
  }],
};

const OTHER_KEY = { accessKeyId: 'AKIACONFORMANCEOTHER', secretAccessKey: 'conformance-other-secret' };

// /usr/bin/aws SERVICE ARGS; `endpoint` as --endpoint-url, or null to rely on the environment.
function cli(endpoint, service, args, env = {}) {
  const all = [...(endpoint ? ['--endpoint-url', endpoint] : []), '--output', 'json', service, ...args];
  const r = spawnSync('/usr/bin/aws', all, { encoding: 'utf8', env: awsEnv(env), timeout: 120000 });
  let json = null;
  try { json = r.stdout.trim() ? JSON.parse(r.stdout) : null; } catch {}
  return { status: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

// A raw signed Query call: {status, text, headers}.
async function query(endpoint, service, params, { key = DEMO_KEY, signAs = service, unsigned = false } = {}) {
  const body = new URLSearchParams(params).toString();
  let headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
  if (!unsigned) {
    headers = sigv4.sign({ url: `${endpoint}/`, method: 'POST', headers, body, region: REGION, service: signAs, ...key });
  }
  delete headers.host;
  const r = await fetch(`${endpoint}/`, { method: 'POST', headers, body });
  return { status: r.status, text: await r.text(), headers: r.headers };
}

test('IAM and STS for the import role', async (t) => {
  const sim = await startSim(['--key', `${DEMO_KEY.accessKeyId}:${DEMO_KEY.secretAccessKey}`, '--key', `${OTHER_KEY.accessKeyId}:${OTHER_KEY.secretAccessKey}`]);
  t.after(() => sim.stop());
  const E = sim.endpoint;
  const role = 'Conformance-Import-Role';
  const policyArn = 'arn:aws:iam::123456789012:policy/Conformance-Import-Logs';

  await t.test('aws sts get-caller-identity: the fixed account of the demo key', () => {
    const r = cli(E, 'sts', ['get-caller-identity']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.json.Account, '123456789012');
    assert.match(r.json.Arn, /^arn:aws:iam::123456789012:user\//);
    assert.ok(r.json.UserId);
  });

  await t.test('aws iam create-role, then get-role decodes the URL-encoded trust policy', () => {
    const created = cli(E, 'iam', ['create-role', '--role-name', role, '--assume-role-policy-document', JSON.stringify(TRUST), '--description', 'conformance']);
    assert.equal(created.status, 0, created.stderr);
    assert.equal(created.json.Role.Arn, `arn:aws:iam::123456789012:role/${role}`);
    assert.match(created.json.Role.RoleId, /^AROA/);
    const got = cli(E, 'iam', ['get-role', '--role-name', role]);
    assert.equal(got.status, 0, got.stderr);
    assert.deepEqual(got.json.Role.AssumeRolePolicyDocument, TRUST);
    assert.equal(got.json.Role.Description, 'conformance');
    assert.equal(got.json.Role.Path, '/');
    assert.ok(Math.abs(Date.parse(got.json.Role.CreateDate) - Date.now()) < 10 * 60 * 1000, got.json.Role.CreateDate);
  });

  await t.test('create-policy, attach-role-policy, list-attached-role-policies', () => {
    const created = cli(E, 'iam', ['create-policy', '--policy-name', 'Conformance-Import-Logs', '--policy-document', JSON.stringify(LOGS)]);
    assert.equal(created.status, 0, created.stderr);
    assert.equal(created.json.Policy.Arn, policyArn);
    assert.equal(created.json.Policy.AttachmentCount, 0);
    assert.equal(cli(E, 'iam', ['list-attached-role-policies', '--role-name', role]).json.AttachedPolicies.length, 0);
    const attached = cli(E, 'iam', ['attach-role-policy', '--role-name', role, '--policy-arn', policyArn]);
    assert.equal(attached.status, 0, attached.stderr);
    const listed = cli(E, 'iam', ['list-attached-role-policies', '--role-name', role]);
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.json.AttachedPolicies, [{ PolicyName: 'Conformance-Import-Logs', PolicyArn: policyArn }]);
    assert.equal(cli(E, 'iam', ['get-policy', '--policy-arn', policyArn]).json.Policy.AttachmentCount, 1);
  });

  await t.test('the errors: NoSuchEntity, EntityAlreadyExists, MalformedPolicyDocument, DeleteConflict', () => {
    const missing = cli(E, 'iam', ['get-role', '--role-name', 'No-Such-Role']);
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /\(NoSuchEntity\).*The role with name No-Such-Role cannot be found\./);
    const again = cli(E, 'iam', ['create-role', '--role-name', role, '--assume-role-policy-document', JSON.stringify(TRUST)]);
    assert.match(again.stderr, /\(EntityAlreadyExists\).*Role with name Conformance-Import-Role already exists\./);
    const bad = cli(E, 'iam', ['create-role', '--role-name', 'Bad-Json', '--assume-role-policy-document', '{"Version":']);
    assert.match(bad.stderr, /\(MalformedPolicyDocument\).*This policy contains invalid Json/);
    const noPrincipal = cli(E, 'iam', ['create-role', '--role-name', 'No-Principal', '--assume-role-policy-document', JSON.stringify(LOGS)]);
    assert.match(noPrincipal.stderr, /\(MalformedPolicyDocument\)/);
    const badName = cli(E, 'iam', ['create-role', '--role-name', 'bad name', '--assume-role-policy-document', JSON.stringify(TRUST)]);
    assert.match(badName.stderr, /\(ValidationError\)/);
    const missingPolicy = cli(E, 'iam', ['get-policy', '--policy-arn', 'arn:aws:iam::123456789012:policy/Nope']);
    assert.match(missingPolicy.stderr, /\(NoSuchEntity\)/);
    const conflict = cli(E, 'iam', ['delete-role', '--role-name', role]);
    assert.match(conflict.stderr, /\(DeleteConflict\)/);
  });

  await t.test('detach-role-policy then delete-role', () => {
    const other = 'Conformance-Deleted-Role';
    assert.equal(cli(E, 'iam', ['create-role', '--role-name', other, '--assume-role-policy-document', JSON.stringify(TRUST)]).status, 0);
    assert.equal(cli(E, 'iam', ['attach-role-policy', '--role-name', other, '--policy-arn', policyArn]).status, 0);
    const detached = cli(E, 'iam', ['detach-role-policy', '--role-name', other, '--policy-arn', policyArn]);
    assert.equal(detached.status, 0, detached.stderr);
    assert.equal(cli(E, 'iam', ['delete-role', '--role-name', other]).status, 0);
    assert.match(cli(E, 'iam', ['get-role', '--role-name', other]).stderr, /\(NoSuchEntity\)/);
  });

  await t.test('aws iam delete-policy: DeleteConflict while attached, NoSuchEntity when missing', () => {
    // The import role's policy is attached: AWS refuses and the policy stays.
    const conflict = cli(E, 'iam', ['delete-policy', '--policy-arn', policyArn]);
    assert.notEqual(conflict.status, 0);
    assert.match(conflict.stderr, /\(DeleteConflict\) when calling the DeletePolicy operation.*: Cannot delete a policy attached to entities\./);
    assert.equal(cli(E, 'iam', ['get-policy', '--policy-arn', policyArn]).status, 0);
    // A policy of its own: attached → refused; detached → deleted; then gone.
    const arn = 'arn:aws:iam::123456789012:policy/Conformance-Deleted-Policy';
    assert.equal(cli(E, 'iam', ['create-policy', '--policy-name', 'Conformance-Deleted-Policy', '--policy-document', JSON.stringify(LOGS)]).status, 0);
    assert.equal(cli(E, 'iam', ['attach-role-policy', '--role-name', role, '--policy-arn', arn]).status, 0);
    assert.match(cli(E, 'iam', ['delete-policy', '--policy-arn', arn]).stderr, /\(DeleteConflict\)/);
    assert.equal(cli(E, 'iam', ['detach-role-policy', '--role-name', role, '--policy-arn', arn]).status, 0);
    const deleted = cli(E, 'iam', ['delete-policy', '--policy-arn', arn]);
    assert.equal(deleted.status, 0, deleted.stderr);
    assert.equal(deleted.stdout.trim(), '');
    assert.match(cli(E, 'iam', ['get-policy', '--policy-arn', arn]).stderr, /\(NoSuchEntity\)/);
    const again = cli(E, 'iam', ['delete-policy', '--policy-arn', arn]);
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /\(NoSuchEntity\) when calling the DeletePolicy operation.*: Policy arn:aws:iam::123456789012:policy\/Conformance-Deleted-Policy was not found\./);
    // and it can be created again under the same name
    assert.equal(cli(E, 'iam', ['create-policy', '--policy-name', 'Conformance-Deleted-Policy', '--policy-document', JSON.stringify(LOGS)]).status, 0);
  });

  await t.test('boto3 sees the same role and attachments', () => {
    const code = `import json, sys, boto3
from botocore.config import Config
a = json.loads(sys.argv[1])
iam = boto3.client('iam', endpoint_url=a['endpoint'], region_name='us-east-1', config=Config(retries={'max_attempts': 1}))
role = iam.get_role(RoleName=a['role'])['Role']
att = iam.list_attached_role_policies(RoleName=a['role'])['AttachedPolicies']
print(json.dumps({'trust': role['AssumeRolePolicyDocument'], 'arn': role['Arn'], 'attached': [p['PolicyArn'] for p in att]}))`;
    const r = spawnSync('/usr/bin/python3', ['-c', code, JSON.stringify({ endpoint: E, role })], { encoding: 'utf8', env: awsEnv(), timeout: 120000 });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.trust, TRUST);
    assert.deepEqual(out.attached, [policyArn]);
  });

  await t.test('raw XML: namespaces, ResponseMetadata, the trust policy URL-encoded', async () => {
    const r = await query(E, 'iam', { Action: 'GetRole', Version: '2010-05-08', RoleName: role });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/xml/);
    assert.match(r.text, /^<GetRoleResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><GetRoleResult><Role>/);
    assert.match(r.text, /<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/GetRoleResponse>/);
    assert.match(r.text, /<CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/CreateDate>/);
    const doc = /<AssumeRolePolicyDocument>([^<]*)<\/AssumeRolePolicyDocument>/.exec(r.text)[1];
    assert.ok(!doc.includes('{'), 'the document is URL-encoded');
    assert.deepEqual(JSON.parse(decodeURIComponent(doc)), TRUST);
    const sts = await query(E, 'sts', { Action: 'GetCallerIdentity', Version: '2011-06-15' });
    assert.match(sts.text, /^<GetCallerIdentityResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"><GetCallerIdentityResult>/);
    const err = await query(E, 'iam', { Action: 'GetRole', Version: '2010-05-08', RoleName: 'Nope' });
    assert.equal(err.status, 404);
    assert.match(err.text, /^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type><Code>NoSuchEntity<\/Code><Message>The role with name Nope cannot be found\.<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>/);
    assert.equal(err.headers.get('x-amzn-requestid'), /<RequestId>([^<]+)</.exec(err.text)[1]);
  });

  await t.test('SigV4: unsigned, unknown key, wrong service scope, wrong Version are refused', async () => {
    const unsigned = await query(E, 'iam', { Action: 'GetRole', Version: '2010-05-08', RoleName: role }, { unsigned: true });
    assert.equal(unsigned.status, 403);
    assert.match(unsigned.text, /<Code>MissingAuthenticationToken<\/Code>/);
    const unknown = await query(E, 'sts', { Action: 'GetCallerIdentity', Version: '2011-06-15' }, { key: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } });
    assert.equal(unknown.status, 403);
    assert.match(unknown.text, /<Code>InvalidClientTokenId<\/Code>/);
    const scope = await query(E, 'iam', { Action: 'GetRole', Version: '2010-05-08', RoleName: role }, { signAs: 'sts' });
    assert.equal(scope.status, 403);
    assert.match(scope.text, /<Code>SignatureDoesNotMatch<\/Code>/);
    const version = await query(E, 'iam', { Action: 'GetRole', Version: '2011-06-15', RoleName: role });
    assert.equal(version.status, 400);
    assert.match(version.text, /<Code>InvalidAction<\/Code>/);
  });

  await t.test('another access key lands in another, fixed account, with its own roles', () => {
    const env = { AWS_ACCESS_KEY_ID: OTHER_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: OTHER_KEY.secretAccessKey };
    const who = cli(E, 'sts', ['get-caller-identity'], env);
    assert.equal(who.status, 0, who.stderr);
    assert.match(who.json.Account, /^\d{12}$/);
    assert.notEqual(who.json.Account, '123456789012');
    assert.equal(cli(E, 'sts', ['get-caller-identity'], env).json.Account, who.json.Account);
    assert.match(cli(E, 'iam', ['get-role', '--role-name', role], env).stderr, /\(NoSuchEntity\)/);
  });
});
