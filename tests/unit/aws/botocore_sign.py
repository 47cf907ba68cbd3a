#!/usr/bin/python3
"""Generates random requests and signs each with botocore's SigV4Auth.

Used by tst_sigv4 (differential test): prints one JSON object per line with the
request as it goes on the wire and botocore's Authorization header; the C++ test
signs the same request at the same instant and compares.

    botocore_sign.py --count N --seed S --time EPOCH_SECONDS

Paths are given to both signers in their wire form (percent-encoded once); for
non-S3 services botocore encodes that form a second time, as AWS specifies. Query
strings are given in canonical encoding: botocore sorts the raw pairs without
re-encoding them, a canonically encoded query is the only one it signs correctly.
"""
import argparse
import datetime
import json
import random
import sys
import types
from urllib.parse import quote

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

UNICODE = ['é', 'ü', 'ሴ', '日本', '中文', 'ß', 'Ω', '😀', '\u00a0x', 'ａ']
RESERVED = list("!$&'()*+,;=:@") + ['[', ']', '?', '#', '%', ' ', '"', '<', '>', '^', '`', '{', '|', '}', '\\']
PLAIN = list('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~')
METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']
REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1', 'sa-east-1', 'il-central-1']
SKIP_HEADERS = {'host', 'x-amz-date', 'x-amz-security-token', 'authorization', 'expect',
                'user-agent', 'x-amzn-trace-id', 'x-amz-content-sha256'}


def text(rng, low, high, extra=()):
    pool = PLAIN * 3 + RESERVED + UNICODE + list(extra)
    return ''.join(rng.choice(pool) for _ in range(rng.randint(low, high)))


def path(rng):
    segments = []
    for _ in range(rng.randint(0, 5)):
        kind = rng.random()
        if kind < 0.08:
            segments.append('')
        elif kind < 0.14:
            segments.append('.')
        elif kind < 0.20:
            segments.append('..')
        else:
            segments.append(text(rng, 1, 12))
    # Two wire spellings occur in practice: sub-delimiters left as they are (QUrl,
    # browsers) and everything but unreserved encoded (the SDKs).
    safe = "!$&'()*+,;=:@" if rng.random() < 0.5 else ''
    wire = '/' + '/'.join(quote(s, safe=safe) for s in segments)
    if segments and rng.random() < 0.2:
        wire += '/'
    return wire


def query(rng):
    pairs = []
    keys = []
    for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
        if keys and rng.random() < 0.3:
            key = rng.choice(keys)  # repeated key
        elif rng.random() < 0.1:
            key = ''  # empty key
        else:
            key = text(rng, 1, 8)
        keys.append(key)
        value = '' if rng.random() < 0.25 else text(rng, 1, 10)
        k = quote(key, safe='-_.~')
        v = quote(value, safe='-_.~')
        if value == '' and key != '' and rng.random() < 0.5:
            pairs.append(k)  # "flag" without '='
        else:
            pairs.append(f'{k}={v}')
    return '&'.join(pairs)


def header_value(rng):
    chars = [chr(c) for c in range(0x21, 0x7f)]
    out = []
    for _ in range(rng.randint(0, 6)):
        r = rng.random()
        if r < 0.3:
            out.append(' ' * rng.randint(1, 4))
        elif r < 0.4:
            out.append(rng.choice(['\t', ' \t ', '  \t']))
        else:
            out.append(''.join(rng.choice(chars) for _ in range(rng.randint(1, 8))))
    return ''.join(out)


def headers(rng):
    result = [('Host', 'cognito-idp.%s.amazonaws.com' % rng.choice(REGIONS))]
    names = []
    for _ in range(rng.randint(0, 6)):
        if names and rng.random() < 0.25:
            name = rng.choice(names)
            name = name.upper() if rng.random() < 0.5 else name  # repeated, other case
        else:
            name = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-')
                           for _ in range(rng.randint(1, 12)))
            name = 'X' + name
            if name.lower() in SKIP_HEADERS:
                continue
        names.append(name)
        result.append((name, header_value(rng)))
    if rng.random() < 0.5:
        result.append(('Content-Type', 'application/x-amz-json-1.1'))
        result.append(('X-Amz-Target', 'AWSCognitoIdentityProviderService.ListUsers'))
    return result


def body(rng):
    r = rng.random()
    if r < 0.3:
        return b''
    if r < 0.6:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300)))
    return json.dumps({'UserPoolId': 'eu-west-1_' + text(rng, 3, 9), 'Filter': text(rng, 0, 20)},
                      ensure_ascii=rng.random() < 0.5).encode('utf-8')


class CapturingSigV4Auth(botocore.auth.SigV4Auth):
    captured = ''

    def canonical_request(self, request):
        self.captured = super().canonical_request(request)
        return self.captured


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--count', type=int, default=500)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--time', type=int, required=True)
    args = parser.parse_args()

    instant = datetime.datetime.utcfromtimestamp(args.time)

    class FixedDateTime(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return instant

    botocore.auth.datetime = types.SimpleNamespace(datetime=FixedDateTime,
                                                   timedelta=datetime.timedelta)
    rng = random.Random(args.seed)
    for _ in range(args.count):
        method = rng.choice(METHODS)
        wire_path = path(rng)
        wire_query = query(rng)
        hdrs = headers(rng)
        data = body(rng)
        # Session tokens are base64 (botocore would fold a Unicode space inside one).
        token = ''.join(rng.choice(PLAIN[:62] + ['/', '+', '='])
                        for _ in range(rng.randint(20, 400))) if rng.random() < 0.5 else ''
        region = rng.choice(REGIONS)
        access_key = 'AKIA' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(16))
        secret = ''.join(rng.choice(PLAIN + ['/', '+']) for _ in range(40))
        credentials = Credentials(access_key, secret, token or None)
        url = 'https://cognito-idp.%s.amazonaws.com%s' % (region, wire_path)
        if wire_query:
            url += '?' + wire_query
        request = AWSRequest(method=method, url=url, data=data)
        for name, value in hdrs:
            request.headers[name] = value  # email.message semantics: repeats are kept
        signer = CapturingSigV4Auth(credentials, 'cognito-idp', region)
        signer.add_auth(request)
        print(json.dumps({
            'method': method,
            'path': wire_path,
            'query': wire_query,
            'headers': hdrs,
            'body': data.hex(),
            'accessKey': access_key,
            'secret': secret,
            'token': token,
            'region': region,
            'authorization': request.headers['Authorization'],
            'canonicalRequest': signer.captured,
        }, ensure_ascii=True))
    return 0


if __name__ == '__main__':
    sys.exit(main())
