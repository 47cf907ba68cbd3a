'use strict';
// User pool domains (hosted UI). The sim serves every pool's hosted UI on its own origin; the
// domain is recorded and reported so the app's domain settings round-trip.
const { E } = require('../errors');
const { need } = require('./common');

function CreateUserPoolDomain(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const domain = need(input, 'Domain');
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(domain) && !input.CustomDomainConfig) {
    throw E.validation('domain', domain, 'Member must satisfy regular expression pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$');
  }
  for (const p of ctx.store.pools.values()) if (p.Domain === domain) throw E.invalidParameter('Domain already associated with another user pool.');
  if (pool.Domain) throw E.invalidParameter('User pool already has a domain configured.');
  pool.Domain = domain;
  return {};
}
function DescribeUserPoolDomain(ctx, input) {
  const domain = need(input, 'Domain');
  for (const p of ctx.store.pools.values()) {
    if (p.Domain === domain) {
      return { DomainDescription: { UserPoolId: p.Id, AWSAccountId: ctx.store.accountId, Domain: domain, S3Bucket: 'aws-cognito-prod-sim-assets', CloudFrontDistribution: new URL(ctx.baseUrl).host, Version: '1', Status: 'ACTIVE' } };
    }
  }
  return { DomainDescription: {} }; // AWS answers an unknown domain with an empty description
}
function DeleteUserPoolDomain(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const domain = need(input, 'Domain');
  if (pool.Domain !== domain) throw E.invalidParameter('No such domain or user pool exists.');
  delete pool.Domain;
  return {};
}
module.exports = { ops: { CreateUserPoolDomain, DescribeUserPoolDomain, DeleteUserPoolDomain } };
