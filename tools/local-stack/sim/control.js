'use strict';
// Control endpoint (/_sim/...); not part of AWS. Only for the local test harness: a request must
// come from a loopback peer, name the sim's own loopback address and port in Host (so a page
// whose host name was re-pointed at 127.0.0.1 — DNS rebinding — is refused) and carry no Origin
// header (browsers send one on every cross-site POST, including "simple" text/plain ones that
// skip CORS preflight; test clients never do). Anything else: 403 JSON.
//   GET  /_sim/knobs            current knobs and counters (stats.ops: calls per operation;
//                               stats.poolOps: the same per UserPoolId)
//   POST /_sim/stats/reset      zero the counters
//   POST /_sim/knobs            JSON {quotasEnabled, quotas:{Cat:N}, latencyMs, jitterMs,
//                               faults:{'5xx','throttle','reset','hang','commitThenFail': rate}, faultOps:[...], hangMs, seed}
//   POST /_sim/knobs/reset      back to defaults (no quotas, no latency, no faults)
//   POST /_sim/seed-users       JSON {UserPoolId, count, prefix?, password?, varied?}
//   GET  /_sim/codes[?username=U]  codes "sent" (sign-up, forgot password, MFA, attribute verification)
//   POST /_sim/snapshot         JSON {file?}: write the state snapshot (file: inside the data folder)
//   GET/POST /_sim/clock        {offsetSeconds} or {advanceSeconds}: shift the sim's clock
//   GET  /_sim/stats            pools, users, memory
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { seedUsers } = require('./seedusers');
const { clock } = require('./util');

const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;
const isLoopback = (addr) => LOOPBACK_V4.test(addr) || addr === '::1' || /^::ffff:127(?:\.\d{1,3}){3}$/i.test(addr);

// The Host values that name this server: its loopback address and port as a client that
// connected to it writes them (QNetworkAccessManager, fetch, curl: "127.0.0.1:PORT"). A
// wildcard bind (0.0.0.0 / ::) answers on loopback too, so those addresses count for it.
function ownHosts(ctx) {
  const a = ctx.server && ctx.server.address();
  if (!a || typeof a !== 'object') return new Set();
  let addrs = [a.address];
  if (a.address === '0.0.0.0') addrs = ['127.0.0.1'];
  else if (a.address === '::') addrs = ['127.0.0.1', '::1'];
  const out = new Set();
  for (const addr of addrs.filter(isLoopback)) {
    const h = addr.includes(':') ? `[${addr}]` : addr;
    out.add(`${h}:${a.port}`);
    if (a.port === 80) out.add(h);
  }
  return out;
}

// Why a control request is refused, or null when it may proceed.
function refusal(ctx, req) {
  if (req.headers.origin !== undefined) return 'cross-origin request refused: the control endpoint does not accept requests that carry an Origin header';
  const peer = (req.socket && req.socket.remoteAddress) || '';
  if (!isLoopback(peer)) return 'the control endpoint answers loopback clients only';
  const host = String(req.headers.host || '').toLowerCase();
  if (!ownHosts(ctx).has(host)) return `Host ${JSON.stringify(req.headers.host || '')} refused: the control endpoint answers only requests addressed to its own loopback address and port`;
  return null;
}

// The sim's data folder: --data-dir, else the folder of --snapshot, else a private temp folder
// (mode 0700) made on first use. Snapshots asked for through the control endpoint go only there.
function dataDir(ctx) {
  if (!ctx.dataDir) {
    const o = ctx.opts || {};
    if (o.dataDir) ctx.dataDir = path.resolve(o.dataDir);
    else if (o.snapshot) ctx.dataDir = path.dirname(path.resolve(o.snapshot));
    else ctx.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-sim-'));
  }
  return ctx.dataDir;
}

class Refused extends Error { constructor(status, message) { super(message); this.status = status; } }

