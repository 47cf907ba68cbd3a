#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace cdesk::secrets {

// An in-memory store for tests; can simulate a locked or missing keychain.
class MemoryStore final : public SecretStore
{
public:
    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> write(const QString &key, const QString &secret) override;
    QFuture<SecretResult> remove(const QString &key) override;

    // Makes every call fail with this status (Ok restores normal behaviour).
    void setFailure(SecretStatus status) { m_failure = status; }
    const QHash<QString, QString> &entries() const { return m_entries; }

private:
    QHash<QString, QString> m_entries;
    SecretStatus m_failure = SecretStatus::Ok;
};

} // namespace cdesk::secrets
