#!/usr/bin/env node
'use strict';
// Applies demo-seed.json to any Cognito endpoint through the public JSON-1.1 API
// (SigV4-signed admin calls, unsigned SignUp). Prints the "seed" section of the
// start-server state file on stdout.
//
// usage: seed.js --endpoint URL [--region us-east-1] [--access-key AKID] [--secret-key SECRET]
//                [--seed-file demo-seed.json]
const fs = require('node:fs');
const path = require('node:path');
const { makeClient } = require('./lib/client');

const DEMO_KEY = { accessKeyId: 'AKIACOGNITODESKDEMO', secretAccessKey: 'cognito-desk-demo-secret-key' };

function toAttrs(obj) {
  return Object.entries(obj || {}).map(([Name, Value]) => ({ Name, Value: String(Value) }));
}

async function applySeed(call, data) {
  const { comment, ...pool } = data.pool;
  const created = await call('CreateUserPool', pool);
  const userPoolId = created.UserPool.Id;
  const out = { userPoolId, poolName: data.pool.PoolName, clients: {}, users: {}, groups: [] };
  for (const c of data.clients) {
    const r = await call('CreateUserPoolClient', { UserPoolId: userPoolId, ...c });
    const entry = { ClientId: r.UserPoolClient.ClientId };
    if (r.UserPoolClient.ClientSecret) entry.ClientSecret = r.UserPoolClient.ClientSecret;
    out.clients[c.ClientName] = entry;
  }
  const publicClient = data.clients.find((c) => !c.GenerateSecret);
  for (const u of data.users) {
    const attrs = toAttrs(u.Attributes);
    if (u.SignUpPassword !== undefined) {
      await call('SignUp', { ClientId: out.clients[publicClient.ClientName].ClientId, Username: u.Username, Password: u.SignUpPassword, UserAttributes: attrs });
      out.users[u.Username] = { Password: u.SignUpPassword, status: 'UNCONFIRMED', enabled: true };
    } else if (u.Permanent) {
      await call('AdminCreateUser', { UserPoolId: userPoolId, Username: u.Username, UserAttributes: attrs, MessageAction: 'SUPPRESS' });
      await call('AdminSetUserPassword', { UserPoolId: userPoolId, Username: u.Username, Password: u.Password, Permanent: true });
      out.users[u.Username] = { Password: u.Password, status: 'CONFIRMED', enabled: true };
    } else {
      await call('AdminCreateUser', { UserPoolId: userPoolId, Username: u.Username, UserAttributes: attrs, MessageAction: 'SUPPRESS', TemporaryPassword: u.Password });
      out.users[u.Username] = { Password: u.Password, status: 'FORCE_CHANGE_PASSWORD', enabled: true };
    }
    if (u.Disabled) {
      await call('AdminDisableUser', { UserPoolId: userPoolId, Username: u.Username });
      out.users[u.Username].enabled = false;
    }
  }
  for (const g of data.groups) {
    const { Members = [], ...group } = g;
    await call('CreateGroup', { UserPoolId: userPoolId, ...group });
    for (const m of Members) await call('AdminAddUserToGroup', { UserPoolId: userPoolId, GroupName: g.GroupName, Username: m });
    out.groups.push({ GroupName: g.GroupName, Precedence: g.Precedence, Members });
  }
  return out;
}

function loadSeedFile(file) {
  return JSON.parse(fs.readFileSync(file || path.join(__dirname, 'demo-seed.json'), 'utf8'));
}

async function main(argv) {
  const opts = { region: 'us-east-1', ...DEMO_KEY };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--endpoint') opts.endpoint = v();
    else if (a === '--region') opts.region = v();
    else if (a === '--access-key') opts.accessKeyId = v();
    else if (a === '--secret-key') opts.secretAccessKey = v();
    else if (a === '--seed-file') opts.seedFile = v();
    else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.endpoint) throw new Error('usage: seed.js --endpoint URL [--region R] [--access-key AKID] [--secret-key SECRET] [--seed-file FILE]');
  const seed = await applySeed(makeClient(opts), loadSeedFile(opts.seedFile));
  process.stdout.write(JSON.stringify(seed, null, 2) + '\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => { console.error(`seed.js: ${e.message}`); process.exit(1); });
}
module.exports = { applySeed, loadSeedFile, DEMO_KEY };
