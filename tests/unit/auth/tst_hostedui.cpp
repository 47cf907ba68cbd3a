#include "auth/hostedui.h"
#include "auth/jwt.h"
#include "auth/loopbackreceiver.h"
#include "auth/oauth.h"
#include "aws/future.h"
#include "support/fakehttpserver.h"
#include "testsigner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace cdesk;
using namespace cdesk::auth;

namespace {

quint16 freePort(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 0;
    return probe.serverPort();
}

QUrl loopback(quint16 port, const QString &host = QStringLiteral("127.0.0.1"))
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/callback"));
    return url;
}

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// The fake browser: a real HTTP client, waiting in an event loop.
Answer browse(QNetworkAccessManager &network, const QUrl &url, const QByteArray &postBody = {},
              bool post = false)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        reply = network.post(request, postBody);
    } else {
        reply = network.get(request);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return answer;
}

// Raw bytes to the receiver, for requests a browser would never send.
QByteArray rawRequest(const QHostAddress &address, quint16 port, const QByteArray &bytes,
                      bool *connected = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    QSignalSpy connectedSpy(&socket, &QTcpSocket::connected);
    QSignalSpy errorSpy(&socket, &QTcpSocket::errorOccurred);
    if (connectedSpy.isEmpty() && errorSpy.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (connected)
        *connected = !connectedSpy.isEmpty();
    if (connectedSpy.isEmpty())
        return {};
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &answer] { answer += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(bytes);
    // The receiver lives in this thread: wait in the event loop, never in waitFor*().
    if (socket.state() == QAbstractSocket::ConnectedState)
        disconnected.wait(5000);
    answer += socket.readAll();
    return answer;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray unsignedJwt(const QJsonObject &claims)
{
    return base64UrlEncode(R"({"alg":"RS256","kid":"k"})") + '.' + base64UrlEncode(json(claims)) +
           '.' + base64UrlEncode("sig");
}

} // namespace

class TestHostedUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceVerifierAndChallenge();
    void pkceMatchesRfc7636Example();
    void authorizeUrl_data();
    void authorizeUrl();
    void redirectChoice_data();
    void redirectChoice();
    void updateRequestSendsTheWholeClientBack();

    void codeRedirectIsReceived();
    void wrongStateIsRefusedAndTheWaitGoesOn();
    void secondRedirectIsRefused();
    void errorRedirectIsReported();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void listensOnLoopbackOnly();
    void localhostIsServedOnBothLoopbackAddresses();
    void localhostRefusesWhenItsIpv6PortIsTaken();
    void bareLineFeedRequestIsAnswered();
    void hugeContentLengthIsRefused();
    void idleConnectionsAreClosed();
    void connectionsAreCapped();
    void listensOnIpv6LoopbackWhenTheUriSaysSo();
    void refusesNonLoopbackRedirect();
    void timesOut();
    void portInUseIsReported();

    void implicitServesTheCapturePage();
    void implicitFragmentIsPostedBack();
    void implicitSameOriginPostIsAccepted();
    void implicitWrongStateFromTheScript();

    void codeLoginExchangesTheCode_data();
    void codeLoginExchangesTheCode();
    void codeLoginReportsTokenEndpointErrors();
    void implicitLoginVerifiesTheTokens_data();
    void implicitLoginVerifiesTheTokens();
    void implicitLoginWithoutIssuersAcceptsNothing();
};

void TestHostedUi::pkceVerifierAndChallenge()
{
    const Pkce first = Pkce::generate();
    const Pkce second = Pkce::generate();
    QVERIFY(first.verifier.size() >= 43 && first.verifier.size() <= 128);
    QVERIFY(first.verifier != second.verifier);
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    QVERIFY(unreserved.match(first.verifier).hasMatch());
    QCOMPARE(first.challenge, Pkce::challengeFor(first.verifier));
    QCOMPARE(first.challenge.size(), 43); // base64url of 32 bytes, unpadded
}

void TestHostedUi::pkceMatchesRfc7636Example()
{
    // RFC 7636, Appendix B.
    QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestHostedUi::authorizeUrl_data()
{
    QTest::addColumn<int>("grant");
    QTest::addColumn<QString>("responseType");
    QTest::newRow("code") << int(HostedUiGrant::Code) << QStringLiteral("code");
    QTest::newRow("implicit") << int(HostedUiGrant::Implicit) << QStringLiteral("token");
}

void TestHostedUi::authorizeUrl()
{
    QFETCH(int, grant);
    QFETCH(QString, responseType);
    const AuthorizeRequest request = AuthorizeRequest::create(
        QUrl(QStringLiteral("https://demo.auth.eu-west-1.amazoncognito.com/")),
        QStringLiteral("client1"), QUrl(QStringLiteral("http://localhost:53682/callback")),
        {QStringLiteral("openid"), QStringLiteral("email")}, HostedUiGrant(grant));
    const QUrl url = request.url();
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("demo.auth.eu-west-1.amazoncognito.com"));
    QCOMPARE(url.path(), QStringLiteral("/oauth2/authorize"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), responseType);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://localhost:53682/callback"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("openid email"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), request.state);
    QVERIFY(request.state.size() >= 32);
    QCOMPARE(query.queryItemValue(QStringLiteral("nonce")), request.nonce);
    QVERIFY(request.nonce != request.state);
    // The encoded URL must not carry a raw ':' or '/' inside redirect_uri.
    QVERIFY(url.toString(QUrl::FullyEncoded)
                .contains(QLatin1String("redirect_uri=http%3A%2F%2Flocalhost%3A53682%2Fcallback")));
    if (HostedUiGrant(grant) == HostedUiGrant::Code) {
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")),
                 Pkce::challengeFor(request.pkce.verifier));
        QVERIFY(!url.toString().contains(request.pkce.verifier));
    } else {
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
    }
    QCOMPARE(request.tokenEndpoint(),
             QUrl(QStringLiteral("https://demo.auth.eu-west-1.amazoncognito.com/oauth2/token")));
}

