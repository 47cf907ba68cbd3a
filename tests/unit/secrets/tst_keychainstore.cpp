#include "aws/future.h"
#include "secrets/keychainstore.h"
#include "secrets/memorystore.h"

#include <QtTest>

using namespace cdesk::secrets;
using cdesk::aws::await;

// Runs inside tests/support/with-keychain: a private D-Bus session with an unlocked
// gnome-keyring, so this talks to a real Secret Service.
class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingEntryIsNotAFailure();
    void jobsRunInOrder();
    void storeDestroyedWhileAJobRuns();
    void reportsUnavailableKeychain_data();
    void reportsUnavailableKeychain();
};

void TestKeychainStore::roundTrip()
{
    KeychainStore store(QStringLiteral("cognito-desk-test"));
    const QString key = QStringLiteral("profile/demo/aws-secret-access-key");
    const QString secret = QStringLiteral("s3cr3t/with+odd=chars ü");
    QCOMPARE(await(store.write(key, secret)).status, SecretStatus::Ok);
    const SecretResult read = await(store.read(key));
    QCOMPARE(read.status, SecretStatus::Ok);
    QCOMPARE(read.value, secret);
    QCOMPARE(await(store.remove(key)).status, SecretStatus::Ok);
    QCOMPARE(await(store.read(key)).status, SecretStatus::NotFound);
}

void TestKeychainStore::missingEntryIsNotAFailure()
{
    KeychainStore store(QStringLiteral("cognito-desk-test"));
    const SecretResult read = await(store.read(QStringLiteral("never-written")));
    QCOMPARE(read.status, SecretStatus::NotFound);
    QCOMPARE(await(store.remove(QStringLiteral("never-written"))).status, SecretStatus::Ok);
}

void TestKeychainStore::jobsRunInOrder()
{
    KeychainStore store(QStringLiteral("cognito-desk-test"));
    const QString key = QStringLiteral("ordering");
    // Issued back to back without waiting: the read must see the second write.
    auto first = store.write(key, QStringLiteral("one"));
    auto second = store.write(key, QStringLiteral("two"));
    auto read = store.read(key);
    QCOMPARE(await(read).value, QStringLiteral("two"));
    QVERIFY(first.isFinished() && second.isFinished());
    await(store.remove(key));
}

// A store destroyed while its job waits for the keychain: the caller is told at once, and the
// keychain's answer, when it comes, reaches no deleted object.
void TestKeychainStore::storeDestroyedWhileAJobRuns()
{
    const QString key = QStringLiteral("destroyed-while-running");
    QFuture<SecretResult> orphan;
    {
        KeychainStore store(QStringLiteral("cognito-desk-test"));
        orphan = store.write(key, QStringLiteral("secret"));
        QVERIFY(!orphan.isFinished());
    }
    QVERIFY(orphan.isFinished());
    QCOMPARE(orphan.result().status, SecretStatus::Failed);
    // The keychain answers in order: once another store's request is answered, the orphaned
    // job has had its answer too.
    KeychainStore next(QStringLiteral("cognito-desk-test"));
    QCOMPARE(await(next.read(key)).value, QStringLiteral("secret"));
    QCOMPARE(await(next.remove(key)).status, SecretStatus::Ok);
}

void TestKeychainStore::reportsUnavailableKeychain_data()
{
    QTest::addColumn<QString>("busAddress"); // empty: no session bus at all
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("no-session-bus") << QString() << QByteArray("Unavailable");
    QTest::newRow("bus-socket-missing")
        << QStringLiteral("unix:path=/nonexistent/bus") << QByteArray("Unavailable");
    // A session bus of its own: D-Bus starts gnome-keyring, which has no unlocked login
    // collection in an empty HOME, the state of a keyring nobody has unlocked.
    QTest::newRow("keyring-never-unlocked")
        << QStringLiteral("PRIVATE_SESSION_BUS") << QByteArray("Locked");
}

void TestKeychainStore::reportsUnavailableKeychain()
{
    QFETCH(QString, busAddress);
    QFETCH(QByteArray, status);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // With a session bus that does not exist, QtKeychain must report the keychain as
    // unavailable (and nothing is written anywhere else). The D-Bus connection is made
    // once per process, so the probe runs in a child started with the broken address.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("COGNITO_DESK_KEYCHAIN_PROBE"), QStringLiteral("1"));
    if (busAddress.isEmpty()) {
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probe")});
    } else if (busAddress == QLatin1String("PRIVATE_SESSION_BUS")) {
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        child.setProcessEnvironment(environment);
        child.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--"), QCoreApplication::applicationFilePath(),
                     QStringLiteral("probe")});
    } else {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probe")});
    }
    QVERIFY(child.waitForFinished(30000));
    const QByteArray output = child.readAllStandardOutput();
    QVERIFY2(output.startsWith(status + ' '), output.constData());
}

// In probe mode the executable writes one secret and prints the outcome's status.
static int probe()
{
    KeychainStore store(QStringLiteral("cognito-desk-test"));
    const SecretResult result = await(store.write(QStringLiteral("probe"), QStringLiteral("x")));
    const char *names[] = {"Ok", "NotFound", "Locked", "Unavailable", "Failed"};
    std::printf("%s %s\n", names[int(result.status)], qPrintable(result.message));
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("COGNITO_DESK_KEYCHAIN_PROBE"))
        return probe();
    TestKeychainStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
