'use strict';
// In-memory state of the simulator, with an optional JSON snapshot.
const fs = require('node:fs');
const crypto = require('node:crypto');
const { E } = require('./errors');
const { randomString, nowSeconds, sha256, hmac256, timingEqual, uuid, LOWER } = require('./util');

// Standard attributes (Cognito developer guide, "User pool attributes").
const STANDARD_ATTRIBUTES = [
  ['sub', 'String', false, true, { MinLength: '1', MaxLength: '2048' }],
  ['name', 'String'], ['given_name', 'String'], ['family_name', 'String'], ['middle_name', 'String'],
  ['nickname', 'String'], ['preferred_username', 'String'], ['profile', 'String'], ['picture', 'String'],
  ['website', 'String'], ['email', 'String'], ['email_verified', 'Boolean'], ['gender', 'String'],
  ['birthdate', 'String', true, false, { MinLength: '10', MaxLength: '10' }], ['zoneinfo', 'String'], ['locale', 'String'],
  ['phone_number', 'String'], ['phone_number_verified', 'Boolean'], ['address', 'String'],
  ['updated_at', 'Number'],
];
const STANDARD_NAMES = new Set(STANDARD_ATTRIBUTES.map((a) => a[0]));

const DEFAULT_PASSWORD_POLICY = {
  MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true,
  RequireSymbols: true, TemporaryPasswordValidityDays: 7,
};

// Symbols Cognito accepts for RequireSymbols (developer guide, "Password requirements").
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- '.split(''));

function checkPasswordPolicy(policy, password) {
  const p = { ...DEFAULT_PASSWORD_POLICY, ...(policy || {}) };
  const fail = (why) => E.invalidPassword(`Password does not conform to policy: ${why}`);
  if (typeof password !== 'string' || password.length < p.MinimumLength) throw fail('Password not long enough');
  if (p.RequireLowercase && !/[a-z]/.test(password)) throw fail('Password must have lowercase characters');
  if (p.RequireUppercase && !/[A-Z]/.test(password)) throw fail('Password must have uppercase characters');
  if (p.RequireNumbers && !/[0-9]/.test(password)) throw fail('Password must have numeric characters');
  if (p.RequireSymbols && ![...password].some((c) => SYMBOLS.has(c))) throw fail('Password must have symbol characters');
}

function generatePassword(policy) {
  const p = { ...DEFAULT_PASSWORD_POLICY, ...(policy || {}) };
  const len = Math.max(p.MinimumLength, 12);
  let s = randomString(len - 4) + 'aA1!';
  return s;
}

// Password storage: the inner SRP hash H(poolName | username | ":" | password)
// with a per-user salt. It verifies plain passwords (cheap) and yields the SRP
// verifier v = g^x, x = H(salt | inner), when USER_SRP_AUTH needs it.
function makePasswordRecord(pool, username, password, salt) {
  const inner = sha256(`${pool.srpPoolName}${username}:${password}`);
  return { salt: salt || crypto.randomBytes(16).toString('hex'), inner: inner.toString('hex'), setAt: nowSeconds() };
}
function passwordMatches(pool, user, password) {
  if (!user.pw || typeof password !== 'string') return false;
  const inner = sha256(`${pool.srpPoolName}${user.Username}:${password}`).toString('hex');
  return timingEqual(inner, user.pw.inner);
}

// Sorted string array helpers (binary search insertion keeps list ops O(log n + page)).
function lowerBound(arr, key) {
  let lo = 0, hi = arr.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (arr[mid] < key) lo = mid + 1; else hi = mid; }
  return lo;
}
function sortedInsert(arr, key) { const i = lowerBound(arr, key); if (arr[i] !== key) arr.splice(i, 0, key); }
function sortedRemove(arr, key) { const i = lowerBound(arr, key); if (arr[i] === key) arr.splice(i, 1); }

class Store {
  constructor({ region = 'us-east-1', accountId = '123456789012' } = {}) {
    this.region = region;
    this.accountId = accountId;
    this.pools = new Map();        // id -> pool
    this.clients = new Map();      // clientId -> {pool, client}
    this.tokenKey = crypto.randomBytes(32); // HMAC key for paging tokens and sessions
    this.sessions = new Map();     // auth challenge sessions
    this.refreshTokens = new Map(); // token -> record
    this.authCodes = new Map();    // hosted-UI authorization codes
    this.fixedCode = null;         // confirmation/MFA codes when fixed
    this.sentCodes = [];           // last codes "sent" (for tests: /_sim/codes)
    this.seq = 0;                  // creation order (timestamps have only millisecond resolution)
  }

  // ---------- pools ----------
  newPoolId() {
    for (;;) { const id = `${this.region}_${randomString(9)}`; if (!this.pools.has(id)) return id; }
  }
  getPool(id) {
    const pool = typeof id === 'string' ? this.pools.get(id) : undefined;
    if (!pool) throw E.resourceNotFound(`User pool ${id} does not exist.`);
    return pool;
  }
  addPool(pool) { if (pool.seq === undefined) pool.seq = ++this.seq; else this.seq = Math.max(this.seq, pool.seq); this.pools.set(pool.Id, pool); }
  nextSeq() { return ++this.seq; }