void TestHostedUi::redirectChoice_data()
{
    QTest::addColumn<QStringList>("callbacks");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("chosen"); // empty: none, with a reason
    const QString local = QStringLiteral("http://localhost:53682/callback");
    QTest::newRow("first-loopback")
        << QStringList{QStringLiteral("https://app.example.com/cb"), local} << QString() << local;
    QTest::newRow("ipv4-literal") << QStringList{QStringLiteral("http://127.0.0.1:8000/x")}
                                  << QString() << QStringLiteral("http://127.0.0.1:8000/x");
    QTest::newRow("ipv6-literal") << QStringList{QStringLiteral("http://[::1]:8000/x")} << QString()
                                  << QStringLiteral("http://[::1]:8000/x");
    QTest::newRow("no-loopback") << QStringList{QStringLiteral("https://app.example.com/cb")}
                                 << QString() << QString();
    QTest::newRow("no-callbacks") << QStringList() << QString() << QString();
    QTest::newRow("loopback-without-port")
        << QStringList{QStringLiteral("http://localhost/callback")} << QString() << QString();
    QTest::newRow("https-localhost")
        << QStringList{QStringLiteral("https://localhost:8443/cb")} << QString() << QString();
    QTest::newRow("preferred-registered")
        << QStringList{local, QStringLiteral("http://localhost:9000/cb")}
        << QStringLiteral("http://localhost:9000/cb") << QStringLiteral("http://localhost:9000/cb");
    QTest::newRow("preferred-with-other-trailing-slash")
        << QStringList{local} << QStringLiteral("http://localhost:53682/callback/") << QString();
    QTest::newRow("preferred-other-port")
        << QStringList{local} << QStringLiteral("http://localhost:53683/callback") << QString();
    QTest::newRow("preferred-not-loopback")
        << QStringList{QStringLiteral("https://app.example.com/cb")}
        << QStringLiteral("https://app.example.com/cb") << QString();
}

void TestHostedUi::redirectChoice()
{
    QFETCH(QStringList, callbacks);
    QFETCH(QString, preferred);
    QFETCH(QString, chosen);
    QString why;
    const auto result = chooseRedirectUri(callbacks, QUrl(preferred), &why);
    if (chosen.isEmpty()) {
        QVERIFY(!result);
        QVERIFY(!why.isEmpty());
    } else {
        QVERIFY2(result, qPrintable(why));
        QCOMPARE(result->toString(), chosen);
    }
}

void TestHostedUi::updateRequestSendsTheWholeClientBack()
{
    const QJsonObject described = QJsonDocument::fromJson(R"({
        "UserPoolId": "p", "ClientId": "c", "ClientName": "demo-web", "ClientSecret": "s3cr3t",
        "CreationDate": 1700000000, "LastModifiedDate": 1700000001,
        "RefreshTokenValidity": 30, "TokenValidityUnits": {"RefreshToken": "days"},
        "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"], "SupportedIdentityProviders": ["COGNITO"],
        "CallbackURLs": ["https://app.example.com/cb"], "LogoutURLs": ["https://app.example.com/bye"],
        "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"],
        "AllowedOAuthFlowsUserPoolClient": true, "PreventUserExistenceErrors": "ENABLED",
        "EnableTokenRevocation": true, "AuthSessionValidity": 3})")
                                      .object();
    const QJsonObject request =
        addCallbackUrlRequest(described, QUrl(QStringLiteral("http://localhost:4242/callback")));
    for (const char *readOnly : {"ClientSecret", "CreationDate", "LastModifiedDate"})
        QVERIFY2(!request.contains(QLatin1String(readOnly)), readOnly);
    for (auto it = described.begin(); it != described.end(); ++it) {
        if (it.key() == QLatin1String("ClientSecret") || it.key().endsWith(QLatin1String("Date")) ||
            it.key() == QLatin1String("CallbackURLs"))
            continue;
        QCOMPARE(request.value(it.key()), it.value());
    }
    QCOMPARE(request.value(QLatin1String("CallbackURLs")).toArray(),
             (QJsonArray{QStringLiteral("https://app.example.com/cb"),
                         QStringLiteral("http://localhost:4242/callback")}));
    // Adding it twice changes nothing.
    QCOMPARE(addCallbackUrlRequest(request, QUrl(QStringLiteral("http://localhost:4242/callback"))),
             request);
}

