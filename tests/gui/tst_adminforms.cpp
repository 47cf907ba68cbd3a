// The administration forms (src/gui/admin) driven through their widgets against cognito-sim;
// what they did is checked on the server through the core, never through the forms.
#include "aws/future.h"
#include "cognito/bulkjob.h"
#include "cognito/connection.h"
#include "cognito/csvcheck.h"
#include "cognito/identityprovider.h"
#include "cognito/importrole.h"
#include "gui/admin/admincontrollers.h"
#include "gui/admin/adminforms.h"
#include "gui/admin/bulkrundialog.h"
#include "gui/admin/clientdialog.h"
#include "gui/admin/creategroupdialog.h"
#include "gui/admin/groupmembersdialog.h"
#include "gui/admin/importwizard.h"
#include "gui/admin/operationstatus.h"
#include "gui/admin/pooldialog.h"
#include "gui/admin/poolsettingsdialog.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "support/localstack.h"
#include "support/scriptedinteraction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

using namespace cdesk;
using namespace cdesk::gui;

namespace {

constexpr int timeout = 20000;
const QString roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Cognito-UserImport-Role");

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString errorText(QWidget *dialog, const char *statusName = "statusWidget")
{
    auto *status = child<admin::OperationStatus>(dialog, statusName);
    return status ? status->errorText() : QString();
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// The password policy of a described pool.
QJsonObject passwordPolicyOf(const cognito::UserPool &pool)
{
    return pool.json.value(QLatin1String("Policies"))
        .toObject()
        .value(QLatin1String("PasswordPolicy"))
        .toObject();
}

QString passwordPolicyText(const cognito::UserPool &pool)
{
    return QString::fromUtf8(QJsonDocument(passwordPolicyOf(pool)).toJson(QJsonDocument::Compact));
}

// The policy both pool forms are filled with: 12 characters, no symbols (uppercase still
// required), temporary passwords valid 3 days.
bool hasStricterPolicy(const cognito::UserPool &pool)
{
    const QJsonObject policy = passwordPolicyOf(pool);
    return policy.value(QLatin1String("MinimumLength")).toInt() == 12 &&
           !policy.value(QLatin1String("RequireSymbols")).toBool() &&
           policy.value(QLatin1String("RequireUppercase")).toBool() &&
           policy.value(QLatin1String("TemporaryPasswordValidityDays")).toInt() == 3;
}

} // namespace

class TestAdminForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsGroupAndKeepsTheDialogOnError();
    void addsAndRemovesManyMembers();
    void deletesGroupsAfterConfirmation();
    void createsClient();
    void editsClientSendingTheWholeConfiguration();
    void refusesBadClientInput();
    void deletesClients();
    void createsPoolWithPolicyAndEmailSettings();
    void poolDialogCreatesAndDeletesDomain();
    void poolDialogEditsSettingsAndKeepsTheRest();
    void deletesPoolAfterTypingItsName();
    void csvCheck_data();
    void csvCheck();
    void importWizardRunsAJob();
    void importWizardRefusesBadCsv();

private:
    cognito::IdentityProvider *idp() const { return m_connection->identityProvider(); }
    QString createPool(const QString &name);
    QString createUser(const QString &poolId, const QString &name);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    QString m_poolId; // a pool of this run's own
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    std::unique_ptr<QWidget> m_parent;
    int m_done = 0;
    adminforms::Done m_doneCallback;
};

void TestAdminForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const auto stack = test::LocalStack::load(&error);
    QVERIFY2(stack, qPrintable(error));
    m_stack = *stack;
    auto connection = m_stack.connect();
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
    m_connection = connection.value();
    m_poolId = createPool(unique(QStringLiteral("admin-forms-")));
    QVERIFY(!m_poolId.isEmpty());
}

void TestAdminForms::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(800, 600);
    m_parent->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_parent.get()));
    m_done = 0;
    m_doneCallback = [this] {
        ++m_done;
    };
}

void TestAdminForms::cleanup()
{
    m_parent.reset();
    m_interaction.reset();
}

QString TestAdminForms::createPool(const QString &name)
{
    cognito::CreateUserPoolRequest request;
    request.name = name;
    const auto pool = aws::await(idp()->createUserPool(request));
    if (!pool) {
        qWarning("%s", qPrintable(pool.error().toString()));
        return {};
    }
    return pool.value().id;
}

QString TestAdminForms::createUser(const QString &poolId, const QString &name)
{
    cognito::CreateUserRequest request;
    request.username = name;
    request.messageAction = cognito::MessageAction::Suppress;
    const auto user = aws::await(idp()->adminCreateUser(poolId, request));
    if (!user) {
        qWarning("%s", qPrintable(user.error().toString()));
        return {};
    }
    return user.value().username;
}

// --- groups

