#include "logincheckcontroller.h"

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"

namespace cdesk::gui {

using cognito::LoginFinding;

LoginCheckController::LoginCheckController(std::shared_ptr<cognito::Connection> connection,
                                           const QString &poolId, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_poolId(poolId)
{}

LoginCheckController::~LoginCheckController() = default;

bool LoginCheckController::canFix(const LoginFinding &finding)
{
    switch (finding.action) {
    case LoginFinding::Action::EnableUser:
    case LoginFinding::Action::ConfirmSignUp:
    case LoginFinding::Action::AddAuthFlow:
    case LoginFinding::Action::AddCallbackUrl:
        return true;
    case LoginFinding::Action::SetTemporaryPassword: // a password to choose: the Set Password form
    case LoginFinding::Action::None:
        return false;
    }
    return false;
}

void LoginCheckController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void LoginCheckController::loadClients()
{
    setBusy(true);
    aws::whenFinished(
        m_connection->identityProvider()->listUserPoolClients(m_poolId, 60), this,
        [this](const aws::Result<cognito::Page<cognito::UserPoolClientDescription>> &page) {
            setBusy(false);
            if (!page) {
                Q_EMIT failed(page.error());
                return;
            }
            Q_EMIT clientsLoaded(page.value().items);
        });
}

void LoginCheckController::check(const cognito::LoginCheckRequest &request)
{
    setBusy(true);
    aws::whenFinished(cognito::checkLogin(m_connection->identityProvider(), request), this,
                      [this](const aws::Result<cognito::LoginCheckReport> &report) {
                          setBusy(false);
                          if (!report) {
                              Q_EMIT failed(report.error());
                              return;
                          }
                          Q_EMIT checked(report.value());
                      });
}

void LoginCheckController::fix(const cognito::LoginCheckRequest &request,
                               const LoginFinding &finding)
{
    if (!canFix(finding))
        return;
    auto *idp = m_connection->identityProvider();
    const auto done = [this](const aws::Result<aws::Empty> &result) {
        setBusy(false);
        if (!result) {
            Q_EMIT failed(result.error());
            return;
        }
        Q_EMIT fixed();
    };
    setBusy(true);
    switch (finding.action) {
    case LoginFinding::Action::EnableUser:
        aws::whenFinished(idp->adminEnableUser(m_poolId, request.username), this, done);
        return;
    case LoginFinding::Action::ConfirmSignUp:
        aws::whenFinished(idp->adminConfirmSignUp(m_poolId, request.username), this, done);
        return;
    case LoginFinding::Action::AddAuthFlow:
    case LoginFinding::Action::AddCallbackUrl:
        updateClient(request.clientId, finding);
        return;
    case LoginFinding::Action::SetTemporaryPassword:
    case LoginFinding::Action::None:
        break;
    }
    setBusy(false);
}

void LoginCheckController::updateClient(const QString &clientId, const LoginFinding &finding)
{
    // UpdateUserPoolClient takes the whole configuration: the freshly described client with
    // the one value added.
    aws::whenFinished(m_connection->identityProvider()->describeUserPoolClient(m_poolId, clientId),
                      this, [this, finding](const aws::Result<cognito::UserPoolClient> &described) {
                          if (!described) {
                              setBusy(false);
                              Q_EMIT failed(described.error());
                              return;
                          }
                          cognito::UserPoolClient client = described.value();
                          QStringList &list = finding.action == LoginFinding::Action::AddAuthFlow
                                                  ? client.explicitAuthFlows
                                                  : client.callbackUrls;
                          if (!list.contains(finding.actionValue))
                              list.append(finding.actionValue);
                          aws::whenFinished(
                              m_connection->identityProvider()->updateUserPoolClient(client), this,
                              [this](const aws::Result<cognito::UserPoolClient> &updated) {
                                  setBusy(false);
                                  if (!updated) {
                                      Q_EMIT failed(updated.error());
                                      return;
                                  }
                                  Q_EMIT fixed();
                              });
                      });
}

} // namespace cdesk::gui