void TestHostedUi::codeRedirectIsReceived()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("st1"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    QNetworkAccessManager browser;
    QUrl url = redirect;
    url.setQuery(QStringLiteral("code=abc-123&state=st1"));
    const Answer answer = browse(browser, url);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("You can close this tab"));
    QCOMPARE(answer.header("cache-control"), QByteArray("no-store"));
    const auto result = aws::await(receiver.result());
    QVERIFY(result);
    QCOMPARE(result.value().value(QStringLiteral("code")), QStringLiteral("abc-123"));
    QVERIFY(!receiver.isListening());
}

void TestHostedUi::wrongStateIsRefusedAndTheWaitGoesOn()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("right"), LoopbackReceiver::Delivery::Query);
    QSignalSpy refused(&receiver, &LoopbackReceiver::requestRefused);
    QVERIFY(receiver.listen());
    QNetworkAccessManager browser;
    for (const QString &query :
         {QStringLiteral("code=forged&state=wrong"), QStringLiteral("code=forged"),
          QStringLiteral("code=forged&state=")}) {
        QUrl url = redirect;
        url.setQuery(query);
        QCOMPARE(browse(browser, url).status, 400);
    }
    QCOMPARE(refused.size(), 3);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("state")));
    QVERIFY(!receiver.result().isFinished());
    QVERIFY(receiver.isListening());
    QUrl url = redirect;
    url.setQuery(QStringLiteral("code=genuine&state=right"));
    QCOMPARE(browse(browser, url).status, 200);
    QCOMPARE(aws::await(receiver.result()).value().value(QStringLiteral("code")),
             QStringLiteral("genuine"));
}

void TestHostedUi::secondRedirectIsRefused()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    // A second connection already open when the first redirect is accepted.
    QTcpSocket early;
    early.connectToHost(QHostAddress::LocalHost, redirect.port());
    QVERIFY(early.waitForConnected(5000));
    QNetworkAccessManager browser;
    QUrl url = redirect;
    url.setQuery(QStringLiteral("code=one&state=s"));
    QCOMPARE(browse(browser, url).status, 200);
    QVERIFY(aws::await(receiver.result()));

    const QByteArray second = "GET /callback?code=two&state=s HTTP/1.1\r\nHost: 127.0.0.1:" +
                              QByteArray::number(redirect.port()) + "\r\n\r\n";
    early.write(second);
    QTRY_VERIFY_WITH_TIMEOUT(
        early.bytesAvailable() > 0 || early.state() != QAbstractSocket::ConnectedState, 5000);
    QVERIFY(early.readAll().startsWith("HTTP/1.1 410"));
    // A new connection finds nobody listening.
    bool connected = true;
    rawRequest(QHostAddress(QHostAddress::LocalHost), redirect.port(), second, &connected);
    QVERIFY(!connected);
    QCOMPARE(aws::await(receiver.result()).value().value(QStringLiteral("code")),
             QStringLiteral("one"));
}

void TestHostedUi::errorRedirectIsReported()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    QNetworkAccessManager browser;
    QUrl url = redirect;
    // An error with a foreign state is a forgery too.
    url.setQuery(QStringLiteral("error=access_denied&state=other"));
    QCOMPARE(browse(browser, url).status, 400);
    QVERIFY(!receiver.result().isFinished());
    url.setQuery(QStringLiteral("error=access_denied&error_description=User+canceled&state=s"));
    const Answer answer = browse(browser, url);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("access_denied"));
    const auto result = aws::await(receiver.result());
    QVERIFY(!result);
    QCOMPARE(result.error().type, QStringLiteral("access_denied"));
    QCOMPARE(result.error().message, QStringLiteral("User canceled"));
}

void TestHostedUi::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    const QByteArray host = "Host: 127.0.0.1:PORT\r\n";
    QTest::newRow("wrong-path") << ("GET /other?code=a&state=s HTTP/1.1\r\n" + host + "\r\n")
                                << QByteArray("404");
    QTest::newRow("favicon") << ("GET /favicon.ico HTTP/1.1\r\n" + host + "\r\n")
                             << QByteArray("404");
    QTest::newRow("post-to-code-receiver")
        << ("POST /callback HTTP/1.1\r\n" + host + "Content-Length: 16\r\n\r\ncode=a&state=s&x")
        << QByteArray("405");
    QTest::newRow("dns-rebinding-host")
        << QByteArray("GET /callback?code=a&state=s HTTP/1.1\r\nHost: evil.example:PORT\r\n\r\n")
        << QByteArray("421");
    QTest::newRow("no-host") << QByteArray("GET /callback?code=a&state=s HTTP/1.1\r\n\r\n")
                             << QByteArray("421");
    QTest::newRow("cross-origin-script")
        << ("POST /callback HTTP/1.1\r\n" + host +
            "Origin: http://evil.example\r\nContent-Length: 14\r\n\r\ncode=a&state=s")
        << QByteArray("403");
    QTest::newRow("not-http") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
    QTest::newRow("oversized-headers") << ("GET /callback?code=a&state=s HTTP/1.1\r\n" + host +
                                           "X-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n")
                                       << QByteArray("431");
    QTest::newRow("oversized-body")
        << ("POST /callback HTTP/1.1\r\n" + host + "Content-Length: 10000000\r\n\r\nx")
        << QByteArray("413");
    QTest::newRow("chunked") << ("POST /callback HTTP/1.1\r\n" + host +
                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << QByteArray("411");
}

