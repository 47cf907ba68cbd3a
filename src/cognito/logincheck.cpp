#include "logincheck.h"

#include "aws/awsjsonclient.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>

#include <memory>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito::LoginCheck", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("cdesk::cognito::LoginCheck", text, nullptr, n);
}

// The service's time: our clock corrected by what the transport learnt from its answers.
QDateTime serviceNow(const IdentityProvider *provider)
{
    return QDateTime::currentDateTimeUtc().addSecs(provider->client()->clockOffsetSeconds());
}

using Severity = LoginFinding::Severity;
using Action = LoginFinding::Action;

LoginFinding finding(const char *code, Severity severity, const QString &message,
                     const QString &fix, Action action = Action::None, const QString &value = {})
{
    LoginFinding f;
    f.code = QString::fromLatin1(code);
    f.severity = severity;
    f.message = message;
    f.fix = fix;
    f.action = action;
    f.actionValue = value;
    return f;
}

bool hasAttribute(const User &user, const QString &name)
{
    for (const Attribute &attribute : user.attributes)
        if (attribute.name == name && !attribute.value.isEmpty())
            return true;
    return false;
}

// The client's flows, with the service's default when none are listed.
QStringList flowsOf(const UserPoolClient &client)
{
    if (!client.explicitAuthFlows.isEmpty())
        return client.explicitAuthFlows;
    return {QStringLiteral("ALLOW_USER_SRP_AUTH"), QStringLiteral("ALLOW_CUSTOM_AUTH"),
            QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")};
}

void checkUser(const LoginCheckInput &input, QList<LoginFinding> &out)
{
    const User &user = *input.user;
    if (!user.enabled)
        out.append(finding("UserDisabled", Severity::Blocker,
                           tr("The user is disabled, so every sign-in is refused."),
                           tr("Enable the user (user enable)."), Action::EnableUser));
    const QString status = user.status;
    if (status == QLatin1String("UNCONFIRMED"))
        out.append(finding("UserUnconfirmed", Severity::Blocker,
                           tr("The user signed up but never confirmed the sign-up."),
                           tr("Confirm the sign-up for them (user confirm), or have them enter "
                              "the code that was sent."),
                           Action::ConfirmSignUp));
    if (status == QLatin1String("RESET_REQUIRED"))
        out.append(finding("PasswordResetRequired", Severity::Blocker,
                           tr("An administrator reset the password: the old one no longer works."),
                           tr("The user chooses a new password with \"Forgot password\" and the "
                              "code that was sent, or you set a new temporary password."),
                           Action::SetTemporaryPassword));
    if (status == QLatin1String("FORCE_CHANGE_PASSWORD")) {
        const int days = input.pool.value(QLatin1String("Policies"))
                             .toObject()
                             .value(QLatin1String("PasswordPolicy"))
                             .toObject()
                             .value(QLatin1String("TemporaryPasswordValidityDays"))
                             .toInt(7);
        const QDateTime expires = user.lastModified.addDays(days);
        if (user.lastModified.isValid() && input.now.isValid() && expires < input.now)
            out.append(finding(
                "TemporaryPasswordExpired", Severity::Blocker,
                (days == 1 ? tr("The temporary password expired on %1: the pool keeps "
                                "temporary passwords for one day.")
                           : trn("The temporary password expired on %1: the pool keeps "
                                 "temporary passwords for %n days.",
                                 days))
                    .arg(expires.toString(Qt::ISODate)),
                tr("Set a new temporary password (user set-password) or send the invitation "
                   "again (user create --resend)."),
                Action::SetTemporaryPassword));
        else
            out.append(finding("PasswordChangeRequired", Severity::Warning,
                               tr("The user has a temporary password and must choose a new one "
                                  "at the first sign-in; the app has to answer the "
                                  "NEW_PASSWORD_REQUIRED challenge."),
                               tr("Tell the user to expect the new-password step, or set a "
                                  "permanent password (user set-password --permanent).")));
    }
    const QString mfa = input.pool.value(QLatin1String("MfaConfiguration")).toString();
    const bool hasMfa = !user.json.value(QLatin1String("UserMFASettingList")).toArray().isEmpty();
    if (mfa == QLatin1String("ON") && !hasMfa)
        out.append(finding("MfaSetupRequired", Severity::Warning,
                           tr("The pool requires MFA and the user has none set up: the sign-in "
                              "asks them to set up a factor first (MFA_SETUP)."),
                           hasAttribute(user, QStringLiteral("phone_number"))
                               ? tr("Make sure the app handles MFA_SETUP, or enable SMS MFA for "
                                    "the user.")
                               : tr("Make sure the app handles MFA_SETUP (an authenticator "
                                    "app), or give the user a phone number for SMS MFA.")));
}

void checkClient(const LoginCheckInput &input, QList<LoginFinding> &out)
{
    const UserPoolClient &client = *input.client;
    const LoginFlow flow = input.request.flow;
    const QStringList flows = flowsOf(client);
    const auto allows = [&flows](std::initializer_list<const char *> names) {
        for (const char *name : names)
            if (flows.contains(QLatin1String(name)))
                return true;
        return false;
    };
    QString needed;
    bool allowed = true;
    switch (flow) {
    case LoginFlow::Password:
        needed = QStringLiteral("ALLOW_USER_PASSWORD_AUTH");
        allowed = allows({"ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"});
        break;
    case LoginFlow::Srp:
        needed = QStringLiteral("ALLOW_USER_SRP_AUTH");
        allowed = allows({"ALLOW_USER_SRP_AUTH"});
        break;
    case LoginFlow::Admin:
        needed = QStringLiteral("ALLOW_ADMIN_USER_PASSWORD_AUTH");
        allowed = allows({"ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"});
        break;
    case LoginFlow::HostedUi:
        break;
    }
    if (!allowed)
        out.append(finding(
            "FlowNotAllowed", Severity::Blocker,
            tr("The app client does not allow the %1 sign-in flow.").arg(loginFlowName(flow)),
            tr("Add %1 to the client's authentication flows.").arg(needed), Action::AddAuthFlow,
            needed));
    if (!client.clientSecret.isEmpty() && flow != LoginFlow::HostedUi)
        out.append(finding("SecretHashRequired", Severity::Warning,
                           tr("The app client has a secret: every sign-in call must carry a "
                              "SECRET_HASH, which a browser or mobile app cannot compute safely."),
                           tr("Give the app the client secret (server-side apps only), or use "
                              "an app client without a secret.")));
    if (flow != LoginFlow::HostedUi)
        return;
    const bool oauthOn = client.allowedOAuthFlowsUserPoolClient &&
                         (client.allowedOAuthFlows.contains(QLatin1String("code")) ||
                          client.allowedOAuthFlows.contains(QLatin1String("implicit")));
    if (!oauthOn)
        out.append(finding("OAuthFlowNotAllowed", Severity::Blocker,
                           tr("The app client does not allow the hosted UI's authorization code "
                              "or implicit grant."),
                           tr("Turn on the authorization code grant (and the Cognito user pool as "
                              "identity provider) in the client's hosted UI settings.")));
    if (!input.request.redirectUri.isEmpty() &&
        !client.callbackUrls.contains(input.request.redirectUri))
        out.append(finding("CallbackUrlNotRegistered", Severity::Blocker,
                           tr("The redirect URI %1 is not one of the client's callback URLs, so "
                              "the hosted UI answers redirect_mismatch.")
                               .arg(input.request.redirectUri),
                           tr("Add %1 to the client's callback URLs, or send one that is "
                              "registered.")
                               .arg(input.request.redirectUri),
                           Action::AddCallbackUrl, input.request.redirectUri));
    // The hosted UI asks for openid (and an app that wants an ID token does too); the scopes
    // only matter once the client allows a grant at all.
    if (oauthOn && !client.allowedOAuthScopes.contains(QLatin1String("openid")))
        out.append(finding("ScopeNotAllowed", Severity::Blocker,
                           client.allowedOAuthScopes.isEmpty()
                               ? tr("The app client allows no OAuth scopes, so every "
                                    "authorization request fails with invalid_scope.")
                               : tr("The app client does not allow the openid scope, so a "
                                    "sign-in that asks for it fails with invalid_scope."),
                           tr("Add openid to the client's allowed OAuth scopes.")));
}

void checkHistory(const LoginCheckInput &input, QList<LoginFinding> &out)
{
    if (!input.authEvents) {
        out.append(finding("SignInHistoryUnavailable", Severity::Info,
                           input.historyUnavailableReason,
                           tr("Turn on advanced security (audit mode) for the pool to keep a "
                              "sign-in history.")));
        return;
    }
    // Failures since the last successful sign-in (the list is newest first).
    int failures = 0;
    QString last;
    for (const QJsonObject &event : *input.authEvents) {
        const QString response = event.value(QLatin1String("EventResponse")).toString();
        if (response == QLatin1String("Pass"))
            break;
        if (response == QLatin1String("Fail")) {
            if (failures == 0)
                last = event.value(QLatin1String("CreationDate")).toVariant().toString();
            ++failures;
        }
    }
    if (failures > 0)
        out.append(finding("RecentFailedSignIns", Severity::Warning,
                           failures == 1
                               ? tr("One sign-in failed since the last successful one.")
                               : trn("%n sign-ins failed since the last successful one.", failures),
                           tr("Check that the user types the right password (or MFA code); a "
                              "password reset (user reset-password) helps if they forgot it.")));
}

} // namespace

