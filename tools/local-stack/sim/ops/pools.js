'use strict';
// User pools, app clients and groups (Cognito API reference: CreateUserPool, DescribeUserPool,
// UpdateUserPool, DeleteUserPool, ListUserPools, *UserPoolClient*, *Group*).
const { E } = require('../errors');
const { Store, STANDARD_ATTRIBUTES, STANDARD_NAMES, DEFAULT_PASSWORD_POLICY, lowerBound, sortedInsert, sortedRemove, addGroup, removeGroup } = require('../store');
const { randomString, nowSeconds, LOWER } = require('../util');
const { need, intIn, userSummary } = require('./common');

const POOL_DEFAULTS = () => ({
  Policies: { PasswordPolicy: { ...DEFAULT_PASSWORD_POLICY } },
  DeletionProtection: 'INACTIVE',
  LambdaConfig: {},
  AutoVerifiedAttributes: undefined,
  VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
  MfaConfiguration: 'OFF',
  EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 },
  UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] },
  AccountRecoverySetting: undefined,
  UserPoolTags: {},
});

function buildSchema(input) {
  const schema = STANDARD_ATTRIBUTES.map(([Name, AttributeDataType, Mutable = true, Required = false, c]) => {
    const a = { Name, AttributeDataType, DeveloperOnlyAttribute: false, Mutable, Required };
    if (AttributeDataType === 'String') a.StringAttributeConstraints = c || { MinLength: '0', MaxLength: '2048' };
    if (AttributeDataType === 'Number') a.NumberAttributeConstraints = { MinValue: '0' };
    return a;
  });
  for (const s of input.Schema || []) {
    if (!s || typeof s.Name !== 'string' || !s.Name) throw E.invalidParameter('Schema attribute name is required');
    if (STANDARD_NAMES.has(s.Name)) {
      const a = schema.find((x) => x.Name === s.Name);
      if (s.Required !== undefined) a.Required = !!s.Required;
      if (s.Mutable !== undefined) a.Mutable = !!s.Mutable;
      if (s.StringAttributeConstraints) a.StringAttributeConstraints = { ...a.StringAttributeConstraints, ...s.StringAttributeConstraints };
      continue;
    }
    // Custom attributes: stored with the "custom:" prefix; they cannot be required.
    if (s.Required) throw E.invalidParameter('Required custom attributes are not supported currently.');
    const name = s.Name.startsWith('custom:') ? s.Name : `custom:${s.Name}`;
    if (schema.some((x) => x.Name === name)) throw E.invalidParameter(`Existing attribute already has name ${name}.`);
    const type = s.AttributeDataType || 'String';
    if (!['String', 'Number', 'DateTime', 'Boolean'].includes(type)) throw E.invalidParameter(`Invalid AttributeDataType ${type}`);
    const a = { Name: name, AttributeDataType: type, DeveloperOnlyAttribute: !!s.DeveloperOnlyAttribute, Mutable: s.Mutable !== false, Required: false };
    if (type === 'String') a.StringAttributeConstraints = s.StringAttributeConstraints || {};
    if (type === 'Number') a.NumberAttributeConstraints = s.NumberAttributeConstraints || {};
    schema.push(a);
  }
  return schema;
}

// Email settings (API reference: EmailConfigurationType; developer guide "Email settings for
// Amazon Cognito user pools"). SES is not simulated: which identities count as verified is
// the sim's rule, VERIFIED_SES_DOMAIN below (documented in tools/local-stack/README.md).
const VERIFIED_SES_DOMAIN = 'example.com';
const SES_IDENTITY = /^arn:aws[a-z-]*:ses:([a-z0-9-]+):(\d{12}):identity\/([^\s/]+)$/;
const ARN_PATTERN = /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;
const EMAIL_ADDRESS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

// An address or a domain identity is verified when it is example.com or under it.
function isVerifiedIdentity(identity) {
  const domain = identity.includes('@') ? identity.slice(identity.lastIndexOf('@') + 1) : identity;
  const d = domain.toLowerCase();
  return d === VERIFIED_SES_DOMAIN || d.endsWith(`.${VERIFIED_SES_DOMAIN}`);
}

