'use strict';
// User pool domains through the AWS CLI: prefix and custom domains, CREATING → ACTIVE on the
// sim's clock, DescribeUserPool's Domain/CustomDomain, and AWS's refusals (taken prefix,
// one domain per pool, reserved words, bad characters, certificate outside us-east-1).
const test = require('node:test');
const assert = require('node:assert/strict');
const { startSim, aws } = require('../lib/testing');

test('user pool domains', async (t) => {
  const sim = await startSim(['--seed', 'none']);
  t.after(() => sim.stop());
  const newPool = (name) => aws(sim.endpoint, ['create-user-pool', '--pool-name', name]).json.UserPool.Id;
  const first = newPool('domains-first');
  const second = newPool('domains-second');
  const create = (pool, domain, ...more) => aws(sim.endpoint, ['create-user-pool-domain', '--user-pool-id', pool, `--domain=${domain}`, ...more]);
  const describe = (domain) => aws(sim.endpoint, ['describe-user-pool-domain', '--domain', domain]);
  const refusal = (r) => { assert.notEqual(r.status, 0, r.stdout); return r.stderr.trim(); };
  const advance = (seconds) => fetch(`${sim.endpoint}/_sim/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
  const certificate = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

  await t.test('a prefix domain is CREATING, then ACTIVE, and DescribeUserPool names it', async () => {
    // Two minutes of provisioning: on a loaded machine the AWS CLI can take longer than the
    // default ten seconds between create and describe. The clock then moves on, not the test.
    await fetch(`${sim.endpoint}/_sim/knobs`, { method: 'POST', body: JSON.stringify({ domainProvisionMs: 120000 }) });
    assert.equal((await fetch(`${sim.endpoint}/_sim/knobs`).then((r) => r.json())).domainProvisionMs, 120000);
    const created = create(first, 'desk-first');
    assert.equal(created.status, 0, created.stderr);
    assert.deepEqual(created.json ?? {}, {});
    let d = describe('desk-first').json.DomainDescription;
    assert.equal(d.Status, 'CREATING');
    assert.equal(d.UserPoolId, first);
    assert.equal(d.Domain, 'desk-first');
    assert.match(d.CloudFrontDistribution, /^d[a-z2-7]{13}\.cloudfront\.net$/);
    assert.equal(d.CustomDomainConfig, undefined);
    await advance(121);
    d = describe('desk-first').json.DomainDescription;
    assert.equal(d.Status, 'ACTIVE');
    assert.equal(aws(sim.endpoint, ['describe-user-pool', '--user-pool-id', first]).json.UserPool.Domain, 'desk-first');
  });

  await t.test('an unknown domain is described as empty, not refused', () => {
    const r = describe('nobody-has-this');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.json, { DomainDescription: {} });
  });

  await t.test('a prefix another pool has is refused with AWS wording', () => {
    assert.match(refusal(create(second, 'desk-first')), /InvalidParameterException.*Domain already associated with another user pool\./);
  });

  await t.test('one domain per pool', () => {
    assert.match(refusal(create(first, 'desk-first-again')), /InvalidParameterException.*User pool already has a domain configured\./);
    assert.match(refusal(create(first, 'desk-first')), /User pool already has a domain configured\./);
  });

  await t.test('reserved words and bad characters are refused', () => {
    assert.match(refusal(create(second, 'my-aws-login')), /Domain cannot contain reserved word: aws/);
    assert.match(refusal(create(second, 'amazonish')), /Domain cannot contain reserved word: amazon/);
    assert.match(refusal(create(second, 'newcognito')), /Domain cannot contain reserved word: cognito/);
    assert.match(refusal(create(second, 'Upper-Case')), /The domain name contains an invalid character\./);
    assert.match(refusal(create(second, '-leading')), /The domain name contains an invalid character\./);
    assert.match(refusal(create(second, 'auth.example.com')), /The domain name contains an invalid character\./);
    assert.match(refusal(create(second, 'x'.repeat(64))), /Member must have length less than or equal to 63/);
  });

  await t.test('a custom domain needs an ACM certificate in us-east-1', () => {
    const elsewhere = certificate.replace('us-east-1', 'eu-west-1');
    assert.match(refusal(create(second, 'auth.example.com', '--custom-domain-config', `CertificateArn=${elsewhere}`)),
      /InvalidParameterException.*isn't in us-east-1 region/);
    assert.match(refusal(create(second, 'auth.example.com', '--custom-domain-config', 'CertificateArn=certificate-0a1b2c3d-not-an-arn')),
      /failed to satisfy constraint: Member must satisfy regular expression pattern/);
    const created = create(second, 'auth.example.com', '--custom-domain-config', `CertificateArn=${certificate}`);
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.json.CloudFrontDomain, /^d[a-z2-7]{13}\.cloudfront\.net$/);
    const d = describe('auth.example.com').json.DomainDescription;
    assert.equal(d.UserPoolId, second);
    assert.deepEqual(d.CustomDomainConfig, { CertificateArn: certificate });
    assert.equal(d.CloudFrontDistribution, created.json.CloudFrontDomain);
    const pool = aws(sim.endpoint, ['describe-user-pool', '--user-pool-id', second]).json.UserPool;
    assert.equal(pool.CustomDomain, 'auth.example.com');
    assert.equal(pool.Domain, undefined);
  });

  await t.test('a domain is deleted by its own pool only, then free for another', () => {
    assert.match(refusal(aws(sim.endpoint, ['delete-user-pool-domain', '--user-pool-id', second, '--domain', 'desk-first'])),
      /InvalidParameterException.*No such domain or user pool exists\./);
    const deleted = aws(sim.endpoint, ['delete-user-pool-domain', '--user-pool-id', first, '--domain', 'desk-first']);
    assert.equal(deleted.status, 0, deleted.stderr);
    assert.deepEqual(describe('desk-first').json, { DomainDescription: {} });
    assert.equal(aws(sim.endpoint, ['describe-user-pool', '--user-pool-id', first]).json.UserPool.Domain, undefined);
    assert.equal(create(first, 'desk-first').status, 0);
  });
});
