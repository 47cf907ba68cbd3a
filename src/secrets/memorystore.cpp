#include "memorystore.h"

#include <QFuture>

namespace cdesk::secrets {

namespace {
QFuture<SecretResult> done(SecretStatus status, QString value = {}, QString message = {})
{
    return QtFuture::makeReadyFuture(SecretResult{status, std::move(value), std::move(message)});
}
} // namespace

QFuture<SecretResult> MemoryStore::read(const QString &key)
{
    if (m_failure != SecretStatus::Ok)
        return done(m_failure, {}, QStringLiteral("simulated failure"));
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return done(SecretStatus::NotFound);
    return done(SecretStatus::Ok, *it);
}

QFuture<SecretResult> MemoryStore::write(const QString &key, const QString &secret)
{
    if (m_failure != SecretStatus::Ok)
        return done(m_failure, {}, QStringLiteral("simulated failure"));
    m_entries.insert(key, secret);
    return done(SecretStatus::Ok);
}

QFuture<SecretResult> MemoryStore::remove(const QString &key)
{
    if (m_failure != SecretStatus::Ok)
        return done(m_failure, {}, QStringLiteral("simulated failure"));
    m_entries.remove(key);
    return done(SecretStatus::Ok);
}

} // namespace cdesk::secrets
