'use strict';
// start-server / stop-server contract (both kinds) and the sim's snapshot round trip.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startSim, ROOT, DEMO_KEY } = require('../lib/testing');
const { makeClient } = require('../lib/client');

const { alive, isZombie } = require('../lib/process');

for (const kind of ['cognito-sim', 'cognito-local']) {
  test(`start-server --kind ${kind}: state file, seeded demo, stop-server idempotent`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ss-test-'));
    const state = path.join(dir, 'state.json');
    const r = spawnSync(path.join(ROOT, 'start-server'), ['--kind', kind, '--state-file', state], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(fs.readFileSync(state, 'utf8'));
    try {
      assert.equal(r.stdout.trim(), s.endpoint);
      assert.match(s.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(s.kind, kind);
      assert.equal(s.region, 'us-east-1');
      assert.deepEqual([s.accessKeyId, s.secretAccessKey], [DEMO_KEY.accessKeyId, DEMO_KEY.secretAccessKey]);
      assert.ok(alive(s.pid) && fs.existsSync(s.dataDir) && fs.existsSync(s.log));
      assert.ok(s.seed.clients['demo-backend'].ClientSecret);
      assert.deepEqual(Object.fromEntries(Object.entries(s.seed.users).map(([k, v]) => [k, v.status])),
        { alice: 'CONFIRMED', bob: 'CONFIRMED', carol: 'FORCE_CHANGE_PASSWORD', dave: 'UNCONFIRMED', erin: 'CONFIRMED', frank: 'CONFIRMED' });
      const call = makeClient({ endpoint: s.endpoint, ...DEMO_KEY });
      const users = await call('ListUsers', { UserPoolId: s.seed.userPoolId });
      assert.deepEqual(users.Users.map((u) => [u.Username, u.UserStatus, u.Enabled]).sort(),
        [['alice', 'CONFIRMED', true], ['bob', 'CONFIRMED', true], ['carol', 'FORCE_CHANGE_PASSWORD', true], ['dave', 'UNCONFIRMED', true], ['erin', 'CONFIRMED', false], ['frank', 'CONFIRMED', true]]);
      const g = await call('ListUsersInGroup', { UserPoolId: s.seed.userPoolId, GroupName: 'testers' });
      assert.deepEqual(g.Users.map((u) => u.Username).sort(), ['alice', 'bob', 'frank']);
    } finally {
      assert.equal(spawnSync(path.join(ROOT, 'stop-server'), ['--state-file', state]).status, 0);
    }
    assert.ok(!alive(s.pid));
    assert.ok(!fs.existsSync(state) && !fs.existsSync(s.dataDir));
    assert.equal(spawnSync(path.join(ROOT, 'stop-server'), ['--state-file', state]).status, 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

test('start-server stops the server of a stale state file before starting a new one', async () => {
  const state = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ss-test-')), 'state.json');
  const start = () => spawnSync(path.join(ROOT, 'start-server'), ['--kind', 'cognito-sim', '--state-file', state, '--seed', 'none'], { encoding: 'utf8', timeout: 60000 });
  const r1 = start();
  assert.equal(r1.status, 0, r1.stderr);
  const first = JSON.parse(fs.readFileSync(state, 'utf8'));
  const r = start();
  assert.equal(r.status, 0, r.stderr);
  const second = JSON.parse(fs.readFileSync(state, 'utf8'));
  try {
    assert.ok(!alive(first.pid), `the first server (pid ${first.pid}) still runs`);
    assert.ok(!fs.existsSync(first.dataDir), `${first.dataDir} was not removed`);
    assert.ok(alive(second.pid), `the second server (pid ${second.pid}) is not running`);
  } finally {
    spawnSync(path.join(ROOT, 'stop-server'), ['--state-file', state]);
    fs.rmSync(path.dirname(state), { recursive: true, force: true });
  }
});

test('a zombie counts as stopped: an exited server whose reaper has not come by yet', async () => {
  // The parent forks a child that exits at once, waits for that exit without reaping it
  // (WNOWAIT), reports the pid and sleeps: the child stays a zombie, and kill(pid, 0) still
  // succeeds on it.
  const { spawn } = require('node:child_process');
  const script = 'import os, time\npid = os.fork()\nif pid == 0: os._exit(0)\nos.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)\nprint(pid, flush=True)\ntime.sleep(60)';
  const parent = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const pid = Number(await new Promise((resolve) => parent.stdout.once('data', (d) => resolve(String(d).trim()))));
    assert.ok(isZombie(pid), `pid ${pid} is not a zombie`);
    assert.doesNotThrow(() => process.kill(pid, 0));
    assert.equal(alive(pid), false);
    assert.equal(alive(parent.pid), true);
  } finally {
    parent.kill('SIGKILL');
  }
});

test('start-server passes options after -- to cognito-sim', async () => {
  const state = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ss-test-')), 'state.json');
  const r = spawnSync(path.join(ROOT, 'start-server'), ['--kind', 'cognito-sim', '--state-file', state, '--seed', 'none', '--', '--latency-ms', '25', '--quotas', 'aws'], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  try {
    const s = JSON.parse(fs.readFileSync(state, 'utf8'));
    assert.equal(s.seed, null);
    const k = await fetch(`${s.endpoint}/_sim/knobs`).then((x) => x.json());
    assert.equal(k.latencyMs, 25);
    assert.equal(k.quotasEnabled, true);
  } finally {
    spawnSync(path.join(ROOT, 'stop-server'), ['--state-file', state]);
    fs.rmSync(path.dirname(state), { recursive: true, force: true });
  }
});

test('start-server fails cleanly on a taken --port and leaves nothing behind', async () => {
  const blocker = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  const port = blocker.address().port;
  const state = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ss-test-')), 'state.json');
  try {
    const r = spawnSync(path.join(ROOT, 'start-server'), ['--kind', 'cognito-sim', '--state-file', state, '--port', String(port)], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /EADDRINUSE|cannot listen/);
    assert.ok(!fs.existsSync(state));
  } finally {
    blocker.close();
    fs.rmSync(path.dirname(state), { recursive: true, force: true });
  }
});

test('cognito-sim --snapshot keeps state across restarts', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snap-')), 'state.json');
  const a = await startSim(['--seed', 'demo', '--snapshot', file]);
  await a.call('AdminSetUserPassword', { UserPoolId: a.seed.userPoolId, Username: 'bob', Password: 'Snap!Passw0rd', Permanent: true });
  await a.stop();
  assert.ok(fs.existsSync(file));
  const b = await startSim(['--snapshot', file]);
  try {
    const u = await b.call('AdminGetUser', { UserPoolId: a.seed.userPoolId, Username: 'erin' });
    assert.equal(u.Enabled, false);
    const login = await b.call('InitiateAuth', { ClientId: a.seed.clients['demo-web'].ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'bob', PASSWORD: 'Snap!Passw0rd' } });
    assert.ok(login.AuthenticationResult.IdToken);
    const groups = await b.call('AdminListGroupsForUser', { UserPoolId: a.seed.userPoolId, Username: 'alice' });
    assert.deepEqual(groups.Groups.map((g) => g.GroupName), ['admins', 'testers']);
  } finally {
    await b.stop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
