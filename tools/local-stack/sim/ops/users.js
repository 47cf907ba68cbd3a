'use strict';
// Users: admin and self-service operations, ListUsers with filters and paging.
const { E } = require('../errors');
const { newUser, checkPasswordPolicy, generatePassword, makePasswordRecord, passwordMatches } = require('../store');
const { nowSeconds, timingEqual } = require('../util');
const { need, intIn, attrsToList, listToAttrs, checkSecretHash, userSummary } = require('./common');
const { page } = require('./pools');

const DAY = 86400;

function schemaOf(pool, name) { return pool.SchemaAttributes.find((a) => a.Name === name); }

// Attribute validation against the pool schema ("Attributes did not conform to the schema: ...").
// Boolean attributes (email_verified, phone_number_verified, custom Booleans) take "true"/"false"
// in any case, as AWS does ("True" is accepted), and are stored lower-case in attrs, which is
// normalised in place.
function validateAttrs(pool, attrs, { update = false } = {}) {
  for (const [name, value] of Object.entries(attrs)) {
    const s = schemaOf(pool, name);
    if (!s) throw E.invalidParameter(`Attributes did not conform to the schema: Type for attribute {${name}} could not be determined`);
    if (name === 'sub') throw E.invalidParameter('Cannot modify the non-mutable attribute sub');
    if (update && s.Mutable === false) throw E.invalidParameter(`Attributes did not conform to the schema: ${name}: Attribute cannot be updated. (changing an immutable attribute)`);
    if (value.length > 2048) throw E.invalidParameter(`Attributes did not conform to the schema: ${name}: String must be no longer than 2048 characters`);
    if (s.AttributeDataType === 'Boolean') {
      const lc = value.toLowerCase();
      if (lc !== 'true' && lc !== 'false') throw E.invalidParameter(`Attributes did not conform to the schema: ${name}: Value must be true or false`);
      attrs[name] = lc;
    }
    if (s.AttributeDataType === 'Number' && value !== '' && !Number.isFinite(Number(value))) throw E.invalidParameter(`Attributes did not conform to the schema: ${name}: Number must be a valid number`);
    if (name === 'email' && value !== '' && !/^[^@\s]+@[^@\s]+$/.test(value)) throw E.invalidParameter('Invalid email address format.');
    if (name === 'phone_number' && value !== '' && !/^\+[0-9]{4,15}$/.test(value)) throw E.invalidParameter('Invalid phone number format.');
  }
}
function checkRequired(pool, attrs) {
  for (const s of pool.SchemaAttributes) {
    if (s.Required && s.Name !== 'sub' && (attrs[s.Name] === undefined || attrs[s.Name] === '')) {
      throw E.invalidParameter(`Attributes did not conform to the schema: ${s.Name}: The attribute is required`);
    }
  }
}
function missingRequired(pool, attrs) {
  return pool.SchemaAttributes.filter((s) => s.Required && s.Name !== 'sub' && (attrs[s.Name] === undefined || attrs[s.Name] === '')).map((s) => s.Name);
}

// With UsernameAttributes the username must be an email address or phone number, which becomes
// that attribute; the internal username is the sub (developer guide, "username attributes").
function usernameForNewUser(pool, username, attrs) {
  const ua = pool.UsernameAttributes || [];
  if (!ua.length) {
    if (typeof username !== 'string' || username.length > 128 || /\s/.test(username)) {
      throw E.validation('username', username, 'Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+');
    }
    return { internal: username, attrs };
  }
  if (ua.includes('email') && /^[^@\s]+@[^@\s]+$/.test(username)) return { internal: null, attrs: { ...attrs, email: username } };
  if (ua.includes('phone_number') && /^\+[0-9]{4,15}$/.test(username)) return { internal: null, attrs: { ...attrs, phone_number: username } };
  throw E.invalidParameter(`Username should be ${ua.includes('email') && ua.includes('phone_number') ? 'either an email or a phone number' : ua.includes('email') ? 'an email' : 'a phone number'}.`);
}

