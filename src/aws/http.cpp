#include "http.h"

#include "endpoint.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPromise>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

namespace cdesk::aws {

// Quiet unless asked for (--verbose turns the cdesk.* categories on).
Q_LOGGING_CATEGORY(lcHttp, "cdesk.http", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
}

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url.port(443);
    if (scheme == QLatin1String("http"))
        return url.port(80);
    return url.port();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// The answer is cut short when the network layer (codes below 200: connection closed,
// reset, timed out, canceled, proxy trouble) failed after a status line arrived; the
// content (2xx) and protocol (3xx/4xx) codes only echo an HTTP status that came whole.
bool isTransportFailure(QNetworkReply::NetworkError code)
{
    return code != QNetworkReply::NoError && int(code) < 200;
}

// One request and the redirects it follows; parented to the network access manager, so
// the replies it starts never outlive it.
class Exchange final : public QObject
{
public:
    using R = Result<HttpReply>;

    Exchange(QNetworkAccessManager *network, HttpRequest request, HttpLimits limits)
        : QObject(network)
        , m_network(network)
        , m_request(std::move(request))
        , m_limits(limits)
        , m_origin(m_request.url)
    {
        m_promise.start();
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
        });
        connect(&m_watcher, &QFutureWatcherBase::canceled, this, [this] {
            m_canceled = true;
            if (m_reply)
                m_reply->abort();
        });
        m_watcher.setFuture(m_promise.future());
    }

    ~Exchange() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
        if (!m_finished) // the network access manager went away first
            m_promise.finish();
    }

    QFuture<R> future() { return m_promise.future(); }

    void start()
    {
        m_timer.start(m_request.timeoutMs);
        send();
    }

