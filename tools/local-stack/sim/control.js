'use strict';
// Control endpoint (/_sim/...), loopback only like the rest of the sim; not part of AWS.
//   GET  /_sim/knobs            current knobs and counters (stats.ops: calls per operation)
//   POST /_sim/stats/reset      zero the counters
//   POST /_sim/knobs            JSON {quotasEnabled, quotas:{Cat:N}, latencyMs, jitterMs,
//                               faults:{'5xx','throttle','reset','hang','commitThenFail': rate}, faultOps:[...], hangMs, seed}
//   POST /_sim/knobs/reset      back to defaults (no quotas, no latency, no faults)
//   POST /_sim/seed-users       JSON {UserPoolId, count, prefix?, password?}
//   GET  /_sim/codes[?username=U]  codes "sent" (sign-up, forgot password, MFA, attribute verification)
//   POST /_sim/snapshot         JSON {file?}: write the state snapshot
//   GET/POST /_sim/clock        {offsetSeconds} or {advanceSeconds}: shift the sim's clock
//   GET  /_sim/stats            pools, users, memory
const { seedUsers } = require('./seedusers');
const { clock } = require('./util');

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
      const file = b.file || ctx.opts.snapshot;
      if (!file) return send(res, 400, { message: 'no snapshot file (start with --snapshot FILE or pass {"file":...})' });
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
    return send(res, 400, { message: e.message });
  }
}
module.exports = { handle };
