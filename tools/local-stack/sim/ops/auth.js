'use strict';
// Authentication: InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge,
// AdminRespondToAuthChallenge, GlobalSignOut, RevokeToken (Cognito API reference and developer
// guide "User pool authentication flow").
const crypto = require('node:crypto');
const { E } = require('../errors');
const { ApiError } = require('../errors');
const { passwordMatches, checkPasswordPolicy } = require('../store');
const { nowSeconds, randomString, timingEqual } = require('../util');
const { need, checkSecretHash, listToAttrs } = require('./common');
const { missingRequired, setPassword, globalSignOut, updateAttributes, validateAttrs } = require('./users');
const srp = require('../srp');
const mfa = require('../mfa');
const authEvents = require('../authevents');

// Effective flows of a client. Without ExplicitAuthFlows a client allows SRP, refresh and custom
// auth only (API reference, CreateUserPoolClient "ExplicitAuthFlows"); with legacy values SRP and
// refresh are always allowed.
function allowed(client, flow) {
  const f = client.ExplicitAuthFlows;
  if (!f || !f.length) return ['USER_SRP', 'REFRESH_TOKEN', 'CUSTOM'].includes(flow);
  if (f.some((x) => !x.startsWith('ALLOW_'))) {
    if (flow === 'USER_SRP' || flow === 'REFRESH_TOKEN') return true;
    if (flow === 'ADMIN_USER_PASSWORD') return f.includes('ADMIN_NO_SRP_AUTH');
    if (flow === 'USER_PASSWORD') return f.includes('USER_PASSWORD_AUTH');
    return f.includes('CUSTOM_AUTH_FLOW_ONLY');
  }
  return f.includes(`ALLOW_${flow === 'CUSTOM' ? 'CUSTOM' : flow}_AUTH`);
}

function newSession(ctx, pool, client, user, challenge, extra = {}) {
  const id = randomString(300);
  const validity = (client.AuthSessionValidity || 3) * 60;
  ctx.store.sessions.set(id, { poolId: pool.Id, clientId: client.ClientId, sub: user.attrs.sub, challenge, expires: nowSeconds() + validity, ...extra });
  if (ctx.store.sessions.size > 20000) { // bound memory under load
    const t = nowSeconds();
    for (const [k, s] of ctx.store.sessions) if (s.expires < t) ctx.store.sessions.delete(k);
  }
  return id;
}

function takeSession(ctx, id, client, challenge) {
  const s = typeof id === 'string' ? ctx.store.sessions.get(id) : undefined;
  if (!s || s.clientId !== client.ClientId) throw E.notAuthorized('Invalid session for the user.');
  if (s.expires < nowSeconds()) { ctx.store.sessions.delete(id); throw E.notAuthorized('Invalid session for the user, session is expired.'); }
  if (s.challenge !== challenge) throw E.invalidParameter(`Invalid challenge response: expected ${s.challenge}.`);
  ctx.store.sessions.delete(id); // sessions are single-use
  return s;
}

function userMissing(client) {
  // PreventUserExistenceErrors ENABLED hides whether the user exists.
  return client.PreventUserExistenceErrors === 'ENABLED' ? E.notAuthorized() : E.userNotFound();
}

function challengeResult(name, session, params) {
  return { ChallengeName: name, Session: session, ChallengeParameters: params };
}

function newPasswordChallenge(ctx, pool, client, user) {
  const attrs = { ...user.attrs };
  delete attrs.sub;
  return challengeResult('NEW_PASSWORD_REQUIRED', newSession(ctx, pool, client, user, 'NEW_PASSWORD_REQUIRED'), {
    USER_ID_FOR_SRP: user.Username,
    requiredAttributes: JSON.stringify(missingRequired(pool, user.attrs).map((a) => `userAttributes.${a}`)),
    userAttributes: JSON.stringify(attrs),
  });
}

