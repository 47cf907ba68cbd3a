'use strict';
// Process liveness for start-server, stop-server and their tests.
//
// A server started by start-server outlives it, so when it exits it is the child of whatever
// reaps orphans (PID 1 or a subreaper). Some of those reap only now and then; until they do, the
// exited server is a zombie, and kill(pid, 0) still succeeds on it. A zombie has stopped
// serving and holds no port, so it counts as not alive here.
const fs = require('node:fs');

function isZombie(pid) {
  try {
    // /proc/PID/stat is "pid (comm) state ...": comm may contain spaces and parentheses,
    // so the state is the first field after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false; // no /proc (or the process is gone): kill(pid, 0) decides
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

module.exports = { alive, isZombie };