function checkEmailConfiguration(ctx, ec) {
  if (ec === undefined || ec === null) return { EmailSendingAccount: 'COGNITO_DEFAULT' };
  const account = ec.EmailSendingAccount === undefined ? 'COGNITO_DEFAULT' : ec.EmailSendingAccount;
  if (!['COGNITO_DEFAULT', 'DEVELOPER'].includes(account)) {
    throw E.validation('emailConfiguration.emailSendingAccount', account, 'Member must satisfy enum value set: [COGNITO_DEFAULT, DEVELOPER]');
  }
  if (ec.ReplyToEmailAddress !== undefined && !(typeof ec.ReplyToEmailAddress === 'string' && EMAIL_ADDRESS.test(ec.ReplyToEmailAddress))) {
    throw E.validation('emailConfiguration.replyToEmailAddress', ec.ReplyToEmailAddress, 'Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+');
  }
  const arn = ec.SourceArn;
  if (arn !== undefined) {
    if (typeof arn !== 'string' || arn.length < 20 || arn.length > 2048 || !ARN_PATTERN.test(arn)) {
      throw E.validation('emailConfiguration.sourceArn', arn, `Member must satisfy regular expression pattern: ${ARN_PATTERN.source.slice(1, -1)}`);
    }
    const m = SES_IDENTITY.exec(arn);
    if (!m) throw E.invalidParameter('SourceArn must be the ARN of an Amazon SES identity.');
    if (m[2] !== ctx.store.accountId) throw E.notAuthorized('Email arn does not belong to your account.');
    if (!isVerifiedIdentity(m[3])) {
      throw E.invalidParameter(`Cognito received the following error from Amazon SES when attempting to send email: Email address is not verified. The following identities failed the check in region ${m[1].toUpperCase()}: ${arn}`);
    }
  }
  if (account === 'DEVELOPER' && arn === undefined) {
    throw E.invalidParameter('SourceArn is required when EmailSendingAccount is DEVELOPER.');
  }
  if (account === 'COGNITO_DEFAULT' && ec.From !== undefined) {
    throw E.invalidParameter('Cannot configure From email address for default email configuration');
  }
  const out = { EmailSendingAccount: account };
  for (const k of ['SourceArn', 'ReplyToEmailAddress', 'From', 'ConfigurationSet']) if (ec[k] !== undefined) out[k] = ec[k];
  return out;
}

function checkAutoVerified(list) {
  if (list === undefined || list === null) return undefined;
  for (const a of list) {
    if (!['phone_number', 'email'].includes(a)) {
      throw E.validation('autoVerifiedAttributes', `[${list.join(', ')}]`, 'Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]');
    }
  }
  return list.length ? [...list] : undefined;
}

// Settings stored as given and described back, without further simulation.
const STORED_AS_GIVEN = ['SmsVerificationMessage', 'EmailVerificationMessage', 'EmailVerificationSubject', 'SmsAuthenticationMessage', 'UserPoolAddOns'];

function applyPoolSettings(ctx, pool, input) {
  const d = POOL_DEFAULTS();
  // DescribeUserPool shows both; AWS refuses a request that sends both back.
  if (input.AdminCreateUserConfig && input.AdminCreateUserConfig.UnusedAccountValidityDays !== undefined
      && input.Policies && input.Policies.PasswordPolicy && input.Policies.PasswordPolicy.TemporaryPasswordValidityDays !== undefined) {
    throw E.invalidParameter('Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays');
  }
  const email = checkEmailConfiguration(ctx, input.EmailConfiguration);
  const autoVerified = checkAutoVerified(input.AutoVerifiedAttributes);
  const pp = { ...DEFAULT_PASSWORD_POLICY, ...((input.Policies && input.Policies.PasswordPolicy) || {}) };
  if (!(Number.isInteger(pp.MinimumLength) && pp.MinimumLength >= 6 && pp.MinimumLength <= 99)) {
    throw E.validation('policies.passwordPolicy.minimumLength', pp.MinimumLength, 'Member must have value greater than or equal to 6');
  }
  pool.Policies = { ...(input.Policies || {}), PasswordPolicy: pp };
  pool.DeletionProtection = input.DeletionProtection || d.DeletionProtection;
  pool.LambdaConfig = input.LambdaConfig || d.LambdaConfig;
  pool.AutoVerifiedAttributes = autoVerified;
  pool.VerificationMessageTemplate = input.VerificationMessageTemplate || d.VerificationMessageTemplate;
  pool.MfaConfiguration = input.MfaConfiguration || d.MfaConfiguration;
  if (!['OFF', 'ON', 'OPTIONAL'].includes(pool.MfaConfiguration)) throw E.invalidParameter('Invalid MfaConfiguration');
  pool.SmsConfiguration = input.SmsConfiguration;
  pool.SoftwareTokenMfaConfiguration = input.SoftwareTokenMfaConfiguration;
  pool.EmailConfiguration = email;
  pool.AdminCreateUserConfig = { ...d.AdminCreateUserConfig, ...(input.AdminCreateUserConfig || {}) };
  pool.UserAttributeUpdateSettings = input.UserAttributeUpdateSettings || d.UserAttributeUpdateSettings;
  pool.AccountRecoverySetting = input.AccountRecoverySetting;
  pool.UserPoolTags = input.UserPoolTags || d.UserPoolTags;
  pool.DeviceConfiguration = input.DeviceConfiguration;
  for (const k of STORED_AS_GIVEN) pool[k] = input[k];
}

