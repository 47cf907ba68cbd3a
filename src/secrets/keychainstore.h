#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QPromise>

#include <deque>
#include <functional>
#include <memory>

namespace cdesk::secrets {

// The system keychain through QtKeychain (Secret Service on Linux). Jobs run one
// at a time; there is no plaintext fallback, ever.
class KeychainStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)

public:
    explicit KeychainStore(QString service = QStringLiteral("cognito-desk"),
                           QObject *parent = nullptr);
    ~KeychainStore() override;

    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> write(const QString &key, const QString &secret) override;
    QFuture<SecretResult> remove(const QString &key) override;

private:
    enum class Action
    {
        Read,
        Write,
        Remove
    };
    struct Request;

    QFuture<SecretResult> enqueue(Action action, const QString &key, const QString &secret);
    void startNext();

    QString m_service;
    std::deque<std::shared_ptr<Request>> m_queue;
    // The request whose job is running (null when none).
    std::shared_ptr<Request> m_current;
    bool m_busy = false;
};

} // namespace cdesk::secrets