void TestHostedUi::refusesMalformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QSignalSpy refused(&receiver, &LoopbackReceiver::requestRefused);
    QVERIFY(receiver.listen());
    request.replace("PORT", QByteArray::number(redirect.port()));
    const QByteArray answer =
        rawRequest(QHostAddress(QHostAddress::LocalHost), redirect.port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.left(60).constData());
    QCOMPARE(refused.size(), 1);
    QVERIFY(!receiver.result().isFinished());
    QVERIFY(receiver.isListening());
}

void TestHostedUi::listensOnLoopbackOnly()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    // Bound to 127.0.0.1 itself, not to every address: 127.0.0.2 (another address of this
    // machine) and ::1 find nothing, as an address of another interface would.
    bool connected = true;
    rawRequest(QHostAddress(QStringLiteral("127.0.0.2")), redirect.port(), "x", &connected);
    QVERIFY(!connected);
    rawRequest(QHostAddress(QHostAddress::LocalHostIPv6), redirect.port(), "x", &connected);
    QVERIFY(!connected);
    const QByteArray answer =
        rawRequest(QHostAddress(QHostAddress::LocalHost), redirect.port(),
                   "GET /callback?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1:" +
                       QByteArray::number(redirect.port()) + "\r\n\r\n",
                   &connected);
    QVERIFY(connected);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
}

// A port free on both loopback addresses.
quint16 freeDualPort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const quint16 port = freePort();
        QTcpServer probe;
        if (port != 0 && probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), port))
            return port;
    }
    return 0;
}

void TestHostedUi::localhostIsServedOnBothLoopbackAddresses()
{
    const quint16 port = freeDualPort();
    QVERIFY2(port != 0, "This machine has no IPv6 loopback (::1) to test with.");
    const QUrl redirect = loopback(port, QStringLiteral("localhost"));
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    // A browser may resolve localhost to ::1 as well as to 127.0.0.1: both reach us.
    const QByteArray host = "\r\nHost: localhost:" + QByteArray::number(port) + "\r\n\r\n";
    bool connected = false;
    QByteArray answer = rawRequest(QHostAddress(QHostAddress::LocalHostIPv6), port,
                                   "GET /elsewhere HTTP/1.1" + host, &connected);
    QVERIFY(connected);
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(40).constData());
    answer = rawRequest(QHostAddress(QHostAddress::LocalHost), port,
                        "GET /callback?code=c&state=s HTTP/1.1" + host, &connected);
    QVERIFY(connected);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(40).constData());
    bool reached = true;
    rawRequest(QHostAddress(QStringLiteral("127.0.0.2")), port, "x", &reached);
    QVERIFY(!reached);
}

void TestHostedUi::localhostRefusesWhenItsIpv6PortIsTaken()
{
    // Another program on [::1]:PORT would get the sign-in of every browser that resolves
    // localhost to ::1 first: the receiver does not start rather than race it.
    const quint16 port = freeDualPort();
    QVERIFY2(port != 0, "This machine has no IPv6 loopback (::1) to test with.");
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHostIPv6), port));
    LoopbackReceiver receiver(loopback(port, QStringLiteral("localhost")), QStringLiteral("s"),
                              LoopbackReceiver::Delivery::Query);
    const auto listening = receiver.listen();
    QVERIFY(!listening);
    QCOMPARE(listening.error().type, QStringLiteral("RedirectPortUnavailable"));
    QVERIFY(!receiver.isListening());
    // Nor is 127.0.0.1 left bound.
    QTcpServer after;
    QVERIFY(after.listen(QHostAddress(QHostAddress::LocalHost), port));
}

void TestHostedUi::bareLineFeedRequestIsAnswered()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    const QByteArray answer =
        rawRequest(QHostAddress(QHostAddress::LocalHost), redirect.port(),
                   "GET /callback?code=lf&state=s HTTP/1.1\nHost: 127.0.0.1:" +
                       QByteArray::number(redirect.port()) + "\n\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(40).constData());
    QCOMPARE(aws::await(receiver.result()).value().value(QStringLiteral("code")),
             QStringLiteral("lf"));
}

