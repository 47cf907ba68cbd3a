#pragma once

#include "aws/result.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cdesk::auth {

// The signing keys of token issuers, fetched from each issuer's
// /.well-known/jwks.json and kept per issuer. A token signed with a key the cache does
// not know triggers a refetch (the issuer may have rotated keys), but at most once a
// minute per issuer, so that a stream of forged kids cannot make us hammer the issuer.
class JwksCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksCache)

public:
    using Clock = std::function<QDateTime()>;

    // `network` is not owned and must outlive the cache.
    explicit JwksCache(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~JwksCache() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    static constexpr int RefetchIntervalSeconds = 60;

    // The key set at `jwksUrl` that should hold `kid`: the cached one when it does (or when
    // it was fetched less than a minute ago), else a fresh fetch. The caller still has to
    // look the kid up: an unknown kid is not an error here.
    QFuture<aws::Result<QJsonObject>> keySet(const QUrl &jwksUrl, const QString &kid);

    // How many times a key set was fetched over the network (for tests and --verbose).
    int fetchCount() const { return m_fetchCount; }

private:
    struct Entry
    {
        QJsonObject keys;
        QDateTime fetchedAt;
    };

    QFuture<aws::Result<QJsonObject>> fetch(const QUrl &jwksUrl);

    QNetworkAccessManager *m_network;
    Clock m_clock;
    QHash<QUrl, Entry> m_entries;
    // The promises of everyone waiting for an issuer's key set while it is being fetched.
    QHash<QUrl, QList<std::shared_ptr<QPromise<aws::Result<QJsonObject>>>>> m_inFlight;
    int m_fetchCount = 0;
};

// Reads the body of a 200 answer from `jwksUrl` (named in errors): a JSON object with a
// "keys" array, at most 256 KiB. Pure, for tests and fuzzing.
aws::Result<QJsonObject> parseKeySet(const QByteArray &body, const QUrl &jwksUrl);

// Whether `keys` has a key with this kid.
bool hasKey(const QJsonObject &keys, const QString &kid);

} // namespace cdesk::auth