void TestAdminForms::createsGroupAndKeepsTheDialogOnError()
{
    const QString name = unique(QStringLiteral("editors-"));
    adminforms::createGroup(m_parent.get(), m_connection, m_poolId, m_doneCallback);
    QPointer dialog = m_parent->findChild<admin::CreateGroupDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(!okButton(dialog)->isEnabled()); // no name yet

    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
    QTest::keyClicks(child<QLineEdit>(dialog, "descriptionLineEdit"), QStringLiteral("Editors"));
    child<QCheckBox>(dialog, "precedenceCheckBox")->setChecked(true);
    child<QSpinBox>(dialog, "precedenceSpinBox")->setValue(7);
    QTest::keyClicks(child<QLineEdit>(dialog, "roleArnLineEdit"), QStringLiteral("not-an-arn"));
    QVERIFY(!okButton(dialog)->isEnabled());
    child<QLineEdit>(dialog, "roleArnLineEdit")->clear();
    QVERIFY(okButton(dialog)->isEnabled());
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QCOMPARE(m_done, 1);

    const auto group = aws::await(idp()->getGroup(m_poolId, name));
    QVERIFY2(group, qPrintable(group ? QString() : group.error().toString()));
    QCOMPARE(group.value().description, QStringLiteral("Editors"));
    QCOMPARE(group.value().precedence.value_or(-1), 7);

    // The same name again: the service refuses; the dialog stays open and says why.
    adminforms::createGroup(m_parent.get(), m_connection, m_poolId, m_doneCallback);
    dialog = m_parent->findChild<admin::CreateGroupDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!errorText(dialog).isEmpty(), timeout);
    QVERIFY2(errorText(dialog).contains(QLatin1String("GroupExistsException")),
             qPrintable(errorText(dialog)));
    QVERIFY(dialog->isVisible());
    QVERIFY(okButton(dialog)->isEnabled()); // can be corrected and sent again
    QCOMPARE(m_done, 1);
    dialog->reject();
}

void TestAdminForms::addsAndRemovesManyMembers()
{
    const QString group = unique(QStringLiteral("members-"));
    QVERIFY(aws::await(idp()->createGroup(m_poolId, {group, {}, {}, {}})).ok());
    const QString u1 = createUser(m_poolId, unique(QStringLiteral("m1-")));
    const QString u2 = createUser(m_poolId, unique(QStringLiteral("m2-")));
    const QString u3 = createUser(m_poolId, unique(QStringLiteral("m3-")));
    QVERIFY(!u1.isEmpty() && !u2.isEmpty() && !u3.isEmpty());
    const QString missing = unique(QStringLiteral("nobody-"));

    adminforms::manageGroup(m_parent.get(), m_connection, m_poolId, group, m_doneCallback);
    QPointer dialog = m_parent->findChild<admin::GroupMembersDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->membersModel()->state() == models::PagedListModel::State::Complete, timeout);
    QCOMPARE(dialog->membersModel()->rowCount(), 0);

    // Four names, one of them unknown: the run goes past the failure and lists it.
    child<QPlainTextEdit>(dialog, "usernamesPlainTextEdit")
        ->setPlainText(QStringLiteral("%1\n%2, %3\n%4\n").arg(u1, missing, u2, u3));
    auto *add = child<QPushButton>(dialog, "addButton");
    QVERIFY(add->isEnabled());
    add->click();
    auto *results = child<QTreeWidget>(dialog, "resultsTreeWidget");
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() == 4 && !dialog->controller()->isBusy(),
                             timeout);
    QStringList failed;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        if (!results->topLevelItem(i)->data(2, Qt::UserRole).toBool())
            failed << results->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                          results->topLevelItem(i)->text(2);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().startsWith(missing) &&
                 failed.first().contains(QLatin1String("UserNotFoundException")),
             qPrintable(failed.first()));
    QVERIFY2(errorText(dialog).contains(QLatin1String("1")), qPrintable(errorText(dialog)));
    QVERIFY(m_done >= 1);

    const auto inGroup = [this, &group] {
        QStringList names;
        const auto page = aws::await(idp()->listUsersInGroup(m_poolId, group));
        for (const auto &user : page.value().items)
            names << user.username;
        names.sort();
        return names;
    };
    QStringList expected{u1, u2, u3};
    expected.sort();
    QCOMPARE(inGroup(), expected);
    // It was a job of the core's bulk engine: journaled, done, each name once.
    const auto lastJob = [&group](cognito::BulkOperation operation) {
        const QString directory = cognito::BulkJournal::defaultDirectory();
        cognito::BulkJournal found;
        for (const QString &jobId : cognito::BulkJournal::jobIds(directory)) {
            const auto journal = cognito::BulkJournal::read(directory, jobId);
            if (journal && journal.value().spec.argument == group &&
                journal.value().spec.operation == operation)
                found = journal.value();
        }
        return found;
    };
    const cognito::BulkJournal added = lastJob(cognito::BulkOperation::AddToGroup);
    QCOMPARE(added.results.size(), 4);
    QCOMPARE(added.state(), QStringLiteral("done"));
    QCOMPARE(added.count(cognito::BulkItemState::Succeeded), 3);
    QCOMPARE(added.count(cognito::BulkItemState::Failed), 1);

    // The list reloads; remove two selected members at once.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->membersModel()->state() ==
                                     models::PagedListModel::State::Complete &&
                                 dialog->membersModel()->rowCount() == 3,
                             timeout);
    auto *view = child<QTableView>(dialog, "membersTableView");
    view->selectionModel()->clearSelection();
    for (const QString &name : {u1, u3})
        view->selectionModel()->select(
            dialog->membersModel()->index(dialog->membersModel()->rowOf(name), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    child<QPushButton>(dialog, "removeButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() == 2 && !dialog->controller()->isBusy(),
                             timeout);
    QCOMPARE(inGroup(), QStringList{u2});
    QCOMPARE(
        lastJob(cognito::BulkOperation::RemoveFromGroup).count(cognito::BulkItemState::Succeeded),
        2);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->membersModel()->rowCount(), 1, timeout);
    dialog->reject();
}