void TestHostedUi::hugeContentLengthIsRefused()
{
    // INT64_MAX plus the size of the head wraps around to a negative number: the request
    // must not slip past the size check into the state check (where it would be accepted).
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Fragment);
    QSignalSpy refused(&receiver, &LoopbackReceiver::requestRefused);
    QVERIFY(receiver.listen());
    const QByteArray answer = rawRequest(
        QHostAddress(QHostAddress::LocalHost), redirect.port(),
        "POST /callback HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(redirect.port()) +
            "\r\nContent-Length: 9223372036854775807\r\n\r\naccess_token=a.b.c&state=s");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(40).constData());
    QCOMPARE(refused.size(), 1);
    QVERIFY(!receiver.result().isFinished());
}

void TestHostedUi::idleConnectionsAreClosed()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    receiver.setIdleTimeout(300);
    QSignalSpy refused(&receiver, &LoopbackReceiver::requestRefused);
    QVERIFY(receiver.listen());
    // One silent connection and one that sends half a request, then nothing.
    QList<QTcpSocket *> sockets;
    for (const QByteArray &sent : {QByteArray(), QByteArray("GET /callback?code=c&st")}) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), redirect.port());
        QSignalSpy connected(socket, &QTcpSocket::connected);
        QVERIFY(connected.wait(5000));
        socket->write(sent);
        sockets.append(socket);
    }
    QTRY_COMPARE_WITH_TIMEOUT(receiver.connectionCount(), 2, 5000);
    // The receiver hangs up on both.
    for (QTcpSocket *socket : sockets)
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.connectionCount(), 0, 5000);
    QCOMPARE(refused.size(), 2);
    // And the sign-in itself still arrives.
    QNetworkAccessManager browser;
    QUrl url = redirect;
    url.setQuery(QStringLiteral("code=late&state=s"));
    QCOMPARE(browse(browser, url).status, 200);
    qDeleteAll(sockets);
}

void TestHostedUi::connectionsAreCapped()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QSignalSpy refused(&receiver, &LoopbackReceiver::requestRefused);
    QVERIFY(receiver.listen());
    // More half-sent connections than the cap: the receiver keeps at most the cap open.
    const int opened = LoopbackReceiver::DefaultMaxConnections + 4;
    QList<QTcpSocket *> sockets;
    for (int i = 0; i < opened; ++i) {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), redirect.port());
        QSignalSpy connected(socket, &QTcpSocket::connected);
        QVERIFY(connected.wait(5000));
        socket->write("GET /callback HTTP/1.1\r\n");
        sockets.append(socket);
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(refused.size()), opened - LoopbackReceiver::DefaultMaxConnections,
                              5000);
    QCOMPARE(receiver.connectionCount(), LoopbackReceiver::DefaultMaxConnections);
    // The ones beyond the cap were closed by the receiver.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(sockets.cbegin(), sockets.cend(),
                                           [](QTcpSocket *socket) {
                                               return socket->state() ==
                                                      QAbstractSocket::UnconnectedState;
                                           }) == opened - LoopbackReceiver::DefaultMaxConnections,
                             5000);
    qDeleteAll(sockets);
    // Once they are gone, the redirect gets through.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.connectionCount(), 0, 5000);
    QNetworkAccessManager browser;
    QUrl url = redirect;
    url.setQuery(QStringLiteral("code=c&state=s"));
    QCOMPARE(browse(browser, url).status, 200);
}

void TestHostedUi::listensOnIpv6LoopbackWhenTheUriSaysSo()
{
    const quint16 port = freePort(QHostAddress(QHostAddress::LocalHostIPv6));
    if (port == 0)
        QFAIL("This machine has no IPv6 loopback (::1) to test with.");
    const QUrl redirect = loopback(port, QStringLiteral("::1"));
    QCOMPARE(redirect.authority(), QStringLiteral("[::1]:%1").arg(port));
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Query);
    QVERIFY(receiver.listen());
    bool connected = true;
    rawRequest(QHostAddress(QHostAddress::LocalHost), port, "x", &connected);
    QVERIFY(!connected);
    QNetworkAccessManager browser;
    QUrl url = redirect;
    url.setQuery(QStringLiteral("code=v6&state=s"));
    QCOMPARE(browse(browser, url).status, 200);
    QCOMPARE(aws::await(receiver.result()).value().value(QStringLiteral("code")),
             QStringLiteral("v6"));
}

void TestHostedUi::refusesNonLoopbackRedirect()
{
    for (const char *uri : {"http://0.0.0.0:8000/cb", "http://example.com:8000/cb",
                            "https://localhost:8000/cb", "http://localhost/cb"}) {
        LoopbackReceiver receiver(QUrl(QString::fromLatin1(uri)), QStringLiteral("s"),
                                  LoopbackReceiver::Delivery::Query);
        const auto listening = receiver.listen();
        QVERIFY2(!listening, uri);
        QCOMPARE(listening.error().type, QStringLiteral("InvalidRedirectUri"));
        QVERIFY(!receiver.isListening());
    }
}

