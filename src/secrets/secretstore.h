#pragma once

#include <QFuture>
#include <QString>

namespace cdesk::secrets {

// Every outcome a keychain can give, each distinct: "not stored yet" is not a failure.
enum class SecretStatus
{
    Ok,
    NotFound,    // no such entry
    Locked,      // the keychain refused access (locked, or the user said no)
    Unavailable, // no keychain service to talk to (no D-Bus session, no secret service)
    Failed,      // anything else the backend reported
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString value;   // the secret, for a successful read
    QString message; // the backend's explanation when status is not Ok

    bool ok() const { return status == SecretStatus::Ok; }
};

// Where secrets live: AWS secret keys, client secrets, saved passwords, refresh tokens.
// Nothing else in the project writes a secret anywhere.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QFuture<SecretResult> read(const QString &key) = 0;
    virtual QFuture<SecretResult> write(const QString &key, const QString &secret) = 0;
    // Removing an entry that does not exist succeeds.
    virtual QFuture<SecretResult> remove(const QString &key) = 0;
};

// A user-facing sentence for a failed outcome.
QString describe(const SecretResult &result);

} // namespace cdesk::secrets
