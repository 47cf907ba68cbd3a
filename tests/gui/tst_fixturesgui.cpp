#include "auth/fixturesrunner.h"
#include "gui/mainwindow.h"
#include "gui/users/fixturesdialog.h"
#include "guitest.h"
#include "support/scriptedinteraction.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;

// Tools > "Test users…" against cognito-sim, in a pool of the test's own: a fixtures file's
// plan shown before anything is written, applied, and checked again.
class TestFixturesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aMistakeIsShownWithItsLineAndNothingCanBeChecked();
    void planAppliedThenUnchangedThenDriftIsAnUpdate();
    void stopEndsACheckUnderWay();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    gui::FixturesDialog *openDialog();
    // The plan column of each row, by user.
    QHash<QString, QString> shownPlans(gui::FixturesDialog *dialog);
    bool checkFile(gui::FixturesDialog *dialog, const QString &path);

    QTemporaryDir m_dir;
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_pool;
};

void TestFixturesGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("fixturesgui-"));
    const auto pool = aws::await(m_connection->identityProvider()->createUserPool(request));
    QVERIFY2(pool, pool ? "" : qPrintable(pool.error().toString()));
    m_pool = pool.value().id;
    for (const QString &group : {QStringLiteral("testers"), QStringLiteral("admins")}) {
        cognito::CreateGroupRequest create;
        create.name = group;
        QVERIFY(aws::await(m_connection->identityProvider()->createGroup(m_pool, create)));
    }
}

void TestFixturesGui::cleanupTestCase()
{
    if (!m_pool.isEmpty())
        aws::await(m_connection->identityProvider()->deleteUserPool(m_pool));
}

void TestFixturesGui::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->setConnection(m_connection);
    m_window->show();
    m_window->showSection(gui::MainWindow::Section::Users, m_pool);
}

void TestFixturesGui::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

QString TestFixturesGui::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

gui::FixturesDialog *TestFixturesGui::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("fixturesAction"));
    if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, 20000))
        return nullptr;
    action->trigger();
    // The one shown (one closed before may wait for its deletion).
    gui::FixturesDialog *dialog = nullptr;
    for (gui::FixturesDialog *found : m_window->findChildren<gui::FixturesDialog *>())
        if (found->isVisible())
            dialog = found;
    return dialog;
}

QHash<QString, QString> TestFixturesGui::shownPlans(gui::FixturesDialog *dialog)
{
    QHash<QString, QString> plans;
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("planTableWidget"));
    for (int row = 0; table && row < table->rowCount(); ++row)
        plans.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    return plans;
}

bool TestFixturesGui::checkFile(gui::FixturesDialog *dialog, const QString &path)
{
    m_interaction->files.enqueue(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openFileButton")),
                      Qt::LeftButton);
    auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    if (!check || !check->isEnabled())
        return false;
    QSignalSpy planned(dialog, &gui::FixturesDialog::planned);
    QTest::mouseClick(check, Qt::LeftButton);
    return (!planned.isEmpty() || planned.wait(20000)) && planned.first().first().toBool() &&
           dialog->isPlanned();
}

void TestFixturesGui::aMistakeIsShownWithItsLineAndNothingCanBeChecked()
{
    gui::FixturesDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(check && apply);
    QVERIFY(!check->isEnabled()); // no file yet
    QVERIFY(!apply->isEnabled());

    // Line 4: a misspelt key.
    const QString path =
        writeFile(QStringLiteral("bad.yaml"), "users:\n  - username: ann\n    enabled: true\n"
                                              "  - usernme: typo\n");
    QVERIFY(!path.isEmpty());
    m_interaction->files.enqueue(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openFileButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog->problem().contains(QLatin1String("Line 4")) &&
                 dialog->problem().contains(QLatin1String("usernme")),
             qPrintable(dialog->problem()));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status && status->isVisibleTo(dialog));
    QCOMPARE(status->text(), dialog->problem());
    QVERIFY(!check->isEnabled());
    QVERIFY(!apply->isEnabled());
    QVERIFY(dialog->users().isEmpty());
}

