'use strict';
// RS256 JWTs as Cognito issues them (developer guide, "Understanding user pool JSON web
// tokens"): one RSA key generated per start, published at /{poolId}/.well-known/jwks.json.
const crypto = require('node:crypto');
const { E } = require('./errors');
const { b64url, uuid, randomString, nowSeconds } = require('./util');

class Tokens {
  constructor(store, issuerBase) {
    this.store = store;
    this.issuerBase = issuerBase; // http://127.0.0.1:PORT
    const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.kid = randomString(20);
    this.jwk = { ...publicKey.export({ format: 'jwk' }), alg: 'RS256', kid: this.kid, use: 'sig' };
  }
  issuer(poolId) { return `${this.issuerBase}/${poolId}`; }
  jwks() { return { keys: [{ alg: 'RS256', e: this.jwk.e, kid: this.kid, kty: 'RSA', n: this.jwk.n, use: 'sig' }] }; }

  signJwt(payload) {
    const header = b64url(JSON.stringify({ kid: this.kid, alg: 'RS256' }));
    const body = b64url(JSON.stringify(payload));
    const sig = crypto.sign('sha256', Buffer.from(`${header}.${body}`), this.privateKey);
    return `${header}.${body}.${b64url(sig)}`;
  }
  // Returns the payload or throws NotAuthorizedException as AWS does for access tokens.
  verifyJwt(token) {
    const invalid = () => E.notAuthorized('Invalid Access Token');
    if (typeof token !== 'string') throw invalid();
    const parts = token.split('.');
    if (parts.length !== 3) throw invalid();
    let header, payload;
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url'));
      payload = JSON.parse(Buffer.from(parts[1], 'base64url'));
    } catch { throw invalid(); }
    if (header.alg !== 'RS256' || header.kid !== this.kid) throw invalid();
    if (!crypto.verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), this.publicKey, Buffer.from(parts[2], 'base64url'))) throw invalid();
    return payload;
  }

  validitySeconds(client, which) {
    const units = client.TokenValidityUnits || {};
    const mult = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };
    if (which === 'refresh') return (client.RefreshTokenValidity || 30) * mult[units.RefreshToken || 'days'];
    if (which === 'access') return (client.AccessTokenValidity || 60) * mult[units.AccessToken || (client.AccessTokenValidity ? 'hours' : 'minutes')];
    return (client.IdTokenValidity || 60) * mult[units.IdToken || (client.IdTokenValidity ? 'hours' : 'minutes')];
  }

  groupsOf(pool, user) {
    const groups = [...user.groups].map((g) => pool.groups.get(g)).filter(Boolean);
    groups.sort((a, b) => (a.Precedence ?? Infinity) - (b.Precedence ?? Infinity) || (a.GroupName < b.GroupName ? -1 : 1));
    return groups.map((g) => g.GroupName);
  }

  // {AccessToken, IdToken, RefreshToken?, ExpiresIn, TokenType}
  issue(pool, client, user, { withRefresh = true, scope, originJti, authTime, nonce, includeIdToken = true } = {}) {
    const now = Math.floor(nowSeconds());
    const jti = originJti || uuid();
    if (!originJti) {
      // Remember live origins for global sign-out; forget those whose first access token has
      // expired (tokens refreshed from them are revoked through their refresh token instead).
      const origins = user.origins || (user.origins = []);
      if (origins.length >= 64) {
        const t = nowSeconds();
        user.origins = origins.filter((o) => o.exp > t);
      }
      user.origins.push({ jti, exp: now + this.validitySeconds(client, 'access') });
    }
    const eventId = uuid();
    const groups = this.groupsOf(pool, user);
    const accessExp = this.validitySeconds(client, 'access');
    const access = {
      sub: user.attrs.sub,
      ...(groups.length ? { 'cognito:groups': groups } : {}),
      iss: this.issuer(pool.Id),
      client_id: client.ClientId,
      origin_jti: jti,
      event_id: eventId,
      token_use: 'access',
      scope: scope || 'aws.cognito.signin.user.admin',
      auth_time: authTime || now,
      exp: now + accessExp,
      iat: now,
      jti: uuid(),
      username: user.Username,
    };
    const out = { AccessToken: this.signJwt(access), ExpiresIn: accessExp, TokenType: 'Bearer' };
    if (includeIdToken) {
      const attrs = {};
      const readable = client.ReadAttributes && client.ReadAttributes.length ? new Set(client.ReadAttributes) : null;
      for (const [k, v] of Object.entries(user.attrs)) {
        if (k === 'sub' || (readable && !readable.has(k))) continue;
        attrs[k] = (k === 'email_verified' || k === 'phone_number_verified') ? v === 'true' : v;
      }
      const id = {
        sub: user.attrs.sub,
        ...(groups.length ? { 'cognito:groups': groups } : {}),
        ...attrs,
        iss: this.issuer(pool.Id),
        'cognito:username': user.Username,
        ...(nonce ? { nonce } : {}),
        origin_jti: jti,
        aud: client.ClientId,
        event_id: eventId,
        token_use: 'id',
        auth_time: authTime || now,
        exp: now + this.validitySeconds(client, 'id'),
        iat: now,
        jti: uuid(),
      };
      out.IdToken = this.signJwt(id);
    }
    if (withRefresh) {
      // AWS refresh tokens are opaque (encrypted JWE); ours is an opaque random handle.
      const rt = `${b64url(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }))}.${randomString(64)}.${randomString(16)}.${randomString(200)}.${randomString(22)}`;
      this.store.refreshTokens.set(rt, {
        poolId: pool.Id, clientId: client.ClientId, sub: user.attrs.sub, originJti: jti, scope,
        authTime: authTime || now, issuedAt: now, expires: now + this.validitySeconds(client, 'refresh'), revoked: false,
      });
      out.RefreshToken = rt;
    }
    return out;
  }

  // Access token → {pool, user, payload}; AWS's NotAuthorizedException messages.
  checkAccessToken(token) {
    const payload = this.verifyJwt(token);
    if (payload.token_use !== 'access') throw E.notAuthorized('Invalid Access Token');
    const now = Math.floor(nowSeconds());
    if (payload.exp <= now) throw E.notAuthorized('Access Token has expired');
    const poolId = String(payload.iss || '').split('/').pop();
    const pool = this.store.pools.get(poolId);
    if (!pool) throw E.notAuthorized('Invalid Access Token');
    const user = pool.usersBySub.get(payload.sub);
    if (!user) throw E.userNotFound();
    if (this.revokedOrigins(pool).has(payload.origin_jti)) {
      throw E.notAuthorized('Access Token has been revoked');
    }
    if (!user.enabled) throw E.notAuthorized('User is disabled.');
    return { pool, user, payload };
  }
  revokedOrigins(pool) { if (!pool.revokedOrigins) pool.revokedOrigins = new Set(); return pool.revokedOrigins; }
}

module.exports = { Tokens };