// After the password is proven: status checks, then the next challenge or tokens.
function afterPassword(ctx, pool, client, user) {
  if (!user.enabled) throw E.notAuthorized('User is disabled.');
  if (user.status === 'RESET_REQUIRED') throw E.passwordResetRequired();
  if (user.status === 'UNCONFIRMED') throw E.userNotConfirmed();
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    if (user.tempPwExpires && user.tempPwExpires < nowSeconds()) {
      throw E.notAuthorized('Temporary password has expired and must be reset by an administrator.');
    }
    return newPasswordChallenge(ctx, pool, client, user);
  }
  return afterFirstFactor(ctx, pool, client, user);
}

function afterFirstFactor(ctx, pool, client, user) {
  const m = mfa.challengeFor(ctx, pool, user);
  if (m) {
    const params = { USER_ID_FOR_SRP: user.Username, ...m.params };
    return challengeResult(m.name, newSession(ctx, pool, client, user, m.name, m.session || {}), params);
  }
  authEvents.record(ctx, pool, user, 'Pass', [['Password', 'Success']]);
  return { ChallengeParameters: {}, AuthenticationResult: ctx.tokens.issue(pool, client, user) };
}

// A wrong password: the error, after the user's sign-in history has it.
function wrongPassword(ctx, pool, user) {
  authEvents.record(ctx, pool, user, 'Fail', [['Password', 'Failure']]);
  return E.notAuthorized();
}

function passwordFlow(ctx, pool, client, params) {
  const username = params.USERNAME;
  if (!username) throw E.invalidParameter('Missing required parameter USERNAME');
  const user = ctx.store.resolveUser(pool, username);
  checkSecretHash(client, params.SECRET_HASH, [username, user && user.Username]);
  if (!user) throw userMissing(client);
  if (params.PASSWORD === undefined) throw E.invalidParameter('Missing required parameter PASSWORD');
  if (!passwordMatches(pool, user, params.PASSWORD)) throw wrongPassword(ctx, pool, user);
  return afterPassword(ctx, pool, client, user);
}

function srpFlow(ctx, pool, client, params) {
  const username = params.USERNAME;
  if (!username) throw E.invalidParameter('Missing required parameter USERNAME');
  if (!params.SRP_A || !/^[0-9a-fA-F]+$/.test(params.SRP_A)) throw E.invalidParameter('Missing required parameter SRP_A');
  const user = ctx.store.resolveUser(pool, username);
  checkSecretHash(client, params.SECRET_HASH, [username, user && user.Username]);
  if (!user) throw userMissing(client);
  if (srp.toBig(params.SRP_A) % srp.N === 0n) throw E.notAuthorized('Invalid SRP_A value.');
  if (!user.pw) throw E.notAuthorized();
  if (!user.srpVerifier) user.srpVerifier = srp.verifier(user.pw);
  const { b, B } = srp.serverChallenge(user.srpVerifier);
  const secretBlock = crypto.randomBytes(128).toString('base64');
  const session = newSession(ctx, pool, client, user, 'PASSWORD_VERIFIER', { srp: { A: params.SRP_A, b, B, secretBlock } });
  return challengeResult('PASSWORD_VERIFIER', session, {
    SALT: user.pw.salt, SECRET_BLOCK: secretBlock, SRP_B: B.toString(16),
    USERNAME: user.Username, USER_ID_FOR_SRP: user.Username,
  });
}

function refreshFlow(ctx, pool, client, params) {
  const rt = params.REFRESH_TOKEN;
  if (!rt) throw E.invalidParameter('Missing required parameter REFRESH_TOKEN');
  const rec = ctx.store.refreshTokens.get(rt);
  if (!rec || rec.clientId !== client.ClientId) throw E.notAuthorized('Invalid Refresh Token');
  const user = pool.usersBySub.get(rec.sub);
  // Refresh: SECRET_HASH over the internal username (USER_ID_FOR_SRP).
  checkSecretHash(client, params.SECRET_HASH, [user && user.Username]);
  if (rec.revoked) throw E.notAuthorized('Refresh Token has been revoked');
  if (rec.expires < nowSeconds()) throw E.notAuthorized('Refresh Token has expired');
  if (!user) throw E.notAuthorized('User does not exist.');
  if (!user.enabled) throw E.notAuthorized('User is disabled.');
  return {
    ChallengeParameters: {},
    AuthenticationResult: ctx.tokens.issue(pool, client, user, { withRefresh: false, originJti: rec.originJti, authTime: rec.authTime, scope: rec.scope }),
  };
}

