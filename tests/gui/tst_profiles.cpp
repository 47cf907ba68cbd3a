#include "gui/profiles/profilescontroller.h"
#include "gui/profiles/profilesdialog.h"
#include "guitest.h"
#include "secrets/keychainstore.h"
#include "secrets/memorystore.h"
#include "secrets/profile.h"
#include "support/scriptedinteraction.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;

// The profiles dialog against the system keychain (run under dbus + gnome-keyring) and
// the fixture's server: what is saved where, Test connection, the three credential
// sources, a locked keychain.
class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesSecretsToTheKeychainOnly();
    void lockedKeychainSavesNothing();
    void testConnectionShowsTheResultInPlace();
    void awsProfilesComeFromTheFilesTheEnvironmentNames();
    void environmentCredentials();
    void deletesAProfileWithItsSecrets();

private:
    template <typename T>
    T *child(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    void fill(gui::ProfilesDialog &dialog, const QString &name, const QString &endpoint);
    // Clicks Save and waits for the dialog's answer in messageLabel.
    QString save(gui::ProfilesDialog &dialog);
    QString testConnection(gui::ProfilesDialog &dialog);

    test::LocalStack m_stack;
};

void TestProfiles::initTestCase()
{
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    test::isolateSettings(m_stack);
    // Nothing of the caller's leaks in: these tests set what they need.
    for (const char *name :
         {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
          "AWS_DEFAULT_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"})
        qunsetenv(name);
}

void TestProfiles::fill(gui::ProfilesDialog &dialog, const QString &name, const QString &endpoint)
{
    QTest::mouseClick(child<QPushButton>(&dialog, "newProfileButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameLineEdit"), name);
    QTest::keyClicks(child<QLineEdit>(&dialog, "regionLineEdit"), m_stack.region);
    QTest::keyClicks(child<QLineEdit>(&dialog, "endpointLineEdit"), endpoint);
    QTest::keyClicks(child<QLineEdit>(&dialog, "userPoolIdLineEdit"), m_stack.userPoolId());
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdLineEdit"),
                     m_stack.clientId(QStringLiteral("demo-backend")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "hostedUiDomainLineEdit"),
                     QStringLiteral("demo.auth.example.com"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "callbackUrlLineEdit"),
                     QStringLiteral("http://localhost:8080/callback"));
}

QString TestProfiles::save(gui::ProfilesDialog &dialog)
{
    auto *message = child<QLabel>(&dialog, "messageLabel");
    auto *button = child<QPushButton>(&dialog, "saveButton");
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 20000))
        return QStringLiteral("(no answer)");
    return message->text();
}

QString TestProfiles::testConnection(gui::ProfilesDialog &dialog)
{
    auto *button = child<QPushButton>(&dialog, "testButton");
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 30000))
        return QStringLiteral("(no answer)");
    return child<QLabel>(&dialog, "testResultLabel")->text();
}

