'use strict';
// Hosted UI on the sim's own origin (developer guide "Using the Amazon Cognito hosted UI",
// "Authorize endpoint", "Token endpoint", "UserInfo endpoint", "Logout endpoint"):
//   GET  /oauth2/authorize   validates client_id + redirect_uri (exact match against CallbackURLs),
//                            then shows /login (or answers at once for a signed-in session cookie)
//   GET/POST /login          HTML sign-in form; Cancel → redirect_uri with error=access_denied
//   POST /login/new-password the new-password form for FORCE_CHANGE_PASSWORD users
//   POST /login/mfa          the code form when the user has SMS or TOTP MFA
//   POST /oauth2/token       authorization_code (+ PKCE S256 code_verifier), refresh_token;
//                            client_secret_basic or client_secret_post for clients with a secret
//   GET  /oauth2/userInfo    Bearer access token with the openid scope
//   GET  /logout             client_id + logout_uri (exact match against LogoutURLs)
//   POST /oauth2/revoke      revoke a refresh token
//   GET  /.well-known/openid-configuration (first pool, or ?pool=ID) and /{poolId}/.well-known/...
const crypto = require('node:crypto');
const { passwordMatches, checkPasswordPolicy, userMfa } = require('./store');
const { setPassword, missingRequired, validateAttrs, updateAttributes } = require('./ops/users');
const { nowSeconds, randomString, timingEqual, sha256 } = require('./util');
const { ApiError } = require('./errors');
const mfa = require('./mfa');

const CODE_TTL = 300;       // authorization codes: 5 minutes, single use
const SESSION_TTL = 3600;   // hosted UI sign-in session cookie: 1 hour

