'use strict';
// Server side of Cognito's USER_SRP_AUTH (SRP-6a over the RFC 5054 3072-bit group, g = 2),
// with Cognito's conventions: pad() = minimal big-endian hex with a leading 00 when the top bit
// is set; k = H(pad(N) | pad(g)); u = H(pad(A) | pad(B)); x = H(pad(salt) | H(poolName |
// userId | ":" | password)); key = HKDF-SHA256(ikm = pad(S), salt = pad(u),
// info = "Caldera Derived Key", 16 bytes); signature = HMAC-SHA256(key, poolName | userId |
// secretBlock | timestamp).
const crypto = require('node:crypto');

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const N = BigInt('0x' + N_HEX);
const g = 2n;

function padHex(n) {
  let h = n.toString(16);
  if (h.length % 2) h = '0' + h;
  if (/^[89a-f]/i.test(h)) h = '00' + h;
  return h;
}
const hexHash = (hex) => crypto.createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
const toBig = (hex) => BigInt('0x' + hex);

function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  if (base < 0n) base += mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    if (exp) base = (base * base) % mod;
  }
  return result;
}

const k = toBig(hexHash(padHex(N) + padHex(g)));

// Verifier from the stored password record {salt (hex), inner = H(poolName|user|":"|pw) hex}.
function verifier(pw) {
  const x = toBig(hexHash(padHex(toBig(pw.salt)) + pw.inner));
  return modPow(g, x, N);
}

// Step 1: given the verifier, make (b, B).
function serverChallenge(v) {
  for (;;) {
    const b = toBig(crypto.randomBytes(32).toString('hex'));
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n) return { b, B };
  }
}

// Step 2: derive the 16-byte key; null if A is invalid (A mod N == 0) or u == 0.
function sessionKey({ Ahex, b, B, v }) {
  const A = toBig(Ahex);
  if (A % N === 0n) return null;
  const u = toBig(hexHash(padHex(A) + padHex(B)));
  if (u === 0n) return null;
  const S = modPow((A * modPow(v, u, N)) % N, b, N);
  return Buffer.from(crypto.hkdfSync('sha256', Buffer.from(padHex(S), 'hex'), Buffer.from(padHex(u), 'hex'), Buffer.from('Caldera Derived Key'), 16));
}

function expectedSignature(key, poolName, userId, secretBlockB64, timestamp) {
  return crypto.createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(poolName + userId, 'utf8'), Buffer.from(secretBlockB64, 'base64'), Buffer.from(timestamp, 'utf8')]))
    .digest('base64');
}

// "EEE MMM d HH:mm:ss UTC yyyy", day not zero-padded.
const TIMESTAMP_RE = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] UTC [0-9]{4}$/;

module.exports = { N, g, k, padHex, hexHash, modPow, verifier, serverChallenge, sessionKey, expectedSignature, TIMESTAMP_RE, toBig };
