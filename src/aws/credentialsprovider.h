#pragma once

#include "credentials.h"
#include "result.h"
#include "sharedfiles.h"

#include <QDateTime>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cdesk::aws {

// Supplies credentials for signing. Implementations may cache and refresh.
//
// A link that is simply not configured (no variables, no such profile) answers an error
// of type "MissingCredentials"; the chain then asks the next link. Any other error (a
// malformed file, a failing credential_process) is a configured link that is broken: the
// chain stops there and reports it, as the AWS SDKs do, rather than silently signing as
// someone else.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider() = default;
    virtual Result<Credentials> credentials() = 0;
};

using Clock = std::function<QDateTime()>;

// Fixed credentials: a Cognito Desk profile's keys read from the keychain by the caller,
// or a test's. `source` says where they came from (e.g. "profile:prod").
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    explicit StaticCredentialsProvider(Credentials credentials);
    StaticCredentialsProvider(Credentials credentials, const QString &source);
    Result<Credentials> credentials() override;

private:
    Credentials m_credentials;
};

// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN.
class EnvironmentCredentialsProvider final : public CredentialsProvider
{
public:
    explicit EnvironmentCredentialsProvider(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    Result<Credentials> credentials() override;

private:
    QProcessEnvironment m_environment;
};

// One profile of ~/.aws/credentials and ~/.aws/config, merged as the AWS CLI does
// (the credentials file wins for keys). Files and profile name follow AWS_PROFILE (else
// AWS_DEFAULT_PROFILE, else "default"), AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE.
struct SharedProfile
{
    QString name;
    QString credentialsFile;
    QString configFile;
    QString region;
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QString credentialProcess;
    QString keysFrom;   // the file the keys came from
    bool found = false; // the profile exists in either file
};

// Reads the profile named by the environment (or `profileName` when given). A file that
// does not exist is not an error; a malformed one is, naming the file and the line.
Result<SharedProfile>
loadSharedProfile(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  const QString &profileName = {});

// Reads what a credential_process printed (see ProcessCredentialsProvider); `program`
// names it in errors, `source` goes into the credentials, `now` judges the Expiration.
Result<Credentials> parseCredentialProcessOutput(const QByteArray &output, const QString &program,
                                                 const QString &source, const QDateTime &now);

// Static keys of the shared profile (aws_access_key_id, aws_secret_access_key,
// aws_session_token).
class SharedFileCredentialsProvider final : public CredentialsProvider
{
public:
    explicit SharedFileCredentialsProvider(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
        const QString &profileName = {});
    Result<Credentials> credentials() override;

private:
    QProcessEnvironment m_environment;
    QString m_profileName;
};

// credential_process: runs the command (split like a shell would, not through one) and
// reads its JSON: {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken",
// "Expiration"}. Credentials with an Expiration are cached until shortly before it;
// without one they are kept for the provider's lifetime.
class ProcessCredentialsProvider final : public CredentialsProvider
{
public:
    // The command comes from the shared profile unless given.
    explicit ProcessCredentialsProvider(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
        const QString &profileName = {}, const QString &command = {});
    Result<Credentials> credentials() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Refreshed this long before Expiration (the SDKs' advisory refresh window).
    static constexpr int kRefreshMarginSeconds = 5 * 60;
    int runs() const { return m_runs; }

private:
    Result<Credentials> run(const QString &command, const QString &source);

    QProcessEnvironment m_environment;
    QString m_profileName;
    QString m_command;
    Clock m_clock;
    int m_timeoutMs = 60000;
    int m_runs = 0;
    std::optional<Credentials> m_cached;
};

// The first link that has credentials wins; Credentials::source names it, and
// lastSource() keeps it for a status bar or --verbose.
class CredentialsChain final : public CredentialsProvider
{
public:
    struct Link
    {
        QString name;
        std::shared_ptr<CredentialsProvider> provider;
    };
    explicit CredentialsChain(std::vector<Link> links);
    Result<Credentials> credentials() override;
    const std::vector<Link> &links() const { return m_links; }
    QString lastSource() const { return m_lastSource; }

private:
    std::vector<Link> m_links;
    QString m_lastSource;
};

// The chain both programs use: a Cognito Desk profile's keychain keys when the caller has
// them (`profileKeys`, may be null), then the AWS_* environment, then the shared files'
// profile (`awsProfile`, else AWS_PROFILE), then that profile's credential_process.
std::shared_ptr<CredentialsChain> defaultCredentialsChain(
    std::shared_ptr<CredentialsProvider> profileKeys = nullptr,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &awsProfile = {});

} // namespace cdesk::aws