function describePool(ctx, pool) {
  const out = {
    Id: pool.Id, Name: pool.Name, Policies: pool.Policies, DeletionProtection: pool.DeletionProtection,
    LambdaConfig: pool.LambdaConfig, LastModifiedDate: pool.LastModifiedDate, CreationDate: pool.CreationDate,
    SchemaAttributes: pool.SchemaAttributes, VerificationMessageTemplate: pool.VerificationMessageTemplate,
    UserAttributeUpdateSettings: pool.UserAttributeUpdateSettings, MfaConfiguration: pool.MfaConfiguration,
    EstimatedNumberOfUsers: pool.users.size, EmailConfiguration: pool.EmailConfiguration,
    UserPoolTags: pool.UserPoolTags, AdminCreateUserConfig: pool.AdminCreateUserConfig,
    UsernameConfiguration: pool.UsernameConfiguration, Arn: pool.Arn,
  };
  for (const k of ['AutoVerifiedAttributes', 'UsernameAttributes', 'AliasAttributes', 'SmsConfiguration', 'AccountRecoverySetting', 'Domain', 'CustomDomain', 'DeviceConfiguration', ...STORED_AS_GIVEN]) {
    if (pool[k] !== undefined) out[k] = pool[k];
  }
  return out;
}

function CreateUserPool(ctx, input) {
  const name = need(input, 'PoolName');
  if (typeof name !== 'string' || name.length > 128 || !/^[\w\s+=,.@-]+$/.test(name)) {
    throw E.validation('poolName', name, 'Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+');
  }
  if (input.UsernameAttributes && input.AliasAttributes) {
    throw E.invalidParameter('Only one of the aliasAttributes or usernameAttributes can be set in a User Pool');
  }
  for (const a of input.UsernameAttributes || []) if (!['email', 'phone_number'].includes(a)) throw E.invalidParameter(`Invalid UsernameAttributes value ${a}`);
  for (const a of input.AliasAttributes || []) if (!['email', 'phone_number', 'preferred_username'].includes(a)) throw E.invalidParameter(`Invalid AliasAttributes value ${a}`);
  const store = ctx.store;
  const id = store.newPoolId();
  const t = nowSeconds();
  const pool = Store.emptyPoolShape({
    Id: id, Name: name, CreationDate: t, LastModifiedDate: t,
    Arn: `arn:aws:cognito-idp:${store.region}:${store.accountId}:userpool/${id}`,
    srpPoolName: id.split('_')[1],
    SchemaAttributes: buildSchema(input),
    UsernameAttributes: input.UsernameAttributes,
    AliasAttributes: input.AliasAttributes,
    UsernameConfiguration: input.UsernameConfiguration || { CaseSensitive: true },
  });
  applyPoolSettings(ctx, pool, input);
  store.addPool(pool);
  return { UserPool: describePool(ctx, pool) };
}

function DescribeUserPool(ctx, input) {
  return { UserPool: describePool(ctx, ctx.store.getPool(need(input, 'UserPoolId'))) };
}

// Like AWS: every setting left out of the request returns to its default.
function UpdateUserPool(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  applyPoolSettings(ctx, pool, input);
  pool.LastModifiedDate = nowSeconds();
  return {};
}

function DeleteUserPool(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  if (pool.DeletionProtection === 'ACTIVE') {
    throw E.invalidParameter('The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.');
  }
  if (pool.Domain || pool.CustomDomain) {
    throw E.invalidParameter('User pool cannot be deleted. It has a domain configured that should be deleted first.');
  }
  for (const id of pool.clients.keys()) ctx.store.clients.delete(id);
  ctx.store.pools.delete(pool.Id);
  return {};
}

