'use strict';
// AWS Signature Version 4, header-signed requests (and query-signed URLs).
// Written from the AWS General Reference ("Create a signed AWS API request",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html),
// independently of the C++ signer. node:crypto only.
const crypto = require('node:crypto');

const ALGORITHM = 'AWS4-HMAC-SHA256';

function sha256Hex(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}
function hmac(key, data) {
  return crypto.createHmac('sha256', key).update(data).digest();
}

// RFC 3986 unreserved characters stay; everything else is %XX (upper case).
function uriEncode(str, encodeSlash = true) {
  let out = '';
  for (const byte of Buffer.from(String(str), 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c)) out += c;
    else if (c === '/' && !encodeSlash) out += c;
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// RFC 3986 section 5.2.4 "Remove Dot Segments", plus removal of empty segments (consecutive
// slashes), as AWS services and botocore normalise non-S3 paths; a trailing slash survives only
// if the path ended with one.
function removeDotSegments(path) {
  const out = [];
  for (const seg of path.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') { out.pop(); continue; }
    out.push(seg);
  }
  return (path.startsWith('/') ? '/' : '') + out.join('/') + (path.endsWith('/') && out.length ? '/' : '');
}

// Non-S3 services: the path as sent (already percent-encoded once) is normalised and encoded
// again, so each segment ends up encoded twice, as the SigV4 documentation describes and
// botocore implements. S3 (pre-signed uploads): encoded once, not normalised.
function canonicalUri(path, { s3 = false } = {}) {
  if (!path) return '/';
  if (!s3) return uriEncode(removeDotSegments(path), false);
  const out = path.split('/').map((seg) => {
    let decoded;
    try { decoded = decodeURIComponent(seg); } catch { decoded = seg; }
    return uriEncode(decoded);
  }).join('/');
  return out.startsWith('/') ? out : '/' + out;
}

// query: a string "a=b&c=d" (already encoded) or an object / array of [k,v].
function canonicalQuery(query, { exclude = [] } = {}) {
  let pairs = [];
  if (typeof query === 'string') {
    if (query.startsWith('?')) query = query.slice(1);
    for (const part of query.split('&')) {
      if (!part) continue;
      const i = part.indexOf('=');
      const k = i < 0 ? part : part.slice(0, i);
      const v = i < 0 ? '' : part.slice(i + 1);
      const dec = (s) => { try { return decodeURIComponent(s.replace(/\+/g, '%20')); } catch { return s; } };
      pairs.push([dec(k), dec(v)]);
    }
  } else if (Array.isArray(query)) {
    pairs = query.map(([k, v]) => [String(k), String(v)]);
  } else if (query) {
    pairs = Object.entries(query).map(([k, v]) => [k, String(v)]);
  }
  pairs = pairs.filter(([k]) => !exclude.includes(k))
    .map(([k, v]) => [uriEncode(k), uriEncode(v)]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function normaliseHeaderValue(v) {
  return String(Array.isArray(v) ? v.join(',') : v).trim().replace(/\s+/g, ' ');
}

// headers: object, any case. signedHeaders: list of lower-case names.
function canonicalHeaders(headers, signedHeaders) {
  const lower = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    lower[k.toLowerCase()] = normaliseHeaderValue(v);
  }
  return signedHeaders.map((h) => `${h}:${lower[h] === undefined ? '' : lower[h]}\n`).join('');
}

function signingKey(secretAccessKey, date, region, service) {
  const kDate = hmac('AWS4' + secretAccessKey, date);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

function amzDate(d) {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseAmzDate(s) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s || '');
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

function stringToSign(datetime, scope, canonicalRequest) {
  return [ALGORITHM, datetime, scope, sha256Hex(canonicalRequest)].join('\n');
}

function buildCanonicalRequest({ method, path, query, headers, signedHeaders, payloadHash, s3 }) {
  return [
    method.toUpperCase(),
    canonicalUri(path, { s3 }),
    canonicalQuery(query, {}),
    canonicalHeaders(headers, signedHeaders),
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

/**
 * Sign a request with an Authorization header.
 * opts: {method, url | (host, path, query), headers, body, region, service,
 *        accessKeyId, secretAccessKey, sessionToken?, date? (Date)}
 * Returns a new headers object including host, x-amz-date,
 * (x-amz-security-token) and authorization.
 */
function sign(opts) {
  const date = opts.date || new Date();
  let host = opts.host, path = opts.path || '/', query = opts.query || '';
  if (opts.url) {
    const u = new URL(opts.url);
    host = u.host; path = u.pathname; query = u.search;
  }
  const headers = { ...(opts.headers || {}) };
  const has = (name) => Object.keys(headers).some((k) => k.toLowerCase() === name);
  if (!has('host')) headers.host = host;
  const datetime = amzDate(date);
  headers['x-amz-date'] = datetime;
  if (opts.sessionToken) headers['x-amz-security-token'] = opts.sessionToken;
  const body = opts.body === undefined ? '' : opts.body;
  const payloadHash = opts.payloadHash || sha256Hex(body);
  const signedHeaders = [...new Set(Object.keys(headers).map((k) => k.toLowerCase()))]
    .filter((h) => h !== 'authorization' && h !== 'content-length' && h !== 'user-agent')
    .sort();
  const creq = buildCanonicalRequest({ method: opts.method || 'POST', path, query, headers, signedHeaders, payloadHash, s3: opts.service === 's3' });
  const scope = `${datetime.slice(0, 8)}/${opts.region}/${opts.service}/aws4_request`;
  const sts = stringToSign(datetime, scope, creq);
  const signature = hmac(signingKey(opts.secretAccessKey, datetime.slice(0, 8), opts.region, opts.service), sts).toString('hex');
  headers.authorization = `${ALGORITHM} Credential=${opts.accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  return headers;
}

/**
 * Pre-sign a URL (query-string authentication, S3 style, UNSIGNED-PAYLOAD).
 * opts: {method, url, region, service, accessKeyId, secretAccessKey, expiresSeconds,
 *        date?, signedHeaders? {name: value} that the caller must then send}
 */
function presign(opts) {
  const date = opts.date || new Date();
  const u = new URL(opts.url);
  const datetime = amzDate(date);
  const scope = `${datetime.slice(0, 8)}/${opts.region}/${opts.service}/aws4_request`;
  const headers = { host: u.host, ...(opts.signedHeaders || {}) };
  const signedHeaders = Object.keys(headers).map((k) => k.toLowerCase()).sort();
  const params = [...u.searchParams.entries()];
  params.push(['X-Amz-Algorithm', ALGORITHM], ['X-Amz-Credential', `${opts.accessKeyId}/${scope}`],
    ['X-Amz-Date', datetime], ['X-Amz-Expires', String(opts.expiresSeconds || 900)],
    ['X-Amz-SignedHeaders', signedHeaders.join(';')]);
  const creq = buildCanonicalRequest({ method: opts.method || 'PUT', path: u.pathname, query: params, headers, signedHeaders, payloadHash: 'UNSIGNED-PAYLOAD', s3: true });
  const signature = hmac(signingKey(opts.secretAccessKey, datetime.slice(0, 8), opts.region, opts.service), stringToSign(datetime, scope, creq)).toString('hex');
  params.push(['X-Amz-Signature', signature]);
  u.search = params.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join('&');
  return u.toString();
}

class SigV4Error extends Error {
  constructor(type, message, status = 400) { super(message); this.type = type; this.status = status; }
}

const SKEW_MS = 5 * 60 * 1000;

/**
 * Verify a header-signed request as AWS does.
 * req: {method, path, query (raw string), headers (lower-case keys, node style), body (Buffer|string)}
 * opts: {lookupSecret(akid) -> secret|undefined, service, region?, now? (Date)}
 * Returns {accessKeyId} or throws SigV4Error with AWS's error type and message.
 */
function verify(req, opts) {
  const headers = req.headers || {};
  const auth = headers.authorization;
  const now = opts.now || new Date();
  if (!auth) {
    throw new SigV4Error('MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  const m = /^AWS4-HMAC-SHA256\s+(.*)$/.exec(String(auth));
  if (!m) throw new SigV4Error('IncompleteSignatureException', `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${auth}`);
  const parts = {};
  for (const p of m[1].split(',')) {
    const i = p.indexOf('=');
    if (i > 0) parts[p.slice(0, i).trim()] = p.slice(i + 1).trim();
  }
  for (const need of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!parts[need]) throw new SigV4Error('IncompleteSignatureException', `Authorization header requires '${need}' parameter. Authorization=${auth}`);
  }
  const cred = parts.Credential.split('/');
  if (cred.length !== 5 || cred[4] !== 'aws4_request') {
    throw new SigV4Error('IncompleteSignatureException', `Credential should be scoped to a valid region. `);
  }
  const [akid, credDate, region, service] = cred;
  const datetime = headers['x-amz-date'] || '';
  let when = parseAmzDate(datetime);
  if (!when && headers.date) { const d = new Date(headers.date); if (!isNaN(d)) when = d; }
  if (!when) throw new SigV4Error('IncompleteSignatureException', `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${auth}`);
  const secret = opts.lookupSecret(akid);
  if (secret === undefined) throw new SigV4Error('UnrecognizedClientException', 'The security token included in the request is invalid.');
  if (opts.service && service !== opts.service) {
    throw new SigV4Error('InvalidSignatureException', `Credential should be scoped to correct service: '${opts.service}'. `);
  }
  const dt = datetime || amzDate(when);
  if (credDate !== dt.slice(0, 8)) {
    throw new SigV4Error('InvalidSignatureException', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${credDate}' != '${dt.slice(0, 8)}', from '${dt}'.`);
  }
  if (now - when > SKEW_MS) {
    throw new SigV4Error('InvalidSignatureException', `Signature expired: ${dt} is now earlier than ${amzDate(new Date(now - SKEW_MS))} (${amzDate(now)} - 5 min.)`);
  }
  if (when - now > SKEW_MS) {
    throw new SigV4Error('InvalidSignatureException', `Signature not yet current: ${dt} is still later than ${amzDate(new Date(+now + SKEW_MS))} (${amzDate(now)} + 5 min.)`);
  }
  const signedHeaders = parts.SignedHeaders.split(';');
  if (!signedHeaders.includes('host')) {
    throw new SigV4Error('InvalidSignatureException', "'Host' must be a 'SignedHeader' in the AWS Authorization.");
  }
  // The payload hash is always computed from the body received; a client's
  // x-amz-content-sha256 is only compared with it, never trusted in its place (else a captured
  // request could be replayed with another body under the same signature).
  const payloadHash = sha256Hex(req.body === undefined ? '' : req.body);
  const claimed = headers['x-amz-content-sha256'];
  if (claimed !== undefined && normaliseHeaderValue(claimed) !== payloadHash) {
    throw new SigV4Error('InvalidSignatureException', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }
  const creq = buildCanonicalRequest({ method: req.method, path: req.path, query: req.query || '', headers, signedHeaders, payloadHash });
  const scope = `${credDate}/${region}/${service}/aws4_request`;
  const sts = stringToSign(dt, scope, creq);
  const expected = hmac(signingKey(secret, credDate, region, service), sts).toString('hex');
  const given = String(parts.Signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    throw new SigV4Error('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
  }
  return { accessKeyId: akid, region, service };
}

/**
 * Verify a pre-signed (query-authenticated) URL, S3 style.
 * Returns {accessKeyId, signedHeaders} or throws SigV4Error (status 403).
 */
function verifyPresigned(req, opts) {
  const now = opts.now || new Date();
  const q = new URLSearchParams(req.query || '');
  const fail = (msg) => { throw new SigV4Error('AccessDenied', msg, 403); };
  if (q.get('X-Amz-Algorithm') !== ALGORITHM) fail('Query-string authentication requires the X-Amz-Algorithm parameter.');
  const cred = (q.get('X-Amz-Credential') || '').split('/');
  if (cred.length !== 5) fail('Error parsing the X-Amz-Credential parameter.');
  const [akid, credDate, region, service] = cred;
  const secret = opts.lookupSecret(akid);
  if (secret === undefined) fail('The AWS Access Key Id you provided does not exist in our records.');
  const dt = q.get('X-Amz-Date') || '';
  const when = parseAmzDate(dt);
  const expires = Number(q.get('X-Amz-Expires'));
  if (!when || !Number.isFinite(expires)) fail('X-Amz-Date and X-Amz-Expires are required.');
  if (+now > +when + expires * 1000) fail('Request has expired');
  const signedHeaders = (q.get('X-Amz-SignedHeaders') || '').split(';');
  const given = q.get('X-Amz-Signature') || '';
  const creq = buildCanonicalRequest({ method: req.method, path: req.path, query: [...q.entries()].filter(([k]) => k !== 'X-Amz-Signature'), headers: req.headers, signedHeaders, payloadHash: 'UNSIGNED-PAYLOAD', s3: true });
  const expected = hmac(signingKey(secret, credDate, region, service), stringToSign(dt, `${credDate}/${region}/${service}/aws4_request`, creq)).toString('hex');
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    fail('The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  }
  return { accessKeyId: akid, signedHeaders };
}

module.exports = { sign, verify, presign, verifyPresigned, SigV4Error, amzDate, parseAmzDate, uriEncode, canonicalQuery, canonicalUri, sha256Hex };
