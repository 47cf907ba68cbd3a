'use strict';
// The control endpoint (/_sim/*) is for the local test harness only: a web page open in a browser
// while the sim runs must not reach it (cross-site "simple" text/plain POSTs, DNS rebinding), and
// a snapshot asked for through it is written only inside the sim's data folder.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { startSim } = require('../lib/testing');

// A raw request with exactly the headers given (fetch would not let us set Host); host: null
// sends no Host header at all.
function raw(endpoint, method, p, headers = {}, body = '') {
  const u = new URL(endpoint);
  const all = { host: u.host, ...headers, 'content-length': Buffer.byteLength(body) };
  if (all.host === null) delete all.host;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: p, headers: all, setHost: all.host !== undefined }, (res) => {
      const c = []; res.on('data', (d) => c.push(d));
      res.on('end', () => {
        const text = Buffer.concat(c).toString('utf8');
        let json = null; try { json = JSON.parse(text); } catch {}
        resolve({ status: res.statusCode, type: res.headers['content-type'], json, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('control endpoint refuses cross-site and foreign-Host requests', async (t) => {
  const sim = await startSim([]);
  t.after(() => sim.stop());
  const E = sim.endpoint;
  const latency = async () => (await raw(E, 'GET', '/_sim/knobs')).json.latencyMs;

  await t.test('a cross-site text/plain POST (what a web page can send without preflight) is refused', async () => {
    const r = await raw(E, 'POST', '/_sim/knobs', { origin: 'http://attacker.example', 'content-type': 'text/plain' }, JSON.stringify({ latencyMs: 777 }));
    assert.equal(r.status, 403);
    assert.match(r.type, /^application\/json/);
    assert.match(r.json.message, /Origin/);
    assert.equal(await latency(), 0, 'the knob changed anyway');
  });
  await t.test('any Origin is refused, even the sim\'s own or "null"', async () => {
    for (const origin of [E, 'null']) {
      const r = await raw(E, 'POST', '/_sim/clock', { origin }, JSON.stringify({ advanceSeconds: 1 }));
      assert.equal(r.status, 403, origin);
    }
    assert.equal((await raw(E, 'GET', '/_sim/clock')).json.offsetSeconds, 0);
  });
  await t.test('a Host other than the sim\'s loopback address and port is refused (DNS rebinding)', async () => {
    const port = new URL(E).port;
    for (const host of [`attacker.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      const r = await raw(E, 'POST', '/_sim/knobs', { host, 'content-type': 'application/json' }, JSON.stringify({ latencyMs: 555 }));
      assert.equal(r.status, 403, `Host ${host}`);
      assert.match(r.json.message, /Host/);
      const g = await raw(E, 'GET', '/_sim/codes', { host });
      assert.equal(g.status, 403, `GET with Host ${host}`);
    }
    // No Host at all: node:http itself answers 400 before the sim sees it.
    assert.notEqual((await raw(E, 'POST', '/_sim/knobs', { host: null }, JSON.stringify({ latencyMs: 555 }))).status, 200);
    assert.equal(await latency(), 0);
  });
  await t.test('the test harness\'s own requests still work (Host = address:port, no Origin)', async () => {
    const r = await fetch(`${E}/_sim/knobs`, { method: 'POST', body: JSON.stringify({ latencyMs: 5 }) });
    assert.equal(r.status, 200);
    assert.equal(await latency(), 5);
    assert.equal((await raw(E, 'POST', '/_sim/knobs/reset')).status, 200);
    assert.equal(await latency(), 0);
  });
  await t.test('the AWS API itself is not affected by the control endpoint\'s rules', async () => {
    const r = await sim.call('ListUserPools', { MaxResults: 10 });
    assert.deepEqual(r.UserPools, []);
  });
});

test('control-endpoint snapshots are written only inside the data folder', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-control-'));
  const data = path.join(root, 'data');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(outside);
  fs.symlinkSync(outside, path.join(root, 'escape'));
  const sim = await startSim(['--seed', 'demo', '--data-dir', data]);
  t.after(async () => { await sim.stop(); fs.rmSync(root, { recursive: true, force: true }); });
  fs.symlinkSync(outside, path.join(data, 'link'));
  const snap = (file) => raw(sim.endpoint, 'POST', '/_sim/snapshot', { 'content-type': 'application/json' }, JSON.stringify({ file }));

  await t.test('--data-dir is created private', () => {
    assert.equal(fs.statSync(data).mode & 0o777, 0o700);
  });
  await t.test('a name inside the data folder is written (owner-only)', async () => {
    const r = await snap('state.json');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.file, path.join(fs.realpathSync(data), 'state.json'));
    const saved = JSON.parse(fs.readFileSync(path.join(data, 'state.json'), 'utf8'));
    assert.equal(saved.pools[0].meta.Id, sim.seed.userPoolId);
    assert.equal(fs.statSync(path.join(data, 'state.json')).mode & 0o777, 0o600);
    assert.equal((await snap(path.join(data, 'abs.json'))).status, 200, 'an absolute path inside the folder');
  });
  await t.test('paths outside it are refused and nothing is written', async () => {
    for (const file of [path.join(outside, 'x.json'), '/tmp/cognito-sim-control-test.json', '../outside/x.json', 'sub/../../outside/x.json', './../x.json', 'link/x.json', path.join(data, '..', 'outside', 'x.json')]) {
      const r = await snap(file);
      assert.equal(r.status, 403, `${file}: ${r.text}`);
      assert.match(r.type, /^application\/json/);
    }
    assert.deepEqual(fs.readdirSync(outside), []);
    assert.ok(!fs.existsSync('/tmp/cognito-sim-control-test.json'));
    assert.equal((await snap(123)).status, 400);
    assert.equal((await snap('missing-folder/x.json')).status, 400);
  });
  await t.test('a symbolic link planted at the temporary file\'s name is not followed', async () => {
    const victim = path.join(outside, 'victim');
    fs.writeFileSync(victim, 'untouched');
    fs.symlinkSync(victim, path.join(data, 'planted.json.tmp'));
    assert.equal((await snap('planted.json')).status, 200);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'untouched');
    assert.ok(fs.lstatSync(path.join(data, 'planted.json')).isFile());
  });
});

test('without --data-dir the data folder is the --snapshot file\'s folder', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-control-'));
  const sim = await startSim(['--snapshot', path.join(dir, 'main.json')]);
  t.after(async () => { await sim.stop(); fs.rmSync(dir, { recursive: true, force: true }); });
  const post = (body) => raw(sim.endpoint, 'POST', '/_sim/snapshot', { 'content-type': 'application/json' }, JSON.stringify(body));
  assert.equal((await post({})).status, 200);
  assert.ok(fs.existsSync(path.join(dir, 'main.json')));
  assert.equal((await post({ file: 'other.json' })).status, 200);
  assert.ok(fs.existsSync(path.join(dir, 'other.json')));
  assert.equal((await post({ file: path.join(os.tmpdir(), 'elsewhere.json') })).status, 403);
});
