'use strict';
// cognito-sim HTTP server: the Cognito JSON-1.1 API on POST / (user pools, and identity pools by
// their X-Amz-Target prefix: identity.js), IAM and STS in the Query protocol on form-encoded
// POST / (iam.js), JWKS and OIDC discovery, hosted UI (hostedui.js), import-job uploads
// (imports.js), the signed echo /_echo/ (identity.js) and the /_sim control endpoint.
const http = require('node:http');
const crypto = require('node:crypto');
const { ApiError, E } = require('./errors');
const { Store } = require('./store');
const { Tokens } = require('./tokens');
const { Knobs } = require('./knobs');
const sigv4 = require('../lib/sigv4');
const { clock } = require('./util');

const OPS = {
  ...require('./ops/pools').ops,
  ...require('./ops/users').ops,
  ...require('./ops/auth').ops,
  ...require('./mfa').ops,
  ...require('./imports').ops,
  ...require('./ops/domains').ops,
  ...require('./ops/devices').ops,
  ...require('./authevents').ops,
};
const { PUBLIC_OPS } = require('../lib/client');
const hostedui = require('./hostedui');
const imports = require('./imports');
const control = require('./control');
const iam = require('./iam');
const identity = require('./identity');

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const ERROR_NS = 'http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/';
const MAX_BODY = 1024 * 1024;

function createSim(opts = {}) {
  const store = opts.store || new Store({ region: opts.region || 'us-east-1' });
  if (opts.fixedCode) store.fixedCode = opts.fixedCode;
  const knobs = new Knobs();
  const keys = new Map((opts.keys || []).map(([a, s]) => [a, s]));
  const ctx = {
    store, knobs, keys, opts,
    tokens: null,
    baseUrl: null,
    log: opts.quiet ? () => {} : (m) => process.stdout.write(`${m}\n`),
    verbose: !!opts.verbose,
    ops: OPS,
  };
  // In-process call used by seeding: same handlers, no HTTP, no signature.
  ctx.call = async (op, input) => {
    const fn = OPS[op];
    if (!fn) throw new ApiError('UnknownOperationException', `Unknown operation ${op}`);
    return JSON.parse(JSON.stringify(fn(ctx, JSON.parse(JSON.stringify(input))) || {}));
  };

  const server = http.createServer((req, res) => {
    handle(ctx, req, res).catch((e) => {
      ctx.log(`internal error: ${e.stack || e}`);
      if (!res.headersSent) sendError(res, crypto.randomUUID(), E.internal());
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65000;
  server.headersTimeout = 66000;
  server.requestTimeout = 0;
  ctx.server = server;
  return {
    ctx, server,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const a = server.address();
          const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
          ctx.baseUrl = `http://${h}:${a.port}`;
          ctx.tokens = new Tokens(store, ctx.baseUrl);
          resolve(ctx.baseUrl);
        });
      });
    },
  };
}

