#include "freshsession.h"

#include <QCoreApplication>

namespace cdesk::auth {

namespace {

FreshSession failedAt(FreshSessionStep step, const aws::AwsError &error)
{
    FreshSession session;
    session.error = error;
    session.step = step;
    return session;
}

FreshSession freshFrom(FreshSessionStep step, const TokenSet &tokens)
{
    FreshSession session;
    session.tokens = tokens;
    session.step = step;
    return session;
}

} // namespace

QFuture<FreshSession> freshSession(SessionStore *store, const SessionKey &key, int minTtlSeconds,
                                   RefreshMeansSource means, const QDateTime &now)
{
    return store->load(key)
        .then([store, key, minTtlSeconds, means = std::move(means),
               now](aws::Result<TokenSet> loaded) -> QFuture<FreshSession> {
            if (!loaded)
                return QtFuture::makeReadyFuture(failedAt(FreshSessionStep::Load, loaded.error()));
            const TokenSet tokens = loaded.value();
            if (!tokens.isExpired(now, minTtlSeconds))
                return QtFuture::makeReadyFuture(freshFrom(FreshSessionStep::Load, tokens));
            const std::optional<RefreshMeans> given = means ? means(tokens) : std::nullopt;
            if (!given)
                return QtFuture::makeReadyFuture(
                    failedAt(FreshSessionStep::Means,
                             aws::AwsError::local(
                                 QStringLiteral("NoRefreshMeans"),
                                 QCoreApplication::translate(
                                     "cdesk::auth", "The session could not be refreshed here."))));
            return refreshTokens(given->provider, given->network, tokens, given->clientSecret, now)
                .then([store, key](aws::Result<TokenSet> refreshed) -> QFuture<FreshSession> {
                    if (!refreshed)
                        return QtFuture::makeReadyFuture(
                            failedAt(FreshSessionStep::Refresh, refreshed.error()));
                    const TokenSet fresh = refreshed.value();
                    return store->save(key, fresh).then([fresh](aws::Result<aws::Empty> saved) {
                        return saved ? freshFrom(FreshSessionStep::Refresh, fresh)
                                     : failedAt(FreshSessionStep::Save, saved.error());
                    });
                })
                .unwrap();
        })
        .unwrap();
}

} // namespace cdesk::auth
