'use strict';
// Sign-in history: AdminListUserAuthEvents (API reference), kept only for pools with advanced
// security (UserPoolAddOns.AdvancedSecurityMode AUDIT or ENFORCED), as AWS does. Each sign-in
// through InitiateAuth / AdminInitiateAuth and their challenges leaves one SignIn event: Pass
// when tokens are issued, Fail when the password or the MFA code is wrong, with the challenge
// responses that led there (Password, then Mfa). The sim has no risk engine: every event is
// NoRisk. Events are listed newest first; the oldest are dropped past MAX_EVENTS per user.
const { ApiError } = require('./errors');
const { nowSeconds, uuid } = require('./util');
const { need, intIn } = require('./ops/common');

const MAX_EVENTS = 1000;

function enabled(pool) {
  const mode = pool.UserPoolAddOns && pool.UserPoolAddOns.AdvancedSecurityMode;
  return mode === 'AUDIT' || mode === 'ENFORCED';
}

// challenges: [['Password', 'Success'], ['Mfa', 'Failure']]
function record(ctx, pool, user, response, challenges) {
  if (!enabled(pool) || !user) return;
  const events = user.authEvents || (user.authEvents = []);
  ctx.store.authEventSeq = (ctx.store.authEventSeq || 0) + 1;
  events.push({
    seq: ctx.store.authEventSeq,
    event: {
      EventId: uuid(),
      EventType: 'SignIn',
      CreationDate: nowSeconds(),
      EventResponse: response,
      EventRisk: { RiskDecision: 'NoRisk', CompromisedCredentialsDetected: false },
      ChallengeResponses: challenges.map(([ChallengeName, ChallengeResponse]) => ({ ChallengeName, ChallengeResponse })),
      EventContextData: { IpAddress: '127.0.0.1', DeviceName: 'cognito-sim', Timezone: '+00:00' },
    },
  });
  if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
}

function AdminListUserAuthEvents(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  const user = ctx.store.getUser(pool, need(input, 'Username'));
  const limit = intIn(input, 'MaxResults', 0, 60, { dflt: 60 }) || 60;
  if (!enabled(pool)) {
    throw new ApiError('UserPoolAddOnNotEnabledException', 'Advanced security features are not enabled for this user pool.');
  }
  const newestFirst = [...(user.authEvents || [])].reverse();
  let start = 0;
  if (input.NextToken !== undefined && input.NextToken !== null) {
    const binding = `AdminListUserAuthEvents|${pool.Id}|${user.Username}`;
    const lastSeq = Number(ctx.store.readPageToken(input.NextToken, binding, { field: 'NextToken' }));
    start = newestFirst.findIndex((e) => e.seq < lastSeq);
    if (start < 0) start = newestFirst.length;
  }
  const items = newestFirst.slice(start, start + limit);
  const more = start + limit < newestFirst.length;
  const out = { AuthEvents: items.map((e) => e.event) };
  if (more) {
    out.NextToken = ctx.store.makePageToken(`AdminListUserAuthEvents|${pool.Id}|${user.Username}`, String(items[items.length - 1].seq));
  }
  return out;
}

module.exports = { record, enabled, ops: { AdminListUserAuthEvents } };
