'use strict';
// Shared helpers for the conformance suite: start/stop servers (no sleeps as synchronisation:
// the sim is ready when it prints its "listening" line; cognito-local via start-server), and
// the three independent clients (AWS CLI, boto3/botocore, amazon-cognito-identity-js).
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { makeClient } = require('./client');
const { DEMO_KEY } = require('../seed');

const ROOT = path.resolve(__dirname, '..');
const AWS = '/usr/bin/aws';
const PYTHON = '/usr/bin/python3';
const REGION = 'us-east-1';

// Starts cognito-sim on a free port (port 0: the kernel picks it) and resolves once it prints
// "listening URL". extraArgs are passed through. The deadline only catches a sim that never
// starts: a CI machine running the whole suite on two cores has been seen to need over 20 s.
function startSim(extraArgs = [], { timeoutMs = 90000 } = {}) {
  return new Promise((resolve, reject) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-test-'));
    const seedOut = path.join(tmp, 'seed.json');
    const args = [path.join(ROOT, 'cognito-sim'), '--port', '0', '--fixed-code', '123456', '--quiet', ...extraArgs];
    if (extraArgs.includes('--seed')) args.push('--seed-out', seedOut);
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { proc.kill('SIGKILL'); reject(new Error(`cognito-sim did not start: ${stderr}`)); }, timeoutMs);
    const rl = readline.createInterface({ input: proc.stdout });
    const onExit = (code) => { clearTimeout(timer); fs.rmSync(tmp, { recursive: true, force: true }); reject(new Error(`cognito-sim exited (${code}): ${stderr}`)); };
    proc.once('exit', onExit);
    rl.on('line', (line) => {
      const m = /^listening (http:\/\/\S+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      proc.off('exit', onExit);
      const endpoint = m[1];
      const seed = fs.existsSync(seedOut) ? JSON.parse(fs.readFileSync(seedOut, 'utf8')) : null;
      fs.rmSync(tmp, { recursive: true, force: true });
      resolve({
        kind: 'cognito-sim', endpoint, proc, seed,
        call: makeClient({ endpoint, region: REGION, ...DEMO_KEY }),
        stop: () => new Promise((res) => {
          if (proc.exitCode !== null) return res();
          proc.once('exit', () => res());
          proc.kill('SIGTERM');
        }),
      });
    });
  });
}

// Starts cognito-local through start-server (unseeded unless seed = 'demo').
function startLocal({ seed = 'none' } = {}) {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-test-'));
  const stateFile = path.join(stateDir, 'state.json');
  const r = spawnSync(path.join(ROOT, 'start-server'), ['--kind', 'cognito-local', '--state-file', stateFile, '--seed', seed], { encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0) { fs.rmSync(stateDir, { recursive: true, force: true }); throw new Error(`start-server failed: ${r.stderr}`); }
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
  return {
    kind: 'cognito-local', endpoint: state.endpoint, state, seed: state.seed,
    call: makeClient({ endpoint: state.endpoint, region: REGION, ...DEMO_KEY }),
    stop: async () => { spawnSync(path.join(ROOT, 'stop-server'), ['--state-file', stateFile], { timeout: 30000 }); fs.rmSync(stateDir, { recursive: true, force: true }); },
  };
}

function awsEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('AWS_')) delete env[k];
  return {
    ...env, AWS_ACCESS_KEY_ID: DEMO_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: DEMO_KEY.secretAccessKey,
    AWS_DEFAULT_REGION: REGION, AWS_REGION: REGION, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '', AWS_MAX_ATTEMPTS: '1', AWS_RETRY_MODE: 'standard', ...extra,
  };
}

// Runs the AWS CLI; returns {status, json, stdout, stderr}.
function aws(endpoint, args, { env } = {}) {
  // maxBuffer: a thousand users' JSON is past spawnSync's 1 MiB default.
  const r = spawnSync(AWS, ['--endpoint-url', endpoint, '--output', 'json', 'cognito-idp', ...args],
    { encoding: 'utf8', env: awsEnv(env), timeout: 120000, maxBuffer: 256 * 1024 * 1024 });
  let json = null;
  try { json = r.stdout.trim() ? JSON.parse(r.stdout) : null; } catch {}
  return { status: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

// Runs a Python 3 snippet with boto3; `args` arrive as the dict ARGS, the snippet prints JSON.
function py(code, args = {}, { env } = {}) {
  const prelude = `import json, sys, boto3, botocore\nfrom botocore.config import Config\nARGS = json.loads(sys.argv[1])\n` +
    `def client(**kw):\n    return boto3.client('cognito-idp', endpoint_url=ARGS['endpoint'], region_name='${REGION}', config=Config(retries={'max_attempts': 1}), **kw)\n` +
    `def err(fn, *a, **kw):\n    try:\n        fn(*a, **kw)\n    except botocore.exceptions.ClientError as e:\n        return {'type': e.response['Error']['Code'], 'message': e.response['Error'].get('Message'), 'status': e.response['ResponseMetadata']['HTTPStatusCode']}\n    return None\n`;
  const r = spawnSync(PYTHON, ['-c', prelude + code, JSON.stringify(args)], { encoding: 'utf8', env: awsEnv(env), timeout: 120000 });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// Runs a node snippet with amazon-cognito-identity-js in a child process (the library keeps
// timers and globals; isolating it keeps the test runner clean).
function idjs(code, args = {}) {
  const r = spawnSync(process.execPath, ['-e', code, JSON.stringify(args)], { encoding: 'utf8', cwd: ROOT, timeout: 60000 });
  if (r.status !== 0) throw new Error(`identity-js snippet failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const decodeJwt = (t) => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString('utf8'));

module.exports = { startSim, startLocal, aws, py, idjs, decodeJwt, ROOT, REGION, DEMO_KEY, awsEnv };
