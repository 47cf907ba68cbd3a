'use strict';
// GetCSVHeader and user import jobs: boto3 and the AWS CLI drive the API, fetch does the PUT.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, py, aws } = require('../lib/testing');

test('CSV user import jobs', async (t) => {
  const sim = await startSim(['--seed', 'demo']);
  t.after(() => sim.stop());
  const P = sim.seed.userPoolId;

  const header = py(`print(json.dumps(client().get_csv_header(UserPoolId=ARGS['pool'])['CSVHeader']))`, { endpoint: sim.endpoint, pool: P });
  await t.test('GetCSVHeader lists the schema with cognito:mfa_enabled and cognito:username', () => {
    assert.equal(header[0], 'name');
    assert.ok(header.includes('email') && header.includes('custom:department'));
    assert.deepEqual(header.slice(-2), ['cognito:mfa_enabled', 'cognito:username']);
    assert.ok(!header.includes('sub'));
  });

  const created = aws(sim.endpoint, ['create-user-import-job', '--user-pool-id', P, '--job-name', 'first', '--cloud-watch-logs-role-arn', 'arn:aws:iam::123456789012:role/CognitoImport']);
  const job = created.json.UserImportJob;
  await t.test('CreateUserImportJob returns a pre-signed URL on the sim, status Created', () => {
    assert.equal(created.status, 0, created.stderr);
    assert.equal(job.Status, 'Created');
    assert.match(job.JobId, /^import-/);
    assert.ok(job.PreSignedUrl.startsWith(`${sim.endpoint}/_import/`));
    assert.match(job.PreSignedUrl, /X-Amz-Signature=/);
    assert.match(job.PreSignedUrl, /X-Amz-SignedHeaders=host%3Bx-amz-server-side-encryption/);
  });

  const row = (vals) => header.map((h) => vals[h] ?? '').join(',');
  const csv = [header.join(','),
    row({ name: 'Imported One', email: 'imp1@example.com', email_verified: 'true', 'cognito:mfa_enabled': 'false', 'cognito:username': 'imp1' }),
    row({ name: '"Two, Quoted"', email: 'imp2@example.com', email_verified: 'TRUE', 'cognito:mfa_enabled': 'false', 'cognito:username': 'imp2', 'custom:department': 'Ops' }),
    row({ email: 'dup@example.com', email_verified: 'true', 'cognito:mfa_enabled': 'false', 'cognito:username': 'alice' }),
    row({ name: 'No Email', 'cognito:mfa_enabled': 'false', 'cognito:username': 'imp3' }),
  ].join('\n') + '\n';
  const put = (headers, url = job.PreSignedUrl) => fetch(url, { method: 'PUT', headers: { 'content-type': 'text/csv', ...headers }, body: csv });

  await t.test('the upload demands exactly x-amz-server-side-encryption: aws:kms', async () => {
    assert.equal((await put({})).status, 403);
    assert.equal((await put({ 'x-amz-server-side-encryption': 'AES256' })).status, 403);
    assert.equal((await put({ 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-meta-extra': '1' })).status, 403);
    const tampered = job.PreSignedUrl.replace(/X-Amz-Signature=([0-9a-f])/, (m, c) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`);
    assert.equal((await put({ 'x-amz-server-side-encryption': 'aws:kms' }, tampered)).status, 403);
    const ok = await put({ 'x-amz-server-side-encryption': 'aws:kms' });
    assert.equal(ok.status, 200);
  });

  await t.test('the job runs Pending → InProgress → Succeeded and reports counts', async () => {
    const s = aws(sim.endpoint, ['start-user-import-job', '--user-pool-id', P, '--job-id', job.JobId]);
    assert.equal(s.status, 0, s.stderr);
    assert.equal(s.json.UserImportJob.Status, 'Pending');
    const seen = new Set();
    let d;
    const deadline = Date.now() + 10000;
    do {
      d = (await sim.call('DescribeUserImportJob', { UserPoolId: P, JobId: job.JobId })).UserImportJob;
      seen.add(d.Status);
      if (d.Status === 'Succeeded' || d.Status === 'Failed') break;
      await new Promise((r) => setTimeout(r, 20)); // polling, as a client must
    } while (Date.now() < deadline);
    assert.equal(d.Status, 'Succeeded', JSON.stringify(d));
    assert.deepEqual({ i: d.ImportedUsers, f: d.FailedUsers }, { i: 2, f: 2 });
    assert.ok(d.CompletionDate && d.StartDate);
    const u = await sim.call('AdminGetUser', { UserPoolId: P, Username: 'imp2' });
    assert.equal(u.UserStatus, 'RESET_REQUIRED');
    assert.deepEqual(u.UserAttributes.filter((a) => a.Name !== 'sub').map((a) => [a.Name, a.Value]).sort(),
      [['custom:department', 'Ops'], ['email', 'imp2@example.com'], ['email_verified', 'true'], ['name', 'Two, Quoted']]);
    await assert.rejects(sim.call('StartUserImportJob', { UserPoolId: P, JobId: job.JobId }), (e) => e.type === 'PreconditionNotMetException');
  });

  await t.test('ListUserImportJobs requires MaxResults and pages', async () => {
    await sim.call('CreateUserImportJob', { UserPoolId: P, JobName: 'second', CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CognitoImport' });
    await assert.rejects(sim.call('ListUserImportJobs', { UserPoolId: P }), (e) => e.type === 'InvalidParameterException');
    const p1 = await sim.call('ListUserImportJobs', { UserPoolId: P, MaxResults: 1 });
    assert.equal(p1.UserImportJobs.length, 1);
    assert.ok(p1.PaginationToken);
    const p2 = await sim.call('ListUserImportJobs', { UserPoolId: P, MaxResults: 1, PaginationToken: p1.PaginationToken });
    assert.deepEqual([p1.UserImportJobs[0].JobName, p2.UserImportJobs[0].JobName], ['first', 'second']);
    assert.equal(p2.PaginationToken, undefined);
  });
});
