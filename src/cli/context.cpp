#include "context.h"

#include "aws/credentialsprovider.h"
#include "aws/future.h"
#include "cli/text.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "cognito/importrole.h"
#include "cognito/secrethash.h"
#include "cognito/types.h"
#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QProcessEnvironment>

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace cdesk::cli {

namespace {
// Turns the terminal's echo off while a secret is typed, and back on afterwards: on
// return, and on the signals that end or stop the program (Ctrl-C, Ctrl-Z, Ctrl-Backslash, kill,
// a closed terminal), whose handlers restore the terminal and then let the signal act.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
        if (!isatty(fd) || tcgetattr(fd, &s_saved) != 0)
            return;
        s_fd = fd;
        struct sigaction action = {};
        action.sa_handler = &EchoOff::onSignal;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < SignalCount; ++i)
            sigaction(Signals[i], &action, &m_previous[i]);
        termios quiet = s_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
        if (tcsetattr(fd, TCSANOW, &quiet) != 0) {
            restore();
            return;
        }
        m_active = true;
    }
    ~EchoOff() { restore(); }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

    bool active() const { return m_active; }

private:
    static constexpr int SignalCount = 5;
    static constexpr int Signals[SignalCount] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

    void restore()
    {
        if (s_fd < 0)
            return;
        tcsetattr(s_fd, TCSANOW, &s_saved);
        for (int i = 0; i < SignalCount; ++i)
            sigaction(Signals[i], &m_previous[i], nullptr);
        s_fd = -1;
        m_active = false;
    }

    // Async-signal-safe: tcsetattr, signal and raise only.
    static void onSignal(int signalNumber)
    {
        if (s_fd >= 0)
            tcsetattr(s_fd, TCSANOW, &s_saved);
        signal(signalNumber, SIG_DFL);
        raise(signalNumber);
    }

    static inline volatile sig_atomic_t s_fd = -1;
    static inline termios s_saved = {};
    struct sigaction m_previous[SignalCount] = {};
    bool m_active = false;
};

} // namespace

ExitCode exitCodeFor(const aws::AwsError &error)
{
    // A token that failed verification (the hosted UI's tokens), as for token verify.
    if (error.type == QLatin1String("TokenRejected") ||
        error.type == QLatin1String("NonceMismatch"))
        return VerificationFailed;
    switch (error.kind) {
    case aws::ErrorKind::Service:
    case aws::ErrorKind::Protocol:
        return ServiceError;
    case aws::ErrorKind::Network:
    case aws::ErrorKind::Timeout:
    case aws::ErrorKind::Canceled:
        return LocalError;
    case aws::ErrorKind::Local:
        break;
    }
    // Refused before sending: a bad endpoint or region is the caller's usage error,
    // missing credentials or an unreadable file a local problem.
    if (error.type == QLatin1String("InvalidEndpoint") ||
        error.type == QLatin1String("InsecureEndpoint") ||
        error.type == QLatin1String("MissingRegion") ||
        error.type == QLatin1String("InvalidParameter"))
        return UsageError;
    return LocalError;
}

void resolveConnection(GlobalOptions *options, const QString &profile,
                       const std::optional<QString> &region,
                       const std::optional<QString> &endpointUrl)
{
    options->profile = profile;
    options->cognitoProfile.reset();
    options->awsProfile.clear();
    if (!profile.isEmpty()) {
        secrets::ProfileStore store;
        options->cognitoProfile = store.load(profile);
        if (!options->cognitoProfile)
            options->awsProfile = profile;
    }
    // A value given as an option wins; then the chosen Cognito Desk profile (picked on
    // purpose); then the environment; then, for the region, the AWS CLI profile's config.
    const auto pick = [&](const std::optional<QString> &option, QString secrets::Profile::*field,
                          const QString &fromEnvironment) {
        if (option)
            return *option;
        if (options->cognitoProfile && !((*options->cognitoProfile).*field).isEmpty())
            return (*options->cognitoProfile).*field;
        return fromEnvironment;
    };
    options->region = pick(region, &secrets::Profile::region, cognito::regionFromEnvironment());
    if (options->region.isEmpty()) {
        const auto shared =
            aws::loadSharedProfile(QProcessEnvironment::systemEnvironment(), options->awsProfile);
        if (shared)
            options->region = shared.value().region;
    }
    options->endpointUrl = pick(endpointUrl, &secrets::Profile::endpointUrl,
                                cognito::endpointUrlFromEnvironment().toString());
}

