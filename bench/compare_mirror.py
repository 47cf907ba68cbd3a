#!/usr/bin/env python3
"""P4 and P5: the local pool mirror at 100,000 users, on a cognito-sim of its own.

P4: `cognito-desk-cli user sync` of N users (default 100,000, varied) and 20 groups with 100 ms
latency per call and AWS's UserList quota of 30 requests a second, against the quota bound
(UserList calls / 30 s: no client can be faster without throttling) and against boto3's
ListUsers paginator in the same run (users only: the paginator lists no memberships).
Targets: <= 1.1x the bound, >= 3x faster than boto3. Also the mirror file's size.

P5: search keystrokes over the mirror the sync wrote (bench_mirror_search), against a loop
over the same users in memory. Target: median <= 30 ms, p95 <= 60 ms.

P6: the app's window showing that pool from the mirror, scrolled end to end a page at a time
(bench_users_view, offscreen), against a plain QTableView of the same rows. Targets: RSS
<= 250 MB, no scroll step over 50 ms.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import boto3
from botocore.config import Config


def sim(endpoint, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(endpoint.rstrip('/') + '/' + path, data=data,
                                     method='GET' if body is None else 'POST',
                                     headers={'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, timeout=600) as reply:
        return json.loads(reply.read() or b'{}')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--cli', required=True)
    parser.add_argument('--search', required=True)
    parser.add_argument('--view', required=True)
    parser.add_argument('--local-stack', required=True)
    parser.add_argument('--users', type=int, default=100000)
    parser.add_argument('--groups', type=int, default=20)
    parser.add_argument('--latency-ms', type=int, default=100)
    parser.add_argument('--quota', type=float, default=30)
    parser.add_argument('--rounds', type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix='cognito-desk-bench-mirror-') as tmp:
        state_file = os.path.join(tmp, 'server.json')
        subprocess.run([os.path.join(args.local_stack, 'start-server'), '--kind', 'cognito-sim',
                        '--state-file', state_file, '--seed', 'none'], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            with open(state_file) as f:
                state = json.load(f)
            return measure(args, state, tmp)
        finally:
            subprocess.run([os.path.join(args.local_stack, 'stop-server'), '--state-file',
                            state_file])


def measure(args, state, tmp):
    endpoint = state['endpoint']
    region = state['region']
    client = boto3.client('cognito-idp', endpoint_url=endpoint, region_name=region,
                          aws_access_key_id=state['accessKeyId'],
                          aws_secret_access_key=state['secretAccessKey'],
                          config=Config(retries={'mode': 'standard', 'max_attempts': 10}))
    pool = client.create_user_pool(PoolName='bench-mirror', Schema=[
        {'Name': 'department', 'AttributeDataType': 'String', 'Mutable': True}])['UserPool']['Id']
    started = time.monotonic()
    sim(endpoint, '_sim/seed-users', {'UserPoolId': pool, 'count': args.users, 'varied': True})
    print('Seeded %d varied users in %.1f s' % (args.users, time.monotonic() - started))
    existing = len(client.list_groups(UserPoolId=pool, Limit=60)['Groups'])
    for i in range(existing, args.groups):
        name = 'team-%02d' % i
        client.create_group(UserPoolId=pool, GroupName=name)
        for n in range(1 + i, 1 + i + 70):  # a page and a bit each
            client.admin_add_user_to_group(UserPoolId=pool, GroupName=name,
                                           Username='user%06d' % n)
    sim(endpoint, '_sim/knobs', {'latencyMs': args.latency_ms, 'quotasEnabled': True,
                                 'quotas': {'UserList': args.quota}})

    home = os.path.join(tmp, 'home')
    os.makedirs(home)
    env = {
        'PATH': '/usr/bin:/bin', 'HOME': home, 'XDG_CACHE_HOME': os.path.join(home, '.cache'),
        'XDG_CONFIG_HOME': os.path.join(home, '.config'), 'LANG': 'C.UTF-8',
        'AWS_ACCESS_KEY_ID': state['accessKeyId'], 'AWS_SECRET_ACCESS_KEY': state['secretAccessKey'],
        'AWS_REGION': region, 'AWS_CONFIG_FILE': '/dev/null',
        'AWS_SHARED_CREDENTIALS_FILE': '/dev/null',
        'COGNITO_DESK_ENDPOINT_URL': endpoint, 'COGNITO_DESK_USER_POOL_ID': pool,
    }

    # P4: our sync.
    sim(endpoint, '_sim/stats/reset', {})
    started = time.monotonic()
    run = subprocess.run([args.cli, 'user', 'sync', '--output', 'json'], env=env,
                         capture_output=True, text=True)
    sync_s = time.monotonic() - started
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        return 1
    summary = json.loads(run.stdout)
    stats = sim(endpoint, '_sim/knobs')['stats']
    ops = stats.get('ops', {})
    user_list_calls = ops.get('ListUsers', 0) + ops.get('ListUsersInGroup', 0)
    bound_s = user_list_calls / args.quota
    mirrors = glob.glob(os.path.join(home, '.cache', '**', '*.sqlite'), recursive=True)
    size = os.path.getsize(mirrors[0]) if mirrors else 0

    # The reference: boto3's ListUsers paginator, one page after the other, users only.
    sim(endpoint, '_sim/stats/reset', {})
    started = time.monotonic()
    listed = 0
    for page in client.get_paginator('list_users').paginate(
            UserPoolId=pool, PaginationConfig={'PageSize': 60}):
        listed += len(page['Users'])
    boto_s = time.monotonic() - started
    boto_calls = sim(endpoint, '_sim/knobs')['stats'].get('ops', {}).get('ListUsers', 0)

    print('P4: user sync of %d users and %d groups, %d ms latency, UserList quota %g/s'
          % (summary['Users'], summary['Groups'], args.latency_ms, args.quota))
    print('  cognito-desk-cli user sync  %7.1f s  %5d UserList calls (%d in all), %d throttled'
          % (sync_s, user_list_calls, summary['Calls'], stats.get('throttled', 0)))
    print('  quota bound (calls / %g)    %7.1f s   ratio %.2fx (target <= 1.1x)'
          % (args.quota, bound_s, sync_s / bound_s))
    print('  boto3 ListUsers paginator   %7.1f s  %5d calls, %d users (no memberships)'
          % (boto_s, boto_calls, listed))
    print('  sync vs boto3               %.2fx faster (target >= 3x)' % (boto_s / sync_s))
    print('  mirror file                 %.1f MiB (%d bytes, %.0f bytes a user)'
          % (size / 2**20, size, size / max(1, summary['Users'])))
    p4 = sync_s / bound_s <= 1.1 and boto_s / sync_s >= 3 and listed == summary['Users']
    print('  P4 target: %s' % ('met' if p4 else 'MISSED'))

    sim(endpoint, '_sim/knobs/reset', {})
    if not mirrors:
        print('no mirror file found', file=sys.stderr)
        return 1
    sys.stdout.flush()
    p5 = subprocess.run([args.search, mirrors[0], str(args.rounds)]).returncode == 0
    sys.stdout.flush()
    view = subprocess.run([args.view, pool], env=dict(env, QT_QPA_PLATFORM='offscreen'))
    p6 = view.returncode == 0
    return 0 if p4 and p5 and p6 else 1


if __name__ == '__main__':
    sys.exit(main())