function initiate(ctx, input, admin) {
  let pool, client;
  if (admin) {
    pool = ctx.store.getPool(need(input, 'UserPoolId'));
    client = ctx.store.getClient(pool, need(input, 'ClientId'));
  } else {
    ({ pool, client } = ctx.store.clientById(need(input, 'ClientId')));
  }
  const flow = need(input, 'AuthFlow');
  const params = input.AuthParameters || {};
  switch (flow) {
    case 'USER_PASSWORD_AUTH':
      if (admin) throw E.invalidParameter('Initiate Auth method not supported.');
      if (!allowed(client, 'USER_PASSWORD')) throw E.invalidParameter('USER_PASSWORD_AUTH flow not enabled for this client');
      return passwordFlow(ctx, pool, client, params);
    case 'ADMIN_USER_PASSWORD_AUTH': case 'ADMIN_NO_SRP_AUTH':
      if (!admin) throw E.invalidParameter('Initiate Auth method not supported.');
      if (!allowed(client, 'ADMIN_USER_PASSWORD')) throw E.invalidParameter('Auth flow not enabled for this client');
      return passwordFlow(ctx, pool, client, params);
    case 'USER_SRP_AUTH':
      if (!allowed(client, 'USER_SRP')) throw E.invalidParameter('USER_SRP_AUTH is not enabled for the client.');
      return srpFlow(ctx, pool, client, params);
    case 'REFRESH_TOKEN_AUTH': case 'REFRESH_TOKEN':
      if (!allowed(client, 'REFRESH_TOKEN')) throw E.invalidParameter('Refresh Token flow not enabled for this client');
      return refreshFlow(ctx, pool, client, params);
    case 'CUSTOM_AUTH':
      throw E.invalidParameter('Custom auth lambda trigger is not configured for the user pool.');
    default:
      throw E.validation('authFlow', flow, 'Member must satisfy enum value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH]');
  }
}

