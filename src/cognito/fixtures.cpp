#include "cognito/fixtures.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace cdesk::cognito {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::cognito", text);
}

aws::AwsError invalid(int line, const QString &message)
{
    return aws::AwsError::local(QStringLiteral("InvalidFixtures"),
                                tr("Line %1: %2").arg(line).arg(message));
}

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().line + 1;
}

// "true"/"false" in any case, as YAML and JSON write them.
std::optional<bool> boolean(const YAML::Node &node)
{
    if (!node.IsScalar())
        return std::nullopt;
    const QString value = text(node).toLower();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

aws::Result<FixtureUser> parseUser(const YAML::Node &node)
{
    FixtureUser user;
    user.line = lineOf(node);
    if (!node.IsMap())
        return invalid(user.line, tr("a user is a mapping with at least a username."));
    static const QStringList known{QStringLiteral("username"),   QStringLiteral("password"),
                                   QStringLiteral("attributes"), QStringLiteral("groups"),
                                   QStringLiteral("enabled"),    QStringLiteral("mfa"),
                                   QStringLiteral("confirmed")};
    for (const auto &entry : node) {
        const QString key = text(entry.first);
        if (!known.contains(key))
            return invalid(
                lineOf(entry.first),
                tr("unknown field \"%1\" (known: %2).").arg(key, known.join(QLatin1String(", "))));
    }
    const YAML::Node username = node["username"];
    if (!username || !username.IsScalar() || text(username).trimmed().isEmpty())
        return invalid(user.line, tr("a user needs a username."));
    user.username = text(username).trimmed();
    if (const YAML::Node password = node["password"]) {
        if (!password.IsScalar() || text(password).isEmpty())
            return invalid(lineOf(password), tr("password is a non-empty string."));
        user.password = text(password);
    }
    if (const YAML::Node attributes = node["attributes"]) {
        if (!attributes.IsMap())
            return invalid(lineOf(attributes), tr("attributes is a mapping of name: value."));
        for (const auto &entry : attributes) {
            const QString name = text(entry.first);
            if (!entry.second.IsScalar())
                return invalid(lineOf(entry.second),
                               tr("the value of attribute \"%1\" is a string.").arg(name));
            if (name == QLatin1String("sub"))
                return invalid(lineOf(entry.first), tr("sub is the service's; it cannot be set."));
            user.attributes.append({name, text(entry.second)});
        }
    }
    if (const YAML::Node groups = node["groups"]) {
        if (!groups.IsSequence())
            return invalid(lineOf(groups), tr("groups is a list of group names."));
        QStringList names;
        for (const YAML::Node &group : groups) {
            if (!group.IsScalar() || text(group).isEmpty())
                return invalid(lineOf(group), tr("a group name is a non-empty string."));
            if (!names.contains(text(group)))
                names.append(text(group));
        }
        user.groups = names;
    }
    if (const YAML::Node enabled = node["enabled"]) {
        const auto value = boolean(enabled);
        if (!value)
            return invalid(lineOf(enabled), tr("enabled is true or false."));
        user.enabled = *value;
    }
    if (const YAML::Node confirmed = node["confirmed"]) {
        // Fixtures make users who can sign in: confirmed is the only state they make.
        const auto value = boolean(confirmed);
        if (!value || !*value)
            return invalid(lineOf(confirmed),
                           tr("confirmed can only be true: fixture users are confirmed users "
                              "with a permanent password."));
    }
    if (const YAML::Node mfa = node["mfa"]) {
        const QString value = mfa.IsScalar() ? text(mfa).toLower() : QString();
        if (value != QLatin1String("totp") && value != QLatin1String("none"))
            return invalid(lineOf(mfa), tr("mfa is totp or none."));
        user.totp = value == QLatin1String("totp");
    }
    return user;
}

} // namespace

aws::Result<QList<FixtureUser>> parseFixtures(const QByteArray &bytes)
{
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return invalid(e.mark.line + 1, QString::fromStdString(e.msg));
    }
    if (!root.IsMap() || !root["users"])
        return invalid(1, tr("a fixtures file is a mapping with a \"users\" list."));
    const YAML::Node users = root["users"];
    if (!users.IsSequence())
        return invalid(lineOf(users), tr("users is a list."));
    QList<FixtureUser> out;
    QHash<QString, int> seen;
    try {
        for (const YAML::Node &node : users) {
            auto user = parseUser(node);
            if (!user)
                return user.error();
            if (seen.contains(user.value().username))
                return invalid(user.value().line, tr("%1 is already listed on line %2.")
                                                      .arg(user.value().username)
                                                      .arg(seen.value(user.value().username)));
            seen.insert(user.value().username, user.value().line);
            out.append(user.value());
        }
    } catch (const YAML::Exception &e) {
        return invalid(e.mark.line + 1, QString::fromStdString(e.msg));
    }
    return out;
}

FixturePlan planFixture(const FixtureUser &user, const std::optional<FixtureState> &state,
                        const FixtureSecrets &secrets)
{
    FixturePlan plan;
    if (!state) {
        plan.kind = FixturePlan::Kind::Create;
        plan.setAttributes = user.attributes;
        plan.addGroups = user.groups.value_or(QStringList());
        plan.disable = !user.enabled;
        plan.setPassword = true;
        plan.enrolTotp = user.totp;
        return plan;
    }
    for (const auto &[name, value] : user.attributes)
        if (!state->attributes.contains(name) || state->attributes.value(name) != value)
            plan.setAttributes.append({name, value});
    if (user.groups) {
        for (const QString &group : *user.groups)
            if (!state->groups.contains(group))
                plan.addGroups.append(group);
        for (const QString &group : state->groups)
            if (!user.groups->contains(group))
                plan.removeGroups.append(group);
    }
    plan.enable = user.enabled && !state->enabled;
    plan.disable = !user.enabled && state->enabled;
    const bool passwordKnown =
        secrets.password && (!user.password || *user.password == *secrets.password);
    plan.setPassword = !passwordKnown || state->status == QLatin1String("FORCE_CHANGE_PASSWORD") ||
                       state->status == QLatin1String("RESET_REQUIRED");
    const bool totpEnrolled = state->mfaSettings.contains(QLatin1String("SOFTWARE_TOKEN_MFA"));
    if (user.totp && !(totpEnrolled && secrets.totpSecret)) {
        plan.disableTotp = totpEnrolled;
        plan.enrolTotp = true;
    }
    const bool changes = !plan.setAttributes.isEmpty() || !plan.addGroups.isEmpty() ||
                         !plan.removeGroups.isEmpty() || plan.enable || plan.disable ||
                         plan.setPassword || plan.enrolTotp;
    plan.kind = changes ? FixturePlan::Kind::Update : FixturePlan::Kind::Unchanged;
    return plan;
}

QString fixturePasswordKey(const QString &endpoint, const QString &userPoolId,
                           const QString &username)
{
    return QStringLiteral("fixture-password/%1/%2/%3").arg(endpoint, userPoolId, username);
}

} // namespace cdesk::cognito
