#include "credentialsprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace cdesk::aws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
}

const QString kMissing = QStringLiteral("MissingCredentials");

AwsError missing(const QString &message)
{
    return AwsError::local(kMissing, message);
}

AwsError invalidConfig(const QString &message)
{
    return AwsError::local(QStringLiteral("InvalidCredentialsConfig"), message);
}

} // namespace

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials)
    : m_credentials(std::move(credentials))
{
    if (m_credentials.source.isEmpty())
        m_credentials.source = QStringLiteral("static");
}

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials, const QString &source)
    : m_credentials(std::move(credentials))
{
    m_credentials.source = source;
}

Result<Credentials> StaticCredentialsProvider::credentials()
{
    if (!m_credentials.isValid())
        return missing(tr("No AWS credentials configured."));
    return m_credentials;
}

EnvironmentCredentialsProvider::EnvironmentCredentialsProvider(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

Result<Credentials> EnvironmentCredentialsProvider::credentials()
{
    Credentials credentials;
    credentials.accessKeyId = m_environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    credentials.secretAccessKey = m_environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    credentials.sessionToken = m_environment.value(QStringLiteral("AWS_SESSION_TOKEN"));
    credentials.source = QStringLiteral("environment");
    if (credentials.accessKeyId.isEmpty() && credentials.secretAccessKey.isEmpty())
        return missing(tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set."));
    if (!credentials.isValid())
        return invalidConfig(
            tr("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set; set both."));
    return credentials;
}

Result<SharedProfile> loadSharedProfile(const QProcessEnvironment &environment,
                                        const QString &profileName)
{
    SharedProfile profile;
    profile.name = profileName;
    if (profile.name.isEmpty())
        profile.name = environment.value(QStringLiteral("AWS_PROFILE"));
    if (profile.name.isEmpty())
        profile.name = environment.value(QStringLiteral("AWS_DEFAULT_PROFILE"));
    if (profile.name.isEmpty())
        profile.name = QStringLiteral("default");
    const SharedFiles files = sharedFileLocations(environment);
    profile.credentialsFile = files.credentialsFile;
    profile.configFile = files.configFile;

    bool credentialsExists = false;
    bool configExists = false;
    const Result<IniFile> credentialsIni = readAwsIni(profile.credentialsFile, &credentialsExists);
    if (!credentialsIni)
        return credentialsIni.forwardError<SharedProfile>();
    const Result<IniFile> configIni = readAwsIni(profile.configFile, &configExists);
    if (!configIni)
        return configIni.forwardError<SharedProfile>();

    const QString configSection = configSectionOf(profile.name);
    QHash<QString, QString> config;
    if (configIni.value().contains(configSection)) {
        config = configIni.value().value(configSection);
        profile.found = true;
    } else if (profile.name == QLatin1String("default") &&
               configIni.value().contains(QStringLiteral("profile default"))) {
        config = configIni.value().value(QStringLiteral("profile default"));
        profile.found = true;
    }
    QHash<QString, QString> keys;
    if (credentialsIni.value().contains(profile.name)) {
        keys = credentialsIni.value().value(profile.name);
        profile.found = true;
    }

    profile.region = config.value(QStringLiteral("region"), keys.value(QStringLiteral("region")));
    const auto pickKeys = [&profile](const QHash<QString, QString> &from, const QString &file) {
        if (!profile.accessKeyId.isEmpty() || !from.contains(QStringLiteral("aws_access_key_id")))
            return;
        profile.accessKeyId = from.value(QStringLiteral("aws_access_key_id"));
        profile.secretAccessKey = from.value(QStringLiteral("aws_secret_access_key"));
        profile.sessionToken = from.value(QStringLiteral("aws_session_token"));
        profile.keysFrom = file;
    };
    pickKeys(keys, profile.credentialsFile);
    pickKeys(config, profile.configFile);
    profile.credentialProcess = config.value(QStringLiteral("credential_process"),
                                             keys.value(QStringLiteral("credential_process")));
    return profile;
}

SharedFileCredentialsProvider::SharedFileCredentialsProvider(QProcessEnvironment environment,
                                                             const QString &profileName)
    : m_environment(std::move(environment))
    , m_profileName(profileName)
{}

Result<Credentials> SharedFileCredentialsProvider::credentials()
{
    const Result<SharedProfile> loaded = loadSharedProfile(m_environment, m_profileName);
    if (!loaded)
        return loaded.forwardError<Credentials>();
    const SharedProfile &profile = loaded.value();
    if (profile.accessKeyId.isEmpty())
        return missing(tr("The profile \"%1\" has no keys in %2 or %3.")
                           .arg(profile.name, profile.credentialsFile, profile.configFile));
    if (profile.secretAccessKey.isEmpty())
        return invalidConfig(tr("%1: the profile \"%2\" has aws_access_key_id but no "
                                "aws_secret_access_key.")
                                 .arg(profile.keysFrom, profile.name));
    Credentials credentials;
    credentials.accessKeyId = profile.accessKeyId;
    credentials.secretAccessKey = profile.secretAccessKey;
    credentials.sessionToken = profile.sessionToken;
    credentials.source =
        (profile.keysFrom == profile.configFile ? QStringLiteral("shared-config-file:")
                                                : QStringLiteral("shared-credentials-file:")) +
        profile.name;
    return credentials;
}

ProcessCredentialsProvider::ProcessCredentialsProvider(QProcessEnvironment environment,
                                                       const QString &profileName,
                                                       const QString &command)
    : m_environment(std::move(environment))
    , m_profileName(profileName)
    , m_command(command)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

Result<Credentials> ProcessCredentialsProvider::credentials()
{
    if (m_cached && (!m_cached->expiration.isValid() ||
                     m_clock().secsTo(m_cached->expiration) > kRefreshMarginSeconds))
        return *m_cached;
    m_cached.reset();

    QString command = m_command;
    QString source = QStringLiteral("credential-process");
    if (command.isEmpty()) {
        const Result<SharedProfile> loaded = loadSharedProfile(m_environment, m_profileName);
        if (!loaded)
            return loaded.forwardError<Credentials>();
        command = loaded.value().credentialProcess;
        source += QLatin1Char(':') + loaded.value().name;
        if (command.isEmpty())
            return missing(
                tr("The profile \"%1\" has no credential_process.").arg(loaded.value().name));
    }
    Result<Credentials> result = run(command, source);
    if (result)
        m_cached = result.value();
    return result;
}

Result<Credentials> ProcessCredentialsProvider::run(const QString &command, const QString &source)
{
    ++m_runs;
    QStringList arguments = QProcess::splitCommand(command);
    if (arguments.isEmpty())
        return invalidConfig(tr("credential_process is empty."));
    const QString program = arguments.takeFirst();
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(m_timeoutMs);
    // The program is named, its arguments are not: they may carry anything.
    if (!finished) {
        process.kill();
        process.waitForFinished(1000);
        if (process.error() == QProcess::FailedToStart)
            return invalidConfig(
                tr("credential_process \"%1\" could not be started.").arg(program));
        return invalidConfig(tr("credential_process \"%1\" did not finish within %2 seconds.")
                                 .arg(program)
                                 .arg(m_timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why = QString::fromUtf8(process.readAllStandardError())
                                .trimmed()
                                .section(QLatin1Char('\n'), 0, 0);
        return invalidConfig(
            tr("credential_process \"%1\" failed (exit code %2)%3")
                .arg(program)
                .arg(process.exitCode())
                .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why.left(200)));
    }
    return parseCredentialProcessOutput(process.readAllStandardOutput(), program, source,
                                        m_clock());
}

Result<Credentials> parseCredentialProcessOutput(const QByteArray &output, const QString &program,
                                                 const QString &source, const QDateTime &now)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    const QJsonObject object = document.object();
    const auto fail = [&program](const QString &why) {
        return invalidConfig(tr("credential_process \"%1\" printed %2").arg(program, why));
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("something that is not a JSON object."));
    if (object.value(QLatin1String("Version")).toInt(-1) != 1)
        return fail(tr("an unsupported Version (1 is required)."));
    Credentials credentials;
    credentials.accessKeyId = object.value(QLatin1String("AccessKeyId")).toString();
    credentials.secretAccessKey = object.value(QLatin1String("SecretAccessKey")).toString();
    credentials.sessionToken = object.value(QLatin1String("SessionToken")).toString();
    credentials.source = source;
    if (!credentials.isValid())
        return fail(tr("no AccessKeyId or no SecretAccessKey."));
    const QJsonValue expiration = object.value(QLatin1String("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        credentials.expiration = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs);
        if (!credentials.expiration.isValid())
            return fail(tr("an Expiration that is not an ISO 8601 time."));
        if (now.secsTo(credentials.expiration) <= 0)
            return fail(tr("credentials that have already expired."));
    }
    return credentials;
}

CredentialsChain::CredentialsChain(std::vector<Link> links)
    : m_links(std::move(links))
{}

Result<Credentials> CredentialsChain::credentials()
{
    QStringList tried;
    for (const Link &link : m_links) {
        Result<Credentials> result = link.provider->credentials();
        if (result) {
            m_lastSource = result.value().source;
            return result;
        }
        if (result.error().type != kMissing)
            return result; // configured but broken: never fall through to someone else
        tried.append(link.name);
    }
    m_lastSource.clear();
    return missing(tr("No AWS credentials found (looked at: %1). Set AWS_ACCESS_KEY_ID and "
                      "AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/credentials.")
                       .arg(tried.join(QLatin1String(", "))));
}

std::shared_ptr<CredentialsChain>
defaultCredentialsChain(std::shared_ptr<CredentialsProvider> profileKeys,
                        const QProcessEnvironment &environment, const QString &awsProfile)
{
    std::vector<CredentialsChain::Link> links;
    if (profileKeys)
        links.push_back({QStringLiteral("profile"), std::move(profileKeys)});
    links.push_back({QStringLiteral("environment"),
                     std::make_shared<EnvironmentCredentialsProvider>(environment)});
    links.push_back({QStringLiteral("shared files"),
                     std::make_shared<SharedFileCredentialsProvider>(environment, awsProfile)});
    links.push_back({QStringLiteral("credential_process"),
                     std::make_shared<ProcessCredentialsProvider>(environment, awsProfile)});
    return std::make_shared<CredentialsChain>(std::move(links));
}

} // namespace cdesk::aws