function readBody(req, limit = MAX_BODY) {
  return new Promise((resolve, reject) => {
    const chunks = []; let size = 0;
    req.on('data', (c) => { size += c.length; if (size > limit) { reject(Object.assign(new Error('too large'), { tooLarge: true })); req.destroy(); } else chunks.push(c); });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res, status, obj, headers = {}) {
  const body = Buffer.from(JSON.stringify(obj));
  res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': body.length, Date: new Date(clock.now()).toUTCString(), ...headers });
  res.end(body);
}
function sendError(res, requestId, e) {
  sendJson(res, e.status || 400, { __type: e.type, message: e.message }, {
    'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': `${e.type}:${ERROR_NS}`,
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function handle(ctx, req, res) {
  const url = new URL(req.url, 'http://sim.invalid');
  const path = url.pathname;
  if (path === '/' && iam.isQueryRequest(req)) return iam.handle(ctx, req, res, url, readBody);
  if (req.method === 'POST' && path === '/') return api(ctx, req, res, url);
  if (path === '/health' && req.method === 'GET') return sendJson(res, 200, { ok: true });
  if (path.startsWith('/_sim/')) return control.handle(ctx, req, res, url);
  if (path.startsWith('/_import/')) return imports.handleUpload(ctx, req, res, url);
  if (path === '/_echo' || path.startsWith('/_echo/')) return identity.handleEcho(ctx, req, res, url, readBody);
  const wk = /^\/([\w-]+_[A-Za-z0-9]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(path);
  if (wk && req.method === 'GET') {
    const pool = ctx.store.pools.get(wk[1]);
    if (!pool) return sendJson(res, 404, { message: `User pool ${wk[1]} does not exist.` }, { 'Content-Type': 'application/json' });
    return sendJson(res, 200, wk[2] === 'jwks.json' ? ctx.tokens.jwks() : hostedui.discovery(ctx, pool), { 'Content-Type': 'application/json' });
  }
  if (await hostedui.handle(ctx, req, res, url)) return;
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found\n');
}

async function api(ctx, req, res, url) {
  const requestId = crypto.randomUUID();
  let body;
  try { body = await readBody(req); } catch (e) {
    return sendError(res, requestId, new ApiError('SerializationException', 'Request body too large.', 413));
  }
  const target = String(req.headers['x-amz-target'] || '');
  // The service by the target's prefix: user pools (cognito-idp) or identity pools.
  const service = target.startsWith(identity.TARGET_PREFIX)
    ? { prefix: identity.TARGET_PREFIX, ops: identity.ops, publicOps: identity.PUBLIC_OPS, signingName: 'cognito-identity' }
    : { prefix: TARGET_PREFIX, ops: OPS, publicOps: PUBLIC_OPS, signingName: 'cognito-idp' };
  const op = target.startsWith(service.prefix) ? target.slice(service.prefix.length) : '';
  const fn = Object.prototype.hasOwnProperty.call(service.ops, op) ? service.ops[op] : null;
  const ctype = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  if (ctx.verbose) ctx.log(`${new Date().toISOString()} ${op || target || '(no target)'}`);
  if (!fn) return sendError(res, requestId, new ApiError('UnknownOperationException', ''));
  if (ctype !== 'application/x-amz-json-1.1' && ctype !== 'application/json') {
    return sendError(res, requestId, new ApiError('UnknownOperationException', ''));
  }
  // Signed operations: verify SigV4 against the configured key pairs and the identity pools'
  // temporary credentials.
  if (!service.publicOps.has(op)) {
    try {
      identity.verifySigned(ctx, { method: req.method, path: url.pathname, query: url.search, headers: req.headers, body }, service.signingName);
    } catch (e) {
      if (e instanceof sigv4.SigV4Error) return sendError(res, requestId, new ApiError(e.type, e.message, e.status));
      throw e;
    }
  }
  let input;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
    if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('not an object');
  } catch {
    return sendError(res, requestId, new ApiError('SerializationException', 'Start of structure or map found where not expected.'));
  }
  const knobs = ctx.knobs;
  if (!knobs.admit(op, input)) return sendError(res, requestId, E.tooManyRequests());
  const delay = knobs.delayMs();
  if (delay) await sleep(delay);
  const fault = knobs.pickFault(op);
  if (fault === 'throttle') return sendError(res, requestId, E.tooManyRequests());
  if (fault === '5xx') return sendError(res, requestId, E.internal());
  if (fault === 'hang') {
    // Never answer; drop the connection after hangMs (past any sane client timeout).
    setTimeout(() => req.socket.destroy(), knobs.hangMs).unref();
    return;
  }
  let out;
  try {
    out = fn(ctx, input, req);
  } catch (e) {
    if (e instanceof ApiError) return sendError(res, requestId, e);
    throw e;
  }
  if (fault === 'commitThenFail') return sendError(res, requestId, E.internal());
  if (fault === 'commitThenHang') {
    // The write happened; the answer never comes (the client's timeout), as 'hang'.
    setTimeout(() => req.socket.destroy(), knobs.hangMs).unref();
    return;
  }
  if (fault === 'reset') {
    // The write happened; the reply is cut half-way and the connection reset.
    const payload = Buffer.from(JSON.stringify(out || {}));
    res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': payload.length, 'x-amzn-RequestId': requestId });
    res.write(payload.subarray(0, Math.floor(payload.length / 2)));
    setImmediate(() => req.socket.resetAndDestroy ? req.socket.resetAndDestroy() : req.socket.destroy());
    return;
  }
  sendJson(res, 200, out || {}, { 'x-amzn-RequestId': requestId });
}

module.exports = { createSim, OPS };
