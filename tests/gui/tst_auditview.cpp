#include "aws/future.h"
#include "cognito/auditlog.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/auditlogdialog.h"
#include "gui/mainwindow.h"
#include "guitest.h"
#include "models/auditlogmodel.h"
#include "models/roles.h"
#include "support/localstack.h"
#include "support/scriptedinteraction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
namespace AuditColumn = models::AuditColumn;

// The audit view over writes really made to cognito-sim through the core: each write one
// row with its outcome and request id, a write whose answer never came shown as Unknown, a
// line cut off by a crash skipped and said so, the filters by user, operation and time, and
// the rows shown exported as CSV. Opened from View → Audit log… of the main window.
class TestAuditView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsFiltersAndExportsTheWrites();

private:
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// The shown rows' values of `column`, top to bottom.
QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

void TestAuditView::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAuditView::showsFiltersAndExportsTheWrites()
{
    auto *idp = m_connection->identityProvider();
    const QString poolId = m_stack.userPoolId();
    const QString username = test::uniqueName(QStringLiteral("audited-"));
    const QString ghost = test::uniqueName(QStringLiteral("ghost-"));
    cognito::CreateUserRequest user;
    user.username = username;
    user.temporaryPassword = str("Passw0rd!audit");
    user.messageAction = cognito::MessageAction::Suppress;
    user.attributes = {{str("email"), username + QStringLiteral("@example.com")}};
    const auto created = aws::await(idp->adminCreateUser(poolId, user));
    QVERIFY2(created.ok(), qPrintable(test::why(created)));
    QVERIFY(aws::await(idp->adminDisableUser(poolId, username)).ok());
    QVERIFY(!aws::await(idp->adminDeleteUser(poolId, ghost)).ok()); // refused: no such user
    QVERIFY(aws::await(idp->adminGetUser(poolId, username)).ok());  // a read: not recorded

    // A write whose process ended before its answer, then a line cut off by a crash.
    const QString path = cognito::AuditLog::defaultPath();
    {
        cognito::AuditLog log(path);
        cognito::AuditLog::Entry sending;
        sending.time = QDateTime::currentDateTimeUtc();
        sending.id = test::uniqueName(QStringLiteral("interrupted-"));
        sending.phase = str("Sending");
        sending.operation = str("AdminEnableUser");
        sending.target = {{str("UserPoolId"), poolId}, {str("Username"), username}};
        QVERIFY(log.append(sending).ok());
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"Time\": \"2026-");
    }

    test::ScriptedInteraction interaction;
    gui::MainWindow window;
    window.findChild<QAction *>(str("auditLogAction"))->trigger();
    auto *dialog = window.findChild<gui::AuditLogDialog *>(str("auditLogDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableView *>(str("entriesTableView"));
    const QAbstractItemModel *shown = table->model();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(shown),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *warning = dialog->findChild<QLabel *>(str("warningLabel"));
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(str("skipped")), qPrintable(warning->text()));

    // This user's writes, newest first: the one never answered, the disable, the create.
    auto *userEdit = dialog->findChild<QLineEdit *>(str("userLineEdit"));
    userEdit->setText(username.toUpper()); // any case
    QCOMPARE(
        column(shown, AuditColumn::Operation),
        (QStringList{str("AdminEnableUser"), str("AdminDisableUser"), str("AdminCreateUser")}));
    QCOMPARE(column(shown, AuditColumn::Outcome),
             (QStringList{str("Unknown"), str("Success"), str("Success")}));
    QVERIFY(!shown->index(1, AuditColumn::RequestId).data().toString().isEmpty());
    QVERIFY(column(shown, AuditColumn::Target).at(2).contains(str("Username=") + username));
    // The temporary password is in the changes only as "(set)".
    const QString createChanges = shown->index(2, AuditColumn::Changes).data().toString();
    QVERIFY2(createChanges.contains(str("TemporaryPassword=(set)")), qPrintable(createChanges));
    QVERIFY(!createChanges.contains(user.temporaryPassword));

    // The refused delete, by operation; its error's message as the outcome's tooltip.
    userEdit->setText(ghost);
    auto *operations = dialog->findChild<QComboBox *>(str("operationComboBox"));
    const int deletes = operations->findData(str("AdminDeleteUser"));
    QVERIFY(deletes > 0);
    operations->setCurrentIndex(deletes);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, AuditColumn::Outcome).data().toString(), str("UserNotFoundException"));
    QVERIFY(!shown->index(0, AuditColumn::Outcome).data(Qt::ToolTipRole).toString().isEmpty());
    operations->setCurrentIndex(operations->findData(str("AdminDisableUser")));
    QCOMPARE(shown->rowCount(), 0);

    // Since a time after every write: nothing; the filters cleared: all of them again.
    operations->setCurrentIndex(0);
    userEdit->clear();
    const int all = shown->rowCount();
    QVERIFY(all >= 4);
    dialog->findChild<QDateTimeEdit *>(str("sinceDateTimeEdit"))
        ->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    dialog->findChild<QCheckBox *>(str("sinceCheckBox"))->setChecked(true);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton *>(str("exportButton"))->isEnabled());
    dialog->findChild<QCheckBox *>(str("sinceCheckBox"))->setChecked(false);
    QCOMPARE(shown->rowCount(), all);

    // Export of what is shown: this user's rows, as CSV, to the file chosen.
    userEdit->setText(username);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(str("audit.csv"));
    interaction.files.enqueue(csvPath);
    QSignalSpy exported(dialog, &gui::AuditLogDialog::exported);
    dialog->findChild<QPushButton *>(str("exportButton"))->click();
    QCOMPARE(exported.size(), 1);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three writes, the rest after the last line break
    QVERIFY(lines.at(0).startsWith("Time,Profile,CredentialSource,Operation,"));
    QVERIFY(lines.at(1).contains(",AdminEnableUser,"));
    QVERIFY(lines.at(1).contains(",Unknown,"));
    QVERIFY(lines.at(3).contains(",AdminCreateUser,"));

    // A write made while the window is open shows after Reload.
    QVERIFY(aws::await(idp->adminEnableUser(poolId, username)).ok());
    QCOMPARE(shown->rowCount(), 3);
    dialog->findChild<QPushButton *>(str("reloadButton"))->click();
    QCOMPARE(shown->rowCount(), 4);
    QCOMPARE(shown->index(0, AuditColumn::Operation).data().toString(), str("AdminEnableUser"));
    QCOMPARE(shown->index(0, AuditColumn::Outcome).data().toString(), str("Success"));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