void TestAdminForms::deletesGroupsAfterConfirmation()
{
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        names << unique(QStringLiteral("gone-"));
        QVERIFY(aws::await(idp()->createGroup(m_poolId, {names.last(), {}, {}, {}})).ok());
    }
    const auto exists = [this](const QString &name) {
        return aws::await(idp()->getGroup(m_poolId, name)).ok();
    };

    // One group: a question; No leaves it.
    m_interaction->answers.enqueue(Interaction::Answer::No);
    adminforms::deleteGroups(m_parent.get(), m_connection, m_poolId, {names.at(0)}, m_doneCallback);
    QVERIFY(!m_parent->findChild<admin::BulkRunDialog *>());
    QVERIFY(exists(names.at(0)));
    QVERIFY(m_interaction->prompts.last().startsWith(QLatin1String("question:")));

    m_interaction->answers.enqueue(Interaction::Answer::Yes);
    adminforms::deleteGroups(m_parent.get(), m_connection, m_poolId, {names.at(0)}, m_doneCallback);
    QPointer<admin::BulkRunDialog> dialog = m_parent->findChild<admin::BulkRunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout); // all succeeded: it closes
    QCOMPARE(m_done, 1);
    QVERIFY(!exists(names.at(0)));

    // Several: the count must be typed; a wrong count deletes nothing.
    m_interaction->typed.enqueue(QStringLiteral("3"));
    const QStringList rest{names.at(1), names.at(2)};
    adminforms::deleteGroups(m_parent.get(), m_connection, m_poolId, rest, m_doneCallback);
    QVERIFY(!m_parent->findChild<admin::BulkRunDialog *>());
    QVERIFY(exists(names.at(1)) && exists(names.at(2)));

    // The right count, and one group that is already gone: it is listed as failed, the
    // others are deleted, the dialog stays to show it.
    m_interaction->typed.enqueue(QStringLiteral("3"));
    adminforms::deleteGroups(m_parent.get(), m_connection, m_poolId,
                             {names.at(1), names.at(0), names.at(2)}, m_doneCallback);
    dialog = m_parent->findChild<admin::BulkRunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->controller()->isBusy() &&
                                 dialog->succeededItems().size() + dialog->failedItems().size() ==
                                     3,
                             timeout);
    QCOMPARE(dialog->failedItems(), QStringList{names.at(0)});
    QVERIFY(dialog->isVisible());
    QVERIFY(!exists(names.at(1)) && !exists(names.at(2)));
    QCOMPARE(m_done, 2);
    dialog->reject();
}

// --- app clients

void TestAdminForms::createsClient()
{
    const QString name = unique(QStringLiteral("web-"));
    adminforms::createClient(m_parent.get(), m_connection, m_poolId, m_doneCallback);
    QPointer dialog = m_parent->findChild<admin::ClientDialog *>();
    QVERIFY(dialog);
    QString createdId;
    connect(dialog, &admin::ClientDialog::saved, this, [&](const QString &id) { createdId = id; });
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
    child<QCheckBox>(dialog, "generateSecretCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "userPasswordCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "codeFlowCheckBox")->setChecked(true);
    // OAuth without a callback URL or a scope is refused before anything is sent.
    QVERIFY(!okButton(dialog)->isEnabled());
    child<QPlainTextEdit>(dialog, "callbackUrlsPlainTextEdit")
        ->setPlainText(
            QStringLiteral("https://app.example.com/callback\nhttp://localhost:8400/cb"));
    child<QPlainTextEdit>(dialog, "logoutUrlsPlainTextEdit")
        ->setPlainText(QStringLiteral("https://app.example.com/bye"));
    QVERIFY(!okButton(dialog)->isEnabled());
    child<QCheckBox>(dialog, "openidScopeCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "emailScopeCheckBox")->setChecked(true);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationError()));
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QCOMPARE(m_done, 1);
    QVERIFY(!createdId.isEmpty());

    const auto client = aws::await(idp()->describeUserPoolClient(m_poolId, createdId));
    QVERIFY2(client, qPrintable(client ? QString() : client.error().toString()));
    const cognito::UserPoolClient &c = client.value();
    QCOMPARE(c.clientName, name);
    QVERIFY(!c.clientSecret.isEmpty());
    QStringList flows = c.explicitAuthFlows;
    flows.sort();
    QCOMPARE(flows, (QStringList{QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH"),
                                 QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                                 QStringLiteral("ALLOW_USER_SRP_AUTH")}));
    QCOMPARE(c.callbackUrls, (QStringList{QStringLiteral("https://app.example.com/callback"),
                                          QStringLiteral("http://localhost:8400/cb")}));
    QCOMPARE(c.logoutUrls, QStringList{QStringLiteral("https://app.example.com/bye")});
    QCOMPARE(c.allowedOAuthFlows, QStringList{QStringLiteral("code")});
    QVERIFY(c.allowedOAuthFlowsUserPoolClient);
    QCOMPARE(c.supportedIdentityProviders, QStringList{QStringLiteral("COGNITO")});
    QStringList scopes = c.allowedOAuthScopes;
    scopes.sort();
    QCOMPARE(scopes, (QStringList{QStringLiteral("email"), QStringLiteral("openid")}));
}

void TestAdminForms::editsClientSendingTheWholeConfiguration()
{
    // A client with settings the form does not show: they must survive the edit.
    cognito::CreateUserPoolClientRequest request;
    request.clientName = unique(QStringLiteral("edit-"));
    request.generateSecret = true;
    request.explicitAuthFlows = {QStringLiteral("ALLOW_USER_PASSWORD_AUTH"),
                                 QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH")};
    request.extra.insert(QStringLiteral("RefreshTokenValidity"), 10);
    request.extra.insert(QStringLiteral("PreventUserExistenceErrors"), QStringLiteral("ENABLED"));
    const auto created = aws::await(idp()->createUserPoolClient(m_poolId, request));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    const QString id = created.value().clientId;

    adminforms::showClient(m_parent.get(), m_connection, m_poolId, id, m_doneCallback);
    QPointer dialog = m_parent->findChild<admin::ClientDialog *>();
    QVERIFY(dialog);
    auto *name = child<QLineEdit>(dialog, "nameLineEdit");
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), request.clientName, timeout);
    QVERIFY(child<QCheckBox>(dialog, "userPasswordCheckBox")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "userSrpCheckBox")->isChecked());

    // The secret only on request.
    auto *secret = child<QLineEdit>(dialog, "secretLineEdit");
    QVERIFY(!secret->isVisible());
    QVERIFY(secret->text().isEmpty());
    child<QPushButton>(dialog, "showSecretButton")->click();
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->text(), created.value().clientSecret);

    name->clear();
    QTest::keyClicks(name, request.clientName + QStringLiteral("-renamed"));
    child<QCheckBox>(dialog, "userPasswordCheckBox")->setChecked(false);
    child<QCheckBox>(dialog, "userSrpCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "implicitFlowCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "openidScopeCheckBox")->setChecked(true);
    child<QPlainTextEdit>(dialog, "callbackUrlsPlainTextEdit")
        ->setPlainText(QStringLiteral("https://edit.example.com/cb"));
    // The client has no identity provider yet: OAuth needs one.
    QVERIFY(!okButton(dialog)->isEnabled());
    child<QCheckBox>(dialog, "cognitoIdpCheckBox")->setChecked(true);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationError()));
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QCOMPARE(m_done, 1);

    const auto after = aws::await(idp()->describeUserPoolClient(m_poolId, id));
    QVERIFY(after);
    const cognito::UserPoolClient &c = after.value();
    QCOMPARE(c.clientName, request.clientName + QStringLiteral("-renamed"));
    QStringList flows = c.explicitAuthFlows;
    flows.sort();
    QCOMPARE(flows, (QStringList{QStringLiteral("ALLOW_REFRESH_TOKEN_AUTH"),
                                 QStringLiteral("ALLOW_USER_SRP_AUTH")}));
    QCOMPARE(c.allowedOAuthFlows, QStringList{QStringLiteral("implicit")});
    QCOMPARE(c.callbackUrls, QStringList{QStringLiteral("https://edit.example.com/cb")});
    QCOMPARE(c.clientSecret, created.value().clientSecret);
    // Fields the form does not show were sent back, not reset to their defaults.
    QCOMPARE(c.json.value(QLatin1String("RefreshTokenValidity")).toInt(), 10);
    QCOMPARE(c.json.value(QLatin1String("PreventUserExistenceErrors")).toString(),
             QStringLiteral("ENABLED"));
}