function discovery(ctx, pool) {
  const base = ctx.baseUrl;
  return {
    authorization_endpoint: `${base}/oauth2/authorize`,
    end_session_endpoint: `${base}/logout`,
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: ctx.tokens.issuer(pool.Id),
    jwks_uri: `${base}/${pool.Id}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    revocation_endpoint: `${base}/oauth2/revoke`,
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint: `${base}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: `${base}/oauth2/userInfo`,
  };
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function page(res, status, title, inner, headers = {}) {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:24rem;margin:3rem auto}label,input,button{display:block;width:100%;margin:.4rem 0}
.error{color:#b00020}</style></head><body>${inner}</body></html>`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(html);
}
function errorPage(res, message, status = 400) {
  page(res, status, 'Error', `<h1>An error was encountered with the requested page.</h1><p class="error" id="error">${esc(message)}</p>`);
}
function redirect(res, location, headers = {}) {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}
function json(res, status, obj, headers = {}) {
  const b = Buffer.from(JSON.stringify(obj));
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', 'Content-Length': b.length, ...headers });
  res.end(b);
}
function readForm(req) {
  return new Promise((resolve, reject) => {
    const c = []; let n = 0;
    req.on('data', (d) => { n += d.length; if (n > 65536) { req.destroy(); reject(new Error('too large')); } else c.push(d); });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(c).toString('utf8'))));
    req.on('error', reject);
  });
}
function cookies(req) {
  const out = {};
  for (const part of String(req.headers.cookie || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

const AUTH_PARAMS = ['response_type', 'client_id', 'redirect_uri', 'state', 'scope', 'code_challenge', 'code_challenge_method', 'nonce'];

// Validates an authorize request. Returns {error page message} for problems that must not
// redirect (unknown client, unregistered redirect URI), {redirectError} for the others.
function validateAuthorize(ctx, q) {
  const clientId = q.get('client_id');
  const entry = clientId && ctx.store.clients.get(clientId);
  if (!entry) return { page: 'invalid_request: client_id is missing or unknown' };
  const { pool, client } = entry;
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri || !(client.CallbackURLs || []).includes(redirectUri)) return { page: 'redirect_mismatch' };
  const rt = q.get('response_type');
  const base = { pool, client, redirectUri, state: q.get('state'), implicit: rt === 'token' };
  if (rt !== 'code' && rt !== 'token') return { ...base, redirectError: 'unsupported_response_type' };
  if (!client.AllowedOAuthFlowsUserPoolClient || !(client.AllowedOAuthFlows || []).includes(rt === 'code' ? 'code' : 'implicit')) {
    return { ...base, redirectError: 'unauthorized_client' };
  }
  const allowedScopes = client.AllowedOAuthScopes || [];
  const scopes = q.get('scope') ? q.get('scope').split(/[\s+]+/).filter(Boolean) : allowedScopes;
  if (scopes.some((s) => !allowedScopes.includes(s))) return { ...base, redirectError: 'invalid_scope' };
  const cc = q.get('code_challenge'), ccm = q.get('code_challenge_method');
  if (cc && ccm !== 'S256') return { ...base, redirectError: 'invalid_request' }; // only S256 is supported
  if (!cc && ccm) return { ...base, redirectError: 'invalid_request' };
  return { ...base, scopes, codeChallenge: cc || null, nonce: q.get('nonce') };
}

function withParams(uri, params, fragment) {
  const u = new URL(uri);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null) p.set(k, v);
  if (fragment) return `${u.origin}${u.pathname}${u.search}#${p.toString()}`;
  for (const [k, v] of p) u.searchParams.append(k, v);
  return u.toString();
}

function errorRedirect(res, v, error) {
  redirect(res, withParams(v.redirectUri, { error, state: v.state }, v.implicit));
}

// The successful end of an authorize request: code or tokens.
function complete(ctx, res, v, user, extraHeaders = {}) {
  const scope = v.scopes.join(' ');
  if (v.implicit) {
    // Implicit grant: tokens in the fragment, never a refresh token.
    const t = ctx.tokens.issue(v.pool, v.client, user, { withRefresh: false, scope, nonce: v.nonce, includeIdToken: v.scopes.includes('openid') });
    return redirect(res, withParams(v.redirectUri, { id_token: t.IdToken, access_token: t.AccessToken, expires_in: t.ExpiresIn, token_type: t.TokenType, state: v.state }, true), extraHeaders);
  }
  const code = crypto.randomUUID();
  ctx.store.authCodes.set(code, {
    poolId: v.pool.Id, clientId: v.client.ClientId, sub: user.attrs.sub, redirectUri: v.redirectUri, scope, scopes: v.scopes,
    codeChallenge: v.codeChallenge, nonce: v.nonce, expires: nowSeconds() + CODE_TTL, authTime: Math.floor(nowSeconds()),
  });
  return redirect(res, withParams(v.redirectUri, { code, state: v.state }, false), extraHeaders);
}

function hiddenFields(q) {
  return AUTH_PARAMS.filter((k) => q.get(k) !== null).map((k) => `<input type="hidden" name="${k}" value="${esc(q.get(k))}">`).join('');
}
function loginForm(res, q, error, status = 200) {
  page(res, status, 'Signin', `<h1>Sign in with your username and password</h1>
${error ? `<p class="error" id="loginErrorMessage">${esc(error)}</p>` : ''}
<form method="post" action="/login" id="login">${hiddenFields(q)}
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="signInSubmitButton" id="signIn" value="signin">Sign in</button>
</form>
<form method="post" action="/login" id="cancelForm">${hiddenFields(q)}<button type="submit" name="cancel" id="cancel" value="1" formnovalidate>Cancel</button></form>`);
}
function newPasswordForm(res, q, ticket, required, error) {
  page(res, error ? 400 : 200, 'Change Password', `<h1>Change Password</h1><p>Please enter a new password.</p>
${error ? `<p class="error" id="newPasswordErrorMessage">${esc(error)}</p>` : ''}
<form method="post" action="/login/new-password" id="newPasswordForm">${hiddenFields(q)}<input type="hidden" name="ticket" value="${esc(ticket)}">
${required.map((a) => `<label for="attr_${esc(a)}">${esc(a)}</label><input id="attr_${esc(a)}" name="requiredAttributes[${esc(a)}]" required>`).join('')}
<label for="new_password">New Password</label><input id="new_password" name="password" type="password" autocomplete="new-password" required>
<label for="confirm_password">Enter New Password Again</label><input id="confirm_password" name="confirm_password" type="password" required>
<button type="submit" id="changePassword">Send</button></form>`);
}

function sessionCookie(ctx, pool, user) {
  const id = randomString(48);
  if (!ctx.store.uiSessions) ctx.store.uiSessions = new Map();
  ctx.store.uiSessions.set(id, { poolId: pool.Id, sub: user.attrs.sub, expires: nowSeconds() + SESSION_TTL });
  return { 'Set-Cookie': `cognito=${id}; Path=/; HttpOnly; SameSite=Lax` };
}
function sessionUser(ctx, req, pool) {
  const id = cookies(req).cognito;
  const s = id && ctx.store.uiSessions && ctx.store.uiSessions.get(id);
  if (!s || s.poolId !== pool.Id || s.expires < nowSeconds()) return null;
  const u = pool.usersBySub.get(s.sub);
  return u && u.enabled && u.status === 'CONFIRMED' ? u : null;
}

async function authorize(ctx, req, res, q) {
  const v = validateAuthorize(ctx, q);
  if (v.page) return errorPage(res, v.page);
  if (v.redirectError) return errorRedirect(res, v, v.redirectError);
  if (q.get('prompt') !== 'login') {
    const u = sessionUser(ctx, req, v.pool);
    if (u) return complete(ctx, res, v, u);
  }
  const p = new URLSearchParams();
  for (const k of AUTH_PARAMS) if (q.get(k) !== null) p.set(k, q.get(k));
  return redirect(res, `/login?${p}`);
}

async function login(ctx, req, res, url) {
  if (req.method === 'GET') {
    const v = validateAuthorize(ctx, url.searchParams);
    if (v.page) return errorPage(res, v.page);
    if (v.redirectError) return errorRedirect(res, v, v.redirectError);
    return loginForm(res, url.searchParams);
  }
  const f = await readForm(req);
  const v = validateAuthorize(ctx, f);
  if (v.page) return errorPage(res, v.page);
  if (v.redirectError) return errorRedirect(res, v, v.redirectError);
  if (f.get('cancel')) return errorRedirect(res, v, 'access_denied');
  const user = ctx.store.resolveUser(v.pool, f.get('username') || '');
  if (!user || !passwordMatches(v.pool, user, f.get('password') || '')) return loginForm(res, f, 'Incorrect username or password.', 400);
  if (!user.enabled) return loginForm(res, f, 'User is disabled.', 400);
  if (user.status === 'UNCONFIRMED') return loginForm(res, f, 'User is not confirmed.', 400);
  if (user.status === 'RESET_REQUIRED') return loginForm(res, f, 'Password reset required for the user.', 400);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    if (user.tempPwExpires && user.tempPwExpires < nowSeconds()) return loginForm(res, f, 'Temporary password has expired and must be reset by an administrator.', 400);
    const ticket = randomString(64);
    ctx.store.sessions.set(`ui:${ticket}`, { poolId: v.pool.Id, sub: user.attrs.sub, expires: nowSeconds() + 180 });
    return newPasswordForm(res, f, ticket, missingRequired(v.pool, user.attrs));
  }
  return afterFirstFactor(ctx, res, v, f, user);
}

