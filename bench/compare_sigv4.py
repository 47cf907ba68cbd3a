#!/usr/bin/python3
"""SigV4 signing speed: ours (bench_sigv4) against botocore's SigV4Auth, same run.

Both sign the same typical Cognito request (ListUsers, session credentials); the
Authorization headers at a common instant are compared first so that the two numbers
measure the same work. Both time batches in thread CPU time, since the machines this
runs on are shared. Prints µs per signature for each (median of batches) and the
ratio; exits 1 when the signatures differ or the target (≥ 20× botocore, < 3 µs
median) is missed.

    compare_sigv4.py PATH/TO/bench_sigv4
"""
import datetime
import json
import statistics
import subprocess
import sys
import time
import types

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ACCESS_KEY = 'ASIAEXAMPLEEXAMPLE12'
SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
TOKEN = ('IQoJb3JpZ2luX2VjEXAMPLETOKENaCXVzLWVhc3QtMSJHMEUCIQDexampleexampleexampleexample'
         'exampleexampleexampleAiBexampleexampleexampleexampleexampleexampleKq8CCBAQABoMMTIz')
BODY = b'{"UserPoolId":"eu-west-1_AbCdEfGhI","Limit":60,"Filter":"email ^= \\"ali\\""}'
HEADERS = [('Host', 'cognito-idp.eu-west-1.amazonaws.com'),
           ('Content-Type', 'application/x-amz-json-1.1'),
           ('X-Amz-Target', 'AWSCognitoIdentityProviderService.ListUsers')]


def make_request():
    request = AWSRequest(method='POST', url='https://cognito-idp.eu-west-1.amazonaws.com/',
                         data=BODY)
    for name, value in HEADERS:
        request.headers[name] = value
    return request


def botocore_at(instant):
    real = botocore.auth.datetime

    class Fixed(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return instant

    botocore.auth.datetime = types.SimpleNamespace(datetime=Fixed, timedelta=datetime.timedelta)
    try:
        request = make_request()
        botocore.auth.SigV4Auth(Credentials(ACCESS_KEY, SECRET, TOKEN), 'cognito-idp',
                                'eu-west-1').add_auth(request)
        return request.headers['Authorization']
    finally:
        botocore.auth.datetime = real


def botocore_median(batches=31, per_batch=100):
    signer = botocore.auth.SigV4Auth(Credentials(ACCESS_KEY, SECRET, TOKEN), 'cognito-idp',
                                     'eu-west-1')
    request = make_request()
    samples = []
    for _ in range(batches):
        start = time.thread_time_ns()
        for _ in range(per_batch):
            signer.add_auth(request)  # re-signing replaces the previous signature
        samples.append((time.thread_time_ns() - start) / 1000.0 / per_batch)
    return statistics.median(samples)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    instant = int(time.time())
    ours = json.loads(subprocess.run([sys.argv[1], '--time', str(instant)], check=True,
                                     capture_output=True, text=True).stdout)
    theirs = botocore_at(datetime.datetime.utcfromtimestamp(instant))
    if ours['authorization'] != theirs:
        print('signatures differ:\n  ours     %s\n  botocore %s' % (ours['authorization'], theirs))
        return 1
    boto = botocore_median()
    mine = ours['medianMicroseconds']
    ratio = boto / mine
    print('SigV4 signature of a typical Cognito request (median, µs per signature)')
    print('  cognito-desk  %8.2f µs' % mine)
    print('  botocore      %8.2f µs' % boto)
    print('  ratio         %8.1f× faster' % ratio)
    ok = ratio >= 20 and mine < 3
    print('  target (≥ 20×, < 3 µs): %s' % ('met' if ok else 'MISSED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
