'use strict';
// cognito-sim --port PORT [--host 127.0.0.1] [--key AKID:SECRET]... [--seed demo] [options]
// Runs in the foreground; prints "listening http://HOST:PORT" once ready; stops on SIGTERM/SIGINT.
const fs = require('node:fs');
const path = require('node:path');
const { createSim } = require('./server');
const { Store } = require('./store');
const { seedUsers } = require('./seedusers');
const { applySeed, loadSeedFile, DEMO_KEY } = require('../seed');

const USAGE = `usage: cognito-sim --port PORT [--host 127.0.0.1] [--key AKID:SECRET]... [--region us-east-1]
  [--seed demo|none] [--seed-file FILE] [--seed-out FILE] [--seed-users N] [--seed-users-pool POOL_ID] [--seed-users-varied]
  [--fixed-code CODE] [--snapshot FILE] [--data-dir DIR]
  [--quotas aws|off] [--quota Category=RPS]... [--latency-ms N] [--jitter-ms N]
  [--fault 5xx|throttle|reset|hang|commitThenFail=RATE]... [--fault-ops Op,Op] [--fault-seed N] [--hang-ms N]
  [--verbose] [--quiet]`;

function parse(argv) {
  const o = { keys: [], host: '127.0.0.1', region: 'us-east-1', seed: 'none', knobs: { quotas: {}, faults: {} } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    switch (a) {
      case '--port': o.port = Number(v()); break;
      case '--host': o.host = v(); break;
      case '--key': { const s = v(); const j = s.indexOf(':'); if (j < 1) throw new Error('--key wants AKID:SECRET'); o.keys.push([s.slice(0, j), s.slice(j + 1)]); break; }
      case '--region': o.region = v(); break;
      case '--seed': o.seed = v(); if (!['demo', 'none'].includes(o.seed)) throw new Error('--seed demo|none'); break;
      case '--seed-file': o.seedFile = v(); break;
      case '--seed-out': o.seedOut = v(); break;
      case '--seed-users': o.seedUsers = Number(v()); break;
      case '--seed-users-pool': o.seedUsersPool = v(); break;
      case '--seed-users-varied': o.seedUsersVaried = true; break;
      case '--fixed-code': o.fixedCode = v(); if (!/^\d{6}$/.test(o.fixedCode)) throw new Error('--fixed-code wants 6 digits'); break;
      case '--snapshot': o.snapshot = v(); break;
      case '--data-dir': o.dataDir = v(); break;
      case '--quotas': { const q = v(); if (!['aws', 'off'].includes(q)) throw new Error('--quotas aws|off'); o.knobs.quotasEnabled = q === 'aws'; break; }
      case '--quota': { const [k, n] = v().split('='); o.knobs.quotas[k] = Number(n); o.knobs.quotasEnabled = true; break; }
      case '--latency-ms': o.knobs.latencyMs = Number(v()); break;
      case '--jitter-ms': o.knobs.jitterMs = Number(v()); break;
      case '--fault': { const [k, r] = v().split('='); o.knobs.faults[k] = Number(r); break; }
      case '--fault-ops': o.knobs.faultOps = v().split(',').filter(Boolean); break;
      case '--fault-seed': o.knobs.seed = Number(v()); break;
      case '--hang-ms': o.knobs.hangMs = Number(v()); break;
      case '--verbose': o.verbose = true; break;
      case '--quiet': o.quiet = true; break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!(Number.isInteger(o.port) && o.port >= 0 && o.port < 65536)) throw new Error('--port PORT is required (0 = any free port)');
  if (!o.keys.length) o.keys.push([DEMO_KEY.accessKeyId, DEMO_KEY.secretAccessKey]);
  return o;
}

async function main() {
  let o;
  try { o = parse(process.argv.slice(2)); } catch (e) { console.error(`cognito-sim: ${e.message}\n${USAGE}`); process.exit(2); }
  if (o.dataDir) {
    try { fs.mkdirSync(o.dataDir, { recursive: true, mode: 0o700 }); } catch (e) { console.error(`cognito-sim: --data-dir ${o.dataDir}: ${e.code || e.message}`); process.exit(2); }
    if (!fs.statSync(o.dataDir).isDirectory()) { console.error(`cognito-sim: --data-dir ${o.dataDir} is not a folder`); process.exit(2); }
  }
  let store;
  if (o.snapshot && fs.existsSync(o.snapshot)) store = Store.fromJSON(JSON.parse(fs.readFileSync(o.snapshot, 'utf8')), { region: o.region });
  const sim = createSim({ ...o, store });
  sim.ctx.knobs.set(o.knobs);
  try {
    await sim.listen(o.port, o.host);
  } catch (e) {
    console.error(`cognito-sim: cannot listen on ${o.host}:${o.port}: ${e.code || e.message}`);
    process.exit(1);
  }
  const ctx = sim.ctx;
  let seed = null;
  if (o.seed === 'demo') {
    seed = await applySeed(ctx.call, loadSeedFile(o.seedFile));
    if (o.seedOut) fs.writeFileSync(o.seedOut, JSON.stringify(seed, null, 2) + '\n');
  }
  if (o.seedUsers) {
    let pool = o.seedUsersPool ? ctx.store.pools.get(o.seedUsersPool) : seed ? ctx.store.pools.get(seed.userPoolId) : null;
    if (!pool) pool = ctx.store.pools.get((await ctx.call('CreateUserPool', { PoolName: 'bulk' })).UserPool.Id);
    const r = seedUsers(ctx, pool, o.seedUsers, { varied: !!o.seedUsersVaried });
    if (!o.quiet) console.log(`seeded ${r.created} users into ${pool.Id} in ${r.ms} ms (password ${r.password})`);
  }
  const stop = (sig) => {
    if (o.snapshot) { try { ctx.store.save(o.snapshot); } catch (e) { console.error(`cognito-sim: snapshot failed: ${e.message}`); } }
    sim.server.close();
    sim.server.closeAllConnections && sim.server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`listening ${ctx.baseUrl}\n`);
}

main().catch((e) => { console.error(`cognito-sim: ${e.stack || e}`); process.exit(1); });