void TestAdminForms::refusesBadClientInput()
{
    adminforms::createClient(m_parent.get(), m_connection, m_poolId, m_doneCallback);
    QPointer dialog = m_parent->findChild<admin::ClientDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), unique(QStringLiteral("bad-")));
    QVERIFY(okButton(dialog)->isEnabled());
    auto *callbacks = child<QPlainTextEdit>(dialog, "callbackUrlsPlainTextEdit");
    callbacks->setPlainText(QStringLiteral("http://app.example.com/cb")); // plain http, not local
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(child<QLabel>(dialog, "validationLabel")->text().contains(QLatin1String("http")));
    callbacks->setPlainText(QStringLiteral("https://app.example.com/cb#x"));
    QVERIFY(!okButton(dialog)->isEnabled());
    callbacks->clear();
    child<QCheckBox>(dialog, "clientCredentialsFlowCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "openidScopeCheckBox")->setChecked(true);
    QVERIFY(!okButton(dialog)->isEnabled()); // needs a secret
    child<QCheckBox>(dialog, "generateSecretCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "codeFlowCheckBox")->setChecked(true);
    QVERIFY(!okButton(dialog)->isEnabled()); // not with the code grant
    dialog->reject();
    QCOMPARE(m_done, 0);
}

void TestAdminForms::deletesClients()
{
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        cognito::CreateUserPoolClientRequest request;
        request.clientName = unique(QStringLiteral("del-"));
        const auto created = aws::await(idp()->createUserPoolClient(m_poolId, request));
        QVERIFY(created);
        ids << created.value().clientId;
    }
    m_interaction->typed.enqueue(QStringLiteral("2"));
    adminforms::deleteClients(m_parent.get(), m_connection, m_poolId, ids, m_doneCallback);
    QPointer<admin::BulkRunDialog> dialog = m_parent->findChild<admin::BulkRunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QCOMPARE(m_done, 1);
    for (const QString &id : ids) {
        const auto gone = aws::await(idp()->describeUserPoolClient(m_poolId, id));
        QVERIFY(!gone);
        QCOMPARE(gone.error().type, QStringLiteral("ResourceNotFoundException"));
    }
}

// --- pools

