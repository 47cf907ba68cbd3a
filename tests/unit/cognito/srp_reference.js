'use strict';
// The reference side of tst_srp: amazon-cognito-identity-js (an independent SRP client,
// the one AWS Amplify ships) computes A, u, S, the HKDF key, the TIMESTAMP and the
// PASSWORD_CLAIM_SIGNATURE for fixed inputs, the way CognitoUser.authenticateUser does.
// Usage: node srp_reference.js '<json>' with {a, b, poolId, userId, password, salt,
// secretBlock, epochMs} (a, b, salt in hex). Prints a JSON object; B comes from b.
const path = require('path');
const modules = path.join(process.env.COGNITO_DESK_LOCAL_STACK || '', 'node_modules');
const identity = path.join(modules, 'amazon-cognito-identity-js', 'lib');
const AuthenticationHelper = require(path.join(identity, 'AuthenticationHelper.js')).default;
const BigInteger = require(path.join(identity, 'BigInteger.js')).default;
const DateHelper = require(path.join(identity, 'DateHelper.js')).default;
const { Sha256 } = require(path.join(modules, '@aws-crypto', 'sha256-js'));

const input = JSON.parse(process.argv[2]);
const poolName = input.poolId.split('_')[1];
const helper = new AuthenticationHelper(poolName);
helper.smallAValue = new BigInteger(input.a, 16);
helper.largeAValue = undefined;
helper.getLargeAValue(() => {});
const A = helper.largeAValue;

helper.g.modPow(new BigInteger(input.b, 16), helper.N, (err, B) => {
  if (err) throw err;
  const salt = new BigInteger(input.salt, 16);
  helper.getPasswordAuthenticationKey(input.userId, input.password, B, salt, (err2, key) => {
    if (err2) throw err2;
    // S again, through the helper's own calculateS, for the intermediate check.
    const x = new BigInteger(helper.hexHash(helper.padHex(salt) + helper.hash(`${poolName}${input.userId}:${input.password}`)), 16);
    helper.calculateS(x, B, (err3, S) => {
      if (err3) throw err3;
      const RealDate = Date;
      global.Date = class extends RealDate { constructor(...args) { if (args.length) super(...args); else super(input.epochMs); } };
      const timestamp = new DateHelper().getNowString();
      global.Date = RealDate;
      const message = Buffer.concat([Buffer.from(poolName, 'utf8'), Buffer.from(input.userId, 'utf8'),
        Buffer.from(input.secretBlock, 'base64'), Buffer.from(timestamp, 'utf8')]);
      const mac = new Sha256(key);
      mac.update(message);
      const signature = Buffer.from(mac.digestSync()).toString('base64');
      process.stdout.write(JSON.stringify({
        A: A.toString(16), B: B.toString(16), u: helper.UValue.toString(16), S: S.toString(16),
        key: Buffer.from(key).toString('hex'), timestamp, signature,
      }));
    });
  });
});
