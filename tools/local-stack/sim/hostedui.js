'use strict';
function discovery(ctx, pool) {
  const base = ctx.baseUrl;
  return {
    authorization_endpoint: `${base}/oauth2/authorize`,
    end_session_endpoint: `${base}/logout`,
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: ctx.tokens.issuer(pool.Id),
    jwks_uri: `${base}/${pool.Id}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    revocation_endpoint: `${base}/oauth2/revoke`,
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint: `${base}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: `${base}/oauth2/userInfo`,
  };
}
async function handle() { return false; }
module.exports = { discovery, handle };
