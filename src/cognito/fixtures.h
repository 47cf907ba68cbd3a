#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdesk::cognito {

// One test user as a fixtures file describes it (docs/fixtures.md):
//     users:
//       - username: alice
//         password: "Example-Pa55!"      # optional: else generated to the pool's policy
//         attributes: {email: alice@example.com, "custom:team": qa}
//         groups: [testers]              # optional: when given, exactly these groups
//         enabled: true                  # optional, default true
//         mfa: totp                      # optional: TOTP enrolled, the secret in the keychain
struct FixtureUser
{
    QString username;
    std::optional<QString> password;
    QList<QPair<QString, QString>> attributes; // in the file's order
    std::optional<QStringList> groups;         // not given: memberships are left alone
    bool enabled = true;
    bool totp = false;
    int line = 0; // 1-based, for messages
};

// Parses a fixtures file, YAML or JSON (JSON is YAML). Errors name the line and the field:
// the type "InvalidFixtures".
aws::Result<QList<FixtureUser>> parseFixtures(const QByteArray &text);

// What the service has for one user, from AdminGetUser and AdminListGroupsForUser.
struct FixtureState
{
    QString status; // UserStatus
    bool enabled = true;
    QHash<QString, QString> attributes;
    QStringList groups;
    QStringList mfaSettings; // UserMFASettingList
};

// What the keychain holds for a fixture user.
struct FixtureSecrets
{
    std::optional<QString> password; // the password fixtures last set
    bool totpSecret = false;
};

// The writes that make the service match one fixture user; none when it already does.
struct FixturePlan
{
    enum class Kind
    {
        Create,
        Update,
        Unchanged,
    };
    Kind kind = Kind::Unchanged;
    QList<QPair<QString, QString>> setAttributes; // AdminUpdateUserAttributes (or the create's)
    QStringList addGroups;
    QStringList removeGroups;
    bool enable = false;
    bool disable = false;
    // AdminSetUserPassword (permanent): new user, unknown or different password, or a status
    // that stops sign-in with it (FORCE_CHANGE_PASSWORD, RESET_REQUIRED).
    bool setPassword = false;
    // TOTP wanted but not enrolled, or enrolled with a secret the keychain lost: turn the old
    // one off first (AdminSetUserMFAPreference), then enrol anew.
    bool disableTotp = false;
    bool enrolTotp = false;
};

// The plan for `user`: `state` is nullopt when the user does not exist. `desiredPassword` is
// the file's password, else the keychain's, else empty (one will be generated).
FixturePlan planFixture(const FixtureUser &user, const std::optional<FixtureState> &state,
                        const FixtureSecrets &secrets);

// The keychain entry of the password fixtures set for `username` in `userPoolId` at
// `endpoint` (SessionKey's: the endpoint override, else "aws:<region>").
QString fixturePasswordKey(const QString &endpoint, const QString &userPoolId,
                           const QString &username);

} // namespace cdesk::cognito