// Generic paging over a sorted key list: tokens carry the last key returned.
function page(store, sortedKeys, { binding, token, field, limit, ttlMs, filter = () => true, map }) {
  let start = 0;
  if (token !== undefined && token !== null) {
    const last = store.readPageToken(token, binding, { field, ttlMs });
    start = lowerBound(sortedKeys, last);
    if (sortedKeys[start] === last) start++;
  }
  const items = [];
  let i = start, lastKey;
  for (; i < sortedKeys.length && items.length < limit; i++) {
    const v = filter(sortedKeys[i]);
    if (v) { items.push(map(sortedKeys[i], v)); lastKey = sortedKeys[i]; }
  }
  // Is there anything after the page? (AWS never returns a token for an empty remainder
  // of an unfiltered list; for filtered lists we look ahead to decide as well.)
  let more = false;
  for (let j = i; j < sortedKeys.length; j++) { if (filter(sortedKeys[j])) { more = true; break; } }
  return { items, next: more && lastKey !== undefined ? store.makePageToken(binding, lastKey) : undefined };
}

function ListUserPools(ctx, input) {
  const limit = intIn(input, 'MaxResults', 1, 60, { required: true });
  const store = ctx.store;
  const keys = [...store.pools.values()].map((p) => `${String(p.seq).padStart(12, '0')}|${p.Id}`).sort();
  const r = page(store, keys, {
    binding: 'ListUserPools', token: input.NextToken, field: 'NextToken', limit,
    filter: () => true,
    map: (k) => { const p = store.pools.get(k.split('|')[1]); return { Id: p.Id, Name: p.Name, LambdaConfig: p.LambdaConfig, LastModifiedDate: p.LastModifiedDate, CreationDate: p.CreationDate }; },
  });
  return { UserPools: r.items, ...(r.next ? { NextToken: r.next } : {}) };
}

// ---------- app clients ----------
const FLOW_NAMES = new Set(['ADMIN_NO_SRP_AUTH', 'CUSTOM_AUTH_FLOW_ONLY', 'USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH']);

function isLoopbackHttp(u) {
  return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}
function checkUrls(list, field) {
  if (list === undefined) return;
  if (!Array.isArray(list)) throw E.invalidParameter(`${field} must be a list`);
  for (const s of list) {
    let u;
    try { u = new URL(s); } catch { throw E.invalidParameter(`${s} is not a valid URL.`); }
    if (u.hash) throw E.invalidParameter(`${field} cannot contain a fragment.`);
    // Hosted UI: https required except for loopback hosts (developer guide, app client settings).
    if (u.protocol === 'http:' && !isLoopbackHttp(u)) throw E.invalidParameter(`${field} must use HTTPS unless the host is localhost.`);
  }
}

function clientSettings(input) {
  const c = {};
  if (input.ExplicitAuthFlows !== undefined) {
    for (const f of input.ExplicitAuthFlows) if (!FLOW_NAMES.has(f)) throw E.invalidParameter(`Invalid ExplicitAuthFlows value ${f}`);
    const legacy = input.ExplicitAuthFlows.some((f) => !f.startsWith('ALLOW_'));
    const modern = input.ExplicitAuthFlows.some((f) => f.startsWith('ALLOW_'));
    if (legacy && modern) throw E.invalidParameter('ExplicitAuthFlows cannot contain both legacy and new values.');
    c.ExplicitAuthFlows = [...input.ExplicitAuthFlows];
  }
  checkUrls(input.CallbackURLs, 'CallbackURLs');
  checkUrls(input.LogoutURLs, 'LogoutURLs');
  for (const k of ['ReadAttributes', 'WriteAttributes', 'SupportedIdentityProviders', 'CallbackURLs', 'LogoutURLs',
    'DefaultRedirectURI', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'AnalyticsConfiguration', 'TokenValidityUnits',
    'AccessTokenValidity', 'IdTokenValidity']) {
    if (input[k] !== undefined) c[k] = input[k];
  }
  for (const f of c.AllowedOAuthFlows || []) if (!['code', 'implicit', 'client_credentials'].includes(f)) throw E.invalidParameter(`Invalid AllowedOAuthFlows value ${f}`);
  c.RefreshTokenValidity = input.RefreshTokenValidity === undefined ? 30 : input.RefreshTokenValidity;
  c.AllowedOAuthFlowsUserPoolClient = !!input.AllowedOAuthFlowsUserPoolClient;
  c.PreventUserExistenceErrors = input.PreventUserExistenceErrors || 'LEGACY';
  c.EnableTokenRevocation = input.EnableTokenRevocation === undefined ? true : !!input.EnableTokenRevocation;
  c.EnablePropagateAdditionalUserContextData = !!input.EnablePropagateAdditionalUserContextData;
  c.AuthSessionValidity = input.AuthSessionValidity === undefined ? 3 : intIn(input, 'AuthSessionValidity', 3, 15);
  if (c.AllowedOAuthFlowsUserPoolClient && (!c.AllowedOAuthFlows || !c.AllowedOAuthFlows.length)) {
    throw E.invalidParameter('AllowedOAuthFlows is required when AllowedOAuthFlowsUserPoolClient is true.');
  }
  if (c.DefaultRedirectURI && !(c.CallbackURLs || []).includes(c.DefaultRedirectURI)) {
    throw E.invalidParameter('DefaultRedirectURI must be one of the CallbackURLs.');
  }
  return c;
}

