'use strict';
// Amazon Cognito Identity (identity pools), JSON 1.1 with X-Amz-Target
// AWSCognitoIdentityService.<Op>, shaped as botocore's model cognito-identity/2014-06-30 and the
// API reference describe it: CreateIdentityPool, DescribeIdentityPool, ListIdentityPools,
// DeleteIdentityPool, SetIdentityPoolRoles, GetIdentityPoolRoles (signed, service
// cognito-identity), GetId and GetCredentialsForIdentity (unsigned).
//
// GetId takes Logins {"cognito-idp.<region>.amazonaws.com/<poolId>": ID token}; the token must be
// one this sim issued (signature, token_use id, exp on the sim's clock, iss naming that pool) for
// an app client the identity pool lists under that provider. GetCredentialsForIdentity hands out
// temporary credentials (ASIA…, a session token, an hour on the sim's clock) for the pool's
// authenticated role (unauthenticated for an identity without logins), and registers them so the
// sim's own SigV4 checks accept them until they expire (verifySigned below): cognito-idp, IAM and
// STS (GetCallerIdentity answers with the assumed role), the identity pools' own admin
// operations and the signed echo at /_echo/ (service execute-api). Roles' policies are not
// evaluated: a registered credential is accepted wherever a configured key would be.
//
// State: store.identity = {pools: {id: pool}, identities: {id: identity}, credentials: {akid: …}},
// plain JSON, so the store's snapshot carries it.
const crypto = require('node:crypto');
const { ApiError, E } = require('./errors');
const sigv4 = require('../lib/sigv4');
const { clock, nowSeconds, randomString } = require('./util');

const TARGET_PREFIX = 'AWSCognitoIdentityService.';
const PUBLIC_OPS = new Set(['GetId', 'GetCredentialsForIdentity']);
const CREDENTIAL_SECONDS = 3600;
const SESSION_NAME = 'CognitoIdentityCredentials';

const POOL_ID = /^[\w-]+:[0-9a-f-]+$/;
const POOL_NAME = /^[\w\s+=,.@-]+$/;
const PROVIDER_NAME = /^[\w._:/-]+$/;
const CLIENT_ID = /^[\w_]+$/;

const notAuthorized = (m) => new ApiError('NotAuthorizedException', m);
const notFound = (m) => new ApiError('ResourceNotFoundException', m);

function state(ctx) {
  const store = ctx.store;
  if (!store.identity) store.identity = { pools: {}, identities: {}, credentials: {} };
  return store.identity;
}

function str(input, name, { pattern, min = 1, max, required = false } = {}) {
  const v = input[name];
  if (v === undefined || v === null) {
    if (required) throw E.validation(name[0].toLowerCase() + name.slice(1), null, 'Member must not be null');
    return undefined;
  }
  if (typeof v !== 'string') throw new ApiError('SerializationException', `${name} must be a string`);
  const field = name[0].toLowerCase() + name.slice(1);
  if (v.length < min) throw E.validation(field, v, `Member must have length greater than or equal to ${min}`);
  if (max && v.length > max) throw E.validation(field, v, `Member must have length less than or equal to ${max}`);
  if (pattern && !pattern.test(v)) throw E.validation(field, v, `Member must satisfy regular expression pattern: ${pattern.source.replace(/^\^|\$$/g, '')}`);
  return v;
}
function bool(input, name, { required = false } = {}) {
  const v = input[name];
  if (v === undefined || v === null) {
    if (required) throw E.validation(name[0].toLowerCase() + name.slice(1), null, 'Member must not be null');
    return undefined;
  }
  if (typeof v !== 'boolean') throw new ApiError('SerializationException', `${name} must be a boolean`);
  return v;
}

function getPool(ctx, id) {
  const pool = state(ctx).pools[id];
  if (!pool) throw notFound(`IdentityPool '${id}' not found.`);
  return pool;
}

function providersOf(input) {
  const list = input.CognitoIdentityProviders;
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) throw new ApiError('SerializationException', 'CognitoIdentityProviders must be a list');
  return list.map((p, i) => {
    if (!p || typeof p !== 'object') throw new ApiError('SerializationException', 'CognitoIdentityProvider must be a structure');
    const at = (n) => `cognitoIdentityProviders.${i + 1}.member.${n}`;
    const name = p.ProviderName;
    const client = p.ClientId;
    if (name !== undefined && (typeof name !== 'string' || !PROVIDER_NAME.test(name) || name.length > 128)) throw E.validation(at('providerName'), name, 'Member must satisfy regular expression pattern: [\\w._:/-]+');
    if (client !== undefined && (typeof client !== 'string' || !CLIENT_ID.test(client) || client.length > 128)) throw E.validation(at('clientId'), client, 'Member must satisfy regular expression pattern: [\\w_]+');
    const out = { ProviderName: name, ClientId: client };
    if (p.ServerSideTokenCheck !== undefined) out.ServerSideTokenCheck = !!p.ServerSideTokenCheck;
    return out;
  });
}