Context::Context(GlobalOptions globals, QIODevice *input, QTextStream &out, QTextStream &err)
    : m_globals(std::move(globals))
    , m_input(input)
    , m_out(out)
    , m_err(err)
{}

Context::~Context()
{
    for (const QString &warning : std::as_const(m_warnings))
        m_err << warning << '\n';
    m_err.flush();
}

void Context::warnAfterward(const QString &message)
{
    m_warnings.append(message);
}

cognito::IdentityProvider *Context::identityProvider(int *exitCode)
{
    if (!m_connection)
        m_connection = openConnection(m_globals, exitCode);
    return m_connection ? m_connection->identityProvider() : nullptr;
}

cognito::IdentityProvider *Context::identityProvider(const GlobalOptions &options, int *exitCode)
{
    auto connection = openConnection(options, exitCode);
    if (!connection)
        return nullptr;
    m_otherConnections.push_back(connection);
    return connection->identityProvider();
}

std::shared_ptr<cognito::Connection> Context::openConnection(const GlobalOptions &options,
                                                             int *exitCode)
{
    cognito::ConnectionSettings settings;
    settings.region = options.region;
    settings.profileName = options.profile;
    settings.endpointUrl =
        options.endpointUrl.isEmpty() ? QUrl() : QUrl(options.endpointUrl, QUrl::StrictMode);
    // A Cognito Desk profile's own keys come first (from the keychain), then the
    // standard chain: environment, the AWS CLI profile's files, credential_process.
    std::shared_ptr<aws::CredentialsProvider> profileKeys;
    const auto &profile = options.cognitoProfile;
    if (profile && !profile->accessKeyId.isEmpty() && profile->secretAccessKeyStored) {
        const auto secret = keychainSecret(profile->secretAccessKeyEntry(), exitCode);
        if (!secret)
            return nullptr;
        aws::Credentials credentials;
        credentials.accessKeyId = profile->accessKeyId;
        credentials.secretAccessKey = *secret;
        profileKeys = std::make_shared<aws::StaticCredentialsProvider>(
            credentials, QStringLiteral("profile %1 (keychain)").arg(profile->name));
    }
    QString awsProfile = options.awsProfile;
    if (profile && awsProfile.isEmpty())
        awsProfile = profile->awsProfile;
    settings.credentials = aws::defaultCredentialsChain(
        profileKeys, QProcessEnvironment::systemEnvironment(), awsProfile);
    auto connection = cognito::Connection::open(settings);
    if (!connection) {
        *exitCode = fail(connection.error());
        return nullptr;
    }
    return connection.value();
}

cognito::ImportRoleService *Context::importRoles(int *exitCode)
{
    if (!identityProvider(exitCode))
        return nullptr;
    const auto service = m_connection->importRoles();
    if (!service) {
        *exitCode = fail(service.error());
        return nullptr;
    }
    return service.value();
}

cognito::IdentityPools *Context::identityPools(const QString &region, int *exitCode)
{
    if (!identityProvider(exitCode))
        return nullptr;
    const auto pools = m_connection->identityPools(region);
    if (!pools) {
        *exitCode = fail(pools.error());
        return nullptr;
    }
    return pools.value();
}

std::optional<QString> Context::userPoolId(int *exitCode)
{
    if (m_globals.userPoolId.isEmpty()) {
        *exitCode = usageError(tr("This command needs a user pool: give --user-pool-id or set "
                                  "COGNITO_DESK_USER_POOL_ID."));
        return std::nullopt;
    }
    return m_globals.userPoolId;
}

