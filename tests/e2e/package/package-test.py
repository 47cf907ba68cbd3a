#!/usr/bin/python3
"""The .deb as a user gets it: unpacked with dpkg-deb -x into a temporary root, both programs
run from there (--version, --help, the CLI against the cognito-sim fixture, the app's
--screenshot offscreen), and the files the package must carry are checked.

    package-test.py DIRECTORY   # where ./dev package wrote cognito-desk_VERSION_ARCH.deb
"""
import glob
import json
import os
import struct
import subprocess
import sys
import tempfile

# Files the package must carry besides the two programs (man pages and completions are
# generated at build time from the CLI's command table).
REQUIRED = [
    'usr/share/man/man1/cognito-desk.1.gz',
    'usr/share/man/man1/cognito-desk-cli.1.gz',
    'usr/share/bash-completion/completions/cognito-desk-cli',
    'usr/share/zsh/vendor-completions/_cognito-desk-cli',
    'usr/share/doc/cognito-desk/copyright',
    'usr/share/doc/cognito-desk/changelog.gz',
    'usr/share/applications/io.github.cognito_desk.CognitoDesk.desktop',
    'usr/share/metainfo/io.github.cognito_desk.CognitoDesk.metainfo.xml',
    'usr/share/icons/hicolor/scalable/apps/io.github.cognito_desk.CognitoDesk.svg',
]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print('FAIL: ' + message)
    return condition


def find_deb(directory):
    arch = subprocess.run(['dpkg', '--print-architecture'], check=True, capture_output=True,
                          text=True).stdout.strip()
    # Whatever the version: the newest one ./dev package wrote.
    debs = glob.glob(os.path.join(directory, 'cognito-desk_*_%s.deb' % arch))
    if not debs:
        sys.exit('no cognito-desk_*_%s.deb in %s: run ./dev package first' % (arch, directory))
    return max(debs, key=os.path.getmtime)


def run(argv, env, timeout=120):
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    print('$ %s -> %d' % (' '.join(argv), result.returncode))
    return result


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    deb = find_deb(sys.argv[1])
    version = subprocess.run(['dpkg-deb', '-f', deb, 'Version'], check=True, capture_output=True,
                             text=True).stdout.strip()
    print('package: %s (version %s)' % (deb, version))
    state_file = os.environ.get('COGNITO_DESK_TEST_STATE')
    if not state_file:
        sys.exit('COGNITO_DESK_TEST_STATE is not set: run through ctest')
    with open(state_file) as f:
        state = json.load(f)

    with tempfile.TemporaryDirectory(prefix='cognito-desk-deb-') as tmp:
        root = os.path.join(tmp, 'root')
        subprocess.run(['dpkg-deb', '-x', deb, root], check=True)
        for path in REQUIRED:
            full = os.path.join(root, path)
            check(os.path.isfile(full) and os.path.getsize(full) > 0, 'missing or empty: /' + path)

        app = os.path.join(root, 'usr/bin/cognito-desk')
        cli = os.path.join(root, 'usr/bin/cognito-desk-cli')
        for program in (app, cli):
            if not check(os.access(program, os.X_OK), 'not an executable: ' + program):
                return 1
            info = subprocess.run(['file', '-b', program], capture_output=True, text=True).stdout
            check('not stripped' not in info, 'not stripped: %s (%s)' % (program, info.strip()))

        # A clean environment: the fixture's server and keys, nothing of the caller's.
        home = os.path.join(tmp, 'home')
        runtime = os.path.join(tmp, 'runtime')
        os.makedirs(home)
        os.makedirs(runtime, mode=0o700)
        env = {
            'PATH': '/usr/bin:/bin',
            'HOME': home,
            'XDG_CONFIG_HOME': os.path.join(home, '.config'),
            'XDG_RUNTIME_DIR': runtime,
            'QT_QPA_PLATFORM': 'offscreen',
            'LANG': 'C.UTF-8',
            'AWS_ACCESS_KEY_ID': state['accessKeyId'],
            'AWS_SECRET_ACCESS_KEY': state['secretAccessKey'],
            'AWS_REGION': state['region'],
            'AWS_CONFIG_FILE': '/dev/null',
            'AWS_SHARED_CREDENTIALS_FILE': '/dev/null',
        }

        for program in (app, cli):
            got = run([program, '--version'], env)
            check(got.returncode == 0 and version in got.stdout,
                  '%s --version: exit %d, %r (want %s)' % (program, got.returncode,
                                                           got.stdout + got.stderr, version))
            got = run([program, '--help'], env)
            check(got.returncode == 0 and 'Usage:' in got.stdout,
                  '%s --help: exit %d, %r' % (program, got.returncode, got.stdout + got.stderr))

        got = run([cli, '--endpoint-url', state['endpoint'], '--user-pool-id',
                   state['seed']['userPoolId'], '--output', 'json', 'user', 'get', 'alice'], env)
        try:
            user = json.loads(got.stdout)
        except ValueError:
            user = {}
        check(got.returncode == 0 and user.get('Username') == 'alice',
              'cli user get alice: exit %d, %r' % (got.returncode, got.stdout + got.stderr))

        picture = os.path.join(tmp, 'window.png')
        got = run([app, '--endpoint-url', state['endpoint'], '--screenshot', picture], env)
        check(got.returncode == 0, 'app --screenshot: exit %d, %r' % (got.returncode, got.stderr))
        if check(os.path.isfile(picture), 'app --screenshot wrote no file'):
            with open(picture, 'rb') as f:
                head = f.read(24)
            check(head[:8] == b'\x89PNG\r\n\x1a\n', 'the screenshot is not a PNG')
            width, height = struct.unpack('>II', head[16:24])
            check(width >= 400 and height >= 300, 'the screenshot is %dx%d' % (width, height))

    if failures:
        print('%d check(s) failed' % len(failures))
        return 1
    print('package ok: %s' % os.path.basename(deb))
    return 0


if __name__ == '__main__':
    sys.exit(main())