// Resolves a snapshot path sent in a control request: relative to the data folder, or absolute
// inside it; never a ".." segment, never outside it through a symbolic link.
function snapshotPath(ctx, file) {
  if (typeof file !== 'string' || !file || file.includes('\0')) throw new Refused(400, '"file" must be a non-empty string');
  if (file.split(/[\\/]/).includes('..')) throw new Refused(403, `snapshot file ${JSON.stringify(file)} refused: ".." is not allowed`);
  const dir = dataDir(ctx);
  let realDir;
  try { realDir = fs.realpathSync(dir); } catch { throw new Refused(400, `the data folder ${dir} does not exist`); }
  const inside = (p, root) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  const target = path.resolve(dir, file);
  if (!inside(target, dir) && !inside(target, realDir)) throw new Refused(403, `snapshot file ${JSON.stringify(file)} refused: snapshots are written only inside the data folder ${dir}`);
  if (target === dir || target === realDir) throw new Refused(400, 'the snapshot file must be a file inside the data folder, not the folder itself');
  let realParent;
  try { realParent = fs.realpathSync(path.dirname(target)); } catch { throw new Refused(400, `folder ${path.dirname(target)} does not exist`); }
  if (!inside(realParent, realDir)) throw new Refused(403, `snapshot file ${JSON.stringify(file)} refused: it leads outside the data folder ${dir}`);
  return path.join(realParent, path.basename(target));
}

function send(res, status, obj) {
  const b = Buffer.from(JSON.stringify(obj));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': b.length });
  res.end(b);
}
function body(req) {
  return new Promise((resolve, reject) => {
    const c = []; req.on('data', (d) => c.push(d)); req.on('error', reject);
    req.on('end', () => { try { const s = Buffer.concat(c).toString('utf8'); resolve(s ? JSON.parse(s) : {}); } catch (e) { reject(e); } });
  });
}

async function handle(ctx, req, res, url) {
  const p = url.pathname;
  const why = refusal(ctx, req);
  if (why) {
    req.resume(); // drain the body; the reply does not depend on it
    return send(res, 403, { __type: 'Forbidden', message: why });
  }
  try {
    if (p === '/_sim/knobs' && req.method === 'GET') return send(res, 200, ctx.knobs.toJSON());
    if (p === '/_sim/knobs' && req.method === 'POST') { ctx.knobs.set(await body(req)); return send(res, 200, ctx.knobs.toJSON()); }
    if (p === '/_sim/stats/reset' && req.method === 'POST') { ctx.knobs.resetStats(); return send(res, 200, ctx.knobs.toJSON()); }
    if (p === '/_sim/knobs/reset' && req.method === 'POST') { ctx.knobs.reset(); return send(res, 200, ctx.knobs.toJSON()); }
    if (p === '/_sim/seed-users' && req.method === 'POST') {
      const b = await body(req);
      const pool = ctx.store.pools.get(b.UserPoolId);
      if (!pool) return send(res, 404, { message: `User pool ${b.UserPoolId} does not exist.` });
      return send(res, 200, seedUsers(ctx, pool, Number(b.count) || 0, b));
    }
    if (p === '/_sim/codes' && req.method === 'GET') {
      const u = url.searchParams.get('username');
      return send(res, 200, { codes: ctx.store.sentCodes.filter((c) => !u || c.username === u) });
    }
    if (p === '/_sim/snapshot' && req.method === 'POST') {
      const b = await body(req);
      // The --snapshot file was chosen on the command line; a file named in the request is
      // confined to the data folder.
      const file = b.file !== undefined ? snapshotPath(ctx, b.file) : ctx.opts.snapshot;
      if (!file) return send(res, 400, { message: `no snapshot file (start with --snapshot FILE or pass {"file": NAME}, a file in the data folder)` });
      ctx.store.save(file);
      return send(res, 200, { file });
    }
    if (p === '/_sim/clock' && req.method === 'GET') return send(res, 200, { offsetSeconds: clock.offsetMs / 1000, now: new Date(clock.now()).toISOString() });
    if (p === '/_sim/clock' && req.method === 'POST') {
      const b = await body(req);
      if (b.offsetSeconds !== undefined) clock.offsetMs = Number(b.offsetSeconds) * 1000;
      if (b.advanceSeconds !== undefined) clock.offsetMs += Number(b.advanceSeconds) * 1000;
      if (!Number.isFinite(clock.offsetMs)) clock.offsetMs = 0;
      return send(res, 200, { offsetSeconds: clock.offsetMs / 1000, now: new Date(clock.now()).toISOString() });
    }
    if (p === '/_sim/stats' && req.method === 'GET') {
      let users = 0; for (const pool of ctx.store.pools.values()) users += pool.users.size;
      return send(res, 200, { pools: ctx.store.pools.size, users, memory: process.memoryUsage(), cpu: process.cpuUsage() });
    }
    return send(res, 404, { message: 'unknown control path' });
  } catch (e) {
    return send(res, e instanceof Refused ? e.status : 400, { message: e.message });
  }
}
module.exports = { handle, dataDir };