std::optional<QString> Context::stdinSecret(const ParsedArguments &arguments, const QString &option,
                                            int *exitCode)
{
    const QStringList order = arguments.stdinOptions();
    const qsizetype position = order.indexOf(option);
    if (position < 0) {
        *exitCode = usageError(tr("--%1 is required.").arg(option));
        return std::nullopt;
    }
    if (!m_stdinLines) {
        m_stdinLines = QStringList();
        // Typed at a terminal: no echo, and a prompt (on stderr) naming what is asked for.
        const auto *file = qobject_cast<QFile *>(m_input);
        const int fd = file && file->isOpen() ? file->handle() : -1;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (!m_input || !m_input->isOpen())
                break;
            EchoOff echoOff(fd);
            if (echoOff.active()) {
                m_err << QStringLiteral("--%1: ").arg(order.at(i));
                m_err.flush();
            }
            QByteArray line = m_input->readLine();
            if (line.isEmpty() && m_input->atEnd())
                break;
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            m_stdinLines->append(QString::fromUtf8(line));
        }
    }
    if (position >= m_stdinLines->size()) {
        *exitCode = usageError(
            tr("--%1 expects a line on standard input, but it ended first.").arg(option));
        return std::nullopt;
    }
    return m_stdinLines->at(position);
}

std::optional<cognito::AppClient> Context::appClient(const ParsedArguments &arguments,
                                                     int *exitCode)
{
    if (m_globals.clientId.isEmpty()) {
        *exitCode = usageError(tr("This command needs an app client: give --client-id or set "
                                  "COGNITO_DESK_CLIENT_ID."));
        return std::nullopt;
    }
    cognito::AppClient client;
    client.clientId = m_globals.clientId;
    if (arguments.isSet(QStringLiteral("client-secret-stdin"))) {
        const auto secret = stdinSecret(arguments, QStringLiteral("client-secret-stdin"), exitCode);
        if (!secret)
            return std::nullopt;
        client.clientSecret = *secret;
    } else if (const auto &profile = m_globals.cognitoProfile;
               profile && profile->clientSecretStored && profile->clientId == client.clientId) {
        const auto secret = keychainSecret(profile->clientSecretEntry(), exitCode);
        if (!secret)
            return std::nullopt;
        client.clientSecret = *secret;
    }
    return client;
}

std::optional<QString> Context::keychainSecret(const QString &entry, int *exitCode)
{
    secrets::KeychainStore store;
    const secrets::SecretResult result = aws::await(store.read(entry));
    if (!result.ok()) {
        *exitCode = localError(secrets::describe(result));
        return std::nullopt;
    }
    return result.value;
}

int Context::print(const QJsonObject &response, const TableSpec &table)
{
    if (m_globals.output == OutputFormat::Table)
        writeTable(m_out, response, table);
    else
        writeJson(m_out, response);
    return Success;
}

int Context::printEmpty()
{
    return print(QJsonObject());
}

int Context::printAuth(const cognito::AuthResponse &response)
{
    if (!response.isChallenge())
        return print(response.json, TableSpec::details(QStringLiteral("AuthenticationResult")));
    print(QJsonObject{{QStringLiteral("ChallengeName"), response.challengeName},
                      {QStringLiteral("Session"), response.session},
                      {QStringLiteral("ChallengeParameters"), response.challengeParameters}});
    return ChallengePending;
}

int Context::fail(const aws::AwsError &error)
{
    m_err << error.toString() << '\n';
    if (m_globals.verbose && !error.requestId.isEmpty())
        m_err << tr("request id: %1, attempts: %2").arg(error.requestId).arg(error.attempts)
              << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int Context::usageError(const QString &message)
{
    m_err << message << '\n' << tr("Run 'cognito-desk-cli --help' for usage.") << '\n';
    m_err.flush();
    return UsageError;
}

int Context::localError(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return LocalError;
}

} // namespace cdesk::cli
