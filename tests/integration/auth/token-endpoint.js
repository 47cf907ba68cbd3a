'use strict';
// A token endpoint of the kind `api call --basic` is for: a "Lambda behind API Gateway"
// that takes HTTP Basic credentials and runs AdminInitiateAuth (ADMIN_USER_PASSWORD_AUTH,
// with SECRET_HASH) against the test's Cognito server with the demo-backend client.
//
//   node token-endpoint.js STATE-FILE     prints "listening http://127.0.0.1:PORT"
//
//   POST /token        {"AuthenticationResult": {...}} as AdminInitiateAuth answers
//   POST /token/flat   the same tokens at the top level
//   401                no or malformed Basic credentials, or Cognito refused them
//   GET  /html         an HTML page (a login page or a gateway's error page)
//   POST /empty        JSON without tokens
//   POST /challenge    a pending challenge instead of tokens
const http = require('node:http');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const state = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const localStack = process.env.COGNITO_DESK_LOCAL_STACK;
const { makeClient } = require(path.join(localStack, 'lib', 'client.js'));
const call = makeClient({ endpoint: state.endpoint, region: state.region, accessKeyId: state.accessKeyId, secretAccessKey: state.secretAccessKey });
const backend = state.seed.clients['demo-backend'];

function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function credentials(req) {
  const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.headers.authorization || '');
  if (!m) return null;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

async function signIn(req, res, flat) {
  const who = credentials(req);
  if (!who) {
    res.setHeader('www-authenticate', 'Basic realm="token"');
    return send(res, 401, { message: 'Unauthorized' });
  }
  const secretHash = crypto.createHmac('sha256', backend.ClientSecret).update(who.username + backend.ClientId).digest('base64');
  try {
    const answer = await call('AdminInitiateAuth', {
      UserPoolId: state.seed.userPoolId, ClientId: backend.ClientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: who.username, PASSWORD: who.password, SECRET_HASH: secretHash },
    });
    send(res, 200, flat ? answer.AuthenticationResult : answer);
  } catch (e) {
    send(res, e.type === 'NotAuthorizedException' || e.type === 'UserNotFoundException' || e.type === 'InvalidPasswordException' ? 401 : 502,
      { message: `${e.type}: ${e.awsMessage}` });
  }
}

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/token') return void signIn(req, res, false);
    if (url.pathname === '/token/flat') return void signIn(req, res, true);
    if (url.pathname === '/html') return send(res, 200, '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in</body></html>', 'text/html; charset=utf-8');
    if (url.pathname === '/empty') return send(res, 200, { ok: true });
    if (url.pathname === '/challenge') return send(res, 200, { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'x', ChallengeParameters: {} });
    send(res, 404, { message: 'Not Found' });
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
