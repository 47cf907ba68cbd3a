#!/usr/bin/env node
'use strict';
// The raw AdminCreateUser ceiling of a running server: COUNT users created in a closed loop
// by CONCURRENCY workers on keep-alive connections, requests signed before the clock starts
// so that this client costs the server's core as little as possible. Prints
// {"rps": N, "ok": N, "errors": N} on stdout. For bench/compare_bulk.py (P2 of bench.bulk).
//   node bench/ceiling.js ENDPOINT POOL_ID PREFIX COUNT [CONCURRENCY]
// The key comes from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION.
const http = require('node:http');
const { sign } = require('../lib/sigv4');

const [endpoint, poolId, prefix, countText, concurrencyText] = process.argv.slice(2);
const count = Number(countText);
const concurrency = Number(concurrencyText || 32);
if (!endpoint || !poolId || !prefix || !(count > 0) || !(concurrency > 0)) {
  console.error('usage: ceiling.js ENDPOINT POOL_ID PREFIX COUNT [CONCURRENCY]');
  process.exit(2);
}
const key = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
const region = process.env.AWS_REGION || 'us-east-1';
const url = new URL(endpoint.replace(/\/?$/, '/'));

const requests = [];
for (let i = 0; i < count; i++) {
  const username = `${prefix}${String(i).padStart(5, '0')}`;
  const body = JSON.stringify({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS',
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] });
  const headers = sign({ method: 'POST', url: url.href, body, region, service: 'cognito-idp', ...key,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminCreateUser' } });
  requests.push({ headers: { ...headers, 'content-length': Buffer.byteLength(body) }, body });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
let next = 0;
let ok = 0;
let errors = 0;
const one = (r) => new Promise((resolve) => {
  const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path: '/', headers: r.headers, agent }, (res) => {
    res.resume();
    res.on('end', () => { if (res.statusCode === 200) ok++; else errors++; resolve(); });
  });
  req.on('error', () => { errors++; resolve(); });
  req.end(r.body);
});
const worker = async () => { while (next < requests.length) await one(requests[next++]); };
const started = process.hrtime.bigint();
Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  console.log(JSON.stringify({ rps: ok / seconds, ok, errors }));
});
