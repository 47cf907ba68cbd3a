'use strict';
// Hosted-UI sign-in end to end, in a real headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core over the DevTools protocol):
//   cognito-desk-cli auth hosted-ui --no-browser prints the authorize URL; the browser opens
//   it, fills the login form, follows the redirect into the CLI's loopback receiver (for the
//   implicit grant the receiver's capture page posts location.hash back); the CLI prints
//   tokens that `token verify` accepts.
// Negative checks on the way: a forged redirect with the wrong state is refused (and the
// sign-in goes on), a second redirect is refused, and the receiver cannot be reached on
// another address of this machine (127.0.0.2: it binds 127.0.0.1 itself, not every address).
//
// usage: node hostedui-e2e.js --grant code|implicit
// env:   COGNITO_DESK_TEST_STATE (server state file), COGNITO_DESK_CLI, COGNITO_DESK_LOCAL_STACK
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const grant = process.argv[process.argv.indexOf('--grant') + 1];
assert.ok(grant === 'code' || grant === 'implicit', 'usage: hostedui-e2e.js --grant code|implicit');
const localStack = process.env.COGNITO_DESK_LOCAL_STACK;
const cli = process.env.COGNITO_DESK_CLI;
const state = JSON.parse(fs.readFileSync(process.env.COGNITO_DESK_TEST_STATE, 'utf8'));
const { makeClient } = require(path.join(localStack, 'lib/client.js'));
const { chromium } = require(path.join(localStack, 'node_modules/playwright-core'));

const log = (...a) => console.log(`[hostedui-e2e ${state.kind} ${grant}]`, ...a);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

// A raw request to the receiver: to 127.0.0.1 with the Host the redirect URI names.
function request(address, port, { method = 'GET', target, body, host = `localhost:${port}` }) {
  return new Promise((resolve) => {
    const req = http.request({ host: address, port, method, path: target, headers: { Host: host, ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } : {}) }, timeout: 5000 }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', (error) => resolve({ error: error.code || String(error) }));
    req.on('timeout', () => { req.destroy(); resolve({ error: 'TIMEOUT' }); });
    if (body) req.write(body);
    req.end();
  });
}