function respond(ctx, input, admin) {
  let pool, client;
  if (admin) {
    pool = ctx.store.getPool(need(input, 'UserPoolId'));
    client = ctx.store.getClient(pool, need(input, 'ClientId'));
  } else {
    ({ pool, client } = ctx.store.clientById(need(input, 'ClientId')));
  }
  const name = need(input, 'ChallengeName');
  const r = input.ChallengeResponses || {};
  if (!r.USERNAME) throw E.invalidParameter('Missing required parameter USERNAME');
  const s = takeSession(ctx, input.Session, client, name);
  const user = pool.usersBySub.get(s.sub);
  if (!user) throw E.userNotFound();
  const sameUser = ctx.store.resolveUser(pool, r.USERNAME);
  if (sameUser !== user) throw E.notAuthorized('Invalid session for the user.');
  // Challenge responses: SECRET_HASH over the internal username (USER_ID_FOR_SRP), not the
  // alias the user typed.
  checkSecretHash(client, r.SECRET_HASH, [user.Username]);
  switch (name) {
    case 'NEW_PASSWORD_REQUIRED': {
      const pw = r.NEW_PASSWORD;
      if (!pw) throw E.invalidParameter('Missing required parameter NEW_PASSWORD');
      const attrs = {};
      for (const [k, v] of Object.entries(r)) if (k.startsWith('userAttributes.')) attrs[k.slice(15)] = String(v);
      validateAttrs(pool, attrs);
      const merged = { ...user.attrs, ...attrs };
      const missing = missingRequired(pool, merged);
      if (missing.length) throw E.invalidParameter(`Invalid attributes given, ${missing[0]} is missing`);
      checkPasswordPolicy(pool.Policies.PasswordPolicy, pw);
      if (Object.keys(attrs).length) updateAttributes(ctx, pool, user, attrs);
      setPassword(ctx, pool, user, pw, { temporary: false });
      user.status = 'CONFIRMED';
      return afterFirstFactor(ctx, pool, client, user);
    }
    case 'PASSWORD_VERIFIER': {
      const { A, b, B, secretBlock } = s.srp;
      if (r.PASSWORD_CLAIM_SECRET_BLOCK !== secretBlock) throw E.notAuthorized();
      if (!srp.TIMESTAMP_RE.test(r.TIMESTAMP || '')) throw E.invalidParameter('Invalid TIMESTAMP format.');
      const key = srp.sessionKey({ Ahex: A, b, B, v: user.srpVerifier || srp.verifier(user.pw) });
      const expected = key && srp.expectedSignature(key, pool.srpPoolName, user.Username, secretBlock, r.TIMESTAMP);
      if (!expected || !timingEqual(expected, r.PASSWORD_CLAIM_SIGNATURE || '')) throw wrongPassword(ctx, pool, user);
      return afterPassword(ctx, pool, client, user);
    }
    case 'MFA_SETUP': {
      // Answered after AssociateSoftwareToken + VerifySoftwareToken with the session.
      if (!s.totpVerified) throw E.invalidParameter('Software token MFA has not been verified for the session.');
      authEvents.record(ctx, pool, user, 'Pass', [['Password', 'Success']]);
      return { ChallengeParameters: {}, AuthenticationResult: ctx.tokens.issue(pool, client, user) };
    }
    case 'SMS_MFA': case 'SOFTWARE_TOKEN_MFA': {
      try {
        mfa.checkChallengeAnswer(ctx, pool, user, name, r, s);
      } catch (e) {
        // A wrong code may be retried within the session (until it expires, at most 3 tries).
        if ((s.tries = (s.tries || 0) + 1) < 3) ctx.store.sessions.set(input.Session, s);
        authEvents.record(ctx, pool, user, 'Fail', [['Password', 'Success'], ['Mfa', 'Failure']]);
        throw e;
      }
      authEvents.record(ctx, pool, user, 'Pass', [['Password', 'Success'], ['Mfa', 'Success']]);
      return { ChallengeParameters: {}, AuthenticationResult: ctx.tokens.issue(pool, client, user) };
    }
    default:
      throw E.invalidParameter(`Challenge ${name} is not supported by cognito-sim.`);
  }
}

function InitiateAuth(ctx, input) { return initiate(ctx, input, false); }
function AdminInitiateAuth(ctx, input) { return initiate(ctx, input, true); }
function RespondToAuthChallenge(ctx, input) { return respond(ctx, input, false); }
function AdminRespondToAuthChallenge(ctx, input) { return respond(ctx, input, true); }

function GlobalSignOut(ctx, input) {
  const { pool, user } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  globalSignOut(ctx, pool, user);
  return {};
}

// RevokeToken: revokes the refresh token and every access/ID token issued from it.
function RevokeToken(ctx, input) {
  const token = need(input, 'Token');
  const { pool, client } = ctx.store.clientById(need(input, 'ClientId'));
  if (client.ClientSecret && !timingEqual(client.ClientSecret, input.ClientSecret || '')) {
    throw new ApiError('UnauthorizedException', 'Client is not authorized to revoke tokens.');
  }
  if (client.EnableTokenRevocation === false) throw new ApiError('UnsupportedOperationException', 'Token revocation is not enabled for this client.');
  const rec = ctx.store.refreshTokens.get(token);
  if (!rec) {
    if (token.split('.').length === 3) throw new ApiError('UnsupportedTokenTypeException', 'The token provided is not a refresh token.');
    return {}; // AWS: revoking an unknown/invalid refresh token succeeds silently
  }
  if (rec.clientId !== client.ClientId) throw new ApiError('UnauthorizedException', 'Token was not issued to this client.');
  rec.revoked = true;
  ctx.tokens.revokedOrigins(pool).add(rec.originJti);
  return {};
}

module.exports = {
  ops: { InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge, AdminRespondToAuthChallenge, GlobalSignOut, RevokeToken },
  allowed, afterPassword, afterFirstFactor, newSession,
};
