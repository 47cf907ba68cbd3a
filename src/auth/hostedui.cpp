#include "hostedui.h"

#include "auth/jwks.h"
#include "auth/jwt.h"
#include "aws/endpoint.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::auth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::auth", text);
}

// The nonce binds the ID token to this sign-in. For the implicit grant it is the only such
// binding, so it must be there. For the code grant PKCE already binds the code to us, and
// cognito-local does not echo nonces: a missing one is accepted there, another one never.
std::optional<aws::AwsError> checkNonce(const TokenSet &tokens, const QString &nonce, bool required)
{
    if (tokens.idToken.isEmpty())
        return std::nullopt;
    const auto jwt = Jwt::decode(tokens.idToken.toLatin1());
    const QJsonValue claim = jwt ? jwt->claims.value(QLatin1String("nonce")) : QJsonValue();
    if (claim.toString() == nonce || (!required && jwt && claim.isUndefined()))
        return std::nullopt;
    aws::AwsError error;
    error.kind = aws::ErrorKind::Protocol;
    error.type = QStringLiteral("NonceMismatch");
    error.message = tr("The ID token does not carry the nonce this sign-in sent.");
    return error;
}

aws::AwsError tokenRejected(const QString &message)
{
    aws::AwsError error;
    error.kind = aws::ErrorKind::Protocol;
    error.type = QStringLiteral("TokenRejected");
    error.message = message;
    return error;
}

// The implicit grant's tokens, verified in full: the access token, then the ID token with
// the nonce this sign-in sent (which must be there: it is what ties the tokens to us).
QFuture<aws::Result<TokenSet>> verifyImplicitTokens(JwtVerifier *verifier, const TokenSet &tokens,
                                                    const TokenExpectations &base,
                                                    const QString &nonce)
{
    using R = aws::Result<TokenSet>;
    if (base.issuers.isEmpty())
        return QtFuture::makeReadyFuture(
            R(tokenRejected(tr("There is no issuer to verify the tokens against."))));
    if (tokens.idToken.isEmpty())
        return QtFuture::makeReadyFuture(R(tokenRejected(
            tr("The hosted UI sent no ID token, so the nonce of this sign-in cannot be checked "
               "(the openid scope brings one)."))));
    TokenExpectations access = base;
    access.tokenUse = TokenUse::Access;
    TokenExpectations id = base;
    id.tokenUse = TokenUse::Id;
    id.nonce = nonce;
    return verifier->verify(tokens.accessToken.toLatin1(), access)
        .then([verifier, tokens, id](aws::Result<Verification> checked) {
            if (!checked)
                return QtFuture::makeReadyFuture(R(checked.error()));
            if (!checked.value().ok())
                return QtFuture::makeReadyFuture(R(tokenRejected(
                    tr("The access token was refused (%1): %2")
                        .arg(rejectionName(checked.value().rejection), checked.value().reason))));
            return verifier->verify(tokens.idToken.toLatin1(), id)
                .then([tokens](aws::Result<Verification> checkedId) -> R {
                    if (!checkedId)
                        return checkedId.error();
                    if (!checkedId.value().ok())
                        return tokenRejected(tr("The ID token was refused (%1): %2")
                                                 .arg(rejectionName(checkedId.value().rejection),
                                                      checkedId.value().reason));
                    return tokens;
                });
        })
        .unwrap();
}

} // namespace

QFuture<aws::Result<QUrl>> resolveHostedUiDomain(cognito::IdentityProvider *provider,
                                                 const QString &userPoolId)
{
    const aws::ServiceEndpoint &endpoint = provider->client()->endpoint();
    const auto regional = aws::ServiceEndpoint::cognito(endpoint.region);
    if (regional && regional.value().url != endpoint.url)
        return QtFuture::makeReadyFuture(aws::Result<QUrl>(
            endpoint.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)));
    return provider->describeUserPool(userPoolId)
        .then([region = endpoint.region](aws::Result<cognito::UserPool> pool) -> aws::Result<QUrl> {
            if (!pool)
                return pool.forwardError<QUrl>();
            const QUrl url = pool.value().hostedUiUrl(region);
            if (url.isEmpty())
                return aws::AwsError::local(
                    QStringLiteral("NoHostedUiDomain"),
                    tr("The pool %1 has no hosted-UI domain: create one (domain create PREFIX) "
                       "or name one in the profile.")
                        .arg(pool.value().id));
            return url;
        });
}

