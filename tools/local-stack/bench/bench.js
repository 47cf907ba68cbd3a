#!/usr/bin/env node
'use strict';
// cognito-sim benchmark (not a test): throughput of AdminGetUser and AdminCreateUser with faults
// and quotas off, 100k-user seeding time and resident memory. Prints a Markdown table.
//   node bench/bench.js [--seconds 5] [--concurrency 32] [--users 100000]
// Requests are pre-signed before the clock starts so the client's cost is small; the server
// still verifies every signature.
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const { sign } = require('../lib/sigv4');
const { DEMO_KEY } = require('../seed');

const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : d; };
const SECONDS = opt('--seconds', 5);
const CONC = opt('--concurrency', 32);
const USERS = opt('--users', 100000);

function startSim(extra) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, [path.join(__dirname, '..', 'cognito-sim'), '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = [];
    readline.createInterface({ input: p.stdout }).on('line', (l) => {
      lines.push(l);
      const m = /^listening (\S+)$/.exec(l);
      if (m) resolve({ proc: p, endpoint: m[1], lines, startMs: Number(process.hrtime.bigint() - t0) / 1e6 });
    });
    p.once('exit', (c) => reject(new Error(`sim exited ${c}`)));
  });
}

function presigned(endpoint, op, body) {
  const url = `${endpoint}/`;
  const h = sign({ method: 'POST', url, body, region: 'us-east-1', service: 'cognito-idp', ...DEMO_KEY,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${op}` } });
  return { headers: { ...h, 'content-length': Buffer.byteLength(body) }, body };
}

const serverCpuMs = async (endpoint) => { const s = await fetch(`${endpoint}/_sim/stats`).then((r) => r.json()); return (s.cpu.user + s.cpu.system) / 1000; };

// Closed-loop load: CONC workers, each sends the next request when the previous answers.
// Also reports the server's CPU time per request, which other load on the machine skews far
// less than wall-clock throughput: 1000 / cpuMsPerReq is what one core sustains.
async function load(endpoint, nextRequest, seconds) {
  const cpu0 = await serverCpuMs(endpoint);
  const r = await loadWall(endpoint, nextRequest, seconds);
  r.cpuMsPerReq = (await serverCpuMs(endpoint) - cpu0) / Math.max(1, r.ok + r.errors);
  r.perCore = 1000 / r.cpuMsPerReq;
  return r;
}
function loadWall(endpoint, nextRequest, seconds) {
  const u = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONC });
  let ok = 0, errors = 0, stop = false;
  const lat = [];
  const one = () => new Promise((resolve) => {
    const r = nextRequest();
    if (!r) { stop = true; return resolve(); }
    const t = process.hrtime.bigint();
    const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/', headers: r.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => { if (res.statusCode === 200) ok++; else errors++; lat.push(Number(process.hrtime.bigint() - t) / 1e6); resolve(); });
    });
    req.on('error', () => { errors++; resolve(); });
    req.end(r.body);
  });
  const t0 = Date.now();
  const worker = async () => { while (!stop && Date.now() - t0 < seconds * 1000) await one(); };
  return Promise.all(Array.from({ length: CONC }, worker)).then(() => {
    const secs = (Date.now() - t0) / 1000;
    agent.destroy();
    lat.sort((a, b) => a - b);
    return { rps: ok / secs, ok, errors, p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)] };
  });
}

async function rss(endpoint) {
  const s = await fetch(`${endpoint}/_sim/stats`).then((r) => r.json());
  return { rssMB: s.memory.rss / 1048576, users: s.users };
}

(async () => {
  const load0 = require('node:os').loadavg()[0].toFixed(2); // other work on the machine skews results
  const rows = [];
  // 1) throughput on the demo pool
  const sim = await startSim(['--seed', 'demo', '--seed-out', '/dev/null', '--quiet', '--fixed-code', '123456']);
  const pools = await fetch(`${sim.endpoint}/`, { method: 'POST', ...presigned(sim.endpoint, 'ListUserPools', '{"MaxResults":10}') }).then((r) => r.json());
  const poolId = pools.UserPools[0].Id;
  const get = presigned(sim.endpoint, 'AdminGetUser', JSON.stringify({ UserPoolId: poolId, Username: 'alice' }));
  await load(sim.endpoint, () => get, 1); // warm-up
  const g = await load(sim.endpoint, () => get, SECONDS);
  rows.push(['AdminGetUser', `${g.rps.toFixed(0)} req/s`, `${g.perCore.toFixed(0)} req/s per server CPU-second; p50 ${g.p50.toFixed(1)} ms, p99 ${g.p99.toFixed(1)} ms, ${g.errors} errors`]);
  const creates = [];
  const N = Math.ceil(8000 * SECONDS); // more than the sim can take in SECONDS
  for (let i = 0; i < N; i++) {
    creates.push(presigned(sim.endpoint, 'AdminCreateUser', JSON.stringify({ UserPoolId: poolId, Username: `bench${i}`, MessageAction: 'SUPPRESS', TemporaryPassword: 'Temp0rary!bench', UserAttributes: [{ Name: 'email', Value: `bench${i}@example.com` }] })));
  }
  let ci = 0;
  const c = await load(sim.endpoint, () => creates[ci++], SECONDS);
  rows.push(['AdminCreateUser', `${c.rps.toFixed(0)} req/s`, `${c.perCore.toFixed(0)} req/s per server CPU-second; p50 ${c.p50.toFixed(1)} ms, p99 ${c.p99.toFixed(1)} ms, ${c.errors} errors, ${c.ok} users created`]);
  const lu = presigned(sim.endpoint, 'ListUsers', JSON.stringify({ UserPoolId: poolId, Limit: 60 }));
  const l = await load(sim.endpoint, () => lu, Math.min(SECONDS, 3));
  rows.push(['ListUsers (60 per page)', `${l.rps.toFixed(0)} req/s`, `${l.perCore.toFixed(0)} req/s per server CPU-second; p50 ${l.p50.toFixed(1)} ms`]);
  sim.proc.kill('SIGTERM');

  // 2) seeding 100k users at start, then memory
  const big = await startSim(['--seed', 'demo', '--seed-out', '/dev/null', '--seed-users', String(USERS), '--fixed-code', '123456']);
  const seeded = big.lines.find((x) => x.startsWith('seeded')) || '';
  const ms = Number((/in (\d+) ms/.exec(seeded) || [])[1]);
  const mem = await rss(big.endpoint);
  rows.push([`seed ${USERS} users`, `${(ms / 1000).toFixed(2)} s`, `process start to listening: ${(big.startMs / 1000).toFixed(2)} s`]);
  rows.push([`resident memory, ${mem.users} users`, `${mem.rssMB.toFixed(0)} MB`, '']);
  const bigGet = presigned(big.endpoint, 'AdminGetUser', JSON.stringify({ UserPoolId: (await fetch(`${big.endpoint}/`, { method: 'POST', ...presigned(big.endpoint, 'ListUserPools', '{"MaxResults":10}') }).then((r) => r.json())).UserPools[0].Id, Username: 'user050000' }));
  const bg = await load(big.endpoint, () => bigGet, Math.min(SECONDS, 3));
  rows.push([`AdminGetUser with ${mem.users} users`, `${bg.rps.toFixed(0)} req/s`, `${bg.perCore.toFixed(0)} req/s per server CPU-second; p50 ${bg.p50.toFixed(1)} ms, ${bg.errors} errors`]);
  const mem2 = await rss(big.endpoint);
  rows.push(['resident memory after load', `${mem2.rssMB.toFixed(0)} MB`, '']);
  big.proc.kill('SIGTERM');

  const os = require('node:os');
  console.log(`cognito-sim bench — ${os.cpus().length} cores (${os.cpus()[0].model}), Node ${process.version}, concurrency ${CONC}, ${SECONDS} s per run, faults and quotas off, load average before/after ${load0} / ${os.loadavg()[0].toFixed(2)}\n`);
  console.log('| measure | result | detail |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
})().catch((e) => { console.error(e); process.exit(1); });
