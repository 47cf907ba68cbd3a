#include "keychainstore.h"

#include <qt6keychain/keychain.h>

namespace cdesk::secrets {

struct KeychainStore::Request
{
    Action action;
    QString key;
    QString secret;
    QPromise<SecretResult> promise;
};

namespace {

SecretStatus statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStatus::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStatus::Unavailable;
    case QKeychain::OtherError:
        break;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStatus::Failed;
    }
    return SecretStatus::Failed;
}

// QtKeychain 0.13 reports a missing D-Bus session or Secret Service, and a keyring
// that has no unlocked default collection, as OtherError; its message is the only way
// to tell those apart from a real failure.
SecretStatus refineOtherError(const QString &message)
{
    if (message.contains(QLatin1String("/collection/login")) ||
        message.contains(QLatin1String("Object does not exist")))
        return SecretStatus::Locked;
    static const char *const unavailableHints[] = {
        "org.freedesktop.secrets", "D-Bus", "DBus", "dbus", "autolaunch", "No such interface",
        "Could not connect"};
    for (const char *hint : unavailableHints)
        if (message.contains(QLatin1String(hint)))
            return SecretStatus::Unavailable;
    return SecretStatus::Failed;
}

} // namespace

KeychainStore::KeychainStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

KeychainStore::~KeychainStore()
{
    // A running job is not deleted with the store: the keychain's D-Bus answer would reach a
    // deleted job (libsecret calls back into it). It finishes and deletes itself; its answer
    // no longer reaches this store (the connection dies with it), so its caller is told now.
    if (m_current)
        m_queue.push_front(m_current);
    for (const auto &request : m_queue) {
        request->promise.addResult(
            SecretResult{SecretStatus::Failed, {}, QStringLiteral("keychain store destroyed")});
        request->promise.finish();
    }
}

QFuture<SecretResult> KeychainStore::read(const QString &key)
{
    return enqueue(Action::Read, key, {});
}

QFuture<SecretResult> KeychainStore::write(const QString &key, const QString &secret)
{
    return enqueue(Action::Write, key, secret);
}

QFuture<SecretResult> KeychainStore::remove(const QString &key)
{
    return enqueue(Action::Remove, key, {});
}

QFuture<SecretResult> KeychainStore::enqueue(Action action, const QString &key,
                                             const QString &secret)
{
    auto request = std::make_shared<Request>();
    request->action = action;
    request->key = key;
    request->secret = secret;
    request->promise.start();
    QFuture<SecretResult> future = request->promise.future();
    m_queue.push_back(std::move(request));
    startNext();
    return future;
}

void KeychainStore::startNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    std::shared_ptr<Request> request = m_queue.front();
    m_queue.pop_front();
    m_current = request;

    QKeychain::Job *job = nullptr;
    switch (request->action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request->secret);
        job = write;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(request->key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        SecretResult result;
        result.status = statusOf(finished->error());
        if (finished->error() == QKeychain::OtherError)
            result.status = refineOtherError(finished->errorString());
        if (result.status != SecretStatus::Ok)
            result.message = finished->errorString();
        if (request->action == Action::Read && result.ok())
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        // Deleting what is not there leaves the keychain as the caller wants it.
        if (request->action == Action::Remove && result.status == SecretStatus::NotFound)
            result.status = SecretStatus::Ok;
        request->promise.addResult(result);
        request->promise.finish();
        m_current.reset();
        m_busy = false;
        startNext();
    });
    job->start();
}

} // namespace cdesk::secrets