HostedUiLogin::HostedUiLogin(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_request(AuthorizeRequest::create(m_options.domain, m_options.clientId,
                                         m_options.redirectUri, m_options.scopes, m_options.grant))
    , m_receiver(new LoopbackReceiver(m_options.redirectUri, m_request.state,
                                      m_options.grant == HostedUiGrant::Code
                                          ? LoopbackReceiver::Delivery::Query
                                          : LoopbackReceiver::Delivery::Fragment,
                                      this))
    , m_jwks(new JwksCache(network, this))
    , m_verifier(m_jwks)
{
    if (m_options.clock) {
        m_jwks->setClock(m_options.clock);
        m_verifier.setClock(m_options.clock);
    }
    m_receiver->setTimeout(m_options.timeoutMs);
    connect(m_receiver, &LoopbackReceiver::requestRefused, this, &HostedUiLogin::requestRefused);
}

HostedUiLogin::~HostedUiLogin() = default;

QFuture<aws::Result<TokenSet>> HostedUiLogin::start(const BrowserOpener &openBrowser)
{
    using R = aws::Result<TokenSet>;
    const auto listening = m_receiver->listen();
    if (!listening)
        return QtFuture::makeReadyFuture(R(listening.error()));
    if (openBrowser)
        openBrowser(m_request.url());

    const AuthorizeRequest request = m_request;
    if (m_options.grant == HostedUiGrant::Implicit) {
        TokenExpectations expected;
        expected.issuers = m_options.issuers;
        expected.clientId = m_options.clientId;
        JwtVerifier *verifier = &m_verifier;
        return m_receiver->result()
            .then([request](aws::Result<LoopbackReceiver::Parameters> received) -> R {
                if (!received)
                    return received.error();
                QJsonObject response;
                for (auto it = received.value().cbegin(); it != received.value().cend(); ++it)
                    response.insert(it.key(), it.value());
                response.remove(QStringLiteral("state"));
                TokenSet tokens = TokenSet::fromOAuthResponse(response, Grant::Implicit,
                                                              QDateTime::currentDateTimeUtc());
                tokens.refreshToken.clear(); // the implicit grant has none, whatever came
                if (auto error = checkNonce(tokens, request.nonce, true))
                    return *error;
                return tokens;
            })
            .then([verifier, expected, nonce = request.nonce](R tokens) {
                if (!tokens)
                    return QtFuture::makeReadyFuture(std::move(tokens));
                return verifyImplicitTokens(verifier, tokens.value(), expected, nonce);
            })
            .unwrap();
    }

    QNetworkAccessManager *network = m_network;
    const QString secret = m_options.clientSecret;
    return m_receiver->result()
        .then([network, request,
               secret](const aws::Result<LoopbackReceiver::Parameters> &received) {
            using Exchange = QFuture<aws::Result<QJsonObject>>;
            if (!received)
                return QtFuture::makeReadyFuture(aws::Result<QJsonObject>(received.error()));
            return Exchange(exchangeCode(network, request,
                                         received.value().value(QStringLiteral("code")), secret));
        })
        .unwrap()
        .then([request](aws::Result<QJsonObject> answer) -> R {
            if (!answer)
                return answer.error();
            TokenSet tokens = TokenSet::fromOAuthResponse(answer.value(), Grant::Code,
                                                          QDateTime::currentDateTimeUtc(),
                                                          request.tokenEndpoint());
            if (auto error = checkNonce(tokens, request.nonce, false))
                return *error;
            return tokens;
        });
}

} // namespace cdesk::auth
