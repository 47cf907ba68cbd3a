#include "jwks.h"

#include "aws/endpoint.h"
#include "aws/future.h"
#include "aws/http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPromise>

#include <memory>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

constexpr int FetchTimeoutMs = 15000;
constexpr qint64 MaxKeySetBytes = 256 * 1024;

aws::Result<QJsonObject> readKeySet(const aws::Result<aws::HttpReply> &sent, const QUrl &url)
{
    if (!sent) {
        aws::AwsError error = sent.error();
        if (error.type == QLatin1String("HttpUnreachable")) {
            error.type = QStringLiteral("JwksUnreachable");
            error.message = tr("Could not fetch the signing keys from %1: %2")
                                .arg(url.toString(), error.message);
            error.retryable = true;
        } else if (error.type == QLatin1String("ResponseTooLarge")) {
            error.type = QStringLiteral("JwksInvalid");
            error.message = tr("The key set at %1 is implausibly large.").arg(url.toString());
        }
        return error;
    }
    const int status = sent.value().status;
    const QByteArray &body = sent.value().body;
    if (status != 200) {
        aws::AwsError error;
        error.kind = aws::ErrorKind::Protocol;
        error.type = QStringLiteral("JwksInvalid");
        error.httpStatus = status;
        error.message =
            tr("The signing keys at %1 answered HTTP %2.").arg(url.toString()).arg(status);
        return error;
    }
    return parseKeySet(body, url);
}

} // namespace

aws::Result<QJsonObject> parseKeySet(const QByteArray &body, const QUrl &url)
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Protocol;
    error.type = QStringLiteral("JwksInvalid");
    error.httpStatus = 200;
    if (body.size() > MaxKeySetBytes) {
        error.message = tr("The key set at %1 is implausibly large.").arg(url.toString());
        return error;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QLatin1String("keys")).isArray()) {
        error.message = tr("The answer of %1 is not a JSON Web Key Set.").arg(url.toString());
        return error;
    }
    return document.object();
}

bool hasKey(const QJsonObject &keys, const QString &kid)
{
    const QJsonArray array = keys.value(QLatin1String("keys")).toArray();
    for (const QJsonValue &key : array)
        if (key.toObject().value(QLatin1String("kid")).toString() == kid)
            return true;
    return false;
}

JwksCache::JwksCache(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

JwksCache::~JwksCache() = default;

QFuture<aws::Result<QJsonObject>> JwksCache::keySet(const QUrl &jwksUrl, const QString &kid)
{
    const auto entry = m_entries.constFind(jwksUrl);
    if (entry != m_entries.cend()) {
        const bool known = hasKey(entry->keys, kid);
        const bool recent = entry->fetchedAt.secsTo(m_clock()) < RefetchIntervalSeconds;
        if (known || recent)
            return QtFuture::makeReadyFuture(aws::Result<QJsonObject>(entry->keys));
    }
    return fetch(jwksUrl);
}

QFuture<aws::Result<QJsonObject>> JwksCache::fetch(const QUrl &jwksUrl)
{
    auto promise = std::make_shared<QPromise<aws::Result<QJsonObject>>>();
    promise->start();
    QFuture<aws::Result<QJsonObject>> future = promise->future();

    // One request per issuer at a time: tokens verified together wait for the same answer,
    // each on a future of its own (a Qt 6.4 QFuture runs only the last continuation attached
    // to it, so a shared one would leave all but one waiter without an answer).
    const auto inFlight = m_inFlight.find(jwksUrl);
    if (inFlight != m_inFlight.end()) {
        inFlight->append(promise);
        return future;
    }

    const auto checked = aws::validateEndpointUrl(jwksUrl);
    if (!checked)
        return QtFuture::makeReadyFuture(aws::Result<QJsonObject>(checked.error()));

    m_inFlight.insert(jwksUrl, {promise});
    ++m_fetchCount;

    aws::HttpRequest request;
    request.url = jwksUrl;
    request.timeoutMs = FetchTimeoutMs;
    request.headers = {{"Accept", "application/json"}};
    aws::HttpLimits limits;
    limits.maxBodyBytes = MaxKeySetBytes;
    limits.maxRedirects = 0; // a key set that moved is not the issuer's
    aws::whenFinished(aws::sendHttp(m_network, request, limits), this,
                      [this, jwksUrl](const aws::Result<aws::HttpReply> &sent) {
                          const aws::Result<QJsonObject> result = readKeySet(sent, jwksUrl);
                          const auto waiters = m_inFlight.take(jwksUrl);
                          if (result)
                              m_entries.insert(jwksUrl, Entry{result.value(), m_clock()});
                          else if (m_entries.contains(jwksUrl))
                              m_entries[jwksUrl].fetchedAt = m_clock(); // a failed refetch counts
                          for (const auto &waiter : waiters) {
                              waiter->addResult(result);
                              waiter->finish();
                          }
                      });
    return future;
}

} // namespace cdesk::auth
