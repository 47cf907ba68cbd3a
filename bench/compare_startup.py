#!/usr/bin/python3
"""Start-up and footprint, measured side by side in one run.

1. Cold start of cognito-desk to its first painted main window (offscreen), and its idle
   RSS, against a bare Qt Widgets main window built by this benchmark (the floor). Both
   print "first-paint" on stdout when painted (COGNITO_DESK_FIRST_PAINT_EXIT), then idle;
   the time is from spawning the process to that line, the RSS is read from /proc while
   the process idles. Target: at most 2x the bare window's time and 2x its RSS.
2. cognito-desk-cli per process against the AWS CLI: `--version`, and one `user get`
   (AdminGetUser) against a private cognito-sim started for this run.

Interleaved runs (after one warm-up each), wall time, since what is measured is a whole
process: the median, and the best of N, which on a machine shared with other work is the
run least disturbed by it (the start-up target is judged on the best of N; the RSS, which
load does not change, on the median). When valgrind is installed, the instructions each
window executes up to its first paint are counted under callgrind too: unlike wall time,
they do not change with the machine's load. Prints the figures and ratios; exits 1 when a
target is missed.

    compare_startup.py --app PATH --bare PATH --cli PATH --local-stack DIR [--runs N]
"""
import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

IDLE_MS = 800  # how long the window idles after its first paint
RSS_AFTER_MS = 400  # when, in that idle time, the RSS is read


def rss_kib(pid):
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    raise RuntimeError('no VmRSS for %d' % pid)