std::optional<LoginFlow> loginFlowFromString(const QString &name)
{
    if (name == QLatin1String("password"))
        return LoginFlow::Password;
    if (name == QLatin1String("srp"))
        return LoginFlow::Srp;
    if (name == QLatin1String("admin"))
        return LoginFlow::Admin;
    if (name == QLatin1String("hosted-ui"))
        return LoginFlow::HostedUi;
    return std::nullopt;
}

QString loginFlowName(LoginFlow flow)
{
    switch (flow) {
    case LoginFlow::Password:
        return QStringLiteral("password");
    case LoginFlow::Srp:
        return QStringLiteral("srp");
    case LoginFlow::Admin:
        return QStringLiteral("admin");
    case LoginFlow::HostedUi:
        return QStringLiteral("hosted-ui");
    }
    return {};
}

QString LoginFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return QStringLiteral("blocker");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QJsonObject LoginFinding::toJson() const
{
    return {{QStringLiteral("Code"), code},
            {QStringLiteral("Severity"), severityName(severity)},
            {QStringLiteral("Message"), message},
            {QStringLiteral("Fix"), fix}};
}

bool LoginCheckReport::canSignIn() const
{
    for (const LoginFinding &f : findings)
        if (f.severity == LoginFinding::Severity::Blocker)
            return false;
    return true;
}