void TestHostedUi::timesOut()
{
    LoopbackReceiver receiver(loopback(freePort()), QStringLiteral("s"),
                              LoopbackReceiver::Delivery::Query);
    receiver.setTimeout(200);
    QVERIFY(receiver.listen());
    const auto result = aws::await(receiver.result());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, aws::ErrorKind::Timeout);
    QVERIFY(!receiver.isListening());
}

void TestHostedUi::portInUseIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    LoopbackReceiver receiver(loopback(squatter.serverPort()), QStringLiteral("s"),
                              LoopbackReceiver::Delivery::Query);
    const auto listening = receiver.listen();
    QVERIFY(!listening);
    QCOMPARE(listening.error().type, QStringLiteral("RedirectPortUnavailable"));
}

void TestHostedUi::implicitServesTheCapturePage()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Fragment);
    QVERIFY(receiver.listen());
    QNetworkAccessManager browser;
    const Answer page = browse(browser, redirect);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("location.hash"));
    QVERIFY(!page.body.contains("{{NONCE}}"));
    const QByteArray csp = page.header("content-security-policy");
    QVERIFY(csp.contains("default-src 'none'"));
    QVERIFY(csp.contains("connect-src 'self'"));
    const QByteArray nonce = csp.mid(csp.indexOf("'nonce-") + 7).split('\'').first();
    QVERIFY(nonce.size() >= 16);
    QVERIFY(page.body.contains("<script nonce=\"" + nonce + "\">"));
    // Serving the page ends nothing: the tokens have not arrived yet.
    QVERIFY(!receiver.result().isFinished());
    QVERIFY(receiver.isListening());
}

void TestHostedUi::implicitFragmentIsPostedBack()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Fragment);
    QVERIFY(receiver.listen());
    QNetworkAccessManager browser;
    // What the capture page's script posts: location.hash without the '#'.
    const Answer answer = browse(
        browser, redirect,
        "id_token=eyJ.id.x&access_token=eyJ.acc.y&expires_in=3600&token_type=Bearer&state=s", true);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("content-type").startsWith("text/plain"));
    QVERIFY(answer.body.contains("You can close this tab"));
    const auto result = aws::await(receiver.result());
    QVERIFY(result);
    QCOMPARE(result.value().value(QStringLiteral("access_token")), QStringLiteral("eyJ.acc.y"));
    QCOMPARE(result.value().value(QStringLiteral("id_token")), QStringLiteral("eyJ.id.x"));
    QCOMPARE(result.value().value(QStringLiteral("expires_in")), QStringLiteral("3600"));
}

void TestHostedUi::implicitSameOriginPostIsAccepted()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Fragment);
    QVERIFY(receiver.listen());
    const QByteArray authority = redirect.authority().toLatin1();
    const QByteArray answer = rawRequest(
        QHostAddress(QHostAddress::LocalHost), redirect.port(),
        "POST /callback HTTP/1.1\r\nHost: " + authority + "\r\nOrigin: http://" + authority +
            "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 22\r\n\r\n"
            "access_token=t&state=s");
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QCOMPARE(aws::await(receiver.result()).value().value(QStringLiteral("access_token")),
             QStringLiteral("t"));
}

void TestHostedUi::implicitWrongStateFromTheScript()
{
    const QUrl redirect = loopback(freePort());
    LoopbackReceiver receiver(redirect, QStringLiteral("s"), LoopbackReceiver::Delivery::Fragment);
    QVERIFY(receiver.listen());
    QNetworkAccessManager browser;
    const Answer forged = browse(browser, redirect, "access_token=stolen&state=x", true);
    QCOMPARE(forged.status, 400);
    QVERIFY(forged.body.contains("state"));
    const Answer noToken = browse(browser, redirect, "state=s", true);
    QCOMPARE(noToken.status, 400);
    QVERIFY(!receiver.result().isFinished());
    const Answer error = browse(browser, redirect, "error=unauthorized_client&state=s", true);
    QCOMPARE(error.status, 200);
    const auto result = aws::await(receiver.result());
    QVERIFY(!result);
    QCOMPARE(result.error().type, QStringLiteral("unauthorized_client"));
}

void TestHostedUi::codeLoginExchangesTheCode_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("echoNonce");
    QTest::newRow("public-client") << QString() << true;
    QTest::newRow("client-with-secret") << QStringLiteral("s3cr+t/") << true;
    QTest::newRow("server-without-nonce-support") << QString() << false;
}