def first_paint(argv, env):
    """(ms to first paint, idle RSS in KiB) of one cold start."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = process.stdout.readline()
    painted = time.perf_counter()
    if line.strip() != b'first-paint':
        process.kill()
        _, err = process.communicate()
        raise RuntimeError('%s did not report its first paint: %r %r' % (argv[0], line, err[-2000:]))
    time.sleep(RSS_AFTER_MS / 1000.0)
    rss = rss_kib(process.pid)
    _, err = process.communicate(timeout=60)
    if process.returncode != 0:
        raise RuntimeError('%s exited %d: %r' % (argv[0], process.returncode, err[-2000:]))
    return (painted - start) * 1000.0, rss


def instructions_to_first_paint(argv, env, tmp):
    """Instructions executed up to the first paint, counted by callgrind; None without it."""
    valgrind = shutil.which('valgrind', path=env['PATH'])
    if not valgrind:
        return None
    prefix = os.path.join(tmp, 'callgrind.%s' % os.path.basename(argv[0]))
    # The first dump holds everything before the report (FirstPaintReporter::reportFirstPaint).
    subprocess.run([valgrind, '--tool=callgrind', '--callgrind-out-file=' + prefix,
                    '--dump-before=*reportFirstPaint*'] + argv,
                   env=env, check=True, capture_output=True, timeout=600)
    dumps = sorted(glob.glob(prefix + '.*'), key=lambda p: int(p.rsplit('.', 1)[1]))
    if not dumps:
        raise RuntimeError('callgrind wrote no dump before the first paint of %s' % argv[0])
    with open(dumps[0]) as f:
        for line in f:
            if line.startswith('summary:') or line.startswith('totals:'):
                return int(line.split()[1])
    raise RuntimeError('no totals in %s' % dumps[0])


def wall_ms(argv, env):
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True)
    elapsed = (time.perf_counter() - start) * 1000.0
    if result.returncode != 0:
        raise RuntimeError('%s exited %d: %r' % (' '.join(argv), result.returncode,
                                                 result.stderr[-2000:]))
    return elapsed


def interleaved(runs, measure, variants):
    """Runs each variant once untimed, then `runs` rounds in turn; the samples per variant."""
    for argv in variants:
        measure(argv)
    samples = [[] for _ in variants]
    for _ in range(runs):
        for i, argv in enumerate(variants):
            samples[i].append(measure(argv))
    return samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--app', required=True)
    parser.add_argument('--bare', required=True)
    parser.add_argument('--cli', required=True)
    parser.add_argument('--local-stack', required=True)
    parser.add_argument('--aws', default='/usr/bin/aws')
    parser.add_argument('--runs', type=int, default=9)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix='cognito-desk-bench-') as tmp:
        state_file = os.path.join(tmp, 'server.json')
        subprocess.run([os.path.join(args.local_stack, 'start-server'), '--kind', 'cognito-sim',
                        '--state-file', state_file, '--seed', 'demo'], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            with open(state_file) as f:
                state = json.load(f)
            return measure_all(args, state, tmp)
        finally:
            subprocess.run([os.path.join(args.local_stack, 'stop-server'), '--state-file',
                            state_file])


def measure_all(args, state, tmp):
    home = os.path.join(tmp, 'home')
    runtime = os.path.join(tmp, 'runtime')
    os.makedirs(home)
    os.makedirs(runtime, mode=0o700)
    # Nothing of the caller's: no saved profile, settings or AWS configuration.
    env = {
        'PATH': '/usr/bin:/bin', 'HOME': home, 'XDG_CONFIG_HOME': os.path.join(home, '.config'),
        'XDG_RUNTIME_DIR': runtime, 'LANG': 'C.UTF-8', 'QT_QPA_PLATFORM': 'offscreen',
        'COGNITO_DESK_FIRST_PAINT_EXIT': str(IDLE_MS),
        'AWS_ACCESS_KEY_ID': state['accessKeyId'], 'AWS_SECRET_ACCESS_KEY': state['secretAccessKey'],
        'AWS_REGION': state['region'], 'AWS_DEFAULT_REGION': state['region'],
        'AWS_CONFIG_FILE': '/dev/null', 'AWS_SHARED_CREDENTIALS_FILE': '/dev/null', 'AWS_PAGER': '',
    }
    endpoint = state['endpoint']
    pool = state['seed']['userPoolId']

    bare, app = interleaved(args.runs, lambda argv: first_paint(argv, env),
                            [[args.bare], [args.app, '--endpoint-url', endpoint]])
    bare_ms = statistics.median(s[0] for s in bare)
    app_ms = statistics.median(s[0] for s in app)
    bare_best = min(s[0] for s in bare)
    app_best = min(s[0] for s in app)
    bare_rss = statistics.median(s[1] for s in bare) / 1024.0
    app_rss = statistics.median(s[1] for s in app) / 1024.0

    version = interleaved(args.runs, lambda argv: wall_ms(argv, env),
                          [[args.cli, '--version'], [args.aws, '--version']])
    get = interleaved(args.runs, lambda argv: wall_ms(argv, env), [
        [args.cli, '--endpoint-url', endpoint, '--user-pool-id', pool, '--output', 'json',
         'user', 'get', 'alice'],
        [args.aws, 'cognito-idp', 'admin-get-user', '--endpoint-url', endpoint,
         '--user-pool-id', pool, '--username', 'alice', '--output', 'json'],
    ])
    cli_version, aws_version = (statistics.median(s) for s in version)
    cli_get, aws_get = (statistics.median(s) for s in get)

    paint_env = dict(env, COGNITO_DESK_FIRST_PAINT_EXIT='0')
    bare_ir = instructions_to_first_paint([args.bare], paint_env, tmp)
    app_ir = instructions_to_first_paint([args.app, '--endpoint-url', endpoint], paint_env, tmp)

    time_ratio = app_best / bare_best
    rss_ratio = app_rss / bare_rss
    print('Start-up to the first painted main window, offscreen (%d runs each)' % args.runs)
    print('                   best of N   median    idle RSS (median)')
    print('  bare Qt window   %7.1f ms %7.1f ms   %6.1f MiB' % (bare_best, bare_ms, bare_rss))
    print('  cognito-desk     %7.1f ms %7.1f ms   %6.1f MiB' % (app_best, app_ms, app_rss))
    print('  ratio            %7.2fx   %7.2fx     %6.2fx' % (time_ratio, app_ms / bare_ms,
                                                         rss_ratio))
    if bare_ir and app_ir:
        print('  instructions to the first paint (callgrind): bare %.1f M, cognito-desk %.1f M,'
              ' %.2fx' % (bare_ir / 1e6, app_ir / 1e6, app_ir / bare_ir))
    else:
        print('  instructions to the first paint: not counted (no valgrind)')
    ok = time_ratio <= 2.0 and rss_ratio <= 2.0
    print('  target (<= 2x time as best of N, <= 2x RSS): %s' % ('met' if ok else 'MISSED'))
    print('Command line, per process (median of %d)' % args.runs)
    print('  --version        cognito-desk-cli %7.1f ms   aws %7.1f ms   %5.1fx faster'
          % (cli_version, aws_version, aws_version / cli_version))
    print('  user get alice   cognito-desk-cli %7.1f ms   aws %7.1f ms   %5.1fx faster'
          % (cli_get, aws_get, aws_get / cli_get))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
