'use strict';
// MFA: SMS_MFA (code "sent" by logging it; fixed with --fixed-code) and SOFTWARE_TOKEN_MFA (TOTP,
// RFC 6238, 30 s steps, 6 digits, SHA-1) — developer guide "Adding MFA to a user pool".
const crypto = require('node:crypto');
const { E } = require('./errors');
const { nowSeconds } = require('./util');
const { need } = require('./ops/common');
const { userMfa } = require('./store');

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(buf) {
  let bits = 0, value = 0, out = '';
  for (const byte of buf) {
    value = (value << 8) | byte; bits += 8;
    while (bits >= 5) { out += B32[(value >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}
function base32Decode(s) {
  let bits = 0, value = 0; const out = [];
  for (const c of s.replace(/=+$/, '').toUpperCase()) {
    const i = B32.indexOf(c); if (i < 0) continue;
    value = (value << 5) | i; bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Buffer.from(out);
}
function totp(secretB32, t = nowSeconds(), step = 30) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(t / step)));
  const h = crypto.createHmac('sha1', base32Decode(secretB32)).update(counter).digest();
  const o = h[h.length - 1] & 15;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1000000).padStart(6, '0');
}
function totpValid(secret, code) {
  const t = nowSeconds();
  return [-30, 0, 30].some((d) => totp(secret, t + d) === code);
}

// Which MFA challenge (if any) follows a successful first factor.
function challengeFor(ctx, pool, user) {
  // (MFA_SETUP appears when the pool requires MFA and the user has none.)
  if (pool.MfaConfiguration === 'OFF') return null;
  const totpOn = user.mfa.totpEnabled && user.mfa.totpVerified;
  const smsOn = user.mfa.smsEnabled && user.attrs.phone_number;
  let which = null;
  if (user.mfa.preferred === 'SOFTWARE_TOKEN_MFA' && totpOn) which = 'SOFTWARE_TOKEN_MFA';
  else if (user.mfa.preferred === 'SMS_MFA' && smsOn) which = 'SMS_MFA';
  else if (totpOn) which = 'SOFTWARE_TOKEN_MFA';
  else if (smsOn) which = 'SMS_MFA';
  else if (pool.MfaConfiguration === 'ON' && smsAllowed(pool) && user.attrs.phone_number) which = 'SMS_MFA';
  if (!which && pool.MfaConfiguration === 'ON') {
    // Required MFA and nothing set up: MFA_SETUP lists what the user can set up.
    const can = [];
    if (pool.SoftwareTokenMfaConfiguration && pool.SoftwareTokenMfaConfiguration.Enabled) can.push('SOFTWARE_TOKEN_MFA');
    if (smsAllowed(pool)) can.push('SMS_MFA');
    return { name: 'MFA_SETUP', params: { MFAS_CAN_SETUP: JSON.stringify(can) } };
  }
  if (!which) return null;
  if (which === 'SOFTWARE_TOKEN_MFA') return { name: which, params: {} };
  const code = ctx.store.newCode();
  ctx.store.recordCode('sms_mfa', pool, user, code);
  ctx.log(`SMS MFA code for ${pool.Id}/${user.Username}: ${code}`);
  return {
    name: which,
    params: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: `+*******${user.attrs.phone_number.slice(-4)}` },
    session: { smsCode: code, smsExpires: nowSeconds() + 180 },
  };
}
function smsAllowed(pool) { return !!pool.SmsConfiguration || pool.SmsMfaEnabled; }

function checkChallengeAnswer(ctx, pool, user, name, r, s) {
  if (name === 'SMS_MFA') {
    if (!r.SMS_MFA_CODE) throw E.invalidParameter('Missing required parameter SMS_MFA_CODE');
    if (r.SMS_MFA_CODE !== s.smsCode) throw E.codeMismatch();
    if (s.smsExpires < nowSeconds()) throw E.expiredCode();
    return;
  }
  if (!r.SOFTWARE_TOKEN_MFA_CODE) throw E.invalidParameter('Missing required parameter SOFTWARE_TOKEN_MFA_CODE');
  if (!totpValid(user.mfa.totpSecret, r.SOFTWARE_TOKEN_MFA_CODE)) throw E.codeMismatch();
}