void TestAdminForms::createsPoolWithPolicyAndEmailSettings()
{
    const QString name = unique(QStringLiteral("new-pool-"));
    adminforms::createPool(m_parent.get(), m_connection, m_doneCallback);
    QPointer dialog = m_parent->findChild<admin::PoolSettingsDialog *>();
    QVERIFY(dialog);
    QString poolId;
    connect(dialog, &admin::PoolSettingsDialog::created, this,
            [&](const QString &id) { poolId = id; });
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
    child<QSpinBox>(dialog, "minimumLengthSpinBox")->setValue(12);
    child<QCheckBox>(dialog, "symbolsCheckBox")->setChecked(false);
    child<QSpinBox>(dialog, "temporaryValiditySpinBox")->setValue(3);
    child<QCheckBox>(dialog, "emailUsernameCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "verifyEmailCheckBox")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(dialog, "replyToLineEdit"),
                     QStringLiteral("help@example.com"));
    // SES needs an identity ARN and a From that is an address; From is for SES only.
    auto *sending = child<QComboBox>(dialog, "emailSendingComboBox");
    auto *from = child<QLineEdit>(dialog, "fromLineEdit");
    QVERIFY(!from->isEnabled());
    sending->setCurrentIndex(1);
    QVERIFY(from->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "sesSourceArnLineEdit"),
                     QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/example.com"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationError()));
    QTest::keyClicks(from, QStringLiteral("not an address"));
    QVERIFY(!okButton(dialog)->isEnabled());
    sending->setCurrentIndex(0); // back to Cognito's mailer: From and the ARN are not sent
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog->validationError()));
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QCOMPARE(m_done, 1);
    QVERIFY(!poolId.isEmpty());

    const auto pool = aws::await(idp()->describeUserPool(poolId));
    QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toString()));
    QCOMPARE(pool.value().name, name);
    QCOMPARE(pool.value().usernameAttributes, QStringList{QStringLiteral("email")});
    QCOMPARE(pool.value().autoVerifiedAttributes, QStringList{QStringLiteral("email")});
    QVERIFY2(hasStricterPolicy(pool.value()), qPrintable(passwordPolicyText(pool.value())));
    const QJsonObject email =
        pool.value().json.value(QLatin1String("EmailConfiguration")).toObject();
    QCOMPARE(email.value(QLatin1String("ReplyToEmailAddress")).toString(),
             QStringLiteral("help@example.com"));
    QVERIFY(email.value(QLatin1String("SourceArn")).toString().isEmpty());
    QVERIFY(email.value(QLatin1String("From")).toString().isEmpty());
    QVERIFY(aws::await(idp()->deleteUserPool(poolId)).ok());
}

