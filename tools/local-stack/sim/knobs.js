'use strict';
// Knobs: quotas (token buckets per AWS quota category), added latency, injected faults.
// Quota values: AWS "Quotas in Amazon Cognito" (operation categories, RPS per account/region).
const { clock } = require('./util');

const CATEGORY_OPS = {
  UserAuthentication: ['InitiateAuth', 'AdminInitiateAuth', 'RespondToAuthChallenge', 'AdminRespondToAuthChallenge'],
  UserCreation: ['SignUp', 'AdminCreateUser'],
  UserAccountRecovery: ['ChangePassword', 'ForgotPassword', 'ConfirmForgotPassword', 'AdminResetUserPassword', 'AdminSetUserPassword'],
  UserRead: ['AdminGetUser', 'GetUser', 'AdminListGroupsForUser', 'AdminListUserAuthEvents', 'ListDevices', 'AdminListDevices', 'GetDevice', 'AdminGetDevice'],
  UserUpdate: ['AdminUpdateUserAttributes', 'UpdateUserAttributes', 'AdminDeleteUserAttributes', 'DeleteUserAttributes',
    'AdminAddUserToGroup', 'AdminRemoveUserFromGroup', 'AdminConfirmSignUp', 'ConfirmSignUp', 'AdminDisableUser',
    'AdminEnableUser', 'AdminDeleteUser', 'DeleteUser', 'AdminUserGlobalSignOut', 'GlobalSignOut',
    'VerifyUserAttribute', 'GetUserAttributeVerificationCode', 'ResendConfirmationCode', 'RevokeToken',
    'AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference', 'AdminSetUserMFAPreference',
    'ConfirmDevice', 'ForgetDevice', 'AdminForgetDevice', 'UpdateDeviceStatus', 'AdminUpdateDeviceStatus'],
  UserList: ['ListUsers', 'ListUsersInGroup'],
  UserResourceRead: ['GetGroup', 'ListGroups', 'GetCSVHeader', 'DescribeUserImportJob', 'ListUserImportJobs', 'GetUserPoolMfaConfig'],
  UserResourceUpdate: ['CreateGroup', 'UpdateGroup', 'DeleteGroup', 'CreateUserImportJob', 'StartUserImportJob', 'StopUserImportJob'],
  UserPoolRead: ['DescribeUserPool', 'ListUserPools'],
  UserPoolUpdate: ['CreateUserPool', 'UpdateUserPool', 'DeleteUserPool', 'SetUserPoolMfaConfig'],
  UserPoolClientRead: ['DescribeUserPoolClient', 'ListUserPoolClients'],
  UserPoolClientUpdate: ['CreateUserPoolClient', 'UpdateUserPoolClient', 'DeleteUserPoolClient'],
};
const AWS_QUOTAS = {
  UserAuthentication: 120, UserCreation: 50, UserAccountRecovery: 30, UserRead: 120, UserUpdate: 25,
  UserList: 30, UserResourceRead: 50, UserResourceUpdate: 25, UserPoolRead: 20, UserPoolUpdate: 15,
  UserPoolClientRead: 15, UserPoolClientUpdate: 15,
};
const ADMIN_CATEGORIES = new Set(['UserResourceUpdate', 'UserPoolRead', 'UserPoolUpdate', 'UserPoolClientRead', 'UserPoolClientUpdate']);
const PER_OP_PER_POOL = 5;          // pool/group/client admin: <= 5 RPS per operation per pool
const PER_USER = 10;                 // <= 10 reads and 10 writes per second against one user
const READ_CATEGORIES = new Set(['UserRead', 'UserAuthentication']);

const OP_CATEGORY = {};
for (const [cat, ops] of Object.entries(CATEGORY_OPS)) for (const op of ops) OP_CATEGORY[op] = cat;

function categoryOf(op, input) {
  // NEW_PASSWORD_REQUIRED answers count as account recovery (quota table footnote).
  if ((op === 'RespondToAuthChallenge' || op === 'AdminRespondToAuthChallenge') && input && input.ChallengeName === 'NEW_PASSWORD_REQUIRED') return 'UserAccountRecovery';
  return OP_CATEGORY[op];
}

// Refills on the sim's clock, so a test can advance /_sim/clock instead of waiting.
class Bucket {
  constructor(rate) { this.rate = rate; this.tokens = rate; this.t = clock.now(); }
  take() {
    const now = clock.now();
    this.tokens = Math.min(this.rate, this.tokens + Math.max(0, now - this.t) / 1000 * this.rate);
    this.t = now;
    if (this.tokens >= 1) { this.tokens -= 1; return true; }
    return false;
  }
}

// Small deterministic PRNG (mulberry32) so fault runs can be reproduced with --fault-seed.
function prng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

// 5xx: InternalErrorException before the operation runs (nothing done); throttle:
// TooManyRequestsException (nothing done); reset: the operation runs, the 200 is cut half-way
// and the connection reset; hang: no answer, nothing done, the connection dropped after hangMs;
// commitThenFail: the operation runs, then InternalErrorException; commitThenHang: the
// operation runs, then no answer (the client times out), the connection dropped after hangMs.
const FAULT_KINDS = ['5xx', 'throttle', 'reset', 'hang', 'commitThenFail', 'commitThenHang'];
const noFaults = () => Object.fromEntries(FAULT_KINDS.map((k) => [k, 0]));