private:
    void send()
    {
        QNetworkRequest http(m_request.url);
        http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);
        // No cookie jar in either direction: nothing a server set travels anywhere.
        http.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        http.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        http.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (m_request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
            if (!m_request.extraCaCertificates.isEmpty())
                tls.addCaCertificates(m_request.extraCaCertificates);
            http.setSslConfiguration(tls);
        }
        for (const auto &[name, value] : m_request.headers)
            http.setRawHeader(name, value);
        m_body.clear();
        m_tooLarge = false;
        m_reply = m_network->sendCustomRequest(http, m_request.method, m_request.body);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &Exchange::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &Exchange::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &Exchange::onFinished);
    }

    void onMetaData()
    {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBodyBytes)
            abortTooLarge();
    }

    void onReadyRead()
    {
        // Read as it comes, so the cap holds on what is buffered, not on what arrived.
        m_body += m_reply->read(m_limits.maxBodyBytes + 1 - m_body.size());
        if (m_body.size() > m_limits.maxBodyBytes)
            abortTooLarge();
    }

    void abortTooLarge()
    {
        if (m_tooLarge)
            return;
        m_tooLarge = true;
        m_reply->abort();
    }

    void onFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        if (m_canceled) {
            done(std::nullopt);
            return;
        }
        const QUrl url = m_request.url;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_tooLarge) {
            done(failure(ErrorKind::Protocol, "ResponseTooLarge",
                         tr("The answer of %1 is larger than %2 bytes; it was not read.")
                             .arg(url.toDisplayString())
                             .arg(m_limits.maxBodyBytes),
                         status, false));
            return;
        }
        if (m_timedOut) {
            done(failure(ErrorKind::Timeout, "HttpUnreachable",
                         tr("%1 did not answer within %2 ms.")
                             .arg(url.toDisplayString())
                             .arg(m_request.timeoutMs),
                         status, true));
            return;
        }
        if (status == 0) {
            done(failure(
                ErrorKind::Network, "HttpUnreachable",
                tr("Could not reach %1: %2").arg(url.toDisplayString(), reply->errorString()), 0,
                reply->error() != QNetworkReply::HostNotFoundError));
            return;
        }
        if (reply->bytesAvailable() > 0)
            onReadyReadFrom(reply);
        if (m_tooLarge) {
            done(failure(ErrorKind::Protocol, "ResponseTooLarge",
                         tr("The answer of %1 is larger than %2 bytes; it was not read.")
                             .arg(url.toDisplayString())
                             .arg(m_limits.maxBodyBytes),
                         status, false));
            return;
        }
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        const bool shortBody = declared.isValid() && m_request.method != "HEAD" &&
                               (encoding.isEmpty() || encoding == "identity") &&
                               m_body.size() < declared.toLongLong();
        if (isTransportFailure(reply->error()) || shortBody) {
            done(failure(ErrorKind::Network, "TruncatedResponse",
                         tr("The answer of %1 (HTTP %2) was cut off before its end: %3")
                             .arg(url.toDisplayString())
                             .arg(status)
                             .arg(shortBody ? tr("%1 of %2 bytes arrived")
                                                  .arg(m_body.size())
                                                  .arg(declared.toLongLong())
                                            : reply->errorString()),
                         status, true));
            return;
        }

        if (isRedirect(status) && m_limits.maxRedirects > 0) {
            const QByteArray location = reply->rawHeader("Location");
            const QUrl target = url.resolved(QUrl::fromEncoded(location.trimmed()));
            if (location.trimmed().isEmpty() || !target.isValid()) {
                done(failure(ErrorKind::Protocol, "RedirectRefused",
                             tr("%1 answered HTTP %2 without a usable Location.")
                                 .arg(url.toDisplayString())
                                 .arg(status),
                             status, false));
                return;
            }
            // Same origin only: any other target could downgrade to http or receive the
            // caller's Authorization; what is refused is named, so the user can call it.
            if (!isSameOrigin(m_origin, target)) {
                qCInfo(lcHttp).nospace().noquote()
                    << m_request.method << ' ' << url.adjusted(QUrl::RemoveQuery).toDisplayString()
                    << ": redirect to another origin refused (" << target.scheme() << "://"
                    << target.host() << ')';
                done(failure(ErrorKind::Protocol, "RedirectRefused",
                             tr("%1 redirected (HTTP %2) to %3, which is another origin; "
                                "redirects are followed only within %4.")
                                 .arg(url.toDisplayString())
                                 .arg(status)
                                 .arg(target.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                          .toDisplayString(),
                                      m_origin
                                          .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                                    QUrl::RemoveUserInfo)
                                          .toDisplayString()),
                             status, false));
                return;
            }
            if (++m_redirects > m_limits.maxRedirects) {
                done(failure(ErrorKind::Protocol, "TooManyRedirects",
                             tr("%1 redirected more than %2 times.")
                                 .arg(m_origin.toDisplayString())
                                 .arg(m_limits.maxRedirects),
                             status, false));
                return;
            }
            // 303, and 301/302 after a POST, turn into a GET without a body (as browsers do).
            if (status == 303 || ((status == 301 || status == 302) && m_request.method == "POST")) {
                m_request.method = "GET";
                m_request.body.clear();
                m_request.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
                    return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
                });
            }
            qCInfo(lcHttp).nospace().noquote()
                << m_request.method << ' ' << url.adjusted(QUrl::RemoveQuery).toDisplayString()
                << ": HTTP " << status << ", following to " << target.path();
            m_request.url = target;
            send();
            return;
        }

        HttpReply answer;
        answer.status = status;
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        answer.headers = reply->rawHeaderPairs();
        answer.body = std::move(m_body);
        answer.url = url;
        qCInfo(lcHttp).nospace().noquote()
            << m_request.method << ' ' << url.adjusted(QUrl::RemoveQuery).toDisplayString()
            << ": HTTP " << status << ", " << answer.body.size() << " bytes";
        done(R(std::move(answer)));
    }

    void onReadyReadFrom(QNetworkReply *reply)
    {
        m_body += reply->read(m_limits.maxBodyBytes + 1 - m_body.size());
        if (m_body.size() > m_limits.maxBodyBytes)
            m_tooLarge = true;
    }

    R failure(ErrorKind kind, const char *type, const QString &message, int status,
              bool retryable) const
    {
        AwsError error;
        error.kind = kind;
        error.type = QString::fromLatin1(type);
        error.message = message;
        error.httpStatus = status;
        error.attempts = 1;
        error.retryable = retryable;
        qCInfo(lcHttp).nospace().noquote()
            << m_request.method << ' '
            << m_request.url.adjusted(QUrl::RemoveQuery).toDisplayString() << ": " << error.type;
        return R(error);
    }

    void done(std::optional<R> result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_watcher.disconnect(this);
        if (result)
            m_promise.addResult(std::move(*result));
        m_promise.finish();
        deleteLater();
    }

    QNetworkAccessManager *m_network;
    HttpRequest m_request;
    HttpLimits m_limits;
    const QUrl m_origin;
    QPromise<R> m_promise;
    QFutureWatcher<R> m_watcher;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    int m_redirects = 0;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool isSameOrigin(const QUrl &from, const QUrl &to)
{
    return from.scheme().compare(to.scheme(), Qt::CaseInsensitive) == 0 &&
           from.host().compare(to.host(), Qt::CaseInsensitive) == 0 &&
           defaultPort(from) == defaultPort(to);
}

QFuture<Result<HttpReply>> sendHttp(QNetworkAccessManager *network, const HttpRequest &request,
                                    const HttpLimits &limits)
{
    using R = Result<HttpReply>;
    const Result<QUrl> checked = validateEndpointUrl(request.url);
    if (!checked)
        return QtFuture::makeReadyFuture(R(checked.error()));
    if (!network)
        return QtFuture::makeReadyFuture(R(AwsError::local(
            QStringLiteral("NoNetwork"), tr("No network access manager to send with."))));
    auto *exchange = new Exchange(network, request, limits);
    QFuture<R> future = exchange->future();
    exchange->start();
    return future;
}

} // namespace cdesk::aws
