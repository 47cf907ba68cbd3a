'use strict';
// Minimal IAM and STS for the CSV import job's role, in the AWS Query protocol: a form-encoded
// POST / of Action=<Op>&Version=<api version>&..., SigV4-signed for service iam or sts, answered
// with XML shaped as the services shape it (IAM API reference "Common parameters", "Common
// errors"; the per-operation response syntax). Errors:
//   <ErrorResponse xmlns="…"><Error><Type>Sender</Type><Code/><Message/></Error><RequestId/></ErrorResponse>
// IAM: CreateRole, GetRole, DeleteRole, CreatePolicy, GetPolicy, DeletePolicy, AttachRolePolicy,
// DetachRolePolicy, ListAttachedRolePolicies. STS: GetCallerIdentity (for an identity pool's
// temporary credential: its assumed role, as AWS answers).
// State: store.iam = {accounts: {ACCOUNT: {roles: {name: role}, policies: {arn: policy}}}},
// plain JSON, so the store's snapshot carries it.
const crypto = require('node:crypto');
const sigv4 = require('../lib/sigv4');
const { clock } = require('./util');
const identity = require('./identity');

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const IAM_VERSION = '2010-05-08';
const STS_VERSION = '2011-06-15';
const STS_ACTIONS = new Set(['GetCallerIdentity']);
const MAX_BODY = 1024 * 1024;

class QueryError extends Error {
  constructor(code, message, status = 400, type = 'Sender') {
    super(message);
    this.code = code;
    this.status = status;
    this.type = type;
  }
}
const Q = {
  noSuchEntity: (m) => new QueryError('NoSuchEntity', m, 404),
  exists: (m) => new QueryError('EntityAlreadyExists', m, 409),
  malformed: (m) => new QueryError('MalformedPolicyDocument', m, 400),
  validation: (m) => new QueryError('ValidationError', m, 400),
  deleteConflict: (m) => new QueryError('DeleteConflict', m, 409),
};

// SigV4 failures as the Query services word them (codes differ from the JSON services').
const SIGV4_CODES = {
  MissingAuthenticationTokenException: ['MissingAuthenticationToken', 403, 'Request is missing Authentication Token'],
  UnrecognizedClientException: ['InvalidClientTokenId', 403, 'The security token included in the request is invalid.'],
  InvalidSignatureException: ['SignatureDoesNotMatch', 403, null],
  IncompleteSignatureException: ['IncompleteSignature', 400, null],
  ExpiredTokenException: ['ExpiredToken', 403, null],
};

// The account of an access key: the store's account (123456789012) for the first configured
// key (the demo key by default); for any other key, 12 digits derived from its SHA-256, so the
// same key always lands in the same account.
function accountOf(ctx, accessKeyId) {
  const first = ctx.keys.keys().next().value;
  if (accessKeyId === first) return ctx.store.accountId;
  const digits = BigInt(`0x${crypto.createHash('sha256').update(accessKeyId).digest('hex').slice(0, 15)}`).toString().padStart(12, '0');
  return digits.slice(-12);
}

function state(ctx, account) {
  const store = ctx.store;
  if (!store.iam) store.iam = { accounts: {} };
  if (!store.iam.accounts[account]) store.iam.accounts[account] = { roles: {}, policies: {} };
  return store.iam.accounts[account];
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
// {a: 1, b: {c: 2}, d: [x, y]} -> <a>1</a><b><c>2</c></b><d><member>x</member>…</d>; undefined skipped.
function xml(value) {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => `<member>${xml(v)}</member>`).join('');
  if (typeof value === 'object') {
    return Object.entries(value).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => `<${k}>${xml(v)}</${k}>`).join('');
  }
  return esc(value);
}
function respond(res, ns, action, result, requestId) {
  const inner = result === undefined ? '' : `<${action}Result>${xml(result)}</${action}Result>`;
  const body = `<${action}Response xmlns="${ns}">${inner}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>\n`;
  send(res, 200, body, requestId);
}
function sendError(res, ns, e, requestId) {
  const body = `<ErrorResponse xmlns="${ns}"><Error><Type>${e.type}</Type><Code>${esc(e.code)}</Code><Message>${esc(e.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>\n`;
  send(res, e.status, body, requestId);
}
function send(res, status, body, requestId) {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Type': 'text/xml', 'Content-Length': buf.length, 'x-amzn-RequestId': requestId, Date: new Date(clock.now()).toUTCString() });
  res.end(buf);
}

const isoNow = () => new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
const uniqueId = (prefix) => prefix + crypto.randomBytes(16).toString('base64').replace(/[^A-Z0-9]/gi, '').toUpperCase().slice(0, 17).padEnd(17, 'Q');

function requireParam(params, name, pattern, max, min = 1) {
  const v = params.get(name);
  if (v === null) throw Q.validation(`1 validation error detected: Value null at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`);
  if (v.length < min || v.length > max) throw Q.validation(`1 validation error detected: Value '${v}' at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must have length less than or equal to ${max}`);
  if (pattern && !pattern.test(v)) throw Q.validation(`1 validation error detected: Value '${v}' at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source.replace(/^\^|\$$/g, '')}`);
  return v;
}
const NAME = /^[\w+=,.@-]+$/;