function describeClient(c) {
  const { UserPoolId, ClientName, ClientId, ClientSecret, LastModifiedDate, CreationDate, seq, ...rest } = c;
  return { UserPoolId, ClientName, ClientId, ...(ClientSecret ? { ClientSecret } : {}), LastModifiedDate, CreationDate, ...rest };
}

function CreateUserPoolClient(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const name = need(input, 'ClientName');
  if (typeof name !== 'string' || name.length > 128 || !/^[\w\s+=,.@-]+$/.test(name)) {
    throw E.validation('clientName', name, 'Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+');
  }
  const t = nowSeconds();
  const client = {
    UserPoolId: pool.Id, ClientName: name, ClientId: ctx.store.newClientId(),
    ...(input.GenerateSecret ? { ClientSecret: randomString(51, LOWER) } : {}),
    LastModifiedDate: t, CreationDate: t, ...clientSettings(input), seq: ctx.store.nextSeq(),
  };
  pool.clients.set(client.ClientId, client);
  ctx.store.clients.set(client.ClientId, { pool, client });
  return { UserPoolClient: describeClient(client) };
}

function DescribeUserPoolClient(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  return { UserPoolClient: describeClient(ctx.store.getClient(pool, need(input, 'ClientId'))) };
}

// Every field left out returns to its default (API reference, UpdateUserPoolClient).
function UpdateUserPoolClient(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const old = ctx.store.getClient(pool, need(input, 'ClientId'));
  const client = {
    UserPoolId: pool.Id, ClientName: input.ClientName || old.ClientName, ClientId: old.ClientId,
    ...(old.ClientSecret ? { ClientSecret: old.ClientSecret } : {}),
    LastModifiedDate: nowSeconds(), CreationDate: old.CreationDate, ...clientSettings(input), seq: old.seq,
  };
  pool.clients.set(client.ClientId, client);
  ctx.store.clients.set(client.ClientId, { pool, client });
  return { UserPoolClient: describeClient(client) };
}

function DeleteUserPoolClient(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const c = ctx.store.getClient(pool, need(input, 'ClientId'));
  pool.clients.delete(c.ClientId);
  ctx.store.clients.delete(c.ClientId);
  return {};
}

function ListUserPoolClients(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const limit = intIn(input, 'MaxResults', 1, 60, { dflt: 60 });
  const keys = [...pool.clients.values()].map((c) => `${String(c.seq).padStart(12, '0')}|${c.ClientId}`).sort();
  const r = page(ctx.store, keys, {
    binding: `ListUserPoolClients|${pool.Id}`, token: input.NextToken, field: 'NextToken', limit,
    filter: () => true,
    map: (k) => { const c = pool.clients.get(k.split('|')[1]); return { ClientId: c.ClientId, UserPoolId: pool.Id, ClientName: c.ClientName }; },
  });
  return { UserPoolClients: r.items, ...(r.next ? { NextToken: r.next } : {}) };
}