QJsonObject LoginCheckReport::toJson() const
{
    QJsonArray list;
    for (const LoginFinding &f : findings)
        list.append(f.toJson());
    return {{QStringLiteral("Username"), username},
            {QStringLiteral("CanSignIn"), canSignIn()},
            {QStringLiteral("Findings"), list}};
}

LoginCheckReport evaluateLogin(const LoginCheckInput &input)
{
    LoginCheckReport report;
    report.username = input.user ? input.user->username : input.request.username;
    if (!input.user)
        report.findings.append(
            finding("UserNotFound", Severity::Blocker,
                    tr("There is no user \"%1\" in the pool.").arg(input.request.username),
                    tr("Check the spelling (in pools that sign in with an email address, use "
                       "the address), or create the user.")));
    else
        checkUser(input, report.findings);
    if (input.client)
        checkClient(input, report.findings);
    else
        report.findings.append(finding("ClientNotChecked", Severity::Info,
                                       tr("No app client was given, so its flows, secret and "
                                          "hosted UI settings were not checked."),
                                       tr("Give the app client the user signs in with.")));
    if (input.user)
        checkHistory(input, report.findings);
    return report;
}

namespace {

struct CheckState
{
    IdentityProvider *provider = nullptr;
    LoginCheckInput input;
    QPromise<aws::Result<LoginCheckReport>> promise;

    void fail(const aws::AwsError &error)
    {
        promise.addResult(aws::Result<LoginCheckReport>(error));
        promise.finish();
    }
    void done()
    {
        promise.addResult(aws::Result<LoginCheckReport>(evaluateLogin(input)));
        promise.finish();
    }
};

bool advancedSecurityOn(const QJsonObject &pool)
{
    const QString mode = pool.value(QLatin1String("UserPoolAddOns"))
                             .toObject()
                             .value(QLatin1String("AdvancedSecurityMode"))
                             .toString();
    return mode == QLatin1String("AUDIT") || mode == QLatin1String("ENFORCED");
}

void readHistory(const std::shared_ptr<CheckState> &state)
{
    if (!state->input.user) {
        state->done();
        return;
    }
    if (!advancedSecurityOn(state->input.pool)) {
        state->input.historyUnavailableReason =
            tr("The pool has no advanced security, so Cognito keeps no sign-in history to look "
               "at.");
        state->done();
        return;
    }
    state->provider
        ->adminListUserAuthEvents(state->input.request.userPoolId, state->input.user->username)
        .then([state](aws::Result<QJsonObject> events) {
            if (!events) {
                state->input.historyUnavailableReason =
                    tr("The sign-in history could not be read: %1").arg(events.error().message);
            } else {
                QList<QJsonObject> list;
                for (const QJsonValue &event :
                     events.value().value(QLatin1String("AuthEvents")).toArray())
                    list.append(event.toObject());
                state->input.authEvents = list;
            }
            state->done();
        });
}

void readClient(const std::shared_ptr<CheckState> &state)
{
    if (state->input.request.clientId.isEmpty()) {
        readHistory(state);
        return;
    }
    state->provider
        ->describeUserPoolClient(state->input.request.userPoolId, state->input.request.clientId)
        .then([state](aws::Result<UserPoolClient> client) {
            if (!client) {
                state->fail(client.error());
                return;
            }
            state->input.client = client.value();
            readHistory(state);
        });
}

} // namespace

QFuture<aws::Result<LoginCheckReport>> checkLogin(IdentityProvider *provider,
                                                  const LoginCheckRequest &request)
{
    auto state = std::make_shared<CheckState>();
    state->provider = provider;
    state->input.request = request;
    state->promise.start();
    auto future = state->promise.future();
    provider->describeUserPool(request.userPoolId).then([state](aws::Result<UserPool> pool) {
        if (!pool) {
            state->fail(pool.error());
            return;
        }
        state->input.pool = pool.value().json;
        // The service's time, so that an expiry is judged by its clock, not ours.
        state->input.now = serviceNow(state->provider);
        state->provider
            ->adminGetUser(state->input.request.userPoolId, state->input.request.username)
            .then([state](aws::Result<User> user) {
                if (user) {
                    state->input.user = user.value();
                } else if (user.error().type != QLatin1String("UserNotFoundException")) {
                    state->fail(user.error());
                    return;
                }
                state->input.now = serviceNow(state->provider);
                readClient(state);
            });
    });
    return future;
}

} // namespace cdesk::cognito