// ---- operations ----
// During MFA_SETUP the calls carry the challenge Session instead of an access token; each
// answer hands out a fresh session for the next step.
function setupSession(ctx, id) {
  const s = typeof id === 'string' ? ctx.store.sessions.get(id) : undefined;
  if (!s || s.challenge !== 'MFA_SETUP') throw E.notAuthorized('Invalid session for the user.');
  if (s.expires < nowSeconds()) throw E.notAuthorized('Invalid session for the user, session is expired.');
  const pool = ctx.store.pools.get(s.poolId);
  const user = pool && pool.usersBySub.get(s.sub);
  if (!user) throw E.notAuthorized('Invalid session for the user.');
  ctx.store.sessions.delete(id);
  const next = require('./util').randomString(300);
  ctx.store.sessions.set(next, s);
  return { user, next, s };
}
function AssociateSoftwareToken(ctx, input) {
  let user, next;
  if (input.Session) ({ user, next } = setupSession(ctx, input.Session));
  else ({ user } = ctx.tokens.checkAccessToken(need(input, 'AccessToken')));
  const m = userMfa(user);
  m.totpSecret = base32(crypto.randomBytes(20));
  m.totpVerified = false;
  return { SecretCode: user.mfa.totpSecret, ...(next ? { Session: next } : {}) };
}
function VerifySoftwareToken(ctx, input) {
  let user, next, s;
  if (input.Session) ({ user, next, s } = setupSession(ctx, input.Session));
  else ({ user } = ctx.tokens.checkAccessToken(need(input, 'AccessToken')));
  if (!user.mfa.totpSecret) throw E.invalidParameter('User has not associated a software token.');
  const code = need(input, 'UserCode');
  if (!totpValid(user.mfa.totpSecret, code)) throw new (require('./errors').ApiError)('EnableSoftwareTokenMFAException', 'Code mismatch');
  userMfa(user).totpVerified = true;
  if (s) { s.totpVerified = true; userMfa(user).totpEnabled = true; } // set up during sign-in: now the user's MFA
  return { Status: 'SUCCESS', ...(next ? { Session: next } : {}) };
}
function applyPreference(user, sms, soft) {
  const m = userMfa(user);
  if (soft) {
    if (soft.Enabled && !m.totpVerified) throw E.invalidParameter('User has not verified software token mfa');
    if (soft.Enabled !== undefined) m.totpEnabled = !!soft.Enabled;
    if (soft.PreferredMfa) m.preferred = 'SOFTWARE_TOKEN_MFA';
    else if (m.preferred === 'SOFTWARE_TOKEN_MFA' && soft.PreferredMfa === false) m.preferred = null;
  }
  if (sms) {
    if (sms.Enabled && !user.attrs.phone_number) throw E.invalidParameter('User does not have a phone number');
    if (sms.Enabled !== undefined) m.smsEnabled = !!sms.Enabled;
    if (sms.PreferredMfa) m.preferred = 'SMS_MFA';
    else if (m.preferred === 'SMS_MFA' && sms.PreferredMfa === false) m.preferred = null;
  }
  if (m.preferred === 'SOFTWARE_TOKEN_MFA' && !m.totpEnabled) m.preferred = null;
  if (m.preferred === 'SMS_MFA' && !m.smsEnabled) m.preferred = null;
}
function SetUserMFAPreference(ctx, input) {
  const { user } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  applyPreference(user, input.SMSMfaSettings, input.SoftwareTokenMfaSettings);
  return {};
}
function AdminSetUserMFAPreference(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const user = ctx.store.getUser(pool, need(input, 'Username'));
  applyPreference(user, input.SMSMfaSettings, input.SoftwareTokenMfaSettings);
  return {};
}
function SetUserPoolMfaConfig(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  if (input.MfaConfiguration) pool.MfaConfiguration = input.MfaConfiguration;
  if (input.SmsMfaConfiguration) { pool.SmsMfaEnabled = true; pool.SmsMfaConfiguration = input.SmsMfaConfiguration; }
  if (input.SoftwareTokenMfaConfiguration) pool.SoftwareTokenMfaConfiguration = input.SoftwareTokenMfaConfiguration;
  return { MfaConfiguration: pool.MfaConfiguration, ...(pool.SmsMfaConfiguration ? { SmsMfaConfiguration: pool.SmsMfaConfiguration } : {}), ...(pool.SoftwareTokenMfaConfiguration ? { SoftwareTokenMfaConfiguration: pool.SoftwareTokenMfaConfiguration } : {}) };
}
function GetUserPoolMfaConfig(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  return { MfaConfiguration: pool.MfaConfiguration, ...(pool.SmsMfaConfiguration ? { SmsMfaConfiguration: pool.SmsMfaConfiguration } : {}), ...(pool.SoftwareTokenMfaConfiguration ? { SoftwareTokenMfaConfiguration: pool.SoftwareTokenMfaConfiguration } : {}) };
}

module.exports = {
  challengeFor, checkChallengeAnswer, totp, totpValid, base32, base32Decode,
  ops: { AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference, AdminSetUserMFAPreference, SetUserPoolMfaConfig, GetUserPoolMfaConfig },
};
