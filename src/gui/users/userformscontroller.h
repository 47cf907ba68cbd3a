#pragma once

#include "aws/awserror.h"
#include "aws/result.h"
#include "cognito/secrethash.h"
#include "cognito/types.h"
#include "gui/users/poolprofile.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui {

// Runs the user forms' operations against one pool and reports busy, failed or the result.
// Dialogs only collect input and show this state; one operation at a time.
class UserFormsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFormsController)

public:
    UserFormsController(std::shared_ptr<cognito::Connection> connection, const QString &poolId,
                        QObject *parent = nullptr);
    ~UserFormsController() override;

    QString poolId() const { return m_poolId; }
    bool isBusy() const { return m_busy; }
    // What is running, for the busy indicator; empty when idle.
    QString activity() const { return m_activity; }

    // DescribeUserPool → poolLoaded.
    void loadPool();
    // ListUserPoolClients, then DescribeUserPoolClient for each (for the secret and the auth
    // flows) → clientsLoaded.
    void loadClients();

    // AdminCreateUser → userCreated.
    void createUser(const cognito::CreateUserRequest &request);
    // AdminSetUserPassword → passwordSet.
    void setPassword(const QString &username, const QString &password, bool permanent);
    // AdminConfirmSignUp → signUpConfirmed.
    void adminConfirmSignUp(const QString &username);
    // SignUp as `client` (SECRET_HASH when it has a secret) → signedUp.
    void signUp(const cognito::UserPoolClient &client, const QString &username,
                const QString &password, const QList<cognito::Attribute> &attributes);
    // ConfirmSignUp with the code the user received → signUpConfirmed.
    void confirmSignUp(const cognito::UserPoolClient &client, const QString &username,
                       const QString &code);
    // ResendConfirmationCode → codeResent with CodeDeliveryDetails.
    void resendConfirmationCode(const cognito::UserPoolClient &client, const QString &username);
    // AdminInitiateAuth (ADMIN_USER_PASSWORD_AUTH) with the temporary password → challenged,
    // or failed when the answer is not NEW_PASSWORD_REQUIRED.
    void startNewPasswordChallenge(const cognito::UserPoolClient &client, const QString &username,
                                   const QString &temporaryPassword);
    // AdminRespondToAuthChallenge to the challenge startNewPasswordChallenge received
    // → newPasswordAccepted.
    void answerNewPasswordChallenge(const QString &newPassword,
                                    const QList<cognito::Attribute> &attributes);

    // Stops waiting for the running operation and reports it as canceled. The service may
    // still carry out a request that had already reached it.
    void cancel();

    static bool allowsAdminPasswordAuth(const cognito::UserPoolClient &client);

Q_SIGNALS:
    void busyChanged(bool busy);
    void failed(const cdesk::aws::AwsError &error);
    void poolLoaded(const cdesk::gui::PoolProfile &pool);
    void clientsLoaded(const QList<cdesk::cognito::UserPoolClient> &clients);
    void userCreated(const cdesk::cognito::User &user);
    void passwordSet();
    void signUpConfirmed();
    void signedUp(const cdesk::cognito::SignUpResult &result);
    void codeResent(const QJsonObject &codeDeliveryDetails);
    void challenged(const cdesk::cognito::AuthResponse &response);
    void newPasswordAccepted(const cdesk::cognito::AuthResponse &response);

private:
    template <typename T, typename OnValue>
    void run(const QString &activity, QFuture<aws::Result<T>> future, OnValue onValue);
    void setBusy(bool busy, const QString &activity);
    void describeClients(QList<cognito::UserPoolClientDescription> pending,
                         QList<cognito::UserPoolClient> done);
    void respondToChallenge(const cognito::AuthResponse &challenge, const QString &newPassword,
                            const QList<cognito::Attribute> &attributes);
    static cognito::AppClient appClient(const cognito::UserPoolClient &client);

    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    bool m_busy = false;
    QString m_activity;
    // Bumped by every start and by cancel(): a reply for an older generation is dropped.
    quint64 m_generation = 0;
    std::function<void()> m_cancelRunning;
    // The NEW_PASSWORD_REQUIRED challenge being answered.
    cognito::UserPoolClient m_challengeClient;
    cognito::AuthResponse m_challenge; // empty once answered: sessions are single-use
    QString m_challengeUsername;
    QString m_temporaryPassword;
};

} // namespace cdesk::gui
