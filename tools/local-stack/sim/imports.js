'use strict';
// GetCSVHeader and user import jobs (developer guide "Importing users into user pools from a
// CSV file"; API reference CreateUserImportJob / StartUserImportJob / DescribeUserImportJob /
// ListUserImportJobs / StopUserImportJob). The pre-signed upload URL is served by the sim at
// /_import/{poolId}/{jobId}, signed S3-style (query SigV4, UNSIGNED-PAYLOAD) with
// x-amz-server-side-encryption among the signed headers: the PUT must carry exactly
// "x-amz-server-side-encryption: aws:kms" and no other x-amz-* header, or S3's 403 comes back.
const crypto = require('node:crypto');
const { E, ApiError } = require('./errors');
const { newUser, STANDARD_NAMES } = require('./store');
const { nowSeconds, randomString } = require('./util');
const { need, intIn } = require('./ops/common');
const { page } = require('./ops/pools');
const sigv4 = require('../lib/sigv4');

const UPLOAD_KEY = { accessKeyId: 'ASIACOGNITOSIMUPLOAD', secretAccessKey: crypto.randomBytes(30).toString('base64') };
const URL_TTL = 15 * 60;
const MAX_CSV = 100 * 1024 * 1024;

function csvHeader(pool) {
  const std = pool.SchemaAttributes.filter((a) => STANDARD_NAMES.has(a.Name) && a.Name !== 'sub').map((a) => a.Name);
  const custom = pool.SchemaAttributes.filter((a) => a.Name.startsWith('custom:') || a.Name.startsWith('dev:')).map((a) => a.Name);
  return [...std, ...custom, 'cognito:mfa_enabled', 'cognito:username'];
}

function GetCSVHeader(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  return { UserPoolId: pool.Id, CSVHeader: csvHeader(pool) };
}

function jobOut(j) {
  const { csv, stopRequested, seq, ...rest } = j;
  return rest;
}
function getJob(pool, id) {
  const j = pool.importJobs.get(id);
  if (!j) throw E.resourceNotFound(`Import job ${id} does not exist.`);
  return j;
}

function CreateUserImportJob(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const name = need(input, 'JobName');
  const role = need(input, 'CloudWatchLogsRoleArn');
  if (!/^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/.test(role)) {
    throw E.validation('cloudWatchLogsRoleArn', role, 'Member must satisfy regular expression pattern: arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?');
  }
  const jobId = `import-${randomString(10)}`;
  const url = sigv4.presign({
    method: 'PUT', url: `${ctx.baseUrl}/_import/${pool.Id}/${jobId}`, region: ctx.store.region, service: 's3',
    ...UPLOAD_KEY, expiresSeconds: URL_TTL, date: new Date(require('./util').clock.now()), signedHeaders: { 'x-amz-server-side-encryption': 'aws:kms' },
  });
  const j = {
    JobName: name, JobId: jobId, UserPoolId: pool.Id, PreSignedUrl: url, CreationDate: nowSeconds(),
    Status: 'Created', CloudWatchLogsRoleArn: role, ImportedUsers: 0, SkippedUsers: 0, FailedUsers: 0, seq: ctx.store.nextSeq(),
  };
  pool.importJobs.set(jobId, j);
  return { UserImportJob: jobOut(j) };
}

function DescribeUserImportJob(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  return { UserImportJob: jobOut(getJob(pool, need(input, 'JobId'))) };
}

function ListUserImportJobs(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const limit = intIn(input, 'MaxResults', 1, 60, { required: true });
  const keys = [...pool.importJobs.values()].map((j) => `${String(j.seq).padStart(12, '0')}|${j.JobId}`).sort();
  const r = page(ctx.store, keys, {
    binding: `ListUserImportJobs|${pool.Id}`, token: input.PaginationToken, field: 'PaginationToken', limit,
    filter: (k) => pool.importJobs.get(k.split('|')[1]), map: (k, j) => jobOut(j),
  });
  return { UserImportJobs: r.items, ...(r.next ? { PaginationToken: r.next } : {}) };
}

function StartUserImportJob(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const j = getJob(pool, need(input, 'JobId'));
  if (j.Status !== 'Created') throw new ApiError('PreconditionNotMetException', `Import job ${j.JobId} is in status ${j.Status} and cannot be started.`);
  j.Status = 'Pending';
  j.StartDate = nowSeconds();
  setTimeout(() => runJob(ctx, pool, j), ctx.opts.importStepMs ?? 100).unref();
  return { UserImportJob: jobOut(j) };
}

function StopUserImportJob(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const j = getJob(pool, need(input, 'JobId'));
  if (j.Status !== 'Pending' && j.Status !== 'InProgress') throw new ApiError('PreconditionNotMetException', `Import job ${j.JobId} is in status ${j.Status} and cannot be stopped.`);
  j.Status = 'Stopping';
  j.stopRequested = true;
  return { UserImportJob: jobOut(j) };
}