void TestHostedUi::codeLoginExchangesTheCode()
{
    QFETCH(QString, secret);
    QFETCH(bool, echoNonce);
    test::FakeHttpServer hostedUi;
    QNetworkAccessManager network;
    HostedUiLogin::Options options;
    options.domain = hostedUi.url();
    options.clientId = QStringLiteral("client1");
    options.clientSecret = secret;
    options.redirectUri = loopback(freePort());
    options.grant = HostedUiGrant::Code;
    options.timeoutMs = 20000;
    HostedUiLogin login(&network, options);
    QUrl opened;
    const auto future = login.start([&opened](const QUrl &url) { opened = url; });
    QCOMPARE(opened, login.request().url());

    QJsonObject idClaims{{QStringLiteral("token_use"), QStringLiteral("id")},
                         {QStringLiteral("aud"), QStringLiteral("client1")},
                         {QStringLiteral("exp"), 4'000'000'000LL}};
    if (echoNonce)
        idClaims.insert(QStringLiteral("nonce"), login.request().nonce);
    hostedUi.enqueue(test::FakeHttpServer::Reply::json(
        200, json({{QStringLiteral("id_token"), QString::fromLatin1(unsignedJwt(idClaims))},
                   {QStringLiteral("access_token"), QStringLiteral("a.b.c")},
                   {QStringLiteral("refresh_token"), QStringLiteral("refresh-1")},
                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                   {QStringLiteral("expires_in"), 3600}})));

    QNetworkAccessManager browser;
    QUrl redirect = options.redirectUri;
    redirect.setQuery(QStringLiteral("code=the-code&state=") + login.request().state);
    QCOMPARE(browse(browser, redirect).status, 200);
    const auto result = aws::await(future);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result.value().refreshToken, QStringLiteral("refresh-1"));
    QCOMPARE(result.value().grant, Grant::Code);
    QCOMPARE(result.value().tokenEndpoint, login.request().tokenEndpoint());

    QCOMPARE(hostedUi.requests().size(), 1);
    const auto &request = hostedUi.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/oauth2/token"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromLatin1(request.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("authorization_code"));
    QCOMPARE(form.queryItemValue(QStringLiteral("code")), QStringLiteral("the-code"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             options.redirectUri.toString());
    const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"));
    QCOMPARE(Pkce::challengeFor(verifier),
             QUrlQuery(login.request().url()).queryItemValue(QStringLiteral("code_challenge")));
    if (secret.isEmpty()) {
        QVERIFY(request.header("authorization").isEmpty());
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));
    } else {
        // client_secret_basic: Base64(urlencode(id) ":" urlencode(secret)).
        QCOMPARE(request.header("authorization"),
                 QByteArray("Basic ") + QByteArray("client1:s3cr%2Bt%2F").toBase64());
    }
}

void TestHostedUi::codeLoginReportsTokenEndpointErrors()
{
    test::FakeHttpServer hostedUi;
    hostedUi.enqueue(test::FakeHttpServer::Reply::json(
        400, R"({"error":"invalid_grant","error_description":"code expired"})"));
    QNetworkAccessManager network;
    HostedUiLogin::Options options;
    options.domain = hostedUi.url();
    options.clientId = QStringLiteral("client1");
    options.redirectUri = loopback(freePort());
    HostedUiLogin login(&network, options);
    const auto future = login.start({});
    QNetworkAccessManager browser;
    QUrl redirect = options.redirectUri;
    redirect.setQuery(QStringLiteral("code=old&state=") + login.request().state);
    browse(browser, redirect);
    const auto result = aws::await(future);
    QVERIFY(!result);
    QCOMPARE(result.error().type, QStringLiteral("invalid_grant"));
    QCOMPARE(result.error().message, QStringLiteral("code expired"));
}

void TestHostedUi::implicitLoginVerifiesTheTokens_data()
{
    // What to change in otherwise valid tokens, and the error that follows (none: accepted).
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << QString() << QString();
    QTest::newRow("nonce-of-another-sign-in")
        << QStringLiteral("nonce=other") << QStringLiteral("NonceMismatch");
    QTest::newRow("nonce-missing") << QStringLiteral("nonce=") << QStringLiteral("NonceMismatch");
    QTest::newRow("access-token-not-a-jwt")
        << QStringLiteral("access=not.a.jwt") << QStringLiteral("TokenRejected");
    QTest::newRow("no-id-token") << QStringLiteral("id=") << QStringLiteral("TokenRejected");
    QTest::newRow("id-token-unsigned")
        << QStringLiteral("id=unsigned") << QStringLiteral("TokenRejected");
    QTest::newRow("signed-by-another-key")
        << QStringLiteral("key=other") << QStringLiteral("TokenRejected");
    QTest::newRow("other-issuer") << QStringLiteral("iss=other") << QStringLiteral("TokenRejected");
    QTest::newRow("id-token-for-another-client")
        << QStringLiteral("aud=other") << QStringLiteral("TokenRejected");
    QTest::newRow("access-token-for-another-client")
        << QStringLiteral("client_id=other") << QStringLiteral("TokenRejected");
    QTest::newRow("expired") << QStringLiteral("exp=past") << QStringLiteral("TokenRejected");
    // The access token in the ID token's place has no nonce: caught before the signatures.
    QTest::newRow("tokens-swapped") << QStringLiteral("swap") << QStringLiteral("NonceMismatch");
}

