#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/users/logincheckdialog.h"
#include "gui/users/userforms.h"
#include "guitest.h"
#include "support/localstack.h"
#include "support/scriptedinteraction.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace cdesk;

// "Why can't this user sign in?" driven through its widgets against cognito-sim: the findings
// of a disabled user on a client without the password flow, a fix refused at the
// confirmation (nothing changes on the server), then both fixes confirmed, each checked on
// the server and followed by a new check that no longer names it.
class TestLoginCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixesAfterConfirmationAndChecksAgain();

private:
    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList shownCodes(QTreeWidget *tree)
{
    QStringList codes;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        codes.append(tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return codes;
}

bool select(QTreeWidget *tree, const QString &code)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == code) {
            tree->setCurrentItem(tree->topLevelItem(i));
            return true;
        }
    return false;
}

} // namespace

void TestLoginCheckDialog::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLoginCheckDialog::fixesAfterConfirmationAndChecksAgain()
{
    auto *idp = m_connection->identityProvider();
    const QString poolId = m_stack.userPoolId();
    const QString username = test::uniqueName(QStringLiteral("why-"));
    cognito::CreateUserRequest user;
    user.username = username;
    user.temporaryPassword = str("Passw0rd!why");
    user.messageAction = cognito::MessageAction::Suppress;
    user.attributes = {{str("email"), username + QStringLiteral("@example.com")}};
    const auto created = aws::await(idp->adminCreateUser(poolId, user));
    QVERIFY2(created.ok(), qPrintable(test::why(created)));
    QVERIFY(
        aws::await(idp->adminSetUserPassword(poolId, username, user.temporaryPassword, true)).ok());
    QVERIFY(aws::await(idp->adminDisableUser(poolId, username)).ok());
    cognito::CreateUserPoolClientRequest clientRequest;
    clientRequest.clientName = test::uniqueName(QStringLiteral("why-srp-only-"));
    clientRequest.explicitAuthFlows = {str("ALLOW_USER_SRP_AUTH"), str("ALLOW_REFRESH_TOKEN_AUTH")};
    const auto client = aws::await(idp->createUserPoolClient(poolId, clientRequest));
    QVERIFY(client.ok());
    const QString clientId = client.value().clientId;

    test::ScriptedInteraction interaction;
    QWidget window;
    int changes = 0;
    gui::userforms::checkLogin(&window, m_connection, poolId, username, [&changes] { ++changes; });
    auto *dialog = window.findChild<gui::LoginCheckDialog *>();
    QVERIFY(dialog);
    auto *clients = dialog->findChild<QComboBox *>(QStringLiteral("clientCombo"));
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
    auto *fix = dialog->findChild<QPushButton *>(QStringLiteral("fixButton"));
    auto *again = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
    auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QVERIFY(clients && tree && fix && again && verdict);

    // The clients arrive and the first check runs by itself.
    QTRY_VERIFY_WITH_TIMEOUT(clients->findData(clientId) > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled() && tree->topLevelItemCount() > 0, 20000);
    clients->setCurrentIndex(clients->findData(clientId));
    Q_EMIT clients->activated(clients->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(shownCodes(tree).contains(str("FlowNotAllowed")), 20000);
    QTRY_VERIFY(again->isEnabled());
    QVERIFY2(shownCodes(tree).contains(str("UserDisabled")),
             qPrintable(shownCodes(tree).join(QLatin1Char(' '))));
    QVERIFY(!dialog->report().canSignIn());
    QVERIFY(verdict->text().contains(username));

    // An information line has no fix.
    QVERIFY(select(tree, str("SignInHistoryUnavailable")));
    QVERIFY(!fix->isEnabled());

    // Refused at the confirmation: nothing is sent.
    QVERIFY(select(tree, str("UserDisabled")));
    QVERIFY(fix->isEnabled());
    interaction.answers.enqueue(gui::Interaction::Answer::No);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(interaction.prompts.size(), 1);
    QVERIFY(!aws::await(idp->adminGetUser(poolId, username)).value().enabled);

    // Confirmed: the user is enabled and the check runs again without that finding.
    interaction.answers.enqueue(gui::Interaction::Answer::Yes);
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shownCodes(tree).contains(str("UserDisabled")), 20000);
    QVERIFY(aws::await(idp->adminGetUser(poolId, username)).value().enabled);
    QCOMPARE(changes, 1);

    QTRY_VERIFY(again->isEnabled());
    QVERIFY(select(tree, str("FlowNotAllowed")));
    interaction.answers.enqueue(gui::Interaction::Answer::Yes);
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !shownCodes(tree).contains(str("FlowNotAllowed")) && again->isEnabled(), 20000);
    const auto updated = aws::await(idp->describeUserPoolClient(poolId, clientId));
    QVERIFY(updated.ok());
    QVERIFY(updated.value().explicitAuthFlows.contains(str("ALLOW_USER_PASSWORD_AUTH")));
    QVERIFY(updated.value().explicitAuthFlows.contains(str("ALLOW_USER_SRP_AUTH")));
    QCOMPARE(changes, 2);
    QVERIFY(dialog->report().canSignIn());
    QCOMPARE(interaction.prompts.size(), 3);
}

QTEST_MAIN(TestLoginCheckDialog)
#include "tst_logincheckdialog.moc"
