'use strict';
// User pool domains (API reference: CreateUserPoolDomain, DescribeUserPoolDomain,
// DeleteUserPoolDomain; developer guide "Using the Amazon Cognito prefix domain" and "Using
// your own domain"). The sim serves every pool's hosted UI on its own origin whatever its
// domain; the domain is validated, recorded, provisioned (CREATING, then ACTIVE) and
// reported like AWS does, so the app's domain settings and error paths are real.
//
// What AWS does that is not simulated: the DNS check of a custom domain's parent (an A
// record must exist), ACM lookups (any well-formed us-east-1 certificate ARN is taken as
// issued), UpdateUserPoolDomain, managed-login branding.
const crypto = require('node:crypto');
const { E } = require('../errors');
const { need } = require('./common');
const { clock } = require('../util');

// How long a new domain stays CREATING, on the sim's clock (POST /_sim/clock moves it).
// AWS takes about a minute for a prefix domain and up to an hour for a custom one; short
// here so that a client's "wait until ACTIVE" finishes within a test. The knob
// domainProvisionMs (POST /_sim/knobs) sets it for domains created after it.
const PROVISION_MS = 10000;
const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED = ['aws', 'amazon', 'cognito'];
// An ACM certificate ARN in us-east-1: CloudFront, which fronts custom domains, takes
// certificates from that region only.
const CERTIFICATE = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{1,64}$/;
const ARN = /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;

const invalidCharacter = () => E.invalidParameter('The domain name contains an invalid character. Domain names can only contain lower-case letters, numbers, and hyphens. Please enter a different name that follows this format: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$');

function isHostName(domain) {
  const labels = domain.split('.');
  return domain.length <= 253 && labels.length >= 2 && labels.every((l) => PREFIX.test(l));
}
// A distribution host like CloudFront's (d + 13 base32 characters), stable per domain.
function cloudFrontHost(domain) {
  const digest = crypto.createHash('sha256').update(domain).digest();
  let out = 'd';
  for (let i = 0; i < 13; i++) out += 'abcdefghijklmnopqrstuvwxyz234567'[digest[i] % 32];
  return `${out}.cloudfront.net`;
}
function domainOf(pool) {
  return pool.CustomDomain || pool.Domain;
}
function findPool(store, domain) {
  for (const p of store.pools.values()) if (domainOf(p) === domain) return p;
  return undefined;
}

function CreateUserPoolDomain(ctx, input) {
  const poolId = need(input, 'UserPoolId');
  const domain = need(input, 'Domain');
  if (typeof domain !== 'string') throw E.invalidParameter('Domain must be a string');
  const custom = input.CustomDomainConfig;
  let certificateArn;
  if (custom !== undefined && custom !== null) {
    certificateArn = custom.CertificateArn;
    if (certificateArn === undefined || certificateArn === null) throw E.validation('customDomainConfig.certificateArn', null, 'Member must not be null');
    if (typeof certificateArn !== 'string' || !ARN.test(certificateArn)) {
      throw E.validation('customDomainConfig.certificateArn', certificateArn, `Member must satisfy regular expression pattern: ${ARN.source.slice(1, -1)}`);
    }
    if (domain.length > 63 && !isHostName(domain)) throw E.validation('domain', domain, 'Member must have length less than or equal to 63');
    if (!isHostName(domain)) throw invalidCharacter();
  } else {
    if (domain.length > 63) throw E.validation('domain', domain, 'Member must have length less than or equal to 63');
    if (!PREFIX.test(domain)) throw invalidCharacter();
    const reserved = RESERVED.find((w) => domain.includes(w));
    if (reserved) throw E.invalidParameter(`Domain cannot contain reserved word: ${reserved}`);
  }
  const pool = ctx.store.getPool(poolId);
  const owner = findPool(ctx.store, domain);
  if (owner && owner !== pool) throw E.invalidParameter('Domain already associated with another user pool.');
  if (domainOf(pool)) throw E.invalidParameter('User pool already has a domain configured.');
  if (certificateArn !== undefined && !CERTIFICATE.test(certificateArn)) {
    throw E.invalidParameter("The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.");
  }
  if (certificateArn !== undefined) pool.CustomDomain = domain;
  else pool.Domain = domain;
  pool.domainInfo = { createdAt: clock.now(), provisionMs: ctx.knobs.domainProvisionMs, certificateArn };
  return certificateArn !== undefined ? { CloudFrontDomain: cloudFrontHost(domain) } : {};
}

function DescribeUserPoolDomain(ctx, input) {
  const domain = need(input, 'Domain');
  const p = findPool(ctx.store, domain);
  if (!p) return { DomainDescription: {} }; // AWS answers an unknown domain with an empty description
  const info = p.domainInfo || { createdAt: 0 };
  const description = {
    UserPoolId: p.Id, AWSAccountId: ctx.store.accountId, Domain: domain,
    S3Bucket: 'aws-cognito-prod-sim-assets', CloudFrontDistribution: cloudFrontHost(domain),
    Version: String(Math.floor(info.createdAt / 1000)), ManagedLoginVersion: 1,
    Status: clock.now() - info.createdAt >= (info.provisionMs ?? PROVISION_MS) ? 'ACTIVE' : 'CREATING',
  };
  if (info.certificateArn) description.CustomDomainConfig = { CertificateArn: info.certificateArn };
  return { DomainDescription: description };
}

function DeleteUserPoolDomain(ctx, input) {
  const poolId = need(input, 'UserPoolId');
  const domain = need(input, 'Domain');
  const pool = ctx.store.pools.get(poolId);
  if (!pool || domainOf(pool) !== domain) throw E.invalidParameter('No such domain or user pool exists.');
  delete pool.Domain;
  delete pool.CustomDomain;
  delete pool.domainInfo;
  return {};
}

module.exports = { ops: { CreateUserPoolDomain, DescribeUserPoolDomain, DeleteUserPoolDomain } };