function parseCsv(text) {
  const rows = []; let row = [], field = '', i = 0, q = false;
  while (i < text.length) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { field += '"'; i += 2; continue; } q = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { q = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function finish(j, status, message) {
  j.Status = status;
  j.CompletionDate = nowSeconds();
  j.CompletionMessage = message;
}

function runJob(ctx, pool, j) {
  if (j.stopRequested) return finish(j, 'Stopped', 'The import job was stopped.');
  j.Status = 'InProgress';
  if (!j.csv) return finish(j, 'Failed', 'The CSV file was not uploaded to the pre-signed URL.');
  const rows = parseCsv(j.csv.toString('utf8').replace(/^\uFEFF/, ''));
  const header = rows.shift() || [];
  const known = new Set(csvHeader(pool));
  const bad = header.filter((h) => !known.has(h));
  if (bad.length || !header.includes('cognito:username') || !header.includes('cognito:mfa_enabled')) {
    return finish(j, 'Failed', `The CSV header is invalid${bad.length ? `: unknown column(s) ${bad.join(', ')}` : ': cognito:username and cognito:mfa_enabled are required'}.`);
  }
  let idx = 0;
  const step = () => {
    if (j.stopRequested) return finish(j, 'Stopped', 'The import job was stopped.');
    const end = Math.min(rows.length, idx + 2000);
    for (; idx < end; idx++) importRow(ctx, pool, j, header, rows[idx]);
    if (idx < rows.length) return setImmediate(step);
    finish(j, 'Succeeded', j.FailedUsers ? 'Import Job Completed with failures: see FailedUsers.' : 'Import Job Completed Successfully.');
  };
  setTimeout(step, ctx.opts.importStepMs ?? 100).unref();
}

function importRow(ctx, pool, j, header, row) {
  if (row.length === 1 && row[0] === '') { j.SkippedUsers++; return; }
  if (row.length !== header.length) { j.FailedUsers++; return; }
  const rec = Object.fromEntries(header.map((h, i) => [h, row[i]]));
  const username = rec['cognito:username'];
  if (!username || ctx.store.resolveUser(pool, username) || !['true', 'false'].includes(String(rec['cognito:mfa_enabled']).toLowerCase())) { j.FailedUsers++; return; }
  const attrs = {};
  for (const [k, v] of Object.entries(rec)) if (!k.startsWith('cognito:') && v !== '') attrs[k] = v;
  for (const b of ['email_verified', 'phone_number_verified']) if (attrs[b] !== undefined) attrs[b] = attrs[b].toLowerCase();
  if (attrs.email_verified && !['true', 'false'].includes(attrs.email_verified)) { j.FailedUsers++; return; }
  const required = pool.SchemaAttributes.filter((s) => s.Required && s.Name !== 'sub').some((s) => !attrs[s.Name]);
  if (required) { j.FailedUsers++; return; }
  // Imported users have no password: RESET_REQUIRED until they reset it.
  const u = newUser(pool, username, attrs);
  u.status = 'RESET_REQUIRED';
  ctx.store.insertUser(pool, u);
  j.ImportedUsers++;
}

function s3Error(res, status, code, message) {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${randomString(16)}</RequestId></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

async function handleUpload(ctx, req, res, url) {
  const m = /^\/_import\/([\w-]+_[A-Za-z0-9]+)\/(import-[A-Za-z0-9]+)$/.exec(url.pathname);
  if (!m) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
  if (req.method !== 'PUT') return s3Error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  try {
    const v = sigv4.verifyPresigned({ method: req.method, path: url.pathname, query: url.search.slice(1), headers: req.headers },
      { lookupSecret: (a) => (a === UPLOAD_KEY.accessKeyId ? UPLOAD_KEY.secretAccessKey : undefined), now: new Date(require('./util').clock.now()) });
    const unsigned = Object.keys(req.headers).filter((h) => h.startsWith('x-amz-') && !v.signedHeaders.includes(h));
    if (unsigned.length) return s3Error(res, 403, 'AccessDenied', `There were headers present in the request which were not signed: ${unsigned.join(', ')}`);
  } catch (e) {
    if (e instanceof sigv4.SigV4Error) return s3Error(res, 403, e.message === 'Request has expired' ? 'AccessDenied' : 'SignatureDoesNotMatch', e.message);
    throw e;
  }
  if (req.headers['x-amz-server-side-encryption'] !== 'aws:kms') {
    return s3Error(res, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  }
  const pool = ctx.store.pools.get(m[1]);
  const j = pool && pool.importJobs.get(m[2]);
  if (!j) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
  const chunks = []; let n = 0;
  for await (const c of req) { n += c.length; if (n > MAX_CSV) return s3Error(res, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'); chunks.push(c); }
  if (j.Status !== 'Created') return s3Error(res, 403, 'AccessDenied', 'Access Denied');
  j.csv = Buffer.concat(chunks);
  res.writeHead(200, { ETag: `"${crypto.createHash('md5').update(j.csv).digest('hex')}"`, 'x-amz-server-side-encryption': 'aws:kms', 'Content-Length': 0 });
  res.end();
}

module.exports = {
  ops: { GetCSVHeader, CreateUserImportJob, DescribeUserImportJob, ListUserImportJobs, StartUserImportJob, StopUserImportJob },
  handleUpload, csvHeader, parseCsv,
};