void TestHostedUi::implicitLoginVerifiesTheTokens()
{
    QFETCH(QString, tamper);
    QFETCH(QString, error);
    test::TestSigner signer(QStringLiteral("key-1"));
    test::TestSigner stranger(QStringLiteral("key-1")); // same kid, another key
    test::FakeHttpServer issuerHost;
    issuerHost.setDefaultReply(test::FakeHttpServer::Reply::raw(
        200, "application/json", QJsonDocument(signer.jwks()).toJson(QJsonDocument::Compact)));
    const QString issuer = issuerHost.url().toString() + QStringLiteral("pool1");

    QNetworkAccessManager network;
    HostedUiLogin::Options options;
    options.domain = QUrl(QStringLiteral("https://unused.example"));
    options.clientId = QStringLiteral("client1");
    options.redirectUri = loopback(freePort());
    options.grant = HostedUiGrant::Implicit;
    options.issuers = {issuer};
    HostedUiLogin login(&network, options);
    const auto future = login.start({});

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject idClaims{{QStringLiteral("iss"), issuer},
                         {QStringLiteral("token_use"), QStringLiteral("id")},
                         {QStringLiteral("aud"), QStringLiteral("client1")},
                         {QStringLiteral("nonce"), login.request().nonce},
                         {QStringLiteral("iat"), now},
                         {QStringLiteral("exp"), now + 3600}};
    QJsonObject accessClaims{{QStringLiteral("iss"), issuer},
                             {QStringLiteral("token_use"), QStringLiteral("access")},
                             {QStringLiteral("client_id"), QStringLiteral("client1")},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + 3600}};
    const QString key = tamper.section(QLatin1Char('='), 0, 0);
    const QString value = tamper.section(QLatin1Char('='), 1);
    if (key == QLatin1String("nonce")) {
        if (value.isEmpty())
            idClaims.remove(QStringLiteral("nonce"));
        else
            idClaims.insert(QStringLiteral("nonce"), value);
    } else if (key == QLatin1String("iss")) {
        idClaims.insert(QStringLiteral("iss"), value);
        accessClaims.insert(QStringLiteral("iss"), value);
    } else if (key == QLatin1String("aud")) {
        idClaims.insert(QStringLiteral("aud"), value);
    } else if (key == QLatin1String("client_id")) {
        accessClaims.insert(QStringLiteral("client_id"), value);
    } else if (key == QLatin1String("exp")) {
        idClaims.insert(QStringLiteral("iat"), now - 7200);
        idClaims.insert(QStringLiteral("exp"), now - 3600);
        accessClaims.insert(QStringLiteral("iat"), now - 7200);
        accessClaims.insert(QStringLiteral("exp"), now - 3600);
    }
    const test::TestSigner &by = key == QLatin1String("key") ? stranger : signer;
    QByteArray idToken = by.sign(idClaims);
    QByteArray accessToken = by.sign(accessClaims);
    if (key == QLatin1String("access"))
        accessToken = value.toLatin1();
    if (key == QLatin1String("id"))
        idToken = value.isEmpty() ? QByteArray() : unsignedJwt(idClaims);
    if (key == QLatin1String("swap"))
        std::swap(idToken, accessToken);

    QByteArray form = "access_token=" + accessToken + "&token_type=Bearer&expires_in=3600" +
                      "&refresh_token=should-not-be-here&state=" + login.request().state.toLatin1();
    if (!idToken.isEmpty())
        form += "&id_token=" + idToken;
    QNetworkAccessManager browser;
    browse(browser, options.redirectUri, form, true);
    const auto result = aws::await(future);
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result.value().grant, Grant::Implicit);
        QCOMPARE(result.value().accessToken, QString::fromLatin1(accessToken));
        QVERIFY(result.value().refreshToken.isEmpty());
    } else {
        QVERIFY2(!result, "accepted");
        QCOMPARE(result.error().type, error);
    }
}

void TestHostedUi::implicitLoginWithoutIssuersAcceptsNothing()
{
    // Nothing to check against must not mean "nothing to check".
    QNetworkAccessManager network;
    HostedUiLogin::Options options;
    options.domain = QUrl(QStringLiteral("https://unused.example"));
    options.clientId = QStringLiteral("client1");
    options.redirectUri = loopback(freePort());
    options.grant = HostedUiGrant::Implicit;
    HostedUiLogin login(&network, options);
    const auto future = login.start({});
    const QJsonObject claims{{QStringLiteral("token_use"), QStringLiteral("id")},
                             {QStringLiteral("nonce"), login.request().nonce},
                             {QStringLiteral("exp"), 4'000'000'000LL}};
    QNetworkAccessManager browser;
    browse(browser, options.redirectUri,
           "access_token=not.a.jwt&id_token=" + unsignedJwt(claims) +
               "&state=" + login.request().state.toLatin1(),
           true);
    const auto result = aws::await(future);
    QVERIFY(!result);
    QCOMPARE(result.error().type, QStringLiteral("TokenRejected"));
}

QTEST_GUILESS_MAIN(TestHostedUi)
#include "tst_hostedui.moc"