// ---------- groups ----------
function groupOut(pool, g) {
  const out = { GroupName: g.GroupName, UserPoolId: pool.Id };
  if (g.Description !== undefined) out.Description = g.Description;
  if (g.RoleArn !== undefined) out.RoleArn = g.RoleArn;
  if (g.Precedence !== undefined) out.Precedence = g.Precedence;
  out.LastModifiedDate = g.LastModifiedDate;
  out.CreationDate = g.CreationDate;
  return out;
}
function getGroup(pool, name) {
  const g = pool.groups.get(name);
  if (!g) throw E.resourceNotFound('Group not found.');
  return g;
}

function CreateGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const name = need(input, 'GroupName');
  if (typeof name !== 'string' || name.length > 128 || !/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u.test(name)) {
    throw E.validation('groupName', name, 'Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+');
  }
  if (pool.groups.has(name)) throw E.groupExists();
  const prec = intIn(input, 'Precedence', 0, 2 ** 31 - 1);
  const t = nowSeconds();
  const g = { GroupName: name, Description: input.Description, RoleArn: input.RoleArn, Precedence: prec, CreationDate: t, LastModifiedDate: t, members: [] };
  pool.groups.set(name, g);
  return { Group: groupOut(pool, g) };
}

function GetGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  return { Group: groupOut(pool, getGroup(pool, need(input, 'GroupName'))) };
}

function UpdateGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const g = getGroup(pool, need(input, 'GroupName'));
  if (input.Description !== undefined) g.Description = input.Description;
  if (input.RoleArn !== undefined) g.RoleArn = input.RoleArn;
  if (input.Precedence !== undefined) g.Precedence = intIn(input, 'Precedence', 0, 2 ** 31 - 1);
  g.LastModifiedDate = nowSeconds();
  return { Group: groupOut(pool, g) };
}

function DeleteGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const g = getGroup(pool, need(input, 'GroupName'));
  for (const key of g.members) { const u = pool.users.get(key); if (u) removeGroup(u, g.GroupName); }
  pool.groups.delete(g.GroupName);
  return {};
}

function ListGroups(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const limit = intIn(input, 'Limit', 0, 60, { dflt: 60 }) || 60;
  const keys = [...pool.groups.keys()].sort();
  const r = page(ctx.store, keys, {
    binding: `ListGroups|${pool.Id}`, token: input.NextToken, field: 'NextToken', limit,
    filter: (k) => pool.groups.get(k), map: (k, g) => groupOut(pool, g),
  });
  return { Groups: r.items, ...(r.next ? { NextToken: r.next } : {}) };
}

function AdminAddUserToGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const g = getGroup(pool, need(input, 'GroupName'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  addGroup(u, g.GroupName);
  sortedInsert(g.members, ctx.store.userKey(pool, u.Username));
  return {};
}

function AdminRemoveUserFromGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const g = getGroup(pool, need(input, 'GroupName'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  removeGroup(u, g.GroupName);
  sortedRemove(g.members, ctx.store.userKey(pool, u.Username));
  return {};
}

function ListUsersInGroup(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const g = getGroup(pool, need(input, 'GroupName'));
  const limit = intIn(input, 'Limit', 0, 60, { dflt: 60 }) || 60;
  const r = page(ctx.store, g.members, {
    binding: `ListUsersInGroup|${pool.Id}|${g.GroupName}`, token: input.NextToken, field: 'NextToken', limit,
    filter: (k) => pool.users.get(k), map: (k, u) => userSummary(u),
  });
  return { Users: r.items, ...(r.next ? { NextToken: r.next } : {}) };
}

function AdminListGroupsForUser(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  const limit = intIn(input, 'Limit', 0, 60, { dflt: 60 }) || 60;
  const keys = [...u.groups].sort();
  const r = page(ctx.store, keys, {
    binding: `AdminListGroupsForUser|${pool.Id}|${u.attrs.sub}`, token: input.NextToken, field: 'NextToken', limit,
    filter: (k) => pool.groups.get(k), map: (k, g) => groupOut(pool, g),
  });
  return { Groups: r.items, ...(r.next ? { NextToken: r.next } : {}) };
}

module.exports = {
  ops: {
    CreateUserPool, DescribeUserPool, UpdateUserPool, DeleteUserPool, ListUserPools,
    CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient, DeleteUserPoolClient, ListUserPoolClients,
    CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups, AdminAddUserToGroup, AdminRemoveUserFromGroup,
    ListUsersInGroup, AdminListGroupsForUser,
  },
  page, describePool, isLoopbackHttp, isVerifiedIdentity, VERIFIED_SES_DOMAIN,
};