  // ---------- clients ----------
  newClientId() { for (;;) { const id = randomString(26, LOWER); if (!this.clients.has(id)) return id; } }
  getClient(pool, clientId) {
    const c = pool.clients.get(clientId);
    if (!c) throw E.resourceNotFound(`User pool client ${clientId} does not exist.`);
    return c;
  }
  // Public operations name only the client: it determines the pool.
  clientById(clientId) {
    const entry = typeof clientId === 'string' ? this.clients.get(clientId) : undefined;
    if (!entry) throw E.resourceNotFound(`User pool client ${clientId} does not exist.`);
    return entry;
  }

  // ---------- users ----------
  userKey(pool, username) {
    return pool.UsernameConfiguration && pool.UsernameConfiguration.CaseSensitive === false ? String(username).toLowerCase() : String(username);
  }
  findUser(pool, username) { return typeof username === 'string' ? pool.users.get(this.userKey(pool, username)) : undefined; }
  // Admin operations accept the username, or an alias/username attribute value (developer guide,
  // "Customizing sign-in attributes"); lookups by alias require a verified alias.
  resolveUser(pool, name) {
    let u = this.findUser(pool, name);
    if (u) return u;
    if (typeof name !== 'string') return undefined;
    const usernameAttrs = pool.UsernameAttributes || [];
    const aliases = pool.AliasAttributes || [];
    for (const attr of ['email', 'phone_number', 'preferred_username']) {
      const viaUsernameAttr = usernameAttrs.includes(attr);
      if (!viaUsernameAttr && !aliases.includes(attr)) continue;
      const idx = pool.attrIndex[attr];
      const sub = idx && idx.get(attr === 'email' ? name.toLowerCase() : name);
      if (!sub) continue;
      const cand = pool.usersBySub.get(sub);
      if (!cand) continue;
      if (viaUsernameAttr || attr === 'preferred_username' || cand.attrs[`${attr}_verified`] === 'true') return cand;
    }
    return undefined;
  }
  getUser(pool, name) {
    const u = this.resolveUser(pool, name);
    if (!u) throw E.userNotFound();
    return u;
  }
  insertUser(pool, user) {
    const key = this.userKey(pool, user.Username);
    pool.users.set(key, user);
    pool.usersBySub.set(user.attrs.sub, user);
    if (pool.sortedDirty) pool.sortedNames.push(key); else sortedInsert(pool.sortedNames, key);
    this.indexUser(pool, user);
  }
  removeUser(pool, user) {
    const key = this.userKey(pool, user.Username);
    this.unindexUser(pool, user);
    pool.users.delete(key);
    pool.usersBySub.delete(user.attrs.sub);
    this.ensureSorted(pool);
    sortedRemove(pool.sortedNames, key);
    for (const g of user.groups) { const grp = pool.groups.get(g); if (grp) sortedRemove(grp.members, key); }
  }
  ensureSorted(pool) {
    if (pool.sortedDirty) { pool.sortedNames.sort(); pool.sortedDirty = false; }
    return pool.sortedNames;
  }
  indexUser(pool, user) {
    for (const attr of ['email', 'phone_number', 'preferred_username']) {
      const v = user.attrs[attr];
      if (v !== undefined) pool.attrIndex[attr].set(attr === 'email' ? v.toLowerCase() : v, user.attrs.sub);
    }
  }
  unindexUser(pool, user) {
    for (const attr of ['email', 'phone_number', 'preferred_username']) {
      const v = user.attrs[attr];
      if (v === undefined) continue;
      const k = attr === 'email' ? v.toLowerCase() : v;
      if (pool.attrIndex[attr].get(k) === user.attrs.sub) pool.attrIndex[attr].delete(k);
    }
  }

  // ---------- codes ----------
  newCode() { return this.fixedCode || String(crypto.randomInt(0, 1000000)).padStart(6, '0'); }
  recordCode(kind, pool, user, code) {
    this.sentCodes.push({ kind, poolId: pool.Id, username: user.Username, code, at: nowSeconds() });
    if (this.sentCodes.length > 1000) this.sentCodes.splice(0, this.sentCodes.length - 1000);
  }

