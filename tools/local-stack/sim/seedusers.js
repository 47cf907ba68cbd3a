'use strict';
// Fast bulk seeding straight into the store (no HTTP): N confirmed users named
// <prefix>000001... with email <name>@example.com and one shared password.
const { newUser, makePasswordRecord, checkPasswordPolicy } = require('./store');

function seedUsers(ctx, pool, count, { prefix = 'user', password = 'Passw0rd!bulk', width } = {}) {
  checkPasswordPolicy(pool.Policies.PasswordPolicy, password);
  const w = width || Math.max(6, String(count).length);
  const store = ctx.store;
  const start = Date.now();
  pool.sortedDirty = true; // append, sort once at the end
  let created = 0;
  const salts = require('node:crypto').randomBytes(16 * count); // one syscall, not one per user
  for (let i = 1; i <= count; i++) {
    const name = `${prefix}${String(i).padStart(w, '0')}`;
    if (store.findUser(pool, name)) continue;
    const u = newUser(pool, name, { email: `${name}@example.com`, email_verified: 'true' });
    u.pw = makePasswordRecord(pool, name, password, salts.toString('hex', 16 * (i - 1), 16 * i));
    u.status = 'CONFIRMED';
    store.insertUser(pool, u);
    created++;
  }
  store.ensureSorted(pool);
  return { created, ms: Date.now() - start, password, prefix };
}
module.exports = { seedUsers };