// Edit settings… on the pool dialog: the form shows the pool as described, saves what was
// changed with UpdateUserPool, and every setting the form does not show (the verification
// subject, the tags) is still the pool's afterwards; the name cannot be changed; SES without
// an identity ARN cannot be saved; deletion protection turned on and off again.
void TestAdminForms::poolDialogEditsSettingsAndKeepsTheRest()
{
    cognito::CreateUserPoolRequest request;
    request.name = unique(QStringLiteral("settings-pool-"));
    request.extra.insert(QStringLiteral("EmailVerificationSubject"), QStringLiteral("Your code"));
    request.extra.insert(QStringLiteral("UserPoolTags"),
                         QJsonObject{{QStringLiteral("team"), QStringLiteral("qa")}});
    const auto made = aws::await(idp()->createUserPool(request));
    QVERIFY(made);
    const QString poolId = made.value().id;

    adminforms::showPool(m_parent.get(), m_connection, poolId);
    QPointer dialog = m_parent->findChild<admin::PoolDialog *>();
    QVERIFY(dialog);
    auto *edit = child<QPushButton>(dialog, "editSettingsButton");
    QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), timeout);
    QSignalSpy saved(dialog.data(), &admin::PoolDialog::settingsSaved);
    const auto openSettings = [&]() -> admin::PoolSettingsDialog * {
        edit->click();
        return dialog->findChild<admin::PoolSettingsDialog *>(QStringLiteral("poolSettingsDialog"));
    };

    QPointer settings = openSettings();
    QVERIFY(settings);
    QVERIFY(settings->isEditing());
    QCOMPARE(child<QLineEdit>(settings, "nameLineEdit")->text(), request.name);
    QVERIFY(child<QLineEdit>(settings, "nameLineEdit")->isReadOnly());
    QVERIFY(!child<QCheckBox>(settings, "emailUsernameCheckBox")->isEnabled());
    QCOMPARE(child<QSpinBox>(settings, "minimumLengthSpinBox")->value(), 8);
    QVERIFY(child<QCheckBox>(settings, "symbolsCheckBox")->isChecked());
    QVERIFY(!child<QCheckBox>(settings, "deletionProtectionCheckBox")->isChecked());
    // Nothing changed yet: nothing to change.
    const cognito::UserPoolChanges none = settings->changes();
    QVERIFY(!none.passwordPolicy && !none.emailConfiguration && !none.deletionProtection &&
            !none.autoVerifiedAttributes && !none.adminCreateUserOnly && !none.mfaConfiguration);

    // SES without an identity's ARN cannot be saved.
    child<QComboBox>(settings, "emailSendingComboBox")->setCurrentIndex(1);
    QVERIFY(!okButton(settings)->isEnabled());
    child<QComboBox>(settings, "emailSendingComboBox")->setCurrentIndex(0);
    QVERIFY(okButton(settings)->isEnabled());

    child<QSpinBox>(settings, "minimumLengthSpinBox")->setValue(12);
    child<QCheckBox>(settings, "symbolsCheckBox")->setChecked(false);
    child<QSpinBox>(settings, "temporaryValiditySpinBox")->setValue(3);
    child<QCheckBox>(settings, "verifyEmailCheckBox")->setChecked(true);
    child<QCheckBox>(settings, "adminOnlyCheckBox")->setChecked(true);
    child<QCheckBox>(settings, "deletionProtectionCheckBox")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(settings, "replyToLineEdit"),
                     QStringLiteral("help@example.com"));
    okButton(settings)->click();
    QVERIFY(saved.wait(timeout));
    QTRY_VERIFY_WITH_TIMEOUT(!settings, timeout);
    QVERIFY(child<QLabel>(dialog, "passwordPolicyLabel")->text().contains(QLatin1String("12")));
    QCOMPARE(child<QLabel>(dialog, "deletionProtectionLabel")->text(), QStringLiteral("On"));

    const auto pool = aws::await(idp()->describeUserPool(poolId));
    QVERIFY(pool);
    const QJsonObject &json = pool.value().json;
    QVERIFY2(hasStricterPolicy(pool.value()), qPrintable(passwordPolicyText(pool.value())));
    QCOMPARE(pool.value().autoVerifiedAttributes, QStringList{QStringLiteral("email")});
    QCOMPARE(json.value(QLatin1String("AdminCreateUserConfig"))
                 .toObject()
                 .value(QLatin1String("AllowAdminCreateUserOnly"))
                 .toBool(),
             true);
    QCOMPARE(json.value(QLatin1String("DeletionProtection")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(pool.value().emailConfiguration.replyToEmailAddress,
             QStringLiteral("help@example.com"));
    // What the form does not show is as it was.
    QCOMPARE(json.value(QLatin1String("EmailVerificationSubject")).toString(),
             QStringLiteral("Your code"));
    QCOMPARE(json.value(QLatin1String("UserPoolTags")).toObject(),
             (QJsonObject{{QStringLiteral("team"), QStringLiteral("qa")}}));
    QCOMPARE(pool.value().name, request.name);

    // Protected: the pool cannot be deleted until protection is turned off again.
    QVERIFY(!aws::await(idp()->deleteUserPool(poolId)).ok());
    settings = openSettings();
    QVERIFY(settings);
    QVERIFY(child<QCheckBox>(settings, "deletionProtectionCheckBox")->isChecked());
    child<QCheckBox>(settings, "deletionProtectionCheckBox")->setChecked(false);
    const cognito::UserPoolChanges off = settings->changes();
    QCOMPARE(off.deletionProtection, std::optional<bool>(false));
    QVERIFY(!off.passwordPolicy && !off.emailConfiguration);
    okButton(settings)->click();
    QVERIFY(saved.wait(timeout));
    dialog->reject();
    QVERIFY(aws::await(idp()->deleteUserPool(poolId)).ok());
}

void TestAdminForms::poolDialogCreatesAndDeletesDomain()
{
    const QString name = unique(QStringLiteral("domain-pool-"));
    const QString poolId = createPool(name);
    QVERIFY(!poolId.isEmpty());
    const QString prefix = unique(QStringLiteral("desk-")).toLower();

    adminforms::showPool(m_parent.get(), m_connection, poolId);
    QPointer dialog = m_parent->findChild<admin::PoolDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "nameLabel")->text(), name, timeout);
    QCOMPARE(child<QLabel>(dialog, "idLabel")->text(), poolId);
    QVERIFY(child<QLabel>(dialog, "passwordPolicyLabel")->text().contains(QLatin1String("8")));
    QVERIFY(dialog->currentDomain().isEmpty());

    auto *domain = child<QLineEdit>(dialog, "domainLineEdit");
    auto *create = child<QPushButton>(dialog, "createDomainButton");
    QTest::keyClicks(domain, QStringLiteral("Bad_Prefix"));
    QVERIFY(!create->isEnabled());
    domain->clear();
    QTest::keyClicks(domain, QStringLiteral("my-cognito-app")); // reserved word
    QVERIFY(!create->isEnabled());
    domain->clear();
    QTest::keyClicks(domain, QStringLiteral("auth.example.com")); // custom: needs a certificate
    QVERIFY(!create->isEnabled());
    domain->clear();
    QTest::keyClicks(domain, prefix);
    QVERIFY2(create->isEnabled(), qPrintable(dialog->domainValidationError()));
    dialog->domainController()->setPollInterval(500);
    QStringList statuses;
    connect(dialog->domainController(), &admin::DomainController::described, this,
            [&statuses](const cognito::DomainDescription &description) {
                statuses << description.status;
            });
    create->click();
    // Created, then described while it provisions (CREATING on the sim for 10 s) until ACTIVE.
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->domainController()->isBusy() &&
            child<QLabel>(dialog, "domainLabel")->text().contains(QLatin1String("ACTIVE")),
        40000);
    QVERIFY(statuses.size() >= 2);
    QCOMPARE(statuses.first(), QStringLiteral("CREATING"));
    QCOMPARE(statuses.last(), QStringLiteral("ACTIVE"));
    QVERIFY(child<QLabel>(dialog, "domainLabel")->text().contains(prefix));
    const auto described = aws::await(idp()->describeUserPoolDomain(prefix));
    QVERIFY(described);
    QCOMPARE(described.value().userPoolId, poolId);
    QVERIFY(described.value().isActive());
    QVERIFY(!create->isEnabled()); // one domain per pool

    // Deleting asks first.
    auto *remove = child<QPushButton>(dialog, "deleteDomainButton");
    QVERIFY(remove->isEnabled());
    m_interaction->answers.enqueue(Interaction::Answer::Yes);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->currentDomain().isEmpty() && !dialog->domainController()->isBusy(), timeout);
    const auto gone = aws::await(idp()->describeUserPoolDomain(prefix));
    QVERIFY(gone);
    QVERIFY(!gone.value().exists());
    dialog->reject();
    QVERIFY(aws::await(idp()->deleteUserPool(poolId)).ok());
}