void TestProfiles::savesSecretsToTheKeychainOnly()
{
    gui::ProfilesController controller; // the system keychain
    gui::ProfilesDialog dialog(&controller);
    dialog.show();
    const QString name = test::uniqueName(QStringLiteral("keys-"));
    fill(dialog, name, m_stack.endpoint.toString());
    child<QRadioButton>(&dialog, "keychainRadioButton")->click();
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdLineEdit"),
                     m_stack.credentials.accessKeyId);
    const QString secretKey = test::uniqueName(QStringLiteral("secret-key-"));
    const QString clientSecret = test::uniqueName(QStringLiteral("client-secret-"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyLineEdit"), secretKey);
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecretLineEdit"), clientSecret);
    const QString answer = save(dialog);
    QVERIFY2(answer.contains(QLatin1String("Saved")), qPrintable(answer));

    const std::optional<secrets::Profile> profile = secrets::ProfileStore().load(name);
    QVERIFY(profile);
    QCOMPARE(profile->region, m_stack.region);
    QCOMPARE(profile->endpointUrl, m_stack.endpoint.toString());
    QCOMPARE(profile->userPoolId, m_stack.userPoolId());
    QCOMPARE(profile->clientId, m_stack.clientId(QStringLiteral("demo-backend")));
    QCOMPARE(profile->hostedUiDomain, QStringLiteral("demo.auth.example.com"));
    QCOMPARE(profile->callbackUrl, QStringLiteral("http://localhost:8080/callback"));
    QCOMPARE(profile->accessKeyId, m_stack.credentials.accessKeyId);
    QVERIFY(profile->awsProfile.isEmpty());
    QVERIFY(profile->secretAccessKeyStored);
    QVERIFY(profile->clientSecretStored);

    // The secrets are in the keychain ...
    secrets::KeychainStore keychain;
    QCOMPARE(aws::await(keychain.read(profile->secretAccessKeyEntry())).value, secretKey);
    QCOMPARE(aws::await(keychain.read(profile->clientSecretEntry())).value, clientSecret);
    // ... and nowhere in the settings file.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray settings = file.readAll();
    QVERIFY(settings.contains(name.toUtf8()));
    QVERIFY(!settings.contains(secretKey.toUtf8()));
    QVERIFY(!settings.contains(clientSecret.toUtf8()));

    // Shown again, the fields say "stored" and hold nothing.
    dialog.selectProfile(name);
    QVERIFY(child<QLineEdit>(&dialog, "secretAccessKeyLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "secretAccessKeyLineEdit")
                ->placeholderText()
                .contains(QLatin1String("keychain")));
    QVERIFY(child<QRadioButton>(&dialog, "keychainRadioButton")->isChecked());

    QString removed = QStringLiteral("pending");
    controller.remove(name, [&removed](const QString &error) { removed = error; });
    QTRY_VERIFY(removed != QLatin1String("pending"));
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
}

void TestProfiles::lockedKeychainSavesNothing()
{
    gui::ProfilesController controller;
    secrets::MemoryStore keychain;
    keychain.setFailure(secrets::SecretStatus::Locked);
    controller.setSecretStore(&keychain);
    gui::ProfilesDialog dialog(&controller);
    dialog.show();
    const QString name = test::uniqueName(QStringLiteral("locked-"));
    fill(dialog, name, m_stack.endpoint.toString());
    child<QRadioButton>(&dialog, "keychainRadioButton")->click();
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdLineEdit"),
                     QStringLiteral("AKIDLOCKED"));
    const QString secretKey = test::uniqueName(QStringLiteral("never-written-"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyLineEdit"), secretKey);
    const QString answer = save(dialog);
    QVERIFY2(answer.contains(QLatin1String("locked")), qPrintable(answer));
    QVERIFY2(answer.contains(QLatin1String("Nothing was saved")), qPrintable(answer));
    QVERIFY(!controller.names().contains(name));
    QVERIFY(keychain.entries().isEmpty());
    QFile file(QSettings().fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(secretKey.toUtf8()));

    // No keychain at all: the same, with its own message.
    keychain.setFailure(secrets::SecretStatus::Unavailable);
    const QString again = save(dialog);
    QVERIFY2(again.contains(QLatin1String("No system keychain")), qPrintable(again));
    QVERIFY(!controller.names().contains(name));
}

void TestProfiles::testConnectionShowsTheResultInPlace()
{
    gui::ProfilesController controller;
    secrets::MemoryStore keychain;
    controller.setSecretStore(&keychain);
    gui::ProfilesDialog dialog(&controller);
    dialog.show();
    fill(dialog, test::uniqueName(QStringLiteral("test-")), m_stack.endpoint.toString());
    child<QRadioButton>(&dialog, "keychainRadioButton")->click();
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdLineEdit"),
                     m_stack.credentials.accessKeyId);
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyLineEdit"),
                     m_stack.credentials.secretAccessKey);
    // Typed keys are tried before they are saved.
    const QString ok = testConnection(dialog);
    QVERIFY2(ok.startsWith(QLatin1String("Connected")), qPrintable(ok));
    QVERIFY2(ok.contains(QLatin1String("(keychain)")), qPrintable(ok));
    QVERIFY(keychain.entries().isEmpty()); // testing stores nothing

    auto *endpoint = child<QLineEdit>(&dialog, "endpointLineEdit");
    endpoint->clear();
    QTest::keyClicks(endpoint, QStringLiteral("http://127.0.0.1:1/"));
    const QString refused = testConnection(dialog);
    QVERIFY2(!refused.startsWith(QLatin1String("Connected")), qPrintable(refused));
    QVERIFY2(refused.contains(QLatin1String("Connection")), qPrintable(refused));

    // Plain http to anything but a loopback address is refused before any call.
    endpoint->clear();
    QTest::keyClicks(endpoint, QStringLiteral("http://cognito.example.com/"));
    const QString insecure = testConnection(dialog);
    QVERIFY2(!insecure.startsWith(QLatin1String("Connected")), qPrintable(insecure));
}

void TestProfiles::awsProfilesComeFromTheFilesTheEnvironmentNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile credentials(dir.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write(
        QStringLiteral("[alpha]\naws_access_key_id = AKIDALPHA\naws_secret_access_key = x\n"
                       "[beta]\naws_access_key_id = %1\naws_secret_access_key = %2\n")
            .arg(m_stack.credentials.accessKeyId, m_stack.credentials.secretAccessKey)
            .toUtf8());
    credentials.close();
    QFile config(dir.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\nregion = eu-west-1\n[profile gamma]\nregion = us-east-2\n"
                 "[sso-session corp]\nsso_region = us-east-1\n");
    config.close();
    qputenv("AWS_SHARED_CREDENTIALS_FILE", credentials.fileName().toUtf8());
    qputenv("AWS_CONFIG_FILE", config.fileName().toUtf8());

    gui::ProfilesController controller;
    secrets::MemoryStore keychain;
    controller.setSecretStore(&keychain);
    gui::ProfilesDialog dialog(&controller);
    dialog.show();
    auto *combo = child<QComboBox>(&dialog, "awsProfileComboBox");
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemText(i);
    QCOMPARE(offered, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                   QStringLiteral("default"), QStringLiteral("gamma")}));
    // Whose keys to use is chosen: none of them is offered as a default.
    QCOMPARE(combo->currentIndex(), -1);
    QVERIFY2(combo->currentText().isEmpty(), qPrintable(combo->currentText()));

    const QString name = test::uniqueName(QStringLiteral("aws-"));
    fill(dialog, name, m_stack.endpoint.toString());
    child<QRadioButton>(&dialog, "awsProfileRadioButton")->click();
    combo->setCurrentIndex(combo->findText(QStringLiteral("beta")));
    const QString ok = testConnection(dialog);
    QVERIFY2(ok.startsWith(QLatin1String("Connected")), qPrintable(ok));
    QVERIFY2(ok.contains(QLatin1String("beta")), qPrintable(ok));
    const QString answer = save(dialog);
    QVERIFY2(answer.contains(QLatin1String("Saved")), qPrintable(answer));
    QCOMPARE(controller.load(name)->awsProfile, QStringLiteral("beta"));
    QVERIFY(controller.load(name)->accessKeyId.isEmpty());
    QVERIFY(keychain.entries().isEmpty()); // the keys stay in the AWS CLI's file

    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
    qunsetenv("AWS_CONFIG_FILE");
    QString removed = QStringLiteral("pending");
    controller.remove(name, [&removed](const QString &error) { removed = error; });
    QTRY_VERIFY(removed != QLatin1String("pending"));
}