  // ---------- paging tokens ----------
  // Opaque, HMAC-protected, bound to the operation and its request (pool, filter, group...),
  // expiring as AWS documents (ListUsers pagination tokens: 1 hour).
  makePageToken(binding, lastKey) {
    const payload = Buffer.from(JSON.stringify({ b: binding, k: lastKey, t: nowSeconds() * 1000 })).toString('base64url');
    const mac = hmac256(this.tokenKey, payload).toString('base64url');
    return `${payload}.${mac}`;
  }
  readPageToken(token, binding, { field = 'NextToken', ttlMs = 3600 * 1000 } = {}) {
    const bad = () => E.invalidParameter(`Invalid ${field === 'PaginationToken' ? 'pagination' : 'next'} token.`);
    if (typeof token !== 'string') throw bad();
    const [payload, mac] = token.split('.');
    if (!payload || !mac || !timingEqual(mac, hmac256(this.tokenKey, payload).toString('base64url'))) throw bad();
    let data;
    try { data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')); } catch { throw bad(); }
    if (data.b !== binding) throw bad();
    if (nowSeconds() * 1000 - data.t > ttlMs) throw E.invalidParameter(`The ${field === 'PaginationToken' ? 'pagination' : 'next'} token has expired.`);
    return data.k;
  }

  // ---------- snapshot ----------
  toJSON() {
    const pools = [];
    for (const pool of this.pools.values()) {
      const { users, usersBySub, clients, groups, sortedNames, sortedDirty, attrIndex, importJobs, revokedOrigins, ...meta } = pool;
      pools.push({
        meta,
        clients: [...clients.values()],
        groups: [...groups.values()].map((g) => ({ ...g, members: [...g.members] })),
        users: [...users.values()].map((u) => ({ ...u, groups: [...u.groups], srpVerifier: undefined, origins: undefined })),
        importJobs: [...(importJobs || new Map()).values()].map((j) => ({ ...j, csv: undefined, stopRequested: undefined })),
      });
    }
    return { version: 1, region: this.region, pools, iam: this.iam, identity: this.identity };
  }
  static fromJSON(data, opts) {
    const s = new Store({ ...opts, region: data.region || (opts && opts.region) });
    if (data.iam) s.iam = data.iam; // IAM/STS state of iam.js: plain JSON
    if (data.identity) s.identity = data.identity; // identity pools of identity.js: plain JSON
    for (const p of data.pools || []) {
      const pool = Store.emptyPoolShape(p.meta);
      for (const c of p.clients) { pool.clients.set(c.ClientId, c); s.clients.set(c.ClientId, { pool, client: c }); s.seq = Math.max(s.seq, c.seq || 0); }
      for (const g of p.groups) pool.groups.set(g.GroupName, { ...g, members: [...g.members] });
      s.addPool(pool);
      for (const u of p.users) s.insertUser(pool, { ...u, groups: u.groups && u.groups.length ? [...u.groups] : NO_GROUPS, mfa: u.mfa || NO_MFA });
      for (const j of p.importJobs || []) { pool.importJobs.set(j.JobId, j); s.seq = Math.max(s.seq, j.seq || 0); }
    }
    return s;
  }
  static emptyPoolShape(meta) {
    return {
      ...meta,
      clients: new Map(), groups: new Map(), users: new Map(), usersBySub: new Map(),
      sortedNames: [], sortedDirty: false,
      attrIndex: { email: new Map(), phone_number: new Map(), preferred_username: new Map() },
      importJobs: new Map(),
    };
  }
  // The snapshot holds client secrets and password records: owner-only, and the temporary file
  // is created afresh (O_EXCL), so a symbolic link planted at its name is never followed.
  save(file) {
    const tmp = `${file}.tmp`;
    try { fs.unlinkSync(tmp); } catch (e) { if (e.code !== 'ENOENT') throw e; }
    fs.writeFileSync(tmp, JSON.stringify(this.toJSON()), { flag: 'wx', mode: 0o600 });
    fs.renameSync(tmp, file);
  }
}

const NO_GROUPS = Object.freeze([]);
const NO_MFA = Object.freeze({ totpSecret: null, totpVerified: false, preferred: null, smsEnabled: false, totpEnabled: false });
function userMfa(u) { if (u.mfa === NO_MFA || Object.isFrozen(u.mfa)) u.mfa = { ...u.mfa }; return u.mfa; }
function addGroup(u, name) { if (!u.groups.includes(name)) u.groups = [...u.groups, name]; }
function removeGroup(u, name) { if (u.groups.includes(name)) u.groups = u.groups.filter((g) => g !== name); }

function newUser(pool, username, attrs) {
  const t = nowSeconds();
  return {
    Username: username,
    attrs: { sub: uuid(), ...attrs },
    status: 'UNCONFIRMED',
    enabled: true,
    created: t,
    modified: t,
    pw: null,
    tempPwExpires: null,
    codes: null,        // kind -> {code, expires}, created on first code
    groups: NO_GROUPS,  // group names; copy-on-write array (shared empty one saves memory at 100k users)
    mfa: NO_MFA,        // replaced by a private copy on first write (userMfa)
  };
}

module.exports = {
  Store, newUser, userMfa, addGroup, removeGroup, checkPasswordPolicy, generatePassword, makePasswordRecord, passwordMatches,
  STANDARD_ATTRIBUTES, STANDARD_NAMES, DEFAULT_PASSWORD_POLICY, lowerBound, sortedInsert, sortedRemove,
};