function poolOut(pool) {
  const out = {
    IdentityPoolId: pool.IdentityPoolId,
    IdentityPoolName: pool.IdentityPoolName,
    AllowUnauthenticatedIdentities: pool.AllowUnauthenticatedIdentities,
    AllowClassicFlow: pool.AllowClassicFlow,
  };
  for (const k of ['SupportedLoginProviders', 'DeveloperProviderName', 'OpenIdConnectProviderARNs', 'CognitoIdentityProviders', 'SamlProviderARNs', 'IdentityPoolTags']) {
    if (pool[k] !== undefined) out[k] = pool[k];
  }
  return out;
}

// The user pool a provider name "cognito-idp.<region>.amazonaws.com/<poolId>" names, or null.
function userPoolOfProvider(name) {
  const m = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([\w-]+_[0-9A-Za-z]+)$/.exec(name);
  return m ? m[2] : null;
}

// Checks every login as Cognito Identity does for a user-pool provider; returns the logins'
// subjects as {provider: sub}. Throws NotAuthorizedException with AWS's wording.
function checkLogins(ctx, pool, logins) {
  if (logins === undefined || logins === null) return {};
  if (typeof logins !== 'object' || Array.isArray(logins)) throw new ApiError('SerializationException', 'Logins must be a map');
  const entries = Object.entries(logins);
  if (entries.length > 10) throw E.validation('logins', null, 'Member must have length less than or equal to 10');
  const subjects = {};
  for (const [provider, token] of entries) {
    const configured = (pool.CognitoIdentityProviders || []).filter((p) => p.ProviderName === provider);
    if (!configured.length) throw notAuthorized('Token is not from a supported provider of this identity pool.');
    const userPoolId = userPoolOfProvider(provider);
    let payload;
    try {
      payload = ctx.tokens.verifyJwt(token);
    } catch {
      throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
    }
    if (payload.token_use !== 'id') throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
    const issuerPool = String(payload.iss || '').split('/').pop();
    if (!userPoolId || issuerPool !== userPoolId) throw notAuthorized("Invalid login token. Issuer doesn't match providerName");
    if (!(typeof payload.exp === 'number' && payload.exp > nowSeconds())) throw notAuthorized(`Invalid login token. Token expired: ${payload.exp} >= ${Math.floor(nowSeconds())}`);
    if (!configured.some((p) => p.ClientId === payload.aud)) throw notAuthorized('Invalid login token. Incorrect token audience.');
    subjects[provider] = payload.sub;
  }
  return subjects;
}

const newIdentityId = (region) => `${region}:${crypto.randomUUID()}`;

function pruneCredentials(st) {
  const now = nowSeconds();
  for (const [akid, c] of Object.entries(st.credentials)) if (c.Expiration <= now) delete st.credentials[akid];
}

