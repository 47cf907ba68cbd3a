#pragma once

#include "aws/result.h"
#include "cognito/types.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cdesk::cognito {

class IdentityProvider;

// "Why can't this user sign in?": reads the user (AdminGetUser), the pool
// (DescribeUserPool), the app client (DescribeUserPoolClient) and, where the pool has
// advanced security, the sign-in history (AdminListUserAuthEvents), and says what stands in
// the way. It never signs in as the user and never changes anything.

enum class LoginFlow
{
    Password, // USER_PASSWORD_AUTH
    Srp,      // USER_SRP_AUTH
    Admin,    // ADMIN_USER_PASSWORD_AUTH
    HostedUi, // the hosted UI (OAuth 2.0 authorization code or implicit grant)
};
std::optional<LoginFlow> loginFlowFromString(const QString &name); // password|srp|admin|hosted-ui
QString loginFlowName(LoginFlow flow);

struct LoginFinding
{
    enum class Severity
    {
        Blocker, // sign-in fails until this is fixed
        Warning, // sign-in may fail, or asks something of the user or the app
        Info,
    };
    // The one-call fixes the app can offer as a button (None: the fix is not one call).
    enum class Action
    {
        None,
        EnableUser,           // AdminEnableUser
        ConfirmSignUp,        // AdminConfirmSignUp
        SetTemporaryPassword, // AdminSetUserPassword with a new temporary password
        AddAuthFlow,          // UpdateUserPoolClient with actionValue added to the flows
        AddCallbackUrl,       // UpdateUserPoolClient with actionValue added to the URLs
    };

    QString code; // UserNotFound, UserDisabled, ... (the contract's names)
    Severity severity = Severity::Info;
    QString message; // one plain sentence
    QString fix;     // what to do
    Action action = Action::None;
    QString actionValue;

    static QString severityName(Severity severity); // blocker, warning, info
    QJsonObject toJson() const;                     // {"Code", "Severity", "Message", "Fix"}
};

struct LoginCheckRequest
{
    QString userPoolId;
    QString username;
    QString clientId; // empty: the client is not checked
    LoginFlow flow = LoginFlow::Password;
    QString redirectUri; // hosted UI: the redirect_uri the app sends
};

// What the checker read; the evaluation is pure so that it can be tested on its own.
struct LoginCheckInput
{
    LoginCheckRequest request;
    std::optional<User> user; // nullopt: UserNotFoundException
    QJsonObject pool;         // DescribeUserPool's UserPool
    std::optional<UserPoolClient> client;
    // The sign-in history, newest first; nullopt: unavailable (historyUnavailableReason).
    std::optional<QList<QJsonObject>> authEvents;
    QString historyUnavailableReason;
    QDateTime now; // the service's time (the transport's corrected clock)
};

struct LoginCheckReport
{
    QString username;
    QList<LoginFinding> findings;

    bool canSignIn() const;     // no blocker
    QJsonObject toJson() const; // {"Username", "CanSignIn", "Findings"}
};

LoginCheckReport evaluateLogin(const LoginCheckInput &input);

// Reads what evaluateLogin needs and evaluates it. Fails only when the pool or the client
// cannot be read (a user who is not there is a finding, not an error).
QFuture<aws::Result<LoginCheckReport>> checkLogin(IdentityProvider *provider,
                                                  const LoginCheckRequest &request);

} // namespace cdesk::cognito