function aliasTaken(ctx, pool, attrs, self) {
  for (const attr of pool.UsernameAttributes || []) {
    const v = attrs[attr];
    if (v === undefined) continue;
    const other = ctx.store.resolveUser(pool, v);
    if (other && other !== self) return true;
  }
  return false;
}

function mask(value) {
  if (value.includes('@')) { const [l, d] = value.split('@'); return `${l[0]}***@${d[0]}***`; }
  return `+*******${value.slice(-4)}`;
}
function deliveryDetails(pool, user) {
  const auto = pool.AutoVerifiedAttributes || [];
  if (user.attrs.email && (auto.includes('email') || !auto.includes('phone_number'))) return { Destination: mask(user.attrs.email), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
  if (user.attrs.phone_number) return { Destination: mask(user.attrs.phone_number), DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  return undefined;
}
// Where SignUp sends the confirmation code: an auto-verified attribute the user has — the phone
// (SMS) when both are verified automatically (developer guide, "Verifying contact information at
// sign-up"), else the email; none when the pool verifies nothing automatically.
function signUpDelivery(pool, user) {
  const auto = pool.AutoVerifiedAttributes || [];
  if (auto.includes('phone_number') && user.attrs.phone_number) return { Destination: mask(user.attrs.phone_number), DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  if (auto.includes('email') && user.attrs.email) return { Destination: mask(user.attrs.email), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
  return undefined;
}
function sendCode(ctx, pool, user, kind, validitySeconds) {
  const code = ctx.store.newCode();
  (user.codes || (user.codes = {}))[kind] = { code, expires: nowSeconds() + validitySeconds };
  ctx.store.recordCode(kind, pool, user, code);
  ctx.log(`code ${kind} for ${pool.Id}/${user.Username}: ${code}`);
  return code;
}
function checkCode(user, kind, code) {
  const c = user.codes && user.codes[kind];
  if (!c || typeof code !== 'string' || !timingEqual(c.code, code)) throw E.codeMismatch();
  if (c.expires < nowSeconds()) throw E.expiredCode();
  delete user.codes[kind];
}

function touch(user) { user.modified = nowSeconds(); }
function setPassword(ctx, pool, user, password, { temporary }) {
  user.pw = makePasswordRecord(pool, user.Username, password);
  user.srpVerifier = undefined;
  if (temporary) {
    user.status = 'FORCE_CHANGE_PASSWORD';
    const days = (pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays ?? 7);
    user.tempPwExpires = nowSeconds() + days * DAY;
  } else {
    user.tempPwExpires = null;
  }
  touch(user);
}

function createUserRecord(ctx, pool, username, attrs) {
  const { internal, attrs: a } = usernameForNewUser(pool, username, attrs);
  const user = newUser(pool, internal || 'x', a);
  if (!internal) user.Username = user.attrs.sub;
  return user;
}

// ---------------- admin ----------------
function AdminCreateUser(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const username = need(input, 'Username');
  const attrs = listToAttrs(input.UserAttributes);
  validateAttrs(pool, attrs);
  if (input.MessageAction === 'RESEND') {
    const u = ctx.store.getUser(pool, username);
    if (u.status !== 'FORCE_CHANGE_PASSWORD') throw E.unsupportedUserState();
    const pw = input.TemporaryPassword || generatePassword(pool.Policies.PasswordPolicy);
    checkPasswordPolicy(pool.Policies.PasswordPolicy, pw);
    setPassword(ctx, pool, u, pw, { temporary: true });
    ctx.log(`temporary password for ${pool.Id}/${u.Username}: ${pw}`);
    return { User: userSummary(u) };
  }
  if (input.MessageAction !== undefined && input.MessageAction !== 'SUPPRESS') throw E.validation('messageAction', input.MessageAction, 'Member must satisfy enum value set: [RESEND, SUPPRESS]');
  if (ctx.store.findUser(pool, username)) throw E.usernameExists();
  const user = createUserRecord(ctx, pool, username, attrs);
  checkRequired(pool, user.attrs);
  if (aliasTaken(ctx, pool, user.attrs, null)) throw E.usernameExists('An account with the given email already exists.');
  const pw = input.TemporaryPassword === undefined ? generatePassword(pool.Policies.PasswordPolicy) : input.TemporaryPassword;
  checkPasswordPolicy(pool.Policies.PasswordPolicy, pw);
  setPassword(ctx, pool, user, pw, { temporary: true });
  user.status = 'FORCE_CHANGE_PASSWORD';
  ctx.store.insertUser(pool, user);
  if (input.MessageAction !== 'SUPPRESS') ctx.log(`invitation for ${pool.Id}/${user.Username}: temporary password ${pw}`);
  return { User: { ...userSummary(user), MFAOptions: undefined } };
}

function AdminGetUser(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  const out = {
    Username: u.Username, UserAttributes: attrsToList(u.attrs), UserCreateDate: u.created,
    UserLastModifiedDate: u.modified, Enabled: u.enabled, UserStatus: u.status,
  };
  const mfa = mfaList(u);
  if (mfa.length) { out.UserMFASettingList = mfa; if (u.mfa.preferred) out.PreferredMfaSetting = u.mfa.preferred; }
  return out;
}
function mfaList(u) {
  const l = [];
  if (u.mfa.smsEnabled) l.push('SMS_MFA');
  if (u.mfa.totpEnabled) l.push('SOFTWARE_TOKEN_MFA');
  return l;
}

function AdminDeleteUser(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  ctx.store.removeUser(pool, u);
  return {};
}

function AdminSetUserPassword(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  const pw = need(input, 'Password');
  checkPasswordPolicy(pool.Policies.PasswordPolicy, pw);
  if (input.Permanent) {
    setPassword(ctx, pool, u, pw, { temporary: false });
    u.status = 'CONFIRMED';
  } else {
    setPassword(ctx, pool, u, pw, { temporary: true });
  }
  return {};
}

function AdminEnableUser(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  u.enabled = true; touch(u);
  return {};
}
function AdminDisableUser(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  u.enabled = false; touch(u);
  globalSignOut(ctx, pool, u); // AWS: disabling a user revokes their tokens
  return {};
}

function AdminConfirmSignUp(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  if (u.status !== 'UNCONFIRMED') throw E.notAuthorized(`User cannot be confirmed. Current status is ${u.status}`);
  u.status = 'CONFIRMED'; touch(u);
  return {};
}

function updateAttributes(ctx, pool, u, attrs) {
  validateAttrs(pool, attrs, { update: true });
  const next = { ...u.attrs, ...attrs };
  if (aliasTaken(ctx, pool, next, u)) throw E.aliasExists();
  ctx.store.unindexUser(pool, u);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'email' && v !== u.attrs.email && attrs.email_verified === undefined) next.email_verified = 'false';
    if (k === 'phone_number' && v !== u.attrs.phone_number && attrs.phone_number_verified === undefined) next.phone_number_verified = 'false';
  }
  u.attrs = next;
  ctx.store.indexUser(pool, u);
  touch(u);
}

function AdminUpdateUserAttributes(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  updateAttributes(ctx, pool, u, listToAttrs(need(input, 'UserAttributes')));
  return {};
}

function deleteAttributes(ctx, pool, u, names) {
  for (const n of names) {
    const s = schemaOf(pool, n);
    if (!s) throw E.invalidParameter(`Attributes did not conform to the schema: Type for attribute {${n}} could not be determined`);
    if (s.Required) throw E.invalidParameter(`Attributes did not conform to the schema: ${n}: The attribute is required`);
    if (n === 'sub' || s.Mutable === false) throw E.invalidParameter(`Cannot modify the non-mutable attribute ${n}`);
  }
  ctx.store.unindexUser(pool, u);
  for (const n of names) delete u.attrs[n];
  ctx.store.indexUser(pool, u);
  touch(u);
}
function AdminDeleteUserAttributes(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  deleteAttributes(ctx, pool, u, need(input, 'UserAttributeNames'));
  return {};
}

function hasVerifiedContact(u) {
  return (u.attrs.email && u.attrs.email_verified === 'true') || (u.attrs.phone_number && u.attrs.phone_number_verified === 'true');
}

// AdminResetUserPassword: status RESET_REQUIRED, a code is sent; sign-in then fails with
// PasswordResetRequiredException until ConfirmForgotPassword.
function AdminResetUserPassword(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const u = ctx.store.getUser(pool, need(input, 'Username'));
  if (!u.enabled) throw E.notAuthorized('User is disabled.');
  if (!hasVerifiedContact(u)) throw E.invalidParameter('Cannot reset password for the user as there is no registered/verified email or phone_number');
  u.status = 'RESET_REQUIRED';
  touch(u);
  sendCode(ctx, pool, u, 'forgot', 3600);
  return {};
}

function globalSignOut(ctx, pool, u) {
  const revoked = ctx.tokens.revokedOrigins(pool);
  for (const o of u.origins || []) revoked.add(o.jti);
  u.origins = [];
  for (const rec of ctx.store.refreshTokens.values()) {
    if (rec.poolId === pool.Id && rec.sub === u.attrs.sub && !rec.revoked) { rec.revoked = true; revoked.add(rec.originJti); }
  }
}
function AdminUserGlobalSignOut(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  globalSignOut(ctx, pool, ctx.store.getUser(pool, need(input, 'Username')));
  return {};
}

// ---------------- ListUsers ----------------
// Searchable attributes (API reference, ListUsers "Filter").
const SEARCHABLE = new Set(['username', 'email', 'phone_number', 'name', 'given_name', 'family_name', 'preferred_username', 'cognito:user_status', 'status', 'sub']);

function parseFilter(filter) {
  if (filter === undefined || filter === null || filter === '') return null;
  if (typeof filter !== 'string' || filter.length > 256) throw E.validation('filter', filter, 'Member must have length less than or equal to 256');
  const m = /^\s*"?([A-Za-z_:]+)"?\s*(\^=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(filter);
  if (!m) throw E.invalidParameter('Error while parsing filter.');
  const [, attr, op, raw] = m;
  if (!SEARCHABLE.has(attr)) throw E.invalidParameter(`Invalid search attribute: ${attr}`);
  const value = raw.replace(/\\(.)/g, '$1');
  const get = (u) => {
    if (attr === 'username') return u.Username;
    if (attr === 'cognito:user_status') return u.status;
    if (attr === 'status') return u.enabled ? 'Enabled' : 'Disabled';
    return u.attrs[attr];
  };
  return (u) => { const v = get(u); return v !== undefined && (op === '=' ? v === value : v.startsWith(value)); };
}

function ListUsers(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const limit = intIn(input, 'Limit', 0, 60, { dflt: 60 }) || 60;
  const match = parseFilter(input.Filter);
  const only = Array.isArray(input.AttributesToGet) ? new Set(input.AttributesToGet) : null;
  if (only) for (const a of only) if (!schemaOf(pool, a)) throw E.invalidParameter(`One or more requested attributes do not exist.`);
  const keys = ctx.store.ensureSorted(pool);
  // Tokens are bound to the pool and the exact filter; they expire after one hour.
  const r = page(ctx.store, keys, {
    binding: `ListUsers|${pool.Id}|${input.Filter || ''}`, token: input.PaginationToken, field: 'PaginationToken', limit,
    ttlMs: 3600 * 1000,
    filter: (k) => { const u = pool.users.get(k); return u && (!match || match(u)) ? u : null; },
    map: (k, u) => userSummary(u, only),
  });
  return { Users: r.items, ...(r.next ? { PaginationToken: r.next } : {}) };
}

// ---------------- self-service (public) ----------------
function SignUp(ctx, input) {
  const { pool, client } = ctx.store.clientById(need(input, 'ClientId'));
  const username = need(input, 'Username');
  const password = need(input, 'Password');
  checkSecretHash(client, input.SecretHash, [username]);
  if (pool.AdminCreateUserConfig.AllowAdminCreateUserOnly) throw E.notAuthorized('SignUp is not permitted for this user pool');
  const attrs = listToAttrs(input.UserAttributes);
  validateAttrs(pool, attrs);
  if (ctx.store.findUser(pool, username) || ((pool.UsernameAttributes || []).length && ctx.store.resolveUser(pool, username))) {
    throw E.usernameExists('User already exists');
  }
  const user = createUserRecord(ctx, pool, username, attrs);
  checkRequired(pool, user.attrs);
  checkPasswordPolicy(pool.Policies.PasswordPolicy, password);
  setPassword(ctx, pool, user, password, { temporary: false });
  user.status = 'UNCONFIRMED';
  ctx.store.insertUser(pool, user);
  // A confirmation code goes out only to an attribute the pool verifies automatically
  // (AutoVerifiedAttributes); without one AWS sends nothing and answers no CodeDeliveryDetails:
  // the user stays UNCONFIRMED until AdminConfirmSignUp.
  const details = signUpDelivery(pool, user);
  if (details) sendCode(ctx, pool, user, 'signup', DAY);
  return { UserConfirmed: false, ...(details ? { CodeDeliveryDetails: details } : {}), UserSub: user.attrs.sub };
}

function ConfirmSignUp(ctx, input) {
  const { pool, client } = ctx.store.clientById(need(input, 'ClientId'));
  const username = need(input, 'Username');
  checkSecretHash(client, input.SecretHash, [username]);
  const u = ctx.store.resolveUser(pool, username);
  if (!u) throw E.userNotFound('Username/client id combination not found.');
  const code = need(input, 'ConfirmationCode');
  if (u.status !== 'UNCONFIRMED') throw E.notAuthorized(`User cannot be confirmed. Current status is ${u.status}`);
  checkCode(u, 'signup', code);
  u.status = 'CONFIRMED';
  // The code proves the attribute it was sent to.
  const sentTo = signUpDelivery(pool, u);
  if (sentTo) u.attrs[`${sentTo.AttributeName}_verified`] = 'true';
  touch(u);
  return {};
}

function ResendConfirmationCode(ctx, input) {
  const { pool, client } = ctx.store.clientById(need(input, 'ClientId'));
  const username = need(input, 'Username');
  checkSecretHash(client, input.SecretHash, [username]);
  const u = ctx.store.resolveUser(pool, username);
  if (!u) throw E.userNotFound('Username/client id combination not found.');
  if (u.status !== 'UNCONFIRMED') throw E.invalidParameter('User is already confirmed.');
  const details = deliveryDetails(pool, u);
  if (!details) throw E.invalidParameter('No verified email or phone_number to send the code to.');
  sendCode(ctx, pool, u, 'signup', DAY);
  return { CodeDeliveryDetails: details };
}

function ForgotPassword(ctx, input) {
  const { pool, client } = ctx.store.clientById(need(input, 'ClientId'));
  const username = need(input, 'Username');
  checkSecretHash(client, input.SecretHash, [username]);
  const u = ctx.store.resolveUser(pool, username);
  if (!u) throw E.userNotFound('Username/client id combination not found.');
  if (!u.enabled) throw E.notAuthorized('User is disabled.');
  if (!hasVerifiedContact(u)) throw E.invalidParameter('Cannot reset password for the user as there is no registered/verified email or phone_number');
  sendCode(ctx, pool, u, 'forgot', 3600);
  return { CodeDeliveryDetails: deliveryDetails(pool, u) };
}

function ConfirmForgotPassword(ctx, input) {
  const { pool, client } = ctx.store.clientById(need(input, 'ClientId'));
  const username = need(input, 'Username');
  checkSecretHash(client, input.SecretHash, [username]);
  const u = ctx.store.resolveUser(pool, username);
  if (!u) throw E.userNotFound('Username/client id combination not found.');
  const pw = need(input, 'Password');
  checkCode(u, 'forgot', need(input, 'ConfirmationCode'));
  checkPasswordPolicy(pool.Policies.PasswordPolicy, pw);
  setPassword(ctx, pool, u, pw, { temporary: false });
  u.status = 'CONFIRMED';
  return {};
}

function GetUser(ctx, input) {
  const { user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  const out = { Username: u.Username, UserAttributes: attrsToList(u.attrs) };
  const mfa = mfaList(u);
  if (mfa.length) { out.UserMFASettingList = mfa; if (u.mfa.preferred) out.PreferredMfaSetting = u.mfa.preferred; }
  return out;
}

function ChangePassword(ctx, input) {
  const { pool, user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  const prev = need(input, 'PreviousPassword');
  const next = need(input, 'ProposedPassword');
  if (!passwordMatches(pool, u, prev)) throw E.notAuthorized();
  checkPasswordPolicy(pool.Policies.PasswordPolicy, next);
  setPassword(ctx, pool, u, next, { temporary: false });
  return {};
}

function UpdateUserAttributes(ctx, input) {
  const { pool, user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  const attrs = listToAttrs(need(input, 'UserAttributes'));
  for (const k of Object.keys(attrs)) if (k === 'email_verified' || k === 'phone_number_verified') throw E.notAuthorized(`A client attempted to write unauthorized attribute`);
  updateAttributes(ctx, pool, u, attrs);
  const details = [];
  if (attrs.email && u.attrs.email_verified === 'false') { sendCode(ctx, pool, u, 'attr:email', DAY); details.push({ Destination: mask(u.attrs.email), DeliveryMedium: 'EMAIL', AttributeName: 'email' }); }
  return details.length ? { CodeDeliveryDetailsList: details } : {};
}

function DeleteUserAttributes(ctx, input) {
  const { pool, user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  deleteAttributes(ctx, pool, u, need(input, 'UserAttributeNames'));
  return {};
}

function DeleteUser(ctx, input) {
  const { pool, user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  ctx.store.removeUser(pool, u);
  return {};
}

function GetUserAttributeVerificationCode(ctx, input) {
  const { pool, user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  const attr = need(input, 'AttributeName');
  if (!['email', 'phone_number'].includes(attr) || !u.attrs[attr]) throw E.invalidParameter('Invalid attribute name.');
  sendCode(ctx, pool, u, `attr:${attr}`, DAY);
  return { CodeDeliveryDetails: { Destination: mask(u.attrs[attr]), DeliveryMedium: attr === 'email' ? 'EMAIL' : 'SMS', AttributeName: attr } };
}

function VerifyUserAttribute(ctx, input) {
  const { user: u } = ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  const attr = need(input, 'AttributeName');
  checkCode(u, `attr:${attr}`, need(input, 'Code'));
  u.attrs[`${attr}_verified`] = 'true';
  touch(u);
  return {};
}

module.exports = {
  ops: {
    AdminCreateUser, AdminGetUser, AdminDeleteUser, AdminSetUserPassword, AdminEnableUser, AdminDisableUser,
    AdminConfirmSignUp, AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminResetUserPassword,
    AdminUserGlobalSignOut, ListUsers, SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword,
    ConfirmForgotPassword, GetUser, ChangePassword, UpdateUserAttributes, DeleteUserAttributes, DeleteUser,
    GetUserAttributeVerificationCode, VerifyUserAttribute,
  },
  validateAttrs, checkRequired, missingRequired, setPassword, globalSignOut, createUserRecord, updateAttributes, sendCode, checkCode, mask,
};