// MFA in the hosted UI: the same challenge the API would issue, answered on a code form.
function afterFirstFactor(ctx, res, v, f, user) {
  const m = mfa.challengeFor(ctx, v.pool, user);
  if (!m) return complete(ctx, res, v, user, sessionCookie(ctx, v.pool, user));
  const ticket = randomString(64);
  if (m.name === 'MFA_SETUP') {
    // Required MFA, none set up: the hosted UI offers authenticator-app setup.
    if (!JSON.parse(m.params.MFAS_CAN_SETUP).includes('SOFTWARE_TOKEN_MFA')) return errorPage(res, 'MFA setup by SMS in the hosted UI is not simulated by cognito-sim.');
    const secret = mfa.base32(crypto.randomBytes(20));
    ctx.store.sessions.set(`ui-mfa:${ticket}`, { poolId: v.pool.Id, sub: user.attrs.sub, name: 'MFA_SETUP', secret, expires: nowSeconds() + 180, tries: 0 });
    return page(res, 200, 'MFA setup', `<h1>Set up an authenticator app</h1><p>Secret key: <code id="secretCode">${esc(secret)}</code></p>
<form method="post" action="/login/mfa" id="mfaForm">${hiddenFields(f)}<input type="hidden" name="ticket" value="${esc(ticket)}">
<label for="totpCodeInput">Code from the app</label><input id="totpCodeInput" name="code" autocomplete="one-time-code" inputmode="numeric" required>
<button type="submit" id="signInMfa">Verify</button></form>`);
  }
  ctx.store.sessions.set(`ui-mfa:${ticket}`, { poolId: v.pool.Id, sub: user.attrs.sub, name: m.name, ...(m.session || {}), expires: nowSeconds() + 180, tries: 0 });
  return mfaForm(res, f, ticket, m.name);
}
function mfaForm(res, q, ticket, name, error) {
  const what = name === 'SMS_MFA' ? 'We have sent a code by SMS. Enter it to complete sign-in.' : 'Enter the code from your authenticator app.';
  page(res, error ? 400 : 200, 'MFA', `<h1>Multi-factor authentication</h1><p>${esc(what)}</p>
${error ? `<p class="error" id="mfaErrorMessage">${esc(error)}</p>` : ''}
<form method="post" action="/login/mfa" id="mfaForm">${hiddenFields(q)}<input type="hidden" name="ticket" value="${esc(ticket)}">
<label for="totpCodeInput">Code</label><input id="totpCodeInput" name="code" autocomplete="one-time-code" inputmode="numeric" required>
<button type="submit" id="signInMfa">Sign in</button></form>`);
}
async function mfaAnswer(ctx, req, res) {
  const f = await readForm(req);
  const v = validateAuthorize(ctx, f);
  if (v.page) return errorPage(res, v.page);
  if (v.redirectError) return errorRedirect(res, v, v.redirectError);
  const ticket = f.get('ticket') || '';
  const s = ctx.store.sessions.get(`ui-mfa:${ticket}`);
  if (!s || s.poolId !== v.pool.Id || s.expires < nowSeconds()) return loginForm(res, f, 'Your session has expired. Please sign in again.', 400);
  const user = v.pool.usersBySub.get(s.sub);
  if (!user) return loginForm(res, f, 'Incorrect username or password.', 400);
  const r = s.name === 'SMS_MFA' ? { SMS_MFA_CODE: f.get('code') || '' } : { SOFTWARE_TOKEN_MFA_CODE: f.get('code') || '' };
  try {
    if (s.name === 'MFA_SETUP') {
      if (!mfa.totpValid(s.secret, f.get('code') || '')) throw new ApiError('CodeMismatchException', 'Invalid code received for user');
      const m = userMfa(user);
      Object.assign(m, { totpSecret: s.secret, totpVerified: true, totpEnabled: true });
    } else mfa.checkChallengeAnswer(ctx, v.pool, user, s.name, r, s);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (++s.tries >= 3) { ctx.store.sessions.delete(`ui-mfa:${ticket}`); return loginForm(res, f, 'Invalid code received for user. Please sign in again.', 400); }
    return mfaForm(res, f, ticket, s.name, 'Invalid code received for user');
  }
  ctx.store.sessions.delete(`ui-mfa:${ticket}`);
  return complete(ctx, res, v, user, sessionCookie(ctx, v.pool, user));
}