void TestAdminForms::deletesPoolAfterTypingItsName()
{
    const QString name = unique(QStringLiteral("doomed-"));
    const QString poolId = createPool(name);
    QVERIFY(!poolId.isEmpty());

    // The pool's id is not its name: nothing is deleted.
    m_interaction->typed.enqueue(poolId);
    adminforms::deletePools(m_parent.get(), m_connection, {poolId}, m_doneCallback);
    QPointer<admin::BulkRunDialog> dialog = m_parent->findChild<admin::BulkRunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QVERIFY(m_interaction->prompts.last().startsWith(QLatin1String("confirm:")));
    QVERIFY(m_interaction->prompts.last().contains(name));
    QVERIFY(aws::await(idp()->describeUserPool(poolId)).ok());
    QCOMPARE(m_done, 0);

    m_interaction->typed.enqueue(name);
    adminforms::deletePools(m_parent.get(), m_connection, {poolId}, m_doneCallback);
    dialog = m_parent->findChild<admin::BulkRunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, timeout);
    QCOMPARE(m_done, 1);
    const auto gone = aws::await(idp()->describeUserPool(poolId));
    QVERIFY(!gone);
    QCOMPARE(gone.error().type, QStringLiteral("ResourceNotFoundException"));
}

// --- CSV import

void TestAdminForms::csvCheck_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QString>("problem");

    QTest::newRow("good, CRLF, BOM, final break")
        << QByteArray("\xEF\xBB\xBF"
                      "cognito:username,email,email_verified,cognito:mfa_enabled\r\n"
                      "a,a@example.com,true,false\r\nb,b@example.com,FALSE,false\r\n")
        << true << 2 << 0 << QString();
    QTest::newRow("quoted comma and line break")
        << QByteArray("cognito:username,name,cognito:mfa_enabled\n"
                      "a,\"Doe, \"\"Jo\"\"\nSecond\",false\nb,B,false")
        << true << 2 << 0 << QString();
    QTest::newRow("unknown column")
        << QByteArray("cognito:username,shoe_size,cognito:mfa_enabled\n") << false << 0 << 1
        << QStringLiteral("shoe_size");
    QTest::newRow("repeated column")
        << QByteArray("cognito:username,email,email,cognito:mfa_enabled\n") << false << 0 << 1
        << QStringLiteral("twice");
    QTest::newRow("missing required column") << QByteArray("cognito:username,email\na,b\n") << false
                                             << 0 << 1 << QStringLiteral("cognito:mfa_enabled");
    QTest::newRow("short line")
        << QByteArray("cognito:username,email,cognito:mfa_enabled\na,a@x.com,false\nb,false\n")
        << false << 1 << 3 << QStringLiteral("2 field");
    QTest::newRow("line after a quoted break counts")
        << QByteArray("cognito:username,name,cognito:mfa_enabled\na,\"x\ny\",false\nb,B,maybe\n")
        << false << 1 << 4 << QStringLiteral("maybe");
    QTest::newRow("no username") << QByteArray("cognito:username,cognito:mfa_enabled\n,false\n")
                                 << false << 0 << 2 << QStringLiteral("cognito:username");
    QTest::newRow("repeated user")
        << QByteArray("cognito:username,cognito:mfa_enabled\na,false\na,true\n") << false << 1 << 3
        << QStringLiteral("line 2");
    QTest::newRow("bad verified flag")
        << QByteArray("cognito:username,email_verified,cognito:mfa_enabled\na,yes,false\n") << false
        << 0 << 2 << QStringLiteral("email_verified");
    QTest::newRow("unclosed quote")
        << QByteArray("cognito:username,name,cognito:mfa_enabled\na,\"open,false\n") << false << 0
        << 2 << QStringLiteral("never closed");
    QTest::newRow("header only") << QByteArray("cognito:username,cognito:mfa_enabled\n") << false
                                 << 0 << 2 << QStringLiteral("no users");
    QTest::newRow("empty") << QByteArray("") << false << 0 << 1 << QStringLiteral("empty");
}

void TestAdminForms::csvCheck()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, ok);
    QFETCH(int, rows);
    QFETCH(int, badLine);
    QFETCH(QString, problem);
    const QStringList header{
        QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("email_verified"),
        QStringLiteral("cognito:mfa_enabled"), QStringLiteral("cognito:username")};
    const cognito::CsvCheck check = cognito::checkImportCsv(csv, header, {});
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.rows, rows);
    QCOMPARE(check.badLine, badLine);
    QVERIFY2(check.problem.contains(problem, Qt::CaseInsensitive), qPrintable(check.problem));
}

