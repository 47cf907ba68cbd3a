#!/usr/bin/python3
"""P2 and P3: `cognito-desk-cli bulk create` on a cognito-sim of its own, against
references measured in the same run.

P2 (no quota), in two parts:
- no added latency: the CLI's users per second (with --max-rps above the sim's ceiling, as
  for an account whose quota was raised) against the sim's raw AdminCreateUser ceiling, which
  a load generator (tools/local-stack/bench/ceiling.js: 32 keep-alive connections, requests
  signed before the clock starts) measures on the same server in the same run;
- with the sim answering after --latency-ms (50 ms: a round trip to AWS), the CLI against
  boto3 creating users one after the other and a loop of `aws cognito-idp admin-create-user`
  (20 calls, scaled). On a loopback server that answers in a millisecond, a sequential
  client is bound by the server, not by round trips, and no client can be ten times faster
  than it; with a round trip, sequential clients wait, as they do on AWS.
P3 (the sim enforcing UserCreation 50 RPS and 100 ms latency): the share of the quota the job
used over its run, and that no item failed.

Prints the ratios; exits 1 when a target is missed. Not a test: the figures depend on the
machine's load.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

import boto3


def post(endpoint, path, body):
    request = urllib.request.Request(endpoint + path, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read() or b"{}")


def write_csv(path, prefix, count):
    with open(path, "w") as f:
        f.write("username,email\n")
        for i in range(count):
            f.write(f"{prefix}{i:05d},{prefix}{i:05d}@example.com\n")


def run_bulk(cli, env, csv, extra):
    started = time.monotonic()
    done = subprocess.run([cli, "bulk", "create", csv, "--suppress-message", *extra], env=env,
                          capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-2000:] + done.stdout[-2000:])
    report = json.loads(done.stdout or "{}")
    return seconds, report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--local-stack", required=True)
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--boto3-users", type=int, default=200)
    parser.add_argument("--aws-cli-calls", type=int, default=20)
    parser.add_argument("--latency-ms", type=int, default=50)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="bench-bulk-")
    state_file = os.path.join(work, "sim.json")
    subprocess.run([os.path.join(args.local_stack, "start-server"), "--kind", "cognito-sim",
                    "--state-file", state_file, "--seed", "none", "--", "--quiet"], check=True)
    try:
        with open(state_file) as f:
            state = json.load(f)
        endpoint = state["endpoint"]
        env = dict(os.environ, AWS_ACCESS_KEY_ID=state["accessKeyId"],
                   AWS_SECRET_ACCESS_KEY=state["secretAccessKey"], AWS_REGION=state["region"],
                   COGNITO_DESK_ENDPOINT_URL=endpoint, XDG_DATA_HOME=os.path.join(work, "data"))
        env.pop("AWS_PROFILE", None)
        idp = boto3.client("cognito-idp", endpoint_url=endpoint, region_name=state["region"],
                           aws_access_key_id=state["accessKeyId"],
                           aws_secret_access_key=state["secretAccessKey"])

        def new_pool(name):
            return idp.create_user_pool(PoolName=name)["UserPool"]["Id"]

        # P2: no quota, no latency: the CLI against the server's raw ceiling.
        post(endpoint, "/_sim/knobs/reset", {})
        pool = new_pool("p2-ceiling")
        ceiling_run = subprocess.run(
            ["node", os.path.join(args.local_stack, "bench", "ceiling.js"), endpoint, pool,
             "raw-", str(args.users)], env=env, check=True, capture_output=True, text=True)
        ceiling = json.loads(ceiling_run.stdout)
        pool = new_pool("p2")
        env["COGNITO_DESK_USER_POOL_ID"] = pool
        csv = os.path.join(work, "p2.csv")
        write_csv(csv, "p2-", args.users)
        seconds, report = run_bulk(args.cli, env, csv, ["--max-rps", "100000"])
        ours = args.users / seconds
        failed_p2 = len(report.get("Failed", [None]))

        # P2 with a round trip: the CLI against sequential clients.
        post(endpoint, "/_sim/knobs", {"latencyMs": args.latency_ms})
        pool = new_pool("p2-latency")
        env["COGNITO_DESK_USER_POOL_ID"] = pool
        csv = os.path.join(work, "p2-latency.csv")
        write_csv(csv, "p2l-", args.users)
        seconds_l, report_l = run_bulk(args.cli, env, csv, ["--max-rps", "100000"])
        ours_l = args.users / seconds_l
        failed_p2 += len(report_l.get("Failed", [None]))

        started = time.monotonic()
        for i in range(args.boto3_users):
            idp.admin_create_user(UserPoolId=pool, Username=f"boto-{i:05d}", MessageAction="SUPPRESS")
        boto_rate = args.boto3_users / (time.monotonic() - started)

        started = time.monotonic()
        for i in range(args.aws_cli_calls):
            subprocess.run(["/usr/bin/aws", "cognito-idp", "admin-create-user", "--endpoint-url",
                            endpoint, "--user-pool-id", pool, "--username", f"awscli-{i:03d}",
                            "--message-action", "SUPPRESS"], env=env, check=True,
                           capture_output=True)
        aws_rate = args.aws_cli_calls / (time.monotonic() - started)
        post(endpoint, "/_sim/knobs/reset", {})

        # P3: UserCreation 50 RPS enforced by the sim, 100 ms per call.
        post(endpoint, "/_sim/knobs", {"quotasEnabled": True, "quotas": {"UserCreation": 50},
                                       "latencyMs": 100})
        pool = new_pool("p3")
        env["COGNITO_DESK_USER_POOL_ID"] = pool
        csv = os.path.join(work, "p3.csv")
        write_csv(csv, "p3-", args.users)
        seconds3, report3 = run_bulk(args.cli, env, csv, [])
        used = args.users / seconds3 / 50
        failed_p3 = len(report3.get("Failed", [None]))

        print(f"P2: bulk create {args.users} users in {seconds:.1f} s = {ours:.0f}/s, the sim's "
              f"raw ceiling {ceiling['rps']:.0f}/s ({ceiling['errors']} errors): "
              f"{ours / ceiling['rps'] * 100:.0f}% (target >= 90%)")
        print(f"P2 at {args.latency_ms} ms a call: bulk create {ours_l:.0f}/s; boto3 sequential "
              f"{boto_rate:.1f}/s; aws CLI loop {aws_rate:.2f}/s; {failed_p2} failed in P2 (target 0)")
        print(f"P2: ratio to boto3 sequential {ours_l / boto_rate:.1f}x (target >= 10x); "
              f"to the aws CLI loop {ours_l / aws_rate:.0f}x (target >= 100x)")
        print(f"P3: {args.users} users at UserCreation 50 RPS + 100 ms in {seconds3:.1f} s = "
              f"{used * 100:.1f}% of the quota (target >= 95%), {failed_p3} failed (target 0)")
        ok = (ours >= 0.9 * ceiling["rps"] and ours_l / boto_rate >= 10 and ours_l / aws_rate >= 100
              and used >= 0.95 and failed_p2 == 0 and failed_p3 == 0)
        return 0 if ok else 1
    finally:
        subprocess.run([os.path.join(args.local_stack, "stop-server"), "--state-file", state_file])


if __name__ == "__main__":
    sys.exit(main())