async function newPassword(ctx, req, res) {
  const f = await readForm(req);
  const v = validateAuthorize(ctx, f);
  if (v.page) return errorPage(res, v.page);
  if (v.redirectError) return errorRedirect(res, v, v.redirectError);
  const ticket = f.get('ticket') || '';
  const s = ctx.store.sessions.get(`ui:${ticket}`);
  if (!s || s.poolId !== v.pool.Id || s.expires < nowSeconds()) return loginForm(res, f, 'Your session has expired. Please sign in again.', 400);
  const user = v.pool.usersBySub.get(s.sub);
  if (!user) return loginForm(res, f, 'Incorrect username or password.', 400);
  const required = missingRequired(v.pool, user.attrs);
  const pw = f.get('password') || '';
  if (pw !== f.get('confirm_password')) return newPasswordForm(res, f, ticket, required, 'Passwords do not match.');
  const attrs = {};
  for (const a of required) attrs[a] = f.get(`requiredAttributes[${a}]`) || '';
  try {
    checkPasswordPolicy(v.pool.Policies.PasswordPolicy, pw);
    if (required.length) { validateAttrs(v.pool, attrs); updateAttributes(ctx, v.pool, user, attrs); }
  } catch (e) {
    if (e instanceof ApiError) return newPasswordForm(res, f, ticket, required, e.message);
    throw e;
  }
  ctx.store.sessions.delete(`ui:${ticket}`);
  setPassword(ctx, v.pool, user, pw, { temporary: false });
  user.status = 'CONFIRMED';
  return afterFirstFactor(ctx, res, v, f, user);
}

