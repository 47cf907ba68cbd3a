'use strict';
const crypto = require('node:crypto');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomString(n, alphabet = ALNUM) {
  const bytes = crypto.randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes[i] % alphabet.length];
  return s;
}
// The sim's clock: real time plus an offset settable through /_sim/clock, so tests can move
// past expiries (temporary passwords, codes, sessions, tokens, paging tokens) and clients can
// exercise clock-skew correction against the Date header.
const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };
const nowSeconds = () => clock.now() / 1000; // AWS timestamps are fractional epoch seconds
const b64url = (buf) => Buffer.from(buf).toString('base64url');
// crypto.hash (Node >= 20.12) is a cheaper one-shot digest.
const sha256 = typeof crypto.hash === 'function'
  ? (data) => crypto.hash('sha256', data, 'buffer')
  : (data) => crypto.createHash('sha256').update(data).digest();
const hmac256 = (key, data) => crypto.createHmac('sha256', key).update(data).digest();
const timingEqual = (a, b) => {
  const x = Buffer.from(String(a)), y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};
const uuid = () => crypto.randomUUID();

module.exports = { clock, randomString, nowSeconds, b64url, sha256, hmac256, timingEqual, uuid, ALNUM, LOWER };
