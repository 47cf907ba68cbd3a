#include "tokenworkbenchcontroller.h"

#include "auth/hostedui.h"
#include "auth/jwks.h"
#include "auth/jwt.h"
#include "auth/jwtverifier.h"
#include "auth/tokenendpoint.h"
#include "aws/awsjsonclient.h"
#include "aws/endpoint.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/interaction.h"
#include "models/claimsmodel.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>

namespace cdesk::gui {

namespace {

constexpr int ApiTimeoutMs = 60000;
constexpr int ClientsPageSize = 60;

// The endpoint when it is an override (cognito-local, cognito-sim, a proxy): issuers and
// the hosted UI live on its origin. Empty for the region's own endpoint.
QUrl endpointOverride(const cognito::Connection &connection)
{
    const aws::ServiceEndpoint &endpoint = connection.endpoint();
    const auto regional = aws::ServiceEndpoint::cognito(endpoint.region);
    if (regional && regional.value().url == endpoint.url)
        return {};
    return endpoint.url;
}

// POSIX shell single quotes: nothing inside is special but the quote itself.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList requiredAttributesOf(const QJsonObject &parameters)
{
    // Sent as a JSON array inside a string: "[\"userAttributes.name\"]".
    const QJsonArray array =
        QJsonDocument::fromJson(
            parameters.value(QLatin1String("requiredAttributes")).toString().toUtf8())
            .array();
    QStringList names;
    for (const QJsonValue &value : array) {
        QString name = value.toString();
        if (name.startsWith(QLatin1String("userAttributes.")))
            name = name.mid(int(qstrlen("userAttributes.")));
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

} // namespace

TokenWorkbenchController::TokenWorkbenchController(QObject *parent)
    : QObject(parent)
    , m_browserOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_idClaims(new models::ClaimsModel(this))
    , m_accessClaims(new models::ClaimsModel(this))
{}

TokenWorkbenchController::~TokenWorkbenchController()
{
    // The hosted-UI login and a reply use the connection's network: end them first. Quietly:
    // the widget that listens is being destroyed (it owns this), and a busyChanged now would
    // reach it half gone.
    blockSignals(true);
    cancel();
    m_jwks.reset();
}

QDateTime TokenWorkbenchController::now() const
{
    return Interaction::current().now();
}

void TokenWorkbenchController::setPool(std::shared_ptr<cognito::Connection> connection,
                                       const QString &poolId)
{
    cancel();
    ++m_generation;
    ++m_checkGeneration;
    m_jwks.reset();
    m_connection = std::move(connection);
    m_poolId = m_connection ? poolId : QString();
    m_clients.clear();
    m_client.reset();
    m_selectedClientId.clear();
    m_challenge.reset();
    m_lastError.reset();
    adoptTokens({});
    m_hostedUiDomain.clear();
    Q_EMIT clientsChanged();
    Q_EMIT clientChanged();
    Q_EMIT errorChanged();
    if (!m_connection || m_poolId.isEmpty()) {
        Q_EMIT hostedUiDomainChanged();
        return;
    }
    m_jwks = std::make_unique<auth::JwksCache>(m_connection->client()->networkAccessManager());
    m_jwks->setClock([] { return Interaction::current().now(); });

    // Every page of app clients: pools have few.
    const int generation = ++m_poolGeneration;
    auto *provider = m_connection->identityProvider();
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    *fetch = [this, provider, generation, fetch](const QString &token) {
        aws::whenFinished(
            provider->listUserPoolClients(m_poolId, ClientsPageSize, token), this,
            [this, generation,
             fetch](const aws::Result<cognito::Page<cognito::UserPoolClientDescription>> &page) {
                if (generation != m_poolGeneration) {
                    *fetch = nullptr; // breaks the cycle
                    return;
                }
                if (!page) {
                    fail(page.error());
                    *fetch = nullptr;
                    return;
                }
                m_clients.append(page.value().items);
                Q_EMIT clientsChanged();
                if (!page.value().nextToken.isEmpty())
                    (*fetch)(page.value().nextToken);
                else
                    *fetch = nullptr; // breaks the cycle
            });
    };
    (*fetch)(QString());

    // The endpoint override's origin (cognito-local, cognito-sim), else the pool's domain.
    aws::whenFinished(auth::resolveHostedUiDomain(provider, m_poolId), this,
                      [this, generation](const aws::Result<QUrl> &domain) {
                          if (generation != m_poolGeneration || !domain)
                              return; // no domain: the hosted-UI methods say so when chosen
                          m_hostedUiDomain = domain.value();
                          Q_EMIT hostedUiDomainChanged();
                      });
}

void TokenWorkbenchController::selectClient(const QString &clientId)
{
    if (clientId == m_selectedClientId && (m_client || clientId.isEmpty()))
        return;
    m_selectedClientId = clientId;
    m_client.reset();
    Q_EMIT clientChanged();
    if (!m_connection || clientId.isEmpty())
        return;
    const std::shared_ptr<cognito::Connection> connection = m_connection;
    aws::whenFinished(
        m_connection->identityProvider()->describeUserPoolClient(m_poolId, clientId), this,
        [this, connection, clientId](const aws::Result<cognito::UserPoolClient> &described) {
            // Only the answer for the client chosen last, of the pool still shown.
            if (clientId != m_selectedClientId || connection != m_connection)
                return;
            if (!described) {
                fail(described.error());
                return;
            }
            m_client = described.value();
            Q_EMIT clientChanged();
        });
}

QStringList TokenWorkbenchController::loopbackCallbacks() const
{
    QStringList loopback;
    if (!m_client)
        return loopback;
    for (const QString &url : m_client->callbackUrls) {
        if (auth::isLoopbackRedirect(QUrl(url, QUrl::StrictMode)))
            loopback.append(url);
    }
    return loopback;
}

cognito::AppClient TokenWorkbenchController::appClient() const
{
    return m_client ? cognito::AppClient{m_client->clientId, m_client->clientSecret}
                    : cognito::AppClient{};
}

bool TokenWorkbenchController::begin(const QString &what, bool needsClient)
{
    if (m_busy)
        return false;
    aws::AwsError error;
    if (!m_connection)
        error = aws::AwsError::local(QStringLiteral("NoPool"), tr("Choose a user pool first."));
    else if (needsClient && !m_client)
        error = aws::AwsError::local(QStringLiteral("NoAppClient"),
                                     tr("Choose the app client to sign in with."));
    if (!error.type.isEmpty()) {
        fail(error);
        return false;
    }
    ++m_generation;
    m_busy = true;
    m_lastError.reset();
    Q_EMIT errorChanged();
    Q_EMIT busyChanged(true, what);
    return true;
}

void TokenWorkbenchController::end()
{
    m_cancelPending = nullptr;
    if (m_hostedUi)
        m_hostedUi->deleteLater();
    m_hostedUi = nullptr;
    if (!m_busy)
        return;
    m_busy = false;
    Q_EMIT busyChanged(false, QString());
}

void TokenWorkbenchController::fail(const aws::AwsError &error)
{
    m_lastError = error;
    Q_EMIT errorChanged();
}

void TokenWorkbenchController::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // whatever still arrives is dropped
    if (m_cancelPending)
        m_cancelPending();
    end();
    aws::AwsError canceled;
    canceled.kind = aws::ErrorKind::Canceled;
    canceled.type = QStringLiteral("Canceled");
    canceled.message = tr("Canceled.");
    fail(canceled);
}

void TokenWorkbenchController::signIn(Method method, const QString &username,
                                      const QString &password)
{
    if (method == Method::HostedUiCode || method == Method::HostedUiImplicit) {
        const QStringList callbacks = loopbackCallbacks();
        signInWithHostedUi(
            method == Method::HostedUiCode ? auth::HostedUiGrant::Code
                                           : auth::HostedUiGrant::Implicit,
            m_hostedUiDomain, QUrl(callbacks.value(0), QUrl::StrictMode),
            {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")});
        return;
    }
    if (method == Method::TokenEndpoint) {
        fail(aws::AwsError::local(QStringLiteral("NoTokenEndpoint"),
                                  tr("Give the token endpoint's URL.")));
        return;
    }
    if (!begin(tr("Signing in as %1...").arg(username)))
        return;
    m_challenge.reset();
    m_signedInAs = username;
    auto *provider = m_connection->identityProvider();
    QFuture<aws::Result<cognito::AuthResponse>> future;
    switch (method) {
    case Method::Password:
        future = provider->initiateUserPasswordAuth(appClient(), username, password);
        break;
    case Method::Srp:
        future = provider->loginWithSrp(m_poolId, appClient(), username, password);
        break;
    case Method::Admin:
    case Method::HostedUiCode:
    case Method::HostedUiImplicit:
    case Method::TokenEndpoint:
        future = provider->adminInitiateAuth(
            m_poolId, appClient(), cognito::AdminAuthFlow::UserPassword, username, password);
        break;
    }
    m_cancelPending = [future]() mutable {
        future.cancel();
    };
    const int generation = m_generation;
    const bool admin = method == Method::Admin;
    const auth::Grant grant = method == Method::Srp ? auth::Grant::Srp : auth::Grant::Password;
    aws::whenFinished(future, this,
                      [this, generation, username, admin,
                       grant](const aws::Result<cognito::AuthResponse> &response) {
                          if (generation != m_generation)
                              return;
                          end();
                          if (!response) {
                              fail(response.error());
                              return;
                          }
                          handleAuthResponse(response.value(), username, admin, grant);
                      });
}

void TokenWorkbenchController::signInWithHostedUi(auth::HostedUiGrant grant, const QUrl &domain,
                                                  const QUrl &redirectUri,
                                                  const QStringList &scopes)
{
    if (!begin(tr("Waiting for the sign-in in the browser...")))
        return;
    m_signedInAs.clear(); // the tokens name the user
    if (domain.isEmpty() || !auth::isLoopbackRedirect(redirectUri)) {
        end();
        fail(domain.isEmpty()
                 ? aws::AwsError::local(QStringLiteral("NoHostedUiDomain"),
                                        tr("The pool has no hosted-UI domain: create one or "
                                           "name one in the profile."))
                 : aws::AwsError::local(
                       QStringLiteral("NoLoopbackCallback"),
                       tr("The app client has no loopback callback URL (such as "
                          "http://localhost:53682/callback) to receive the sign-in on.")));
        return;
    }
    m_challenge.reset();
    auth::HostedUiLogin::Options options;
    options.domain = domain;
    options.clientId = m_client->clientId;
    options.clientSecret = m_client->clientSecret;
    options.redirectUri = redirectUri;
    options.grant = grant;
    if (!scopes.isEmpty())
        options.scopes = scopes;
    // Implicit-grant tokens are verified against the pool before the workbench shows them.
    options.issuers = auth::cognitoIssuers(m_connection->endpoint().region, m_poolId,
                                           endpointOverride(*m_connection));
    options.clock = [] {
        return Interaction::current().now();
    };
    m_hostedUi =
        new auth::HostedUiLogin(m_connection->client()->networkAccessManager(), options, this);
    connect(m_hostedUi, &auth::HostedUiLogin::requestRefused, this,
            &TokenWorkbenchController::hostedUiRequestRefused);
    auto future = m_hostedUi->start(m_browserOpener);
    const int generation = m_generation;
    aws::whenFinished(future, this, [this, generation](const aws::Result<auth::TokenSet> &tokens) {
        if (generation != m_generation)
            return;
        end();
        if (!tokens) {
            fail(tokens.error());
            return;
        }
        adoptTokens(tokens.value());
    });
}

void TokenWorkbenchController::signInAtTokenEndpoint(const QUrl &url, const QString &username,
                                                     const QString &password)
{
    const auto checked = aws::validateEndpointUrl(url);
    if (!checked) {
        fail(checked.error());
        return;
    }
    if (!begin(tr("Signing in as %1 at %2...").arg(username, url.toDisplayString()), false))
        return;
    m_challenge.reset();
    m_signedInAs = username;
    auto future = auth::signInAtTokenEndpoint(m_connection->client()->networkAccessManager(),
                                              checked.value(), username, password);
    m_cancelPending = [future]() mutable {
        future.cancel();
    };
    const int generation = m_generation;
    aws::whenFinished(future, this, [this, generation](const aws::Result<auth::TokenSet> &tokens) {
        if (generation != m_generation)
            return;
        end();
        if (!tokens) {
            fail(tokens.error());
            return;
        }
        // The endpoint signs in with an app client of its own choosing.
        adoptTokens(tokens.value(), false);
    });
}

void TokenWorkbenchController::handleAuthResponse(const cognito::AuthResponse &response,
                                                  const QString &username, bool admin,
                                                  auth::Grant grant)
{
    if (!response.isChallenge()) {
        adoptTokens(auth::TokenSet::fromAuthenticationResult(
            response.json.value(QLatin1String("AuthenticationResult")).toObject(), grant, now()));
        return;
    }
    Challenge challenge;
    challenge.name = response.challengeName;
    challenge.session = response.session;
    challenge.parameters = response.challengeParameters;
    challenge.username =
        response.challengeUsername().isEmpty() ? username : response.challengeUsername();
    challenge.requiredAttributes = requiredAttributesOf(response.challengeParameters);
    challenge.admin = admin;
    challenge.grant = grant;
    m_challenge = challenge;
    Q_EMIT challengeRequested();
}

void TokenWorkbenchController::answerNewPassword(const QString &newPassword,
                                                 const QList<cognito::Attribute> &attributes)
{
    if (!m_challenge || !begin(tr("Setting the new password...")))
        return;
    const Challenge challenge = *m_challenge;
    auto future = m_connection->identityProvider()->respondToNewPasswordRequired(
        appClient(), challenge.session, challenge.username, newPassword, attributes,
        challenge.admin ? std::optional<QString>(m_poolId) : std::nullopt);
    m_cancelPending = [future]() mutable {
        future.cancel();
    };
    const int generation = m_generation;
    aws::whenFinished(
        future, this,
        [this, generation, challenge](const aws::Result<cognito::AuthResponse> &response) {
            if (generation != m_generation)
                return;
            end();
            if (!response) {
                fail(response.error()); // the challenge stays: try again
                return;
            }
            handleAuthResponse(response.value(), challenge.username, challenge.admin,
                               challenge.grant);
        });
}

void TokenWorkbenchController::answerMfa(const QString &code)
{
    if (!m_challenge || !begin(tr("Checking the code...")))
        return;
    const Challenge challenge = *m_challenge;
    auto future = m_connection->identityProvider()->respondToMfa(
        appClient(), challenge.name, challenge.session, challenge.username, code,
        challenge.admin ? std::optional<QString>(m_poolId) : std::nullopt);
    m_cancelPending = [future]() mutable {
        future.cancel();
    };
    const int generation = m_generation;
    aws::whenFinished(
        future, this,
        [this, generation, challenge](const aws::Result<cognito::AuthResponse> &response) {
            if (generation != m_generation)
                return;
            end();
            if (!response) {
                fail(response.error());
                return;
            }
            handleAuthResponse(response.value(), challenge.username, challenge.admin,
                               challenge.grant);
        });
}

void TokenWorkbenchController::refresh()
{
    if (!begin(tr("Refreshing the tokens..."), false))
        return;
    auto future = auth::refreshTokens(m_connection->identityProvider(),
                                      m_connection->client()->networkAccessManager(), m_tokens,
                                      appClient().clientSecret, now());
    m_cancelPending = [future]() mutable {
        future.cancel();
    };
    const int generation = m_generation;
    aws::whenFinished(future, this, [this, generation](const aws::Result<auth::TokenSet> &tokens) {
        if (generation != m_generation)
            return;
        end();
        if (!tokens) {
            fail(tokens.error());
            return;
        }
        adoptTokens(tokens.value(), m_expectedClientId == appClient().clientId);
    });
}

void TokenWorkbenchController::useTokens(const auth::TokenSet &tokens, const QString &username)
{
    m_lastError.reset();
    Q_EMIT errorChanged();
    m_signedInAs = username;
    // Checked against the app client the tokens name: the session may be another client's.
    adoptTokens(tokens, m_client && m_client->clientId == tokens.clientId());
}

QString TokenWorkbenchController::sessionEndpoint() const
{
    if (!m_connection)
        return {};
    return auth::SessionKey::make(endpointOverride(*m_connection), m_connection->endpoint().region,
                                  {}, {})
        .endpoint;
}

auth::SessionKey TokenWorkbenchController::sessionKey() const
{
    if (!m_connection || !hasTokens())
        return {};
    const QString clientId =
        m_expectedClientId.isEmpty() ? m_tokens.clientId() : m_expectedClientId;
    return auth::SessionKey::make(endpointOverride(*m_connection), m_connection->endpoint().region,
                                  clientId,
                                  m_signedInAs.isEmpty() ? m_tokens.username() : m_signedInAs);
}

void TokenWorkbenchController::adoptTokens(const auth::TokenSet &tokens, bool ownClient)
{
    // Credentials got with another user's tokens are theirs (a refresh keeps the user).
    const auto subjectOf = [](const QString &idToken) {
        const auto jwt = auth::Jwt::decode(idToken.toLatin1());
        return jwt ? jwt->claims.value(QLatin1String("sub")).toString() : QString();
    };
    if (m_identityCredentials && subjectOf(tokens.idToken) != subjectOf(m_tokens.idToken)) {
        m_identityCredentials.reset();
        m_identityRole.clear();
        Q_EMIT identityCredentialsChanged();
    }
    m_tokens = tokens;
    if (tokens.accessToken.isEmpty() && tokens.idToken.isEmpty())
        m_signedInAs.clear();
    m_expectedClientId = ownClient && m_client ? m_client->clientId : tokens.clientId();
    m_challenge.reset();
    ++m_checkGeneration;
    for (const TokenKind kind : {TokenKind::Id, TokenKind::Access}) {
        models::ClaimsModel *model = claims(kind);
        const auto jwt = auth::Jwt::decode(token(kind).toLatin1());
        if (jwt)
            model->setToken(jwt->header, jwt->claims);
        else
            model->clear();
        Check &check = kind == TokenKind::Id ? m_idCheck : m_accessCheck;
        check = token(kind).isEmpty() ? Check{} : Check{Check::State::Checking, QString()};
    }
    // One after the other: the second finds the issuer's keys cached. (Verifying both at
    // once would share JwksCache's in-flight future, and a Qt 6.4 QFuture keeps only the
    // last continuation attached to it: the first check would end canceled.)
    verify(TokenKind::Id, [this] { verify(TokenKind::Access, nullptr); });
    Q_EMIT tokensChanged();
}

QString TokenWorkbenchController::token(TokenKind kind) const
{
    return kind == TokenKind::Id ? m_tokens.idToken : m_tokens.accessToken;
}

models::ClaimsModel *TokenWorkbenchController::claims(TokenKind kind) const
{
    return kind == TokenKind::Id ? m_idClaims : m_accessClaims;
}

const TokenWorkbenchController::Check &TokenWorkbenchController::check(TokenKind kind) const
{
    return kind == TokenKind::Id ? m_idCheck : m_accessCheck;
}

void TokenWorkbenchController::verify(TokenKind kind, const std::function<void()> &next)
{
    Check &check = kind == TokenKind::Id ? m_idCheck : m_accessCheck;
    const QString text = token(kind);
    if (text.isEmpty() || !m_connection || !m_jwks) {
        check = {};
        Q_EMIT checkChanged(kind);
        if (next)
            next();
        return;
    }
    check = {Check::State::Checking, QString()};
    Q_EMIT checkChanged(kind);

    auth::TokenExpectations expected;
    expected.issuers = auth::cognitoIssuers(m_connection->endpoint().region, m_poolId,
                                            endpointOverride(*m_connection));
    expected.clientId = m_expectedClientId;
    expected.tokenUse = kind == TokenKind::Id ? auth::TokenUse::Id : auth::TokenUse::Access;
    auth::JwtVerifier verifier(m_jwks.get());
    verifier.setClock([] { return Interaction::current().now(); });
    const int generation = m_checkGeneration;
    aws::whenFinished(
        verifier.verify(text.toLatin1(), expected), this,
        [this, generation, kind, next](const aws::Result<auth::Verification> &result) {
            if (generation != m_checkGeneration)
                return;
            Check &target = kind == TokenKind::Id ? m_idCheck : m_accessCheck;
            if (!result)
                target = {Check::State::Unchecked, result.error().toString()};
            else if (result.value().ok())
                target = {Check::State::Valid, QString()};
            else
                target = {Check::State::Invalid, QStringLiteral("%1: %2").arg(
                                                     auth::rejectionName(result.value().rejection),
                                                     result.value().reason)};
            Q_EMIT checkChanged(kind);
            if (next)
                next();
        });
}

QString TokenWorkbenchController::authorization(const ApiRequest &request) const
{
    const QString value = token(request.token);
    return request.bearer ? QStringLiteral("Bearer ") + value : value;
}

QString TokenWorkbenchController::curlCommand(const ApiRequest &request) const
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"),
                      shellQuote(QString::fromLatin1(request.method)),
                      shellQuote(request.url.toString(QUrl::FullyEncoded))};
    const auth::ApiRequest outgoing = prepared(request);
    bool contentType = false;
    for (const auto &[name, value] : outgoing.headers) {
        contentType = contentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        parts << QStringLiteral("-H")
              << shellQuote(QString::fromUtf8(name) + QStringLiteral(": ") +
                            QString::fromUtf8(value));
    }
    if (!request.body.isEmpty()) {
        if (!contentType)
            parts << QStringLiteral("-H")
                  << shellQuote(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(request.body));
    }
    return parts.join(QLatin1Char(' '));
}

auth::ApiRequest TokenWorkbenchController::prepared(const ApiRequest &request) const
{
    auth::ApiRequest outgoing;
    outgoing.url = request.url;
    outgoing.method = request.method;
    outgoing.body = request.body;
    outgoing.timeoutMs = ApiTimeoutMs;
    outgoing.headers = request.headers;
    if (!request.sigv4) {
        outgoing.headers.prepend(
            qMakePair(QByteArray("Authorization"), authorization(request).toLatin1()));
        return outgoing;
    }
    if (!m_identityCredentials)
        return outgoing;
    // Signed as sent: the body goes as application/json unless a header says otherwise.
    const bool typed =
        std::any_of(outgoing.headers.cbegin(), outgoing.headers.cend(), [](const auto &header) {
            return header.first.compare("content-type", Qt::CaseInsensitive) == 0;
        });
    if (!typed && !outgoing.body.isEmpty())
        outgoing.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    auth::signApiRequest(
        &outgoing, m_identityCredentials->credentials, request.service,
        auth::apiSigningRegion(request.url, cognito::identityPoolRegion(m_identityPoolId)), now());
    return outgoing;
}

void TokenWorkbenchController::getIdentityCredentials(const QString &identityPoolId)
{
    if (m_tokens.idToken.isEmpty()) {
        fail(aws::AwsError::local(QStringLiteral("NoToken"),
                                  tr("Sign in first: the credentials are got with the ID token.")));
        return;
    }
    const QString region = cognito::identityPoolRegion(identityPoolId);
    if (region.isEmpty()) {
        fail(aws::AwsError::local(
            QStringLiteral("InvalidIdentityPoolId"),
            tr("An identity pool id is REGION:UUID, not \"%1\".").arg(identityPoolId)));
        return;
    }
    if (!m_connection) {
        fail(aws::AwsError::local(QStringLiteral("NoConnection"), tr("Not connected.")));
        return;
    }
    const auto pools = m_connection->identityPools(region);
    if (!pools) {
        fail(pools.error());
        return;
    }
    if (!begin(tr("Getting AWS credentials from %1...").arg(identityPoolId), false))
        return;
    cognito::IdentityPools *identity = pools.value();
    const int generation = m_generation;
    QFuture<aws::Result<cognito::IdentityCredentials>> gotten =
        identity->credentialsForUserPoolToken(identityPoolId, m_poolId, m_tokens.idToken);
    m_cancelPending = [gotten]() mutable {
        gotten.cancel();
    };
    aws::whenFinished(
        gotten, this,
        [this, generation, identity,
         identityPoolId](const aws::Result<cognito::IdentityCredentials> &credentials) {
            if (generation != m_generation)
                return;
            if (!credentials) {
                end();
                fail(credentials.error());
                return;
            }
            m_identityCredentials = credentials.value();
            m_identityPoolId = identityPoolId;
            m_identityRole.clear();
            // The role is shown only: a tester's profile may not be allowed to read it.
            aws::whenFinished(identity->getIdentityPoolRoles(identityPoolId), this,
                              [this, generation](const aws::Result<QMap<QString, QString>> &roles) {
                                  if (generation != m_generation)
                                      return;
                                  if (roles)
                                      m_identityRole =
                                          roles.value().value(QStringLiteral("authenticated"));
                                  end();
                                  Q_EMIT identityCredentialsChanged();
                              });
        });
}

void TokenWorkbenchController::send(const ApiRequest &request)
{
    const auto checked = aws::validateEndpointUrl(request.url);
    if (!checked) {
        fail(checked.error());
        return;
    }
    if (!request.sigv4 && token(request.token).isEmpty()) {
        fail(aws::AwsError::local(QStringLiteral("NoToken"),
                                  tr("Sign in first: there is no token to send.")));
        return;
    }
    if (request.sigv4 && !m_identityCredentials) {
        fail(aws::AwsError::local(
            QStringLiteral("NoCredentials"),
            tr("Get AWS credentials from an identity pool first: a SigV4 request is signed "
               "with them.")));
        return;
    }
    if (!begin(tr("Calling %1...").arg(request.url.toDisplayString()), false))
        return;
    // The CLI's `api call` path: one redirect, size and truncation policy for both.
    ApiRequest checkedRequest = request;
    checkedRequest.url = checked.value();
    const auth::ApiRequest outgoing = prepared(checkedRequest);
    QFuture<aws::Result<auth::ApiReply>> sent =
        auth::sendApiRequest(m_connection->client()->networkAccessManager(), outgoing);
    m_cancelPending = [sent]() mutable {
        sent.cancel();
    };
    const int generation = m_generation;
    aws::whenFinished(sent, this, [this, generation](const aws::Result<auth::ApiReply> &reply) {
        if (generation != m_generation)
            return;
        end();
        if (!reply) {
            fail(reply.error());
            return;
        }
        ApiResponse response;
        response.status = reply.value().status;
        response.reason = reply.value().reason;
        response.headers = reply.value().headers;
        response.body = reply.value().body;
        Q_EMIT apiResponded(response);
    });
}

} // namespace cdesk::gui