// Client authentication at the token endpoint: client_secret_basic or client_secret_post.
function tokenClient(ctx, req, f) {
  let id = f.get('client_id'), secret = f.get('client_secret');
  const auth = String(req.headers.authorization || '');
  if (auth.startsWith('Basic ')) {
    const dec = Buffer.from(auth.slice(6), 'base64').toString('utf8');
    const i = dec.indexOf(':');
    id = decodeURIComponent(dec.slice(0, i)); secret = decodeURIComponent(dec.slice(i + 1));
  }
  const entry = id && ctx.store.clients.get(id);
  if (!entry) return { error: 'invalid_client' };
  if (entry.client.ClientSecret && !timingEqual(entry.client.ClientSecret, secret || '')) return { error: 'invalid_client' };
  return entry;
}

async function token(ctx, req, res) {
  const ctype = String(req.headers['content-type'] || '').split(';')[0].trim();
  if (ctype !== 'application/x-www-form-urlencoded') return json(res, 400, { error: 'invalid_request' });
  const f = await readForm(req);
  const c = tokenClient(ctx, req, f);
  if (c.error) return json(res, 401, { error: c.error }, { 'WWW-Authenticate': 'Basic' });
  const { pool, client } = c;
  const grant = f.get('grant_type');
  if (grant === 'authorization_code') {
    const code = f.get('code');
    const rec = code && ctx.store.authCodes.get(code);
    if (rec) ctx.store.authCodes.delete(code); // single use
    if (!rec || rec.clientId !== client.ClientId || rec.expires < nowSeconds()) return json(res, 400, { error: 'invalid_grant' });
    if (f.get('redirect_uri') !== rec.redirectUri) return json(res, 400, { error: 'invalid_grant' });
    if (rec.codeChallenge) {
      const verifier = f.get('code_verifier') || '';
      if (!timingEqual(sha256(verifier).toString('base64url'), rec.codeChallenge)) return json(res, 400, { error: 'invalid_grant' });
    }
    const user = pool.usersBySub.get(rec.sub);
    if (!user || !user.enabled) return json(res, 400, { error: 'invalid_grant' });
    const t = ctx.tokens.issue(pool, client, user, { scope: rec.scope, nonce: rec.nonce, authTime: rec.authTime, includeIdToken: rec.scopes.includes('openid') });
    return json(res, 200, { ...(t.IdToken ? { id_token: t.IdToken } : {}), access_token: t.AccessToken, refresh_token: t.RefreshToken, expires_in: t.ExpiresIn, token_type: t.TokenType });
  }
  if (grant === 'refresh_token') {
    const rec = ctx.store.refreshTokens.get(f.get('refresh_token') || '');
    if (!rec || rec.clientId !== client.ClientId || rec.revoked || rec.expires < nowSeconds()) return json(res, 400, { error: 'invalid_grant' });
    const user = pool.usersBySub.get(rec.sub);
    if (!user || !user.enabled) return json(res, 400, { error: 'invalid_grant' });
    const scopes = (rec.scope || 'openid').split(' ');
    const t = ctx.tokens.issue(pool, client, user, { withRefresh: false, originJti: rec.originJti, scope: rec.scope, authTime: rec.authTime, includeIdToken: !rec.scope || scopes.includes('openid') });
    return json(res, 200, { ...(t.IdToken ? { id_token: t.IdToken } : {}), access_token: t.AccessToken, expires_in: t.ExpiresIn, token_type: t.TokenType });
  }
  return json(res, 400, { error: 'unsupported_grant_type' });
}