// A policy document as IAM checks it before storing (the subset that matters here).
function checkPolicy(text, { trust }) {
  let doc;
  try { doc = JSON.parse(text); } catch { throw Q.malformed('This policy contains invalid Json'); }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw Q.malformed('This policy contains invalid Json');
  if (doc.Version !== undefined && !['2012-10-17', '2008-10-17'].includes(doc.Version)) throw Q.malformed('The policy failed legacy parsing');
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  if (!statements.length) throw Q.malformed('Syntax errors in policy.');
  for (const s of statements) {
    if (!s || typeof s !== 'object' || !['Allow', 'Deny'].includes(s.Effect)) throw Q.malformed('Syntax errors in policy.');
    if (!s.Action && !s.NotAction) throw Q.malformed('Policy statement must contain actions.');
    if (trust) {
      if (!s.Principal && !s.NotPrincipal) throw Q.malformed('AssumeRolePolicy policy must contain principal.');
      if (s.Resource || s.NotResource) throw Q.malformed('Has prohibited field Resource');
    } else {
      if (s.Principal || s.NotPrincipal) throw Q.malformed('Policy document should not specify a principal.');
      if (!s.Resource && !s.NotResource) throw Q.malformed('Policy statement must contain resources.');
    }
  }
  return text;
}

function roleXml(role, { withLastUsed = false } = {}) {
  return {
    Path: role.Path,
    // GetRole/CreateRole send the trust policy URL-encoded (RFC 3986), as AWS does.
    AssumeRolePolicyDocument: encodeURIComponent(role.AssumeRolePolicyDocument),
    MaxSessionDuration: role.MaxSessionDuration,
    RoleId: role.RoleId,
    RoleLastUsed: withLastUsed ? {} : undefined,
    RoleName: role.RoleName,
    Description: role.Description,
    Arn: role.Arn,
    CreateDate: role.CreateDate,
  };
}
function policyXml(p) {
  return {
    PermissionsBoundaryUsageCount: 0, PolicyName: p.PolicyName, Description: p.Description, DefaultVersionId: 'v1',
    Path: p.Path, Arn: p.Arn, AttachmentCount: p.AttachmentCount, PolicyId: p.PolicyId, IsAttachable: 'true',
    CreateDate: p.CreateDate, UpdateDate: p.UpdateDate,
  };
}

function getRoleOrThrow(acct, name) {
  const role = acct.roles[name];
  if (!role) throw Q.noSuchEntity(`The role with name ${name} cannot be found.`);
  return role;
}

const IAM_OPS = {
  CreateRole(acct, p, account) {
    const name = requireParam(p, 'RoleName', NAME, 64);
    const path = p.get('Path') || '/';
    const doc = checkPolicy(requireParam(p, 'AssumeRolePolicyDocument', null, 131072), { trust: true });
    if (acct.roles[name]) throw Q.exists(`Role with name ${name} already exists.`);
    const role = {
      Path: path, RoleName: name, RoleId: uniqueId('AROA'), Arn: `arn:aws:iam::${account}:role${path}${name}`,
      CreateDate: isoNow(), AssumeRolePolicyDocument: doc, Description: p.get('Description') || undefined,
      MaxSessionDuration: Number(p.get('MaxSessionDuration') || 3600), AttachedPolicies: [],
    };
    acct.roles[name] = role;
    return { Role: roleXml(role) };
  },
  GetRole(acct, p) {
    return { Role: roleXml(getRoleOrThrow(acct, requireParam(p, 'RoleName', NAME, 64)), { withLastUsed: true }) };
  },
  DeleteRole(acct, p) {
    const role = getRoleOrThrow(acct, requireParam(p, 'RoleName', NAME, 64));
    if (role.AttachedPolicies.length) throw Q.deleteConflict('Cannot delete entity, must detach all policies first.');
    delete acct.roles[role.RoleName];
    return undefined;
  },
  CreatePolicy(acct, p, account) {
    const name = requireParam(p, 'PolicyName', NAME, 128);
    const path = p.get('Path') || '/';
    const doc = checkPolicy(requireParam(p, 'PolicyDocument', null, 131072), { trust: false });
    const arn = `arn:aws:iam::${account}:policy${path}${name}`;
    if (acct.policies[arn]) throw Q.exists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
    const now = isoNow();
    const policy = {
      PolicyName: name, PolicyId: uniqueId('ANPA'), Arn: arn, Path: path, Description: p.get('Description') || undefined,
      Document: doc, AttachmentCount: 0, CreateDate: now, UpdateDate: now,
    };
    acct.policies[arn] = policy;
    return { Policy: { ...policyXml(policy), Description: undefined } };
  },
  GetPolicy(acct, p) {
    const arn = requireParam(p, 'PolicyArn', null, 2048, 20);
    const policy = acct.policies[arn];
    if (!policy) throw Q.noSuchEntity(`Policy ${arn} was not found.`);
    return { Policy: policyXml(policy) };
  },
  DeletePolicy(acct, p) {
    const arn = requireParam(p, 'PolicyArn', null, 2048, 20);
    const policy = acct.policies[arn];
    if (!policy) throw Q.noSuchEntity(`Policy ${arn} was not found.`);
    // AWS refuses while any role (user, group) still has it attached; detach first.
    if (policy.AttachmentCount > 0) throw Q.deleteConflict('Cannot delete a policy attached to entities.');
    delete acct.policies[arn];
    return undefined;
  },
  AttachRolePolicy(acct, p) {
    const role = getRoleOrThrow(acct, requireParam(p, 'RoleName', NAME, 64));
    const arn = requireParam(p, 'PolicyArn', null, 2048, 20);
    const policy = acct.policies[arn];
    if (!policy) throw Q.noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
    if (!role.AttachedPolicies.includes(arn)) { role.AttachedPolicies.push(arn); policy.AttachmentCount += 1; }
    return undefined;
  },
  DetachRolePolicy(acct, p) {
    const role = getRoleOrThrow(acct, requireParam(p, 'RoleName', NAME, 64));
    const arn = requireParam(p, 'PolicyArn', null, 2048, 20);
    const i = role.AttachedPolicies.indexOf(arn);
    if (i < 0) throw Q.noSuchEntity(`Policy ${arn} was not found.`);
    role.AttachedPolicies.splice(i, 1);
    if (acct.policies[arn]) acct.policies[arn].AttachmentCount -= 1;
    return undefined;
  },
  ListAttachedRolePolicies(acct, p) {
    const role = getRoleOrThrow(acct, requireParam(p, 'RoleName', NAME, 64));
    const max = Math.max(1, Math.min(1000, Number(p.get('MaxItems') || 100)));
    const start = p.get('Marker') ? Number(Buffer.from(p.get('Marker'), 'base64').toString()) : 0;
    if (!Number.isInteger(start) || start < 0) throw Q.validation('Invalid Marker.');
    const all = role.AttachedPolicies.map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }));
    const page = all.slice(start, start + max);
    const truncated = start + max < all.length;
    return { AttachedPolicies: page, IsTruncated: String(truncated), Marker: truncated ? Buffer.from(String(start + max)).toString('base64') : undefined };
  },
};