function cliEnvironment(configHome) {
  const env = { ...process.env };
  for (const name of ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL',
    'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER', 'COGNITO_DESK_PROFILE', 'COGNITO_DESK_USER_POOL_ID',
    'COGNITO_DESK_CLIENT_ID', 'COGNITO_DESK_ENDPOINT_URL']) delete env[name];
  return {
    ...env, AWS_ACCESS_KEY_ID: state.accessKeyId, AWS_SECRET_ACCESS_KEY: state.secretAccessKey,
    AWS_REGION: state.region, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    XDG_CONFIG_HOME: configHome,
  };
}

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hostedui-e2e-'));
  const cleanups = [() => fs.rmSync(scratch, { recursive: true, force: true })];
  try {
    const call = makeClient({ endpoint: state.endpoint, region: state.region, accessKeyId: state.accessKeyId, secretAccessKey: state.secretAccessKey });
    const poolId = state.seed.userPoolId;
    // A client of this test's own, with a loopback callback on a free port: tests run in
    // parallel, and demo-web's fixed port could be taken.
    const port = await freePort();
    const redirectUri = `http://localhost:${port}/callback`;
    const created = await call('CreateUserPoolClient', {
      UserPoolId: poolId, ClientName: `e2e-${grant}-${port}`, CallbackURLs: [redirectUri],
      AllowedOAuthFlows: ['code', 'implicit'], AllowedOAuthScopes: ['openid', 'email', 'profile'],
      AllowedOAuthFlowsUserPoolClient: true, SupportedIdentityProviders: ['COGNITO'],
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const clientId = created.UserPoolClient.ClientId;
    log('client', clientId, 'redirect', redirectUri);

    const env = cliEnvironment(path.join(scratch, 'config'));
    const globals = ['--endpoint-url', state.endpoint, '--user-pool-id', poolId, '--client-id', clientId, '--output', 'json'];
    // --save: the session goes to the keychain (this runs under tests/support/with-keychain).
    const child = spawn(cli, [...globals, 'auth', 'hosted-ui', '--grant', grant, '--no-browser', '--timeout', '90', '--save'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    cleanups.push(() => child.kill('SIGKILL'));

    // The authorize URL on stderr.
    const authorizeUrl = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no authorize URL on stderr: ${stderr}`)), 30000);
      const look = () => {
        const m = stderr.match(/^(https?:\/\/\S+\/oauth2\/authorize\?\S+)$/m);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      };
      child.stderr.on('data', look);
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`CLI exited ${code}: ${stderr}`)); });
      look();
    });
    const authorize = new URL(authorizeUrl);
    assert.equal(authorize.searchParams.get('redirect_uri'), redirectUri);
    assert.equal(authorize.searchParams.get('response_type'), grant === 'code' ? 'code' : 'token');
    if (grant === 'code') assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    log('authorize URL printed');

    // Another address of this machine never reaches the receiver.
    const other = await request('127.0.0.2', port, { target: '/callback?code=x&state=x' });
    assert.equal(other.error, 'ECONNREFUSED', `127.0.0.2 reached the receiver: ${JSON.stringify(other)}`);
    // A forged redirect with the wrong state is refused, and the sign-in goes on.
    const forged = grant === 'code'
      ? await request('127.0.0.1', port, { target: '/callback?code=forged&state=forged' })
      : await request('127.0.0.1', port, { method: 'POST', target: '/callback', body: 'access_token=forged&state=forged' });
    assert.equal(forged.status, 400, `forged redirect: ${JSON.stringify(forged)}`);
    assert.match(forged.text, /state/);
    log('forged redirect refused');

    const userDataDir = path.join(scratch, 'chromium-profile');
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    cleanups.unshift(() => context.close());
    const page = context.pages()[0] || await context.newPage();
    const redirects = [];
    page.on('request', (r) => { if (r.url().startsWith(redirectUri)) redirects.push(r.url()); });
    await page.goto(authorizeUrl);
    await page.fill('input[name="username"]', 'frank');
    await page.fill('input[name="password"]', state.seed.users.frank.Password);
    await page.click('form:has(input[name="password"]) button[type="submit"]');
    await page.waitForFunction(() => /close this tab/i.test(document.body ? document.body.innerText : ''), null, { timeout: 30000 });
    log('browser shows:', (await page.innerText('body')).trim().split('\n').pop());

    const code = await exited;
    assert.equal(code, 0, `CLI exited ${code}: ${stderr}`);
    const tokens = JSON.parse(stdout);
    assert.equal(tokens.token_type, 'Bearer');
    assert.ok(tokens.expires_in > 0);
    assert.ok(tokens.id_token && tokens.access_token);
    if (grant === 'code') assert.ok(tokens.refresh_token, 'the code grant brings a refresh token');
    else assert.equal(tokens.refresh_token, undefined, 'the implicit grant has no refresh token');
    if (grant === 'implicit') assert.ok(!page.url().includes('access_token'), 'the capture page takes the tokens out of the address bar');

    for (const [token, use] of [[tokens.id_token, 'id'], [tokens.access_token, 'access']]) {
      const verify = spawnSync(cli, [...globals, 'token', 'verify', '-', '--token-use', use], { env, input: `${token}\n`, encoding: 'utf8' });
      assert.equal(verify.status, 0, `token verify (${use}): ${verify.stderr}`);
      const claims = JSON.parse(verify.stdout).claims;
      assert.equal(use === 'id' ? claims['cognito:username'] : claims.username, 'frank');
    }
    log('token verify accepts both tokens');

    // A second redirect finds no receiver: in the browser, and from anything else.
    assert.ok(redirects.length >= 1, 'the browser followed the redirect');
    await assert.rejects(page.goto(redirects[0]), /ERR_CONNECTION_REFUSED/);
    const again = await request('127.0.0.1', port, { target: '/callback?code=again&state=again' });
    assert.equal(again.error, 'ECONNREFUSED');
    log('second redirect refused');

    // The saved session calls an API (an echo server here that records what it got)...
    const seen = [];
    const echo = http.createServer((req, res) => { seen.push(req.headers.authorization); res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"ok":true}'); });
    await new Promise((resolve) => echo.listen(0, '127.0.0.1', resolve));
    cleanups.unshift(() => new Promise((resolve) => echo.close(resolve)));
    const apiUrl = `http://127.0.0.1:${echo.address().port}/whoami`;
    // Asynchronously: the echo server lives in this process and must keep answering.
    const run = (args) => new Promise((resolve) => {
      const p = spawn(cli, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '', err = '';
      p.stdout.on('data', (d) => { out += d; });
      p.stderr.on('data', (d) => { err += d; });
      p.on('exit', (status) => resolve({ status, stdout: out, stderr: err }));
    });
    const apiCall = (...extra) => run([...globals, 'api', 'call', apiUrl, '--as', 'frank', ...extra]);
    let called = await apiCall();
    assert.equal(called.status, 0, `api call --as: ${called.stderr}`);
    assert.equal(seen.pop(), tokens.id_token, 'the bare ID token, as the Cognito authorizer expects');
    called = await apiCall('--use', 'access', '--bearer');
    assert.equal(called.status, 0, called.stderr);
    assert.equal(seen.pop(), `Bearer ${tokens.access_token}`);
    log('api call --as uses the saved session');
    if (grant === 'code') {
      // ...and once it has expired, it is refreshed first at the hosted UI's /oauth2/token
      // (grant_type=refresh_token), then saved back.
      const conf = path.join(scratch, 'config', 'cognito-desk', 'cognito-desk.conf');
      const before = fs.readFileSync(conf, 'utf8');
      assert.ok(!before.includes(tokens.refresh_token) && !before.includes(tokens.id_token), 'no tokens in the settings file');
      // QSettings writes the session's keys as <group>\expiresAt=... under [sessions].
      const expired = before.replace(/^(.*expiresAt)=.*$/m, '$1=2000-01-01T00:00:00Z');
      assert.notEqual(expired, before, `no expiresAt in ${before}`);
      fs.writeFileSync(conf, expired);
      called = await apiCall('--verbose');
      assert.equal(called.status, 0, `api call after expiry: ${called.stderr}`);
      assert.match(called.stderr, /refreshing/);
      const fresh = seen.pop();
      const verify = spawnSync(cli, [...globals, 'token', 'verify', '-', '--token-use', 'id'], { env, input: `${fresh}\n`, encoding: 'utf8' });
      assert.equal(verify.status, 0, `refreshed token: ${verify.stderr}`);
      assert.doesNotMatch(fs.readFileSync(conf, 'utf8'), /expiresAt=2000/, 'the refreshed session was saved back');
      log('expired code-grant session refreshed at /oauth2/token');
    }
    console.log('1 passed, 0 failed');
  } finally {
    for (const cleanup of cleanups) { try { await cleanup(); } catch { /* best effort */ } }
  }
}

const deadline = setTimeout(() => { console.error('hostedui-e2e: timed out'); process.exit(1); }, 150000);
main().then(() => { clearTimeout(deadline); }, (error) => { console.error(error); process.exit(1); });