async function revoke(ctx, req, res) {
  const f = await readForm(req);
  const c = tokenClient(ctx, req, f);
  if (c.error) return json(res, 400, { error: c.error });
  const rec = ctx.store.refreshTokens.get(f.get('token') || '');
  if (rec && rec.clientId === c.client.ClientId) { rec.revoked = true; ctx.tokens.revokedOrigins(c.pool).add(rec.originJti); }
  res.writeHead(200); res.end();
}

function userInfo(ctx, req, res) {
  const auth = String(req.headers.authorization || '');
  const bad = (desc) => json(res, 401, { error: 'invalid_token', error_description: desc }, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${desc}"` });
  if (!auth.startsWith('Bearer ')) return bad('Access token is missing');
  let r;
  try { r = ctx.tokens.checkAccessToken(auth.slice(7)); } catch (e) { return bad(e.message); }
  const scopes = String(r.payload.scope || '').split(' ');
  if (!scopes.includes('openid') && !scopes.includes('aws.cognito.signin.user.admin')) return bad('Access token does not contain openid scope');
  const out = { sub: r.user.attrs.sub };
  for (const [k, v] of Object.entries(r.user.attrs)) if (k !== 'sub') out[k] = v;
  out.username = r.user.Username;
  return json(res, 200, out);
}

function logout(ctx, req, res, q) {
  const entry = ctx.store.clients.get(q.get('client_id') || '');
  if (!entry) return errorPage(res, 'invalid_request: client_id is missing or unknown');
  const clear = { 'Set-Cookie': 'cognito=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax' };
  const id = cookies(req).cognito;
  if (id && ctx.store.uiSessions) ctx.store.uiSessions.delete(id);
  const logoutUri = q.get('logout_uri');
  if (logoutUri) {
    if (!(entry.client.LogoutURLs || []).includes(logoutUri)) return errorPage(res, 'Invalid logout_uri: it must match one of the client\'s sign-out URLs exactly.');
    return redirect(res, logoutUri, clear);
  }
  if (q.get('redirect_uri') && q.get('response_type')) {
    const p = new URLSearchParams();
    for (const k of AUTH_PARAMS) if (q.get(k) !== null) p.set(k, q.get(k));
    return redirect(res, `/oauth2/authorize?${p}`, clear);
  }
  return errorPage(res, 'Required String parameter \'logout_uri\' is not present');
}

async function handle(ctx, req, res, url) {
  const p = url.pathname;
  if (p === '/oauth2/authorize' && req.method === 'GET') { await authorize(ctx, req, res, url.searchParams); return true; }
  if (p === '/login' && (req.method === 'GET' || req.method === 'POST')) { await login(ctx, req, res, url); return true; }
  if (p === '/login/new-password' && req.method === 'POST') { await newPassword(ctx, req, res); return true; }
  if (p === '/login/mfa' && req.method === 'POST') { await mfaAnswer(ctx, req, res); return true; }
  if (p === '/oauth2/token' && req.method === 'POST') { await token(ctx, req, res); return true; }
  if (p === '/oauth2/revoke' && req.method === 'POST') { await revoke(ctx, req, res); return true; }
  if (p === '/oauth2/userInfo' && (req.method === 'GET' || req.method === 'POST')) { userInfo(ctx, req, res); return true; }
  if (p === '/logout' && req.method === 'GET') { logout(ctx, req, res, url.searchParams); return true; }
  if (p === '/.well-known/openid-configuration' && req.method === 'GET') {
    const want = url.searchParams.get('pool');
    const pool = want ? ctx.store.pools.get(want) : ctx.store.pools.values().next().value;
    if (!pool) { json(res, 404, { message: 'no user pool' }); return true; }
    json(res, 200, discovery(ctx, pool));
    return true;
  }
  return false;
}

module.exports = { discovery, handle };
