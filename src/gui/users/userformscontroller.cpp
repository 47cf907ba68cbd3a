#include "userformscontroller.h"

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"

namespace cdesk::gui {

namespace {
const QString newPasswordRequired = QStringLiteral("NEW_PASSWORD_REQUIRED");
}

UserFormsController::UserFormsController(std::shared_ptr<cognito::Connection> connection,
                                         const QString &poolId, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_poolId(poolId)
{}

UserFormsController::~UserFormsController()
{
    if (m_cancelRunning)
        m_cancelRunning();
}

bool UserFormsController::allowsAdminPasswordAuth(const cognito::UserPoolClient &client)
{
    return client.explicitAuthFlows.contains(QLatin1String("ALLOW_ADMIN_USER_PASSWORD_AUTH")) ||
           client.explicitAuthFlows.contains(QLatin1String("ADMIN_NO_SRP_AUTH"));
}

cognito::AppClient UserFormsController::appClient(const cognito::UserPoolClient &client)
{
    return cognito::AppClient{client.clientId, client.clientSecret};
}

void UserFormsController::setBusy(bool busy, const QString &activity)
{
    m_activity = busy ? activity : QString();
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

template <typename T, typename OnValue>
void UserFormsController::run(const QString &activity, QFuture<aws::Result<T>> future,
                              OnValue onValue)
{
    const quint64 generation = ++m_generation;
    m_cancelRunning = [future]() mutable {
        future.cancel();
    };
    setBusy(true, activity);
    aws::whenFinished(future, this,
                      [this, generation, onValue = std::move(onValue)](aws::Result<T> result) {
                          if (generation != m_generation)
                              return; // canceled, or superseded
                          m_cancelRunning = nullptr;
                          if (!result) {
                              setBusy(false, {});
                              Q_EMIT failed(result.error());
                              return;
                          }
                          onValue(std::move(result).value());
                      });
}

void UserFormsController::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    if (m_cancelRunning)
        m_cancelRunning();
    m_cancelRunning = nullptr;
    setBusy(false, {});
    aws::AwsError error;
    error.kind = aws::ErrorKind::Canceled;
    error.type = QStringLiteral("Canceled");
    error.message = tr("Canceled. A request that had already reached the service may still "
                       "take effect.");
    Q_EMIT failed(error);
}

void UserFormsController::loadPool()
{
    run(tr("Reading the pool's settings…"),
        m_connection->identityProvider()->describeUserPool(m_poolId),
        [this](const cognito::UserPool &pool) {
            setBusy(false, {});
            Q_EMIT poolLoaded(PoolProfile::fromUserPool(pool));
        });
}

void UserFormsController::loadClients()
{
    run(tr("Listing the app clients…"),
        m_connection->identityProvider()->listUserPoolClients(m_poolId, 60),
        [this](const cognito::Page<cognito::UserPoolClientDescription> &page) {
            describeClients(page.items, {});
        });
}

void UserFormsController::describeClients(QList<cognito::UserPoolClientDescription> pending,
                                          QList<cognito::UserPoolClient> done)
{
    if (pending.isEmpty()) {
        setBusy(false, {});
        Q_EMIT clientsLoaded(done);
        return;
    }
    const cognito::UserPoolClientDescription next = pending.takeFirst();
    // One at a time: the pool's clients are few, and the quota is per pool and operation.
    run(tr("Reading app client %1…").arg(next.clientName),
        m_connection->identityProvider()->describeUserPoolClient(m_poolId, next.clientId),
        [this, pending, done](const cognito::UserPoolClient &client) {
            QList<cognito::UserPoolClient> described = done;
            described << client;
            describeClients(pending, described);
        });
}

void UserFormsController::createUser(const cognito::CreateUserRequest &request)
{
    run(tr("Creating user %1…").arg(request.username),
        m_connection->identityProvider()->adminCreateUser(m_poolId, request),
        [this](const cognito::User &user) {
            setBusy(false, {});
            Q_EMIT userCreated(user);
        });
}

void UserFormsController::setPassword(const QString &username, const QString &password,
                                      bool permanent)
{
    run(tr("Setting the password of %1…").arg(username),
        m_connection->identityProvider()->adminSetUserPassword(m_poolId, username, password,
                                                               permanent),
        [this](const aws::Empty &) {
            setBusy(false, {});
            Q_EMIT passwordSet();
        });
}

void UserFormsController::adminConfirmSignUp(const QString &username)
{
    run(tr("Confirming the sign-up of %1…").arg(username),
        m_connection->identityProvider()->adminConfirmSignUp(m_poolId, username),
        [this](const aws::Empty &) {
            setBusy(false, {});
            Q_EMIT signUpConfirmed();
        });
}

void UserFormsController::signUp(const cognito::UserPoolClient &client, const QString &username,
                                 const QString &password,
                                 const QList<cognito::Attribute> &attributes)
{
    run(tr("Signing up %1…").arg(username),
        m_connection->identityProvider()->signUp(appClient(client), username, password, attributes),
        [this](const cognito::SignUpResult &result) {
            setBusy(false, {});
            Q_EMIT signedUp(result);
        });
}

void UserFormsController::confirmSignUp(const cognito::UserPoolClient &client,
                                        const QString &username, const QString &code)
{
    run(tr("Confirming the sign-up of %1…").arg(username),
        m_connection->identityProvider()->confirmSignUp(appClient(client), username, code),
        [this](const aws::Empty &) {
            setBusy(false, {});
            Q_EMIT signUpConfirmed();
        });
}

void UserFormsController::resendConfirmationCode(const cognito::UserPoolClient &client,
                                                 const QString &username)
{
    run(tr("Sending a new code to %1…").arg(username),
        m_connection->identityProvider()->resendConfirmationCode(appClient(client), username),
        [this](const QJsonObject &details) {
            setBusy(false, {});
            Q_EMIT codeResent(details);
        });
}

void UserFormsController::startNewPasswordChallenge(const cognito::UserPoolClient &client,
                                                    const QString &username,
                                                    const QString &temporaryPassword)
{
    m_challenge = {};
    m_challengeClient = client;
    m_challengeUsername = username;
    m_temporaryPassword = temporaryPassword;
    run(tr("Signing in as %1 with the temporary password…").arg(username),
        m_connection->identityProvider()->adminInitiateAuth(m_poolId, appClient(client),
                                                            cognito::AdminAuthFlow::UserPassword,
                                                            username, temporaryPassword),
        [this](const cognito::AuthResponse &response) {
            setBusy(false, {});
            if (response.challengeName != newPasswordRequired) {
                aws::AwsError error;
                error.kind = aws::ErrorKind::Local;
                error.type = QStringLiteral("UnexpectedChallenge");
                error.message =
                    response.isChallenge()
                        ? tr("The service asked for %1, not for a new password; answer it in "
                             "the token workbench.")
                              .arg(response.challengeName)
                        : tr("The service signed the user in without asking for a new "
                             "password: the password is not a temporary one.");
                Q_EMIT failed(error);
                return;
            }
            m_challenge = response;
            Q_EMIT challenged(response);
        });
}

void UserFormsController::answerNewPasswordChallenge(const QString &newPassword,
                                                     const QList<cognito::Attribute> &attributes)
{
    if (m_challengeUsername.isEmpty()) {
        Q_EMIT failed(aws::AwsError::local(QStringLiteral("NoChallenge"),
                                           tr("Sign in with the temporary password first.")));
        return;
    }
    if (m_challenge.challengeName == newPasswordRequired) {
        respondToChallenge(std::exchange(m_challenge, {}), newPassword, attributes);
        return;
    }
    // The service takes one answer per session: after a refused one (a password the policy
    // rejects), sign in again with the temporary password, so the user need not retype it.
    run(tr("Signing in again with the temporary password…"),
        m_connection->identityProvider()->adminInitiateAuth(
            m_poolId, appClient(m_challengeClient), cognito::AdminAuthFlow::UserPassword,
            m_challengeUsername, m_temporaryPassword),
        [this, newPassword, attributes](const cognito::AuthResponse &response) {
            if (response.challengeName != newPasswordRequired) {
                setBusy(false, {});
                Q_EMIT failed(aws::AwsError::local(
                    QStringLiteral("UnexpectedChallenge"),
                    tr("The service no longer asks this user for a new password.")));
                return;
            }
            respondToChallenge(response, newPassword, attributes);
        });
}

void UserFormsController::respondToChallenge(const cognito::AuthResponse &challenge,
                                             const QString &newPassword,
                                             const QList<cognito::Attribute> &attributes)
{
    run(tr("Setting the new password…"),
        m_connection->identityProvider()->respondToNewPasswordRequired(
            appClient(m_challengeClient), challenge.session, challenge.challengeUsername(),
            newPassword, attributes, m_poolId),
        [this](const cognito::AuthResponse &response) {
            setBusy(false, {});
            m_temporaryPassword.clear();
            m_challengeUsername.clear();
            Q_EMIT newPasswordAccepted(response);
        });
}

} // namespace cdesk::gui
