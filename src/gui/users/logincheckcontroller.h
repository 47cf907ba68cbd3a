#pragma once

#include "aws/awserror.h"
#include "cognito/logincheck.h"
#include "cognito/types.h"

#include <QObject>

#include <memory>

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui {

// "Why can't this user sign in?": runs the core's login checker and the one-call fixes of
// its findings (enable the user, confirm the sign-up, add a flow or a callback URL to the
// client) against one pool. One operation at a time.
class LoginCheckController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginCheckController)

public:
    LoginCheckController(std::shared_ptr<cognito::Connection> connection, const QString &poolId,
                         QObject *parent = nullptr);
    ~LoginCheckController() override;

    bool isBusy() const { return m_busy; }
    // Whether the app can carry out `finding`'s fix in one call.
    static bool canFix(const cognito::LoginFinding &finding);

    // ListUserPoolClients (the first 60) → clientsLoaded.
    void loadClients();
    // The checker → checked.
    void check(const cognito::LoginCheckRequest &request);
    // The finding's one-call fix → fixed.
    void fix(const cognito::LoginCheckRequest &request, const cognito::LoginFinding &finding);

Q_SIGNALS:
    void busyChanged(bool busy);
    void failed(const cdesk::aws::AwsError &error);
    void clientsLoaded(const QList<cdesk::cognito::UserPoolClientDescription> &clients);
    void checked(const cdesk::cognito::LoginCheckReport &report);
    void fixed();

private:
    void setBusy(bool busy);
    void updateClient(const QString &clientId, const cognito::LoginFinding &finding);

    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId;
    bool m_busy = false;
};

} // namespace cdesk::gui