void TestProfiles::environmentCredentials()
{
    gui::ProfilesController controller;
    secrets::MemoryStore keychain;
    controller.setSecretStore(&keychain);
    gui::ProfilesDialog dialog(&controller);
    dialog.show();
    fill(dialog, test::uniqueName(QStringLiteral("env-")), m_stack.endpoint.toString());
    child<QRadioButton>(&dialog, "environmentRadioButton")->click();
    // Nothing in the environment: the test says so.
    const QString missing = testConnection(dialog);
    QVERIFY2(!missing.startsWith(QLatin1String("Connected")), qPrintable(missing));

    qputenv("AWS_ACCESS_KEY_ID", m_stack.credentials.accessKeyId.toUtf8());
    qputenv("AWS_SECRET_ACCESS_KEY", m_stack.credentials.secretAccessKey.toUtf8());
    const QString ok = testConnection(dialog);
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
    QVERIFY2(ok.startsWith(QLatin1String("Connected")), qPrintable(ok));
    QVERIFY2(ok.contains(QLatin1String("environment")), qPrintable(ok));
}

void TestProfiles::deletesAProfileWithItsSecrets()
{
    test::ScriptedInteraction interaction;
    gui::ProfilesController controller;
    secrets::MemoryStore keychain;
    controller.setSecretStore(&keychain);
    gui::ProfilesDialog dialog(&controller);
    dialog.show();
    const QString name = test::uniqueName(QStringLiteral("gone-"));
    fill(dialog, name, m_stack.endpoint.toString());
    child<QRadioButton>(&dialog, "keychainRadioButton")->click();
    QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyIdLineEdit"), QStringLiteral("AKIDGONE"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretAccessKeyLineEdit"),
                     QStringLiteral("s3cret"));
    QVERIFY(save(dialog).contains(QLatin1String("Saved")));
    QCOMPARE(keychain.entries().size(), 1);
    auto *list = child<QListWidget>(&dialog, "profilesListWidget");
    QCOMPARE(list->findItems(name, Qt::MatchExactly).size(), 1);

    interaction.answers.enqueue(gui::Interaction::Answer::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "deleteProfileButton"), Qt::LeftButton);
    QTRY_VERIFY(!controller.names().contains(name));
    QTRY_VERIFY(keychain.entries().isEmpty());
    QCOMPARE(list->findItems(name, Qt::MatchExactly).size(), 0);
    QCOMPARE(interaction.prompts.size(), 1);
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
