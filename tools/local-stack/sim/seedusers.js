'use strict';
// Fast bulk seeding straight into the store (no HTTP): N users named <prefix>000001... with
// one shared password.
//
// Plain (the default): every user CONFIRMED, enabled, email <name>@example.com, no groups.
// Varied (`varied: true`), for search, filter and group views at scale: each user's names,
// department, status and groups follow from its number alone, so a test can count what to
// expect without listing:
//   given_name   GIVEN[i % 23]          family_name  FAMILY[(7 * i) % 41]
//   email        <given>.<family>.<i>@example.com (lower case), verified
//   custom:department  DEPARTMENTS[i % 6]   (only when the pool's schema has it)
//   status       FORCE_CHANGE_PASSWORD when i % 10 == 0, UNCONFIRMED when i % 50 == 7,
//                CONFIRMED otherwise;  disabled when i % 25 == 3
//   groups       staff (i even), contractors (i % 7 == 0), finance and support (by
//                department); the groups are created when the pool lacks them.
const { newUser, makePasswordRecord, checkPasswordPolicy, addGroup, sortedInsert } = require('./store');
const { nowSeconds } = require('./util');

const GIVEN = ['Anna', 'Ben', 'Chloe', 'Dawid', 'Emma', 'Felix', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kasia',
  'Liam', 'Maya', 'Noah', 'Olga', 'Pedro', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen'];
const FAMILY = ['Kowalski', 'Nowak', 'Smith', 'Garcia', 'Müller', 'Rossi', 'Dubois', 'Tanaka', 'Chen', 'Kim',
  'Silva', 'Jensen', 'Novak', 'Horvat', 'Popescu', 'Ivanova', 'Okafor', 'Haddad', 'Cohen', 'Larsen',
  'Murphy', 'OBrien', 'Schmidt', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz',
  'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Lange'];
const DEPARTMENTS = ['Finance', 'Support', 'Engineering', 'Sales', 'Legal', 'Operations'];
const VARIED_GROUPS = {
  staff: (i) => i % 2 === 0,
  contractors: (i) => i % 7 === 0,
  finance: (i) => DEPARTMENTS[i % 6] === 'Finance',
  support: (i) => DEPARTMENTS[i % 6] === 'Support',
};

function variedProfile(i) {
  const given = GIVEN[i % GIVEN.length];
  const family = FAMILY[(7 * i) % FAMILY.length];
  return {
    attrs: {
      given_name: given,
      family_name: family,
      email: `${given}.${family}.${i}@example.com`.toLowerCase(),
      email_verified: 'true',
    },
    department: DEPARTMENTS[i % DEPARTMENTS.length],
    status: i % 10 === 0 ? 'FORCE_CHANGE_PASSWORD' : i % 50 === 7 ? 'UNCONFIRMED' : 'CONFIRMED',
    enabled: i % 25 !== 3,
    groups: Object.keys(VARIED_GROUPS).filter((g) => VARIED_GROUPS[g](i)),
  };
}

function ensureGroup(pool, name) {
  let g = pool.groups.get(name);
  if (!g) {
    const t = nowSeconds();
    g = { GroupName: name, Description: `Seeded ${name}`, Precedence: undefined, CreationDate: t, LastModifiedDate: t, members: [] };
    pool.groups.set(name, g);
  }
  return g;
}

function seedUsers(ctx, pool, count, { prefix = 'user', password = 'Passw0rd!bulk', width, varied = false } = {}) {
  checkPasswordPolicy(pool.Policies.PasswordPolicy, password);
  const w = width || Math.max(6, String(count).length);
  const store = ctx.store;
  const start = Date.now();
  const hasDepartment = (pool.SchemaAttributes || []).some((a) => a.Name === 'custom:department');
  const tempDays = (pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays || 7);
  const groups = varied ? Object.fromEntries(Object.keys(VARIED_GROUPS).map((g) => [g, ensureGroup(pool, g)])) : {};
  pool.sortedDirty = true; // append, sort once at the end
  let created = 0;
  const salts = require('node:crypto').randomBytes(16 * count); // one syscall, not one per user
  for (let i = 1; i <= count; i++) {
    const name = `${prefix}${String(i).padStart(w, '0')}`;
    if (store.findUser(pool, name)) continue;
    const profile = varied ? variedProfile(i) : null;
    const attrs = profile ? { ...profile.attrs } : { email: `${name}@example.com`, email_verified: 'true' };
    if (profile && hasDepartment) attrs['custom:department'] = profile.department;
    const u = newUser(pool, name, attrs);
    u.pw = makePasswordRecord(pool, name, password, salts.toString('hex', 16 * (i - 1), 16 * i));
    u.status = profile ? profile.status : 'CONFIRMED';
    if (u.status === 'FORCE_CHANGE_PASSWORD') u.tempPwExpires = nowSeconds() + tempDays * 86400;
    if (profile) u.enabled = profile.enabled;
    store.insertUser(pool, u);
    if (profile) for (const g of profile.groups) addGroup(u, g);
    created++;
  }
  store.ensureSorted(pool);
  // Group members are sorted user keys: filled once, after the users, in sorted order.
  if (varied) {
    const already = Object.fromEntries(Object.entries(groups).map(([g, grp]) => [g, new Set(grp.members)]));
    for (const key of pool.sortedNames) {
      for (const g of pool.users.get(key).groups) {
        if (!groups[g] || already[g].has(key)) continue;
        const m = groups[g].members;
        if (m.length === 0 || m[m.length - 1] < key) m.push(key); else sortedInsert(m, key);
      }
    }
  }
  return { created, ms: Date.now() - start, password, prefix, varied };
}
module.exports = { seedUsers, variedProfile, DEPARTMENTS };