class Knobs {
  constructor() { this.reset(); }
  reset() {
    this.quotasEnabled = false;
    this.quotas = { ...AWS_QUOTAS };
    this.perPoolOpLimit = PER_OP_PER_POOL;
    this.perUserLimit = PER_USER;
    this.buckets = new Map();
    this.latencyMs = 0;
    this.jitterMs = 0;
    this.faults = noFaults();
    this.faultOps = null; // null = all operations
    this.hangMs = 60000;
    this.domainProvisionMs = 10000; // how long a new hosted-UI domain stays CREATING
    this.random = prng(Date.now());
    this.resetStats();
  }
  resetStats() {
    this.stats = { requests: 0, throttled: 0, ops: {}, poolOps: {}, faults: noFaults() };
  }
  seed(n) { this.random = prng(n); }
  toJSON() {
    return {
      quotasEnabled: this.quotasEnabled, quotas: this.quotas, perPoolOpLimit: this.perPoolOpLimit, perUserLimit: this.perUserLimit,
      latencyMs: this.latencyMs, jitterMs: this.jitterMs, faults: this.faults, faultOps: this.faultOps, hangMs: this.hangMs,
      domainProvisionMs: this.domainProvisionMs,
      stats: this.stats,
    };
  }
  // Partial update from the control endpoint or the command line.
  set(cfg) {
    if (cfg.quotasEnabled !== undefined) this.quotasEnabled = !!cfg.quotasEnabled;
    if (cfg.quotas) for (const [k, v] of Object.entries(cfg.quotas)) {
      if (!(k in AWS_QUOTAS)) throw new Error(`unknown quota category ${k} (known: ${Object.keys(AWS_QUOTAS).join(', ')})`);
      this.quotas[k] = Number(v);
    }
    if (cfg.perPoolOpLimit !== undefined) this.perPoolOpLimit = Number(cfg.perPoolOpLimit);
    if (cfg.perUserLimit !== undefined) this.perUserLimit = Number(cfg.perUserLimit);
    if (cfg.latencyMs !== undefined) this.latencyMs = Number(cfg.latencyMs);
    if (cfg.jitterMs !== undefined) this.jitterMs = Number(cfg.jitterMs);
    if (cfg.hangMs !== undefined) this.hangMs = Number(cfg.hangMs);
    if (cfg.domainProvisionMs !== undefined) this.domainProvisionMs = Number(cfg.domainProvisionMs);
    if (cfg.faultOps !== undefined) this.faultOps = cfg.faultOps && cfg.faultOps.length ? new Set(cfg.faultOps) : null;
    if (cfg.faults) for (const [k, v] of Object.entries(cfg.faults)) {
      if (!FAULT_KINDS.includes(k)) throw new Error(`unknown fault ${k} (known: ${FAULT_KINDS.join(', ')})`);
      const r = Number(v);
      if (!(r >= 0 && r <= 1)) throw new Error(`fault rate ${k} must be within 0..1`);
      this.faults[k] = r;
    }
    if (cfg.seed !== undefined) this.seed(Number(cfg.seed));
    this.buckets = new Map();
    if (this.faultOps) this.faultOps = new Set(this.faultOps);
  }
  bucket(key, rate) {
    let b = this.buckets.get(key);
    if (!b || b.rate !== rate) { b = new Bucket(rate); this.buckets.set(key, b); }
    return b;
  }
  // true if the request may proceed.
  admit(op, input) {
    this.stats.requests++;
    // Per-operation counts let client tests assert e.g. that list paths never call AdminGetUser
    // per user (AdminGetUser counts toward monthly active users).
    this.stats.ops[op] = (this.stats.ops[op] || 0) + 1;
    // The same per pool, so that a test counts its own pool's calls while other tests use
    // the same server.
    if (input && typeof input.UserPoolId === 'string') {
      const pool = this.stats.poolOps[input.UserPoolId] || (this.stats.poolOps[input.UserPoolId] = {});
      pool[op] = (pool[op] || 0) + 1;
    }
    if (!this.quotasEnabled) return true;
    const cat = categoryOf(op, input);
    if (!cat) return true;
    let ok = this.bucket(`cat:${cat}`, this.quotas[cat]).take();
    if (ok && ADMIN_CATEGORIES.has(cat) && input && input.UserPoolId) ok = this.bucket(`op:${op}:${input.UserPoolId}`, this.perPoolOpLimit).take();
    if (ok && input && input.UserPoolId && input.Username) {
      const kind = READ_CATEGORIES.has(cat) ? 'r' : 'w';
      ok = this.bucket(`user:${kind}:${input.UserPoolId}:${input.Username}`, this.perUserLimit).take();
    }
    if (!ok) this.stats.throttled++;
    return ok;
  }
  delayMs() {
    if (!this.latencyMs && !this.jitterMs) return 0;
    return this.latencyMs + this.random() * this.jitterMs;
  }
  // Picks at most one fault for this request (or null).
  pickFault(op) {
    if (this.faultOps && !this.faultOps.has(op)) return null;
    let r = this.random();
    for (const k of FAULT_KINDS) {
      const p = this.faults[k];
      if (p > 0 && r < p) { this.stats.faults[k]++; return k; }
      r -= p;
    }
    return null;
  }
}

module.exports = { Knobs, AWS_QUOTAS, CATEGORY_OPS, categoryOf, FAULT_KINDS };
