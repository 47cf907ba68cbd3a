'use strict';
// lib/sigv4.verify against 300 requests signed by botocore (SigV4Auth) with awkward headers,
// query strings and bodies: the sim must never reject a correct signature.
const test = require('node:test');
const assert = require('node:assert/strict');
const { verify, sign } = require('../lib/sigv4');
const { py } = require('../lib/testing');

test('botocore-signed requests verify; any single-byte change does not', () => {
  const cases = py(`
import random, datetime
from unittest import mock
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from urllib.parse import quote
rnd = random.Random(7)
alphabet = 'abcXYZ019 -_.~!*\\'()/:;=+&%@,é$'
def s(n): return ''.join(rnd.choice(alphabet) for _ in range(n))
out = []
for i in range(300):
    q = '&'.join('%s=%s' % (quote(s(rnd.randint(1, 6)), safe=''), quote(s(rnd.randint(0, 6)), safe='')) for _ in range(rnd.randint(0, 3)))
    path = '/' if rnd.random() < 0.7 else '/' + '/'.join(quote(s(rnd.randint(1, 5)), safe='') for _ in range(rnd.randint(1, 3)))
    headers = {'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUsers'}
    for _ in range(rnd.randint(0, 3)):
        headers['X-Custom-' + str(rnd.randint(0, 99))] = '  ' + s(rnd.randint(1, 8)).replace('é', 'e') + '   x  y '
    body = '{"UserPoolId":"us-east-1_abc","Filter":"%s"}' % s(rnd.randint(0, 20)).replace('"', '').replace('\\\\', '')
    url = 'http://127.0.0.1:8080' + path + ('?' + q if q else '')
    req = AWSRequest(method='POST', url=url, data=body.encode('utf-8'), headers=headers)
    when = datetime.datetime(2026, 1, 1, 0, 0, 0) + datetime.timedelta(seconds=rnd.randint(0, 10**7))
    with mock.patch('botocore.auth.datetime') as dt:
        dt.datetime.utcnow.return_value = when
        dt.datetime.now.return_value = when
        SigV4Auth(Credentials('AKIDFUZZ', 'fuzz/secret+key'), 'cognito-idp', 'us-east-1').add_auth(req)
    h = {k.lower(): v for k, v in req.headers.items()}
    h['host'] = '127.0.0.1:8080'
    out.append({'path': path, 'query': q, 'headers': h, 'body': body, 'now': when.strftime('%Y-%m-%dT%H:%M:%SZ')})
print(json.dumps(out))
`);
  assert.equal(cases.length, 300);
  const opts = (c) => ({ lookupSecret: (a) => (a === 'AKIDFUZZ' ? 'fuzz/secret+key' : undefined), service: 'cognito-idp', now: new Date(c.now) });
  for (const c of cases) {
    const req = { method: 'POST', path: c.path, query: c.query, headers: c.headers, body: Buffer.from(c.body, 'utf8') };
    assert.doesNotThrow(() => verify(req, opts(c)), JSON.stringify(c));
    const tampered = { ...req, body: Buffer.from(c.body.replace('abc', 'abd'), 'utf8') };
    assert.throws(() => verify(tampered, opts(c)), (e) => e.type === 'InvalidSignatureException');
  }
});

test('our signer round-trips through our verifier with a session token and query', () => {
  const date = new Date(Date.UTC(2026, 5, 1, 12, 0, 0));
  const h = sign({ method: 'POST', url: 'http://127.0.0.1:9/a%20b/?x=1&y=%2F', body: '{}', region: 'us-east-1', service: 'cognito-idp', accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', date, headers: { 'content-type': 'application/x-amz-json-1.1' } });
  const headers = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
  assert.deepEqual(verify({ method: 'POST', path: '/a%20b/', query: 'x=1&y=%2F', headers, body: '{}' }, { lookupSecret: () => 'S', service: 'cognito-idp', now: date }).accessKeyId, 'A');
});