void TestFixturesGui::planAppliedThenUnchangedThenDriftIsAnUpdate()
{
    const QString ann = test::uniqueName(QStringLiteral("ann"));
    const QString bob = test::uniqueName(QStringLiteral("bob"));
    const QString cid = test::uniqueName(QStringLiteral("cid"));
    const QString path =
        writeFile(QStringLiteral("users.yaml"),
                  QStringLiteral("users:\n"
                                 "  - username: %1\n"
                                 "    password: \"Ann-Pa55!word\"\n"
                                 "    attributes: {email: ann@example.com, name: Ann}\n"
                                 "    groups: [testers, admins]\n"
                                 "  - username: %2\n"
                                 "    attributes: {email: bob@example.com}\n"
                                 "    groups: [testers]\n"
                                 "  - username: %3\n"
                                 "    attributes: {email: cid@example.com}\n")
                      .arg(ann, bob, cid)
                      .toUtf8());
    QVERIFY(!path.isEmpty());

    // The plan: all three to be created, nothing written yet.
    gui::FixturesDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(checkFile(dialog, path));
    const QString create = gui::FixturesDialog::tr("Create");
    QHash<QString, QString> plans = shownPlans(dialog);
    QCOMPARE(plans.size(), 3);
    for (const QString &user : {ann, bob, cid})
        QCOMPARE(plans.value(user), create);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("planTableWidget"));
    QVERIFY(table->item(0, 2)->text().contains(QLatin1String("admins")));
    const auto exists = [this](const QString &username) {
        return aws::await(m_connection->identityProvider()->call(
            QStringLiteral("AdminGetUser"),
            {{QStringLiteral("UserPoolId"), m_pool}, {QStringLiteral("Username"), username}}));
    };
    QVERIFY(!exists(ann)); // Check wrote nothing

    // Apply, confirmed: each row's outcome.
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply->isEnabled());
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    QSignalSpy applied(dialog, &gui::FixturesDialog::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!applied.isEmpty() || applied.wait(30000));
    QVERIFY(applied.first().first().toBool());
    QCOMPARE(dialog->outcomes().size(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY2(dialog->outcomes().at(row).kind == auth::FixtureOutcome::Kind::Created,
                 qPrintable(dialog->outcomes().at(row).error));
    QCOMPARE(table->item(0, 3)->text(), gui::FixturesDialog::tr("Created"));

    // On the server: confirmed (a permanent password), enabled, in their groups.
    for (const QString &user : {ann, bob, cid}) {
        const auto read = exists(user);
        QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value().value(QLatin1String("UserStatus")).toString(),
                 QStringLiteral("CONFIRMED"));
        QVERIFY(read.value().value(QLatin1String("Enabled")).toBool());
    }
    const auto groups = aws::await(m_connection->identityProvider()->call(
        QStringLiteral("AdminListGroupsForUser"),
        {{QStringLiteral("UserPoolId"), m_pool}, {QStringLiteral("Username"), ann}}));
    QVERIFY(groups);
    QStringList memberOf;
    for (const QJsonValue &group : groups.value().value(QLatin1String("Groups")).toArray())
        memberOf.append(group.toObject().value(QLatin1String("GroupName")).toString());
    memberOf.sort();
    QCOMPARE(memberOf, QStringList({QStringLiteral("admins"), QStringLiteral("testers")}));
    dialog->close();

    // The same file again: nothing to do.
    QVERIFY((dialog = openDialog()));
    QVERIFY(checkFile(dialog, path));
    plans = shownPlans(dialog);
    for (const QString &user : {ann, bob, cid})
        QCOMPARE(plans.value(user), gui::FixturesDialog::tr("Unchanged"));
    dialog->close();

    // Bob disabled on the server: his row (only) is an update that enables him.
    QVERIFY(aws::await(m_connection->identityProvider()->call(
        QStringLiteral("AdminDisableUser"),
        {{QStringLiteral("UserPoolId"), m_pool}, {QStringLiteral("Username"), bob}})));
    QVERIFY((dialog = openDialog()));
    QVERIFY(checkFile(dialog, path));
    plans = shownPlans(dialog);
    QCOMPARE(plans.value(ann), gui::FixturesDialog::tr("Unchanged"));
    QCOMPARE(plans.value(bob), gui::FixturesDialog::tr("Update"));
    QCOMPARE(plans.value(cid), gui::FixturesDialog::tr("Unchanged"));
    table = dialog->findChild<QTableWidget *>(QStringLiteral("planTableWidget"));
    QCOMPARE(table->item(1, 2)->text(), gui::FixturesDialog::tr("enabled"));

    // Applied: Bob alone is updated, and enabled on the server again.
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    QSignalSpy updated(dialog, &gui::FixturesDialog::applied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    QVERIFY(!updated.isEmpty() || updated.wait(30000));
    QVERIFY(updated.first().first().toBool());
    QCOMPARE(dialog->outcomes().size(), 3);
    QCOMPARE(dialog->outcomes().at(0).kind, auth::FixtureOutcome::Kind::Unchanged);
    QCOMPARE(dialog->outcomes().at(1).kind, auth::FixtureOutcome::Kind::Updated);
    QCOMPARE(dialog->outcomes().at(2).kind, auth::FixtureOutcome::Kind::Unchanged);
    const auto enabled = exists(bob);
    QVERIFY(enabled);
    QVERIFY(enabled.value().value(QLatin1String("Enabled")).toBool());

    // Two questions were asked, the confirmations of the two applies.
    QCOMPARE(m_interaction->prompts.filter(QRegularExpression(QStringLiteral("^question:"))).size(),
             2);
}

void TestFixturesGui::stopEndsACheckUnderWay()
{
    const QString path =
        writeFile(QStringLiteral("stop.yaml"), QStringLiteral("users:\n  - username: %1\n")
                                                   .arg(test::uniqueName(QStringLiteral("dan")))
                                                   .toUtf8());
    gui::FixturesDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->setFixturesFile(path));
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(stop && !stop->isEnabled());
    QSignalSpy planned(dialog, &gui::FixturesDialog::planned);
    dialog->check();
    // The first read is under way (nothing ran the event loop yet): Stop is the one way out.
    QVERIFY(dialog->isBusy());
    QVERIFY(stop->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("checkButton"))->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!planned.isEmpty() || planned.wait(10000));
    QCOMPARE(planned.first().first().toBool(), false);
    QVERIFY(!dialog->isPlanned());
    QVERIFY(!dialog->isBusy());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("checkButton"))->isEnabled());
}

QTEST_MAIN(TestFixturesGui)
#include "tst_fixturesgui.moc"
