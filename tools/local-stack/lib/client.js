'use strict';
// Minimal Cognito JSON-1.1 client for the seed script and tests (fetch + our SigV4).
const { sign } = require('./sigv4');

// Operations AWS documents as public (sent without SigV4).
const PUBLIC_OPS = new Set(['InitiateAuth', 'RespondToAuthChallenge', 'SignUp', 'ConfirmSignUp',
  'ResendConfirmationCode', 'ForgotPassword', 'ConfirmForgotPassword', 'GetUser', 'GlobalSignOut',
  'RevokeToken', 'ChangePassword', 'DeleteUser', 'UpdateUserAttributes', 'DeleteUserAttributes',
  'VerifyUserAttribute', 'GetUserAttributeVerificationCode', 'AssociateSoftwareToken',
  'VerifySoftwareToken', 'SetUserMFAPreference', 'ListDevices', 'ConfirmDevice', 'ForgetDevice',
  'GetDevice', 'UpdateDeviceStatus', 'GetUserAuthFactors']);

class CognitoError extends Error {
  constructor(type, message, status, requestId) {
    super(`${type}: ${message}`); this.type = type; this.awsMessage = message; this.status = status; this.requestId = requestId;
  }
}

function makeClient({ endpoint, region = 'us-east-1', accessKeyId, secretAccessKey }) {
  return async function call(op, params = {}, { signed } = {}) {
    const body = JSON.stringify(params);
    let headers = {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${op}`,
    };
    const doSign = signed === undefined ? !PUBLIC_OPS.has(op) : signed;
    if (doSign) {
      headers = sign({ method: 'POST', url: endpoint.replace(/\/?$/, '/'), headers, body, region, service: 'cognito-idp', accessKeyId, secretAccessKey });
      delete headers.host; // fetch sets Host itself (same value)
    }
    let res, text;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await fetch(endpoint.replace(/\/?$/, '/'), { method: 'POST', headers, body });
        text = await res.text();
        break;
      } catch (e) {
        // cognito-local drops idle keep-alive connections: retry once.
        if (attempt >= 1) throw e;
      }
    }
    let json = {};
    try { json = text ? JSON.parse(text) : {}; } catch { json = { __type: 'UnparseableResponse', message: text.slice(0, 200) }; }
    if (res.status >= 300) {
      const type = String(json.__type || res.headers.get('x-amzn-errortype') || `HTTP${res.status}`).split('#').pop().split(':')[0];
      throw new CognitoError(type, json.message || json.Message || '', res.status, res.headers.get('x-amzn-requestid'));
    }
    return json;
  };
}

module.exports = { makeClient, CognitoError, PUBLIC_OPS };
