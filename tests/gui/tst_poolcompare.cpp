#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/admin/poolcomparedialog.h"
#include "guitest.h"
#include "support/localstack.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace cdesk;

// "Compare with…" against cognito-sim: two pools made to differ in one setting, one app
// client's callback URLs and one group are compared through the dialog's widgets, and only
// those differences are listed, side by side; a pool B that does not exist is told, not
// crashed on, and the dialog compares again afterwards.
class TestPoolCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsOnlyWhatDiffers();

private:
    QString makePool(bool adminCreateUserOnly, const QString &callbackUrl, bool withGroup);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
};

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// Setting → (A, B) of the rows shown.
QMap<QString, QPair<QString, QString>> rows(QTreeWidget *tree)
{
    QMap<QString, QPair<QString, QString>> shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        shown.insert(item->text(0), {item->text(1), item->text(2)});
    }
    return shown;
}

} // namespace

void TestPoolCompare::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestPoolCompare::makePool(bool adminCreateUserOnly, const QString &callbackUrl,
                                  bool withGroup)
{
    auto *idp = m_connection->identityProvider();
    cognito::CreateUserPoolRequest request;
    request.name = test::uniqueName(QStringLiteral("compare-"));
    request.adminCreateUserOnly = adminCreateUserOnly;
    const auto pool = aws::await(idp->createUserPool(request));
    if (!pool.ok())
        return {};
    cognito::CreateUserPoolClientRequest client;
    client.clientName = str("web");
    client.callbackUrls = {callbackUrl};
    client.allowedOAuthFlows = {str("code")};
    client.allowedOAuthScopes = {str("openid")};
    client.supportedIdentityProviders = {str("COGNITO")};
    if (!aws::await(idp->createUserPoolClient(pool.value().id, client)).ok())
        return {};
    if (withGroup) {
        cognito::CreateGroupRequest group;
        group.name = str("only-in-a");
        if (!aws::await(idp->createGroup(pool.value().id, group)).ok())
            return {};
    }
    return pool.value().id;
}

void TestPoolCompare::listsOnlyWhatDiffers()
{
    const QString a = makePool(false, str("https://a.example.com/callback"), true);
    const QString b = makePool(true, str("https://b.example.com/callback"), false);
    QVERIFY(!a.isEmpty() && !b.isEmpty());

    gui::admin::PoolCompareDialog dialog(m_connection, str("test"), a, nullptr);
    QSignalSpy listed(&dialog, &gui::admin::PoolCompareDialog::poolsListed);
    QVERIFY(listed.wait(20000));
    auto *pools = dialog.findChild<QComboBox *>(str("poolComboBox"));
    QCOMPARE(pools->findData(a), -1); // pool A is not offered as B
    const int indexB = pools->findData(b);
    QVERIFY(indexB >= 0);
    pools->setCurrentIndex(indexB);

    QSignalSpy compared(&dialog, &gui::admin::PoolCompareDialog::compared);
    QSignalSpy failed(&dialog, &gui::admin::PoolCompareDialog::failed);
    dialog.findChild<QPushButton *>(str("compareButton"))->click();
    QVERIFY(compared.wait(30000));
    QCOMPARE(failed.size(), 0);
    const auto shown = rows(dialog.findChild<QTreeWidget *>(str("differencesTreeWidget")));
    QCOMPARE(shown.value(str("Pool.AdminCreateUserConfig.AllowAdminCreateUserOnly")),
             (QPair<QString, QString>{str("false"), str("true")}));
    QCOMPARE(shown.value(str("Clients[\"web\"].CallbackURLs")),
             (QPair<QString, QString>{str("[\"https://a.example.com/callback\"]"),
                                      str("[\"https://b.example.com/callback\"]")}));
    QVERIFY(shown.contains(str("Groups[\"only-in-a\"]")));
    QCOMPARE(shown.value(str("Groups[\"only-in-a\"]")).second, str("(none)"));
    // Nothing else: names, ids, dates and ARNs always differ and are left out.
    QCOMPARE(shown.size(), 3);
    QCOMPARE(dialog.differences().size(), 3);

    // A pool B that does not exist: said, and the dialog still compares afterwards.
    pools->setEditText(str("eu-west-1_doesNotExist"));
    dialog.findChild<QPushButton *>(str("compareButton"))->click();
    QVERIFY(failed.wait(20000));
    const QString message = dialog.findChild<QLabel *>(str("statusLabel"))->text();
    QVERIFY2(message.startsWith(str("Pool B:")), qPrintable(message));
    QVERIFY(dialog.findChild<QPushButton *>(str("compareButton"))->isEnabled());
    dialog.setPoolB(b);
    dialog.findChild<QPushButton *>(str("compareButton"))->click();
    QVERIFY(compared.wait(30000));
    QCOMPARE(dialog.differences().size(), 3);
}

QTEST_MAIN(TestPoolCompare)
#include "tst_poolcompare.moc"