void TestAdminForms::importWizardRunsAJob()
{
    const QString poolId = createPool(unique(QStringLiteral("import-")));
    QVERIFY(!poolId.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString headerFile = dir.filePath(QStringLiteral("header.csv"));

    adminforms::importUsers(m_parent.get(), m_connection, poolId, m_doneCallback);
    QPointer wizard = m_parent->findChild<admin::ImportWizard *>();
    QVERIFY(wizard);
    wizard->controller()->setPollInterval(200);
    QCOMPARE(wizard->currentId(), int(admin::ImportWizard::HeaderPage));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->header().isEmpty(), timeout);
    const auto header = aws::await(idp()->getCsvHeader(poolId));
    QVERIFY(header);
    QCOMPARE(wizard->header(), header.value());

    // The header is saved where the user says.
    m_interaction->files.enqueue(headerFile);
    child<QPushButton>(wizard, "saveHeaderButton")->click();
    QFile saved(headerFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()).trimmed(), header.value().join(QLatin1Char(',')));

    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(admin::ImportWizard::FilePage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    const QString u1 = unique(QStringLiteral("imp1-")), u2 = unique(QStringLiteral("imp2-"));
    const QString csvFile = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("cognito:username,email,email_verified,cognito:mfa_enabled\n"
                                 "%1,%1@example.com,true,false\n"
                                 "%2,%2@example.com,false,false\n")
                      .arg(u1, u2)
                      .toUtf8());
    }
    m_interaction->files.enqueue(csvFile);
    child<QPushButton>(wizard, "chooseFileButton")->click();
    QVERIFY(wizard->csvCheck().ok);
    QCOMPARE(wizard->csvCheck().rows, 2);
    QVERIFY(child<QLabel>(wizard, "checkLabel")->text().contains(QLatin1String("2")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    QCOMPARE(wizard->currentId(), int(admin::ImportWizard::JobPage));
    QVERIFY(
        child<QLineEdit>(wizard, "jobNameLineEdit")->text().startsWith(QLatin1String("users-")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no role yet
    QTest::keyClicks(child<QLineEdit>(wizard, "roleArnLineEdit"),
                     QStringLiteral("arn:aws:iam::1:role/x"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // not an account id
    // "Create the role for me": found or made through IAM and STS (the sim's account for the
    // demo keys is 123456789012); asked again through the core, nothing is left to do.
    child<QLineEdit>(wizard, "roleArnLineEdit")->clear();
    child<QPushButton>(wizard, "createRoleButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(wizard, "roleArnLineEdit")->text(), roleArn,
                              timeout);
    QTRY_VERIFY(!wizard->roleController()->isBusy());
    const auto roles = m_connection->importRoles();
    QVERIFY(roles);
    const auto again = aws::await(roles.value()->ensureRole());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again.value().roleArn, roleArn);
    QVERIFY(!again.value().changedAnything());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    // Created, uploaded (the sim takes only the exact KMS header), started, followed to the end.
    QCOMPARE(wizard->currentId(), int(admin::ImportWizard::RunPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->job().isFinished() && !wizard->controller()->isBusy(),
                             timeout);
    QVERIFY2(wizard->job().status == QLatin1String("Succeeded"),
             qPrintable(wizard->job().status + QLatin1Char(' ') + wizard->job().completionMessage +
                        QLatin1Char(' ') + errorText(wizard, "runStatusWidget")));
    QCOMPARE(child<QLabel>(wizard, "importedLabel")->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>(wizard, "failedLabel")->text(), QStringLiteral("0"));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(m_done, 1);

    const auto job = aws::await(idp()->describeUserImportJob(poolId, wizard->job().jobId));
    QVERIFY(job);
    QCOMPARE(job.value().status, QStringLiteral("Succeeded"));
    QCOMPARE(job.value().importedUsers, 2);
    QCOMPARE(job.value().cloudWatchLogsRoleArn, roleArn);
    for (const QString &name : {u1, u2}) {
        const auto user = aws::await(idp()->adminGetUser(poolId, name));
        QVERIFY2(user, qPrintable(name));
        QCOMPARE(user.value().status, QStringLiteral("RESET_REQUIRED"));
        QCOMPARE(user.value().attribute(QStringLiteral("email")),
                 name + QStringLiteral("@example.com"));
    }
    wizard->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard, timeout);
    QVERIFY(aws::await(idp()->deleteUserPool(poolId)).ok());
}

void TestAdminForms::importWizardRefusesBadCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto jobsBefore = aws::await(idp()->listUserImportJobs(m_poolId, 60));
    QVERIFY(jobsBefore);

    adminforms::importUsers(m_parent.get(), m_connection, m_poolId, m_doneCallback);
    QPointer wizard = m_parent->findChild<admin::ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->header().isEmpty(), timeout);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(admin::ImportWizard::FilePage));

    const auto choose = [&](const QByteArray &content) {
        const QString file = dir.filePath(unique(QStringLiteral("f")) + QStringLiteral(".csv"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return;
        out.write(content);
        out.close();
        m_interaction->files.enqueue(file);
        child<QPushButton>(wizard, "chooseFileButton")->click();
    };
    auto *label = child<QLabel>(wizard, "checkLabel");

    choose("cognito:username,favourite_colour,cognito:mfa_enabled\nann,red,false\n");
    QVERIFY(!wizard->csvCheck().ok);
    QVERIFY2(label->text().contains(QLatin1String("Line 1")) &&
                 label->text().contains(QLatin1String("favourite_colour")),
             qPrintable(label->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    choose("cognito:username,email,cognito:mfa_enabled\nann,ann@example.com,false\nbob,false\n");
    QVERIFY(!wizard->csvCheck().ok);
    QVERIFY2(label->text().contains(QLatin1String("Line 3")), qPrintable(label->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next(); // refused
    QCOMPARE(wizard->currentId(), int(admin::ImportWizard::FilePage));

    // A file that cannot be read says so.
    m_interaction->files.enqueue(dir.filePath(QStringLiteral("no-such.csv")));
    child<QPushButton>(wizard, "chooseFileButton")->click();
    QVERIFY(!wizard->csvCheck().ok);
    QVERIFY(label->text().contains(QLatin1String("no-such.csv")));
    wizard->reject();

    // Nothing reached the service.
    const auto jobsAfter = aws::await(idp()->listUserImportJobs(m_poolId, 60));
    QVERIFY(jobsAfter);
    QCOMPARE(jobsAfter.value().items.size(), jobsBefore.value().items.size());
    QCOMPARE(m_done, 0);
}

QTEST_MAIN(TestAdminForms)
#include "tst_adminforms.moc"
