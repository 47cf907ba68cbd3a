'use strict';
// Hosted UI in a real headless Chromium (playwright-core driving /usr/bin/chromium):
// implicit and code (+PKCE) flows, exact redirect matching, state, cancel, new-password form.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { startSim, decodeJwt } = require('../lib/testing');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function callbackServer() {
  return new Promise((resolve) => {
    const srv = http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!DOCTYPE html><title>callback</title><p>done</p>'); });
    srv.listen(0, '127.0.0.1', () => resolve({ srv, base: `http://127.0.0.1:${srv.address().port}` }));
  });
}

test('hosted UI in headless Chromium', { skip: !fs.existsSync(CHROMIUM) && `no ${CHROMIUM}` }, async (t) => {
  const { chromium } = require('playwright-core');
  const sim = await startSim(['--seed', 'demo']);
  const cb = await callbackServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  t.after(async () => { await browser.close(); cb.srv.close(); await sim.stop(); });
  const P = sim.seed.userPoolId;
  const redirectUri = `${cb.base}/callback`;
  const client = (await sim.call('CreateUserPoolClient', {
    UserPoolId: P, ClientName: 'ui', CallbackURLs: [redirectUri], LogoutURLs: [`${cb.base}/bye`],
    AllowedOAuthFlows: ['code', 'implicit'], AllowedOAuthScopes: ['openid', 'email', 'profile'], AllowedOAuthFlowsUserPoolClient: true,
    SupportedIdentityProviders: ['COGNITO'],
  })).UserPoolClient;
  const secretClient = (await sim.call('CreateUserPoolClient', {
    UserPoolId: P, ClientName: 'ui-secret', GenerateSecret: true, CallbackURLs: [redirectUri],
    AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid', 'email'], AllowedOAuthFlowsUserPoolClient: true,
  })).UserPoolClient;
  const authorizeUrl = (params) => `${sim.endpoint}/oauth2/authorize?${new URLSearchParams({ client_id: client.ClientId, redirect_uri: redirectUri, scope: 'openid email profile', ...params })}`;
  const signIn = async (page, username, password) => {
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('#signIn');
  };
  const tokenCall = (form, headers = {}) => fetch(`${sim.endpoint}/oauth2/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form),
  }).then(async (r) => ({ status: r.status, json: await r.json() }));

  await t.test('implicit grant: tokens in the fragment, state echoed, no refresh token', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'token', state: 'st-implicit' }));
    assert.match(page.url(), /\/login\?/);
    await signIn(page, 'alice', 'Passw0rd!demo');
    await page.waitForURL(`${redirectUri}#*`);
    const u = new URL(page.url());
    assert.equal(u.search, '');
    const frag = new URLSearchParams(u.hash.slice(1));
    assert.equal(frag.get('state'), 'st-implicit');
    assert.equal(frag.get('token_type'), 'Bearer');
    assert.equal(frag.get('expires_in'), '3600');
    assert.equal(frag.get('refresh_token'), null);
    const id = decodeJwt(frag.get('id_token'));
    assert.equal(id.aud, client.ClientId);
    assert.equal(id['cognito:username'], 'alice');
    const access = decodeJwt(frag.get('access_token'));
    assert.equal(access.scope, 'openid email profile');
    const info = await fetch(`${sim.endpoint}/oauth2/userInfo`, { headers: { authorization: `Bearer ${frag.get('access_token')}` } }).then((r) => r.json());
    assert.equal(info.email, 'alice@example.com');
    assert.equal(info.username, 'alice');
    await ctx.close();
  });

  await t.test('code grant with PKCE S256; verifier checked; code single-use; refresh', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const getCode = async (verifier, state, login = true) => {
      const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
      await page.goto(authorizeUrl({ response_type: 'code', state, code_challenge: challenge, code_challenge_method: 'S256' }));
      if (login) await signIn(page, 'bob', 'Passw0rd!demo');
      await page.waitForURL(`${redirectUri}?*`);
      const q = new URL(page.url()).searchParams;
      assert.equal(q.get('state'), state);
      return q.get('code');
    };
    const v1 = crypto.randomBytes(32).toString('base64url');
    const c1 = await getCode(v1, 'st-1');
    let r = await tokenCall({ grant_type: 'authorization_code', client_id: client.ClientId, code: c1, redirect_uri: redirectUri, code_verifier: 'wrong-verifier-wrong-verifier-wrong-verifier' });
    assert.deepEqual(r, { status: 400, json: { error: 'invalid_grant' } });
    // second round: the sign-in session cookie answers without the form
    const v2 = crypto.randomBytes(32).toString('base64url');
    const c2 = await getCode(v2, 'st-2', false);
    r = await tokenCall({ grant_type: 'authorization_code', client_id: client.ClientId, code: c2, redirect_uri: redirectUri, code_verifier: v2 });
    assert.equal(r.status, 200);
    assert.equal(r.json.token_type, 'Bearer');
    assert.ok(r.json.refresh_token && r.json.id_token && r.json.access_token);
    assert.equal(decodeJwt(r.json.id_token)['cognito:username'], 'bob');
    const again = await tokenCall({ grant_type: 'authorization_code', client_id: client.ClientId, code: c2, redirect_uri: redirectUri, code_verifier: v2 });
    assert.deepEqual(again.json, { error: 'invalid_grant' });
    const rr = await tokenCall({ grant_type: 'refresh_token', client_id: client.ClientId, refresh_token: r.json.refresh_token });
    assert.equal(rr.status, 200);
    assert.ok(rr.json.access_token && !rr.json.refresh_token);
    await ctx.close();
  });

  await t.test('client_secret_basic on the token endpoint', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${sim.endpoint}/oauth2/authorize?${new URLSearchParams({ client_id: secretClient.ClientId, redirect_uri: redirectUri, response_type: 'code', state: 's' })}`);
    await signIn(page, 'frank', 'Passw0rd!demo');
    await page.waitForURL(`${redirectUri}?*`);
    const code = new URL(page.url()).searchParams.get('code');
    const noAuth = await tokenCall({ grant_type: 'authorization_code', client_id: secretClient.ClientId, code: 'x', redirect_uri: redirectUri });
    assert.equal(noAuth.status, 401);
    assert.equal(noAuth.json.error, 'invalid_client');
    const basic = Buffer.from(`${secretClient.ClientId}:${secretClient.ClientSecret}`).toString('base64');
    const r = await tokenCall({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }, { authorization: `Basic ${basic}` });
    assert.equal(r.status, 200);
    assert.equal(decodeJwt(r.json.access_token).client_id, secretClient.ClientId);
    await ctx.close();
  });

  await t.test('cancel redirects with error=access_denied and the state', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'code', state: 'st-cancel' }));
    await page.click('#cancel');
    await page.waitForURL(`${redirectUri}?*`);
    const q = new URL(page.url()).searchParams;
    assert.equal(q.get('error'), 'access_denied');
    assert.equal(q.get('state'), 'st-cancel');
    await ctx.close();
  });

  await t.test('redirect URIs must match exactly (trailing slash, port)', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    for (const bad of [`${redirectUri}/`, redirectUri.replace(/:(\d+)\//, (m, p) => `:${Number(p) + 1}/`)]) {
      const resp = await page.goto(`${sim.endpoint}/oauth2/authorize?${new URLSearchParams({ client_id: client.ClientId, redirect_uri: bad, response_type: 'code' })}`);
      assert.equal(resp.status(), 400);
      assert.ok(page.url().startsWith(sim.endpoint));
      assert.equal(await page.textContent('#error'), 'redirect_mismatch');
    }
    await ctx.close();
  });

  await t.test('wrong password stays on the form; disabled user refused', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'code' }));
    await signIn(page, 'alice', 'wrong');
    assert.equal(await page.textContent('#loginErrorMessage'), 'Incorrect username or password.');
    await signIn(page, 'erin', 'Passw0rd!demo');
    assert.equal(await page.textContent('#loginErrorMessage'), 'User is disabled.');
    await ctx.close();
  });

  await t.test('FORCE_CHANGE_PASSWORD user gets the new-password form, then the code', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'code', state: 'np' }));
    await signIn(page, 'carol', 'Temp0rary!demo');
    await page.fill('#new_password', 'short');
    await page.fill('#confirm_password', 'short');
    await page.click('#changePassword');
    assert.match(await page.textContent('#newPasswordErrorMessage'), /^Password does not conform to policy/);
    await page.fill('#new_password', 'Hosted!Passw0rd');
    await page.fill('#confirm_password', 'Hosted!Passw0rd');
    await page.click('#changePassword');
    await page.waitForURL(`${redirectUri}?*`);
    assert.ok(new URL(page.url()).searchParams.get('code'));
    const u = await sim.call('AdminGetUser', { UserPoolId: P, Username: 'carol' });
    assert.equal(u.UserStatus, 'CONFIRMED');
    await ctx.close();
  });

  await t.test('logout: logout_uri matched exactly, session ended', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'token' }));
    await signIn(page, 'alice', 'Passw0rd!demo');
    await page.waitForURL(`${redirectUri}#*`);
    await page.goto(`${sim.endpoint}/logout?${new URLSearchParams({ client_id: client.ClientId, logout_uri: `${cb.base}/bye` })}`);
    assert.equal(page.url(), `${cb.base}/bye`);
    await page.goto(authorizeUrl({ response_type: 'token' }));
    assert.match(page.url(), /\/login\?/);
    const bad = await page.goto(`${sim.endpoint}/logout?${new URLSearchParams({ client_id: client.ClientId, logout_uri: `${cb.base}/elsewhere` })}`);
    assert.equal(bad.status(), 400);
    await ctx.close();
  });

  await t.test('a user with MFA must enter the code (SMS, fixed code)', async () => {
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: P, MfaConfiguration: 'OPTIONAL', SmsMfaConfiguration: { SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sns' } } });
    await sim.call('AdminUpdateUserAttributes', { UserPoolId: P, Username: 'frank', UserAttributes: [{ Name: 'phone_number', Value: '+15555550100' }, { Name: 'phone_number_verified', Value: 'true' }] });
    await sim.call('AdminSetUserMFAPreference', { UserPoolId: P, Username: 'frank', SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'code', state: 'mfa' }));
    await signIn(page, 'frank', 'Passw0rd!demo');
    await page.fill('#totpCodeInput', '000000');
    await page.click('#signInMfa');
    assert.equal(await page.textContent('#mfaErrorMessage'), 'Invalid code received for user');
    await page.fill('#totpCodeInput', '123456');
    await page.click('#signInMfa');
    await page.waitForURL(`${redirectUri}?*`);
    assert.equal(new URL(page.url()).searchParams.get('state'), 'mfa');
    await ctx.close();
  });

  await t.test('required MFA: the hosted UI sets up an authenticator app', async () => {
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: P, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } });
    const { totp } = require('../sim/mfa');
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(authorizeUrl({ response_type: 'token', state: 'setup' }));
    await signIn(page, 'alice', 'Passw0rd!demo');
    const secret = await page.textContent('#secretCode');
    await page.fill('#totpCodeInput', totp(secret));
    await page.click('#signInMfa');
    await page.waitForURL(`${redirectUri}#*`);
    const u = await sim.call('AdminGetUser', { UserPoolId: P, Username: 'alice' });
    assert.deepEqual(u.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
    await sim.call('SetUserPoolMfaConfig', { UserPoolId: P, MfaConfiguration: 'OFF' });
    await ctx.close();
  });

  await t.test('unauthorized flow and scope redirect with an error', async () => {
    const r = await fetch(`${sim.endpoint}/oauth2/authorize?${new URLSearchParams({ client_id: secretClient.ClientId, redirect_uri: redirectUri, response_type: 'token', state: 'x' })}`, { redirect: 'manual' });
    assert.equal(r.status, 302);
    assert.match(r.headers.get('location'), /#error=unauthorized_client&state=x$/);
    const s = await fetch(authorizeUrl({ response_type: 'code', scope: 'openid phone' }), { redirect: 'manual' });
    assert.match(s.headers.get('location'), /\?error=invalid_scope/);
    const d = await fetch(`${sim.endpoint}/.well-known/openid-configuration`).then((x) => x.json());
    assert.equal(d.token_endpoint, `${sim.endpoint}/oauth2/token`);
  });
});