const ops = {
  CreateIdentityPool(ctx, input) {
    const name = str(input, 'IdentityPoolName', { pattern: POOL_NAME, max: 128, required: true });
    const allowUnauth = bool(input, 'AllowUnauthenticatedIdentities', { required: true });
    const st = state(ctx);
    const id = `${ctx.store.region}:${crypto.randomUUID()}`;
    const pool = {
      IdentityPoolId: id,
      IdentityPoolName: name,
      AllowUnauthenticatedIdentities: allowUnauth,
      AllowClassicFlow: bool(input, 'AllowClassicFlow') ?? false,
      SupportedLoginProviders: input.SupportedLoginProviders || undefined,
      DeveloperProviderName: str(input, 'DeveloperProviderName', { max: 128 }),
      OpenIdConnectProviderARNs: input.OpenIdConnectProviderARNs || undefined,
      CognitoIdentityProviders: providersOf(input),
      SamlProviderARNs: input.SamlProviderARNs || undefined,
      IdentityPoolTags: input.IdentityPoolTags || undefined,
      Roles: {},
      seq: ctx.store.nextSeq(),
    };
    st.pools[id] = pool;
    return poolOut(pool);
  },
  DescribeIdentityPool(ctx, input) {
    return poolOut(getPool(ctx, str(input, 'IdentityPoolId', { pattern: POOL_ID, max: 55, required: true })));
  },
  DeleteIdentityPool(ctx, input) {
    const pool = getPool(ctx, str(input, 'IdentityPoolId', { pattern: POOL_ID, max: 55, required: true }));
    const st = state(ctx);
    delete st.pools[pool.IdentityPoolId];
    for (const [id, identity] of Object.entries(st.identities)) if (identity.IdentityPoolId === pool.IdentityPoolId) delete st.identities[id];
    return {};
  },
  ListIdentityPools(ctx, input) {
    const max = input.MaxResults;
    if (max === undefined || max === null) throw E.validation('maxResults', null, 'Member must not be null');
    if (!Number.isInteger(max) || max < 1 || max > 60) throw E.validation('maxResults', max, 'Member must have value less than or equal to 60');
    const all = Object.values(state(ctx).pools).sort((a, b) => a.seq - b.seq);
    let start = 0;
    const token = str(input, 'NextToken', { max: 65535 });
    if (token !== undefined) {
      start = Number(Buffer.from(token, 'base64').toString());
      if (!Number.isInteger(start) || start < 0 || start > all.length) throw E.invalidParameter('Invalid NextToken');
    }
    const page = all.slice(start, start + max);
    const out = { IdentityPools: page.map((p) => ({ IdentityPoolId: p.IdentityPoolId, IdentityPoolName: p.IdentityPoolName })) };
    if (start + max < all.length) out.NextToken = Buffer.from(String(start + max)).toString('base64');
    return out;
  },
  SetIdentityPoolRoles(ctx, input) {
    const pool = getPool(ctx, str(input, 'IdentityPoolId', { pattern: POOL_ID, max: 55, required: true }));
    const roles = input.Roles;
    if (roles === undefined || roles === null) throw E.validation('roles', null, 'Member must not be null');
    if (typeof roles !== 'object' || Array.isArray(roles)) throw new ApiError('SerializationException', 'Roles must be a map');
    const out = {};
    for (const [k, v] of Object.entries(roles)) {
      if (k !== 'authenticated' && k !== 'unauthenticated') throw E.invalidParameter(`Invalid role type: ${k}. Valid role types are 'authenticated' and 'unauthenticated'`);
      if (typeof v !== 'string' || v.length < 20 || !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(v)) throw E.invalidParameter(`Invalid role ARN: ${v}`);
      out[k] = v;
    }
    if (Object.keys(out).length > 2) throw E.validation('roles', null, 'Member must have length less than or equal to 2');
    pool.Roles = out;
    if (input.RoleMappings !== undefined) pool.RoleMappings = input.RoleMappings;
    return {};
  },
  GetIdentityPoolRoles(ctx, input) {
    const pool = getPool(ctx, str(input, 'IdentityPoolId', { pattern: POOL_ID, max: 55, required: true }));
    const out = { IdentityPoolId: pool.IdentityPoolId, Roles: pool.Roles || {} };
    if (pool.RoleMappings) out.RoleMappings = pool.RoleMappings;
    return out;
  },
  GetId(ctx, input) {
    const pool = getPool(ctx, str(input, 'IdentityPoolId', { pattern: POOL_ID, max: 55, required: true }));
    str(input, 'AccountId', { max: 15 });
    const subjects = checkLogins(ctx, pool, input.Logins);
    const st = state(ctx);
    const providers = Object.keys(subjects);
    if (!providers.length) {
      if (!pool.AllowUnauthenticatedIdentities) throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
      const id = newIdentityId(pool.IdentityPoolId.split(':')[0]);
      st.identities[id] = { IdentityId: id, IdentityPoolId: pool.IdentityPoolId, logins: {}, created: nowSeconds() };
      return { IdentityId: id };
    }
    // The same login (provider and subject) is always the same identity of the pool.
    for (const identity of Object.values(st.identities)) {
      if (identity.IdentityPoolId !== pool.IdentityPoolId) continue;
      if (providers.some((p) => identity.logins[p] === subjects[p])) return { IdentityId: identity.IdentityId };
    }
    const id = newIdentityId(pool.IdentityPoolId.split(':')[0]);
    st.identities[id] = { IdentityId: id, IdentityPoolId: pool.IdentityPoolId, logins: subjects, created: nowSeconds() };
    return { IdentityId: id };
  },
  GetCredentialsForIdentity(ctx, input) {
    const identityId = str(input, 'IdentityId', { pattern: POOL_ID, max: 55, required: true });
    str(input, 'CustomRoleArn', { min: 20, max: 2048 });
    const st = state(ctx);
    const identity = st.identities[identityId];
    if (!identity) throw notFound(`Identity '${identityId}' not found.`);
    const pool = getPool(ctx, identity.IdentityPoolId);
    const subjects = checkLogins(ctx, pool, input.Logins);
    const authenticated = Object.keys(identity.logins).length > 0;
    if (authenticated) {
      const matches = Object.entries(subjects).some(([p, sub]) => identity.logins[p] === sub);
      if (!matches) throw notAuthorized('Logins don\'t match. Please include at least one valid login for this identity or identity pool.');
    } else if (Object.keys(subjects).length) {
      throw notAuthorized('Logins don\'t match. Please include at least one valid login for this identity or identity pool.');
    } else if (!pool.AllowUnauthenticatedIdentities) {
      throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
    }
    const roleArn = (pool.Roles || {})[authenticated ? 'authenticated' : 'unauthenticated'];
    if (!roleArn) throw new ApiError('InvalidIdentityPoolConfigurationException', 'Invalid identity pool configuration. Check assigned IAM roles for this pool.');
    pruneCredentials(st);
    const accessKeyId = `ASIA${randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
    const secret = randomString(40);
    const token = crypto.randomBytes(96).toString('base64');
    const expiration = Math.floor(nowSeconds()) + CREDENTIAL_SECONDS;
    st.credentials[accessKeyId] = { SecretKey: secret, SessionToken: token, Expiration: expiration, IdentityId: identityId, RoleArn: roleArn };
    return { IdentityId: identityId, Credentials: { AccessKeyId: accessKeyId, SecretKey: secret, SessionToken: token, Expiration: expiration } };
  },
};

// sigv4.verify against the configured keys and the registered temporary credentials. A
// temporary credential must come with its session token (X-Amz-Security-Token) and be
// unexpired on the sim's clock. Returns {accessKeyId, region, service, temporary?} or throws
// sigv4.SigV4Error (with type ExpiredTokenException for an expired credential).
function verifySigned(ctx, request, service) {
  let temporary = null;
  const lookupSecret = (akid) => {
    if (ctx.keys.has(akid)) return ctx.keys.get(akid);
    const st = ctx.store.identity;
    const c = st && st.credentials[akid];
    if (!c) return undefined;
    temporary = { accessKeyId: akid, ...c };
    return c.SecretKey;
  };
  const out = sigv4.verify(request, { lookupSecret, service, now: new Date(clock.now()) });
  if (temporary) {
    const given = request.headers['x-amz-security-token'];
    if (given === undefined || String(given) !== temporary.SessionToken) {
      throw new sigv4.SigV4Error('UnrecognizedClientException', 'The security token included in the request is invalid.', 403);
    }
    if (temporary.Expiration <= nowSeconds()) {
      throw new sigv4.SigV4Error('ExpiredTokenException', 'The security token included in the request is expired', 403);
    }
    out.temporary = temporary;
  }
  return out;
}

// The caller as STS GetCallerIdentity names it: an assumed role for a temporary credential.
function assumedRole(temporary) {
  const m = /^arn:(aws[\w-]*):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(temporary.RoleArn);
  const [partition, account, name] = m ? [m[1], m[2], m[3]] : ['aws', '123456789012', 'unknown'];
  const roleId = `AROA${crypto.createHash('sha256').update(temporary.RoleArn).digest('hex').slice(0, 17).toUpperCase()}`;
  return { Arn: `arn:${partition}:sts::${account}:assumed-role/${name}/${SESSION_NAME}`, UserId: `${roleId}:${SESSION_NAME}`, Account: account };
}

// The signed echo: any method on /_echo/<anything>, SigV4-signed for execute-api (as an API
// Gateway API with IAM authorization checks it); answers 200 with what it verified, or 403
// {"message"} with x-amzn-ErrorType as API Gateway does.
async function handleEcho(ctx, req, res, url, readBody) {
  const requestId = crypto.randomUUID();
  const send = (status, obj, type) => {
    const body = Buffer.from(JSON.stringify(obj));
    const headers = { 'Content-Type': 'application/json', 'Content-Length': body.length, 'x-amzn-RequestId': requestId, Date: new Date(clock.now()).toUTCString() };
    if (type) headers['x-amzn-ErrorType'] = type;
    res.writeHead(status, headers);
    res.end(body);
  };
  let body;
  try { body = await readBody(req); } catch { return send(413, { message: 'Request Entity Too Large' }); }
  let verified;
  try {
    verified = verifySigned(ctx, { method: req.method, path: url.pathname, query: url.search, headers: req.headers, body }, 'execute-api');
  } catch (e) {
    if (!(e instanceof sigv4.SigV4Error)) throw e;
    const type = e.type === 'MissingAuthenticationTokenException' ? 'MissingAuthenticationTokenException' : e.type;
    return send(403, { message: e.message }, type);
  }
  const caller = verified.temporary
    ? { ...assumedRole(verified.temporary), IdentityId: verified.temporary.IdentityId }
    : { Account: ctx.store.accountId };
  return send(200, {
    method: req.method, path: url.pathname, query: url.search.replace(/^\?/, ''),
    body: body.toString('utf8'), accessKeyId: verified.accessKeyId, region: verified.region, caller,
  });
}

module.exports = { ops, PUBLIC_OPS, TARGET_PREFIX, verifySigned, assumedRole, handleEcho };