const STS_OPS = {
  GetCallerIdentity(acct, p, account, accessKeyId, temporary) {
    if (temporary) return identity.assumedRole(temporary);
    return { Arn: `arn:aws:iam::${account}:user/cognito-sim`, UserId: `AIDA${crypto.createHash('sha256').update(accessKeyId).digest('hex').slice(0, 17).toUpperCase()}`, Account: account };
  },
};

function isQueryRequest(req) {
  const ctype = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  return req.method === 'POST' && ctype === 'application/x-www-form-urlencoded';
}

async function handle(ctx, req, res, url, readBody) {
  const requestId = crypto.randomUUID();
  let body;
  try { body = await readBody(req, MAX_BODY); } catch {
    return sendError(res, IAM_NS, new QueryError('RequestEntityTooLarge', 'Request body too large.', 413), requestId);
  }
  const params = new URLSearchParams(body.toString('utf8'));
  const action = params.get('Action') || '';
  const sts = STS_ACTIONS.has(action);
  const ns = sts ? STS_NS : IAM_NS;
  const ops = sts ? STS_OPS : IAM_OPS;
  if (ctx.verbose) ctx.log(`${new Date().toISOString()} ${sts ? 'sts' : 'iam'}:${action || '(no action)'}`);
  let accessKeyId, temporary;
  try {
    ({ accessKeyId, temporary } = identity.verifySigned(ctx, { method: req.method, path: url.pathname, query: url.search, headers: req.headers, body },
      sts ? 'sts' : 'iam'));
  } catch (e) {
    if (!(e instanceof sigv4.SigV4Error)) throw e;
    const [code, status, message] = SIGV4_CODES[e.type] || [e.type, e.status || 403, null];
    return sendError(res, ns, new QueryError(code, message || e.message, status), requestId);
  }
  if (!Object.prototype.hasOwnProperty.call(ops, action)) {
    return sendError(res, ns, new QueryError('InvalidAction', `Could not find operation ${action} for version ${params.get('Version') || 'NO_VERSION_SPECIFIED'}`), requestId);
  }
  const version = sts ? STS_VERSION : IAM_VERSION;
  if (params.get('Version') !== version) {
    return sendError(res, ns, new QueryError('InvalidAction', `Could not find operation ${action} for version ${params.get('Version') || 'NO_VERSION_SPECIFIED'}`), requestId);
  }
  // A temporary credential of an identity pool acts in the sim's account, as its role.
  const account = temporary ? identity.assumedRole(temporary).Account : accountOf(ctx, accessKeyId);
  let result;
  try {
    result = ops[action](state(ctx, account), params, account, accessKeyId, temporary);
  } catch (e) {
    if (e instanceof QueryError) return sendError(res, ns, e, requestId);
    throw e;
  }
  return respond(res, ns, action, result, requestId);
}

module.exports = { handle, isQueryRequest, accountOf };
