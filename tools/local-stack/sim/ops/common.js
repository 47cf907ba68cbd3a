'use strict';
const { E } = require('../errors');
const { hmac256, timingEqual } = require('../util');

const lcFirst = (s) => s[0].toLowerCase() + s.slice(1);

// Model validation as AWS reports it ("1 validation error detected: ...").
function need(input, name) {
  const v = input[name];
  if (v === undefined || v === null || v === '') throw E.validation(lcFirst(name), v === '' ? '' : null, v === '' ? 'Member must have length greater than or equal to 1' : 'Member must not be null');
  return v;
}
function intIn(input, name, min, max, { required = false, dflt } = {}) {
  const v = input[name];
  if (v === undefined || v === null) {
    if (required) throw E.validation(lcFirst(name), null, 'Member must not be null');
    return dflt;
  }
  if (!Number.isInteger(v)) throw E.invalidParameter(`${name} must be an integer`);
  if (v < min) throw E.validation(lcFirst(name), v, `Member must have value greater than or equal to ${min}`);
  if (v > max) throw E.validation(lcFirst(name), v, `Member must have value less than or equal to ${max}`);
  return v;
}

function attrsToList(attrs, only) {
  const out = [];
  for (const [Name, Value] of Object.entries(attrs)) {
    if (only && !only.has(Name)) continue;
    out.push({ Name, Value });
  }
  return out;
}
function listToAttrs(list, field = 'UserAttributes') {
  const out = {};
  if (list === undefined || list === null) return out;
  if (!Array.isArray(list)) throw E.invalidParameter(`${field} must be a list`);
  for (const a of list) {
    if (!a || typeof a.Name !== 'string') throw E.validation(`${lcFirst(field)}.member.name`, null, 'Member must not be null');
    out[a.Name] = a.Value === undefined || a.Value === null ? '' : String(a.Value);
  }
  return out;
}

// SECRET_HASH = Base64(HMAC-SHA256(client secret, username + client id)).
function secretHash(secret, username, clientId) {
  return hmac256(secret, username + clientId).toString('base64');
}
// Checks the secret hash when the client has a secret; `names` are the username forms
// AWS accepts for this call (what the caller sent, or the internal username).
function checkSecretHash(client, given, names) {
  if (!client.ClientSecret) return;
  if (given === undefined || given === null || given === '') {
    throw E.notAuthorized(`Client ${client.ClientId} is configured for secret but secret was not received`);
  }
  for (const n of names) {
    if (n !== undefined && timingEqual(given, secretHash(client.ClientSecret, n, client.ClientId))) return;
  }
  throw E.notAuthorized(`Unable to verify secret hash for client ${client.ClientId}`);
}

function userSummary(user, only) {
  return {
    Username: user.Username,
    Attributes: attrsToList(user.attrs, only),
    UserCreateDate: user.created,
    UserLastModifiedDate: user.modified,
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

module.exports = { need, intIn, attrsToList, listToAttrs, secretHash, checkSecretHash, userSummary, lcFirst };
