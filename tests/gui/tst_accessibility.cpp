#include "gui/bulkjobdialog.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/profiles/profilescontroller.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/tokens/tokenworkbenchcontroller.h"
#include "gui/userdetailpane.h"
#include "gui/users/userformscontroller.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "guitest.h"
#include "models/claimsmodel.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "secrets/memorystore.h"
#include "support/scriptedinteraction.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;
using State = models::PagedListModel::State;

namespace {

// Roles a person operates; each must be named for a screen reader to say what it is.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

// Their children are items or parts of one control (cells, the popup, a clear button).
bool isLeafControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    QString path;
    for (const QObject *o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName() + u'/');
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return QStringLiteral("%1 %2 (role %3)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
             path)
        .arg(int(iface->role()), 0, 16);
}

// What a screen reader finds wrong in one window: interactive elements without a name
// (hidden ones too: a page shown later must be named as well), and names given to two
// visible elements at once.
struct Audit
{
    QStringList unnamed;
    QMultiHash<QString, QString> visibleNames;

    void walk(QAccessibleInterface *iface, int depth = 0)
    {
        if (!iface || depth > 64)
            return;
        const QObject *object = iface->object();
        // Qt's own helpers (toolbar extension, line-edit clear buttons…).
        if (object && object->objectName().startsWith(QLatin1String("qt_")))
            return;
        const QAccessible::Role role = iface->role();
        if (isInteractive(role)) {
            const QString name = iface->text(QAccessible::Name).trimmed();
            if (name.isEmpty())
                unnamed << describe(iface);
            else if (!iface->state().invisible)
                visibleNames.insert(name, describe(iface));
        }
        if (isLeafControl(role))
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

    QStringList duplicates() const
    {
        QStringList found;
        const QList<QString> names = visibleNames.uniqueKeys();
        for (const QString &name : names) {
            const QList<QString> owners = visibleNames.values(name);
            if (owners.size() > 1)
                found << QStringLiteral("\"%1\": %2").arg(name, owners.join(QStringLiteral("; ")));
        }
        return found;
    }
};

} // namespace

// The window and every form through their accessibility tree, as a screen reader sees
// them, and the admin / support workflows with the keyboard alone, checked on the server.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyWindowNamesItsControls();
    void usersPageWithALocalCopyNamesItsControls();
    void keyboardOnlyCreateChallengeAndGroup();
    void keyboardOnlySetPermanentPassword();
    void keyboardOnlyTokenSignIn();
    void groupPickerStartsEmpty();
    void formsKeepTheUserSelected();
    void paneFollowsTheSelection();

private:
    // Audits `window` (the main window or a dialog) and records what is wrong under `where`.
    void audit(QWidget *window, const QString &where);
    QDialog *openedDialog();
    static QString errorText(QWidget *dialog);
    void closeDialogs();
    QString createUser(const QString &prefix);
    void listUsers(const QString &prefix, int expected);
    QStringList serverGroups(const QString &username);
    QString serverStatus(const QString &username);
    void selectRow(Section section, const QString &id);
    static void keys(const QString &text);
    // The focus widget's object name, or its class when it has none.
    static QString focusName();
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    secrets::MemoryStore m_keychain;
    QStringList m_offenders;
};

void TestAccessibility::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAccessibility::init()
{
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->profiles()->setSecretStore(&m_keychain);
    m_window->setConnection(m_connection);
    m_window->show();
    m_window->activateWindow(); // shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->state() == State::Complete, 20000);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

void TestAccessibility::audit(QWidget *window, const QString &where)
{
    Audit audit;
    audit.walk(QAccessible::queryAccessibleInterface(window));
    for (const QString &entry : std::as_const(audit.unnamed))
        m_offenders << QStringLiteral("%1: no name: %2").arg(where, entry);
    for (const QString &entry : audit.duplicates())
        m_offenders << QStringLiteral("%1: same name twice: %2").arg(where, entry);
}

QDialog *TestAccessibility::openedDialog()
{
    QDialog *found = nullptr;
    const auto visibleDialog = [this, &found] {
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visibleDialog, 10000))
        return nullptr;
    return QTest::qWaitForWindowExposed(found) ? found : nullptr;
}

QString TestAccessibility::errorText(QWidget *dialog)
{
    auto *label = dialog ? dialog->findChild<QLabel *>(QStringLiteral("errorLabel")) : nullptr;
    return label && label->isVisible() ? QStringLiteral(" | ") + label->text() : QString();
}

void TestAccessibility::closeDialogs()
{
    for (QDialog *dialog : m_window->findChildren<QDialog *>())
        if (dialog->isVisible())
            dialog->reject();
    QTRY_VERIFY([this] {
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            if (dialog->isVisible())
                return false;
        return true;
    }());
}

QString TestAccessibility::createUser(const QString &prefix)
{
    cognito::CreateUserRequest request;
    request.username = test::uniqueName(prefix).toLower();
    request.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
    request.messageAction = cognito::MessageAction::Suppress;
    request.attributes = {
        {QStringLiteral("email"), request.username + QStringLiteral("@example.com")}};
    const auto created = aws::await(
        m_connection->identityProvider()->adminCreateUser(m_stack.userPoolId(), request));
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? request.username : QString();
}

void TestAccessibility::listUsers(const QString &prefix, int expected)
{
    m_window->showSection(Section::Users, m_stack.userPoolId());
    gui::ListPage *page = m_window->page(Section::Users);
    auto *value = page->findChild<QLineEdit *>(QStringLiteral("filterValueLineEdit"));
    QVERIFY(value);
    value->clear();
    QTest::keyClicks(value, prefix);
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model()->state() == State::Complete && page->model()->rowCount() == expected, 20000);
}

void TestAccessibility::selectRow(Section section, const QString &id)
{
    QTableView *view = m_window->page(section)->view();
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), models::IdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    view->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
}

QStringList TestAccessibility::serverGroups(const QString &username)
{
    const auto groups = aws::await(
        m_connection->identityProvider()->adminListGroupsForUser(m_stack.userPoolId(), username));
    QStringList names;
    if (groups)
        for (const cognito::Group &group : groups.value().items)
            names.append(group.name);
    return names;
}

QString TestAccessibility::serverStatus(const QString &username)
{
    const auto user =
        aws::await(m_connection->identityProvider()->adminGetUser(m_stack.userPoolId(), username));
    return user ? user.value().status : user.error().type;
}

QString TestAccessibility::focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return QStringLiteral("(no focus)");
    return focus->objectName().isEmpty()
               ? QString::fromLatin1(focus->metaObject()->className()) + QStringLiteral(" in ") +
                     focus->window()->objectName()
               : focus->objectName();
}

// Keys go where the keyboard focus is, as they would for a person.
void TestAccessibility::keys(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

void TestAccessibility::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        focus = QApplication::activeWindow();
    QVERIFY2(focus, "no active window");
    QTest::keyClick(focus, key, modifiers);
}

void TestAccessibility::everyWindowNamesItsControls()
{
    const QString username = createUser(QStringLiteral("a11y-audit-"));
    QVERIFY(!username.isEmpty());
    const auto trigger = [this](const char *action) {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(action));
        QVERIFY2(found && found->isEnabled(), action);
        found->trigger();
    };

    // The pools, and the pool's own forms.
    m_window->showSection(Section::Pools);
    audit(m_window.get(), QStringLiteral("main window, pools"));
    trigger("newAction");
    QDialog *dialog = openedDialog();
    QVERIFY(dialog);
    audit(dialog, QStringLiteral("create pool"));
    closeDialogs();
    selectRow(Section::Pools, m_stack.userPoolId());
    trigger("openAction");
    QVERIFY((dialog = openedDialog()));
    audit(dialog, QStringLiteral("pool"));
    closeDialogs();
    trigger("comparePoolAction");
    QVERIFY((dialog = openedDialog()));
    audit(dialog, QStringLiteral("compare pools"));
    closeDialogs();
    trigger("fixturesAction");
    QVERIFY((dialog = openedDialog()));
    audit(dialog, QStringLiteral("test users"));
    closeDialogs();
    trigger("auditLogAction");
    QVERIFY((dialog = openedDialog()));
    audit(dialog, QStringLiteral("audit log"));
    closeDialogs();

    // Users: the list, the pane (one user shown) and every user form.
    listUsers(username, 1);
    selectRow(Section::Users, username);
    QTRY_COMPARE(m_window->users()->currentUser(), username);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->users()->poolGroups()->state() == State::Complete, 20000);
    audit(m_window.get(), QStringLiteral("main window, users"));
    const struct
    {
        const char *action;
        const char *where;
    } userForms[] = {{"newAction", "create user"},
                     {"setPasswordAction", "set password"},
                     {"confirmSignUpAction", "confirm sign-up"},
                     {"completeNewPasswordAction", "new-password challenge (both pages)"},
                     {"signUpAction", "sign up (both pages)"},
                     {"importUsersAction", "import wizard (every page)"},
                     {"createUsersFromCsvAction", "create users from CSV"}};
    for (const auto &form : userForms) {
        trigger(form.action);
        QVERIFY2((dialog = openedDialog()), form.where);
        // The forms fill in from the service (the pool's attributes, its clients) and then
        // offer OK, or, where an app client is to be chosen first, the clients; a form
        // without OK (the wizard) is audited as it is.
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        auto *clients = dialog->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
        auto *forms = dialog->findChild<gui::UserFormsController *>();
        if (clients && forms)
            QTRY_VERIFY2_WITH_TIMEOUT(clients->count() > 0 && !forms->isBusy(), form.where, 20000);
        else if (QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr)
            QTRY_VERIFY2_WITH_TIMEOUT(ok->isEnabled(), form.where, 20000);
        audit(dialog, QString::fromLatin1(form.where));
        closeDialogs();
    }

    // The job window of a bulk run on several users, at its end.
    {
        const QString prefix = test::uniqueName(QStringLiteral("a11y-job-")).toLower();
        const QStringList users{createUser(prefix), createUser(prefix)};
        QVERIFY(!users.contains(QString()));
        listUsers(prefix, 2);
        QTableView *view = m_window->page(Section::Users)->view();
        view->selectAll();
        QTRY_COMPARE(m_window->users()->selection().size(), 2);
        QSignalSpy finished(m_window->users(), &gui::UsersController::bulkFinished);
        m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
        trigger("disableAction");
        QVERIFY(finished.wait(20000));
        QVERIFY((dialog = m_window->users()->jobDialog()));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        audit(dialog, QStringLiteral("job window"));
        closeDialogs();
    }

    // Groups and app clients, with their forms.
    for (const auto &[section, id, where] :
         {std::tuple{Section::Groups, QStringLiteral("testers"), QStringLiteral("groups")},
          std::tuple{Section::Clients, m_stack.clientId(QStringLiteral("demo-web")),
                     QStringLiteral("app clients")}}) {
        m_window->showSection(section, m_stack.userPoolId());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->page(section)->model()->state() == State::Complete,
                                 20000);
        audit(m_window.get(), QStringLiteral("main window, ") + where);
        trigger("newAction");
        QVERIFY((dialog = openedDialog()));
        audit(dialog, QStringLiteral("new, ") + where);
        closeDialogs();
        selectRow(section, id);
        trigger("openAction");
        QVERIFY((dialog = openedDialog()));
        audit(dialog, QStringLiteral("open, ") + where);
        closeDialogs();
    }

    m_window->showSection(Section::ImportJobs, m_stack.userPoolId());
    audit(m_window.get(), QStringLiteral("main window, import jobs"));
    m_window->showSection(Section::Tokens, m_stack.userPoolId());
    audit(m_window.get(), QStringLiteral("main window, token workbench"));

    trigger("profilesAction");
    QVERIFY((dialog = openedDialog()));
    audit(dialog, QStringLiteral("profiles"));
    closeDialogs();

    if (!m_offenders.isEmpty())
        qWarning().noquote() << QStringLiteral("Controls a screen reader cannot tell apart:\n  ") +
                                    m_offenders.join(QStringLiteral("\n  "));
    QVERIFY2(m_offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 offenders").arg(m_offenders.size())));
}

// The users page while it searches the pool's local copy: the search field, the facets, the
// count and the copy's actions each have a name of their own.
void TestAccessibility::usersPageWithALocalCopyNamesItsControls()
{
    m_offenders.clear();
    m_window->showSection(Section::Users, m_stack.userPoolId());
    auto *mirror = m_window->findChild<gui::UsersMirror *>(QStringLiteral("usersMirror"));
    QVERIFY(mirror);
    QSignalSpy synced(mirror, &gui::UsersMirror::syncFinished);
    mirror->sync();
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 30000);
    const QString path = mirror->path();
    QVERIFY(synced.first().at(0).toBool());
    QVERIFY(mirror->isActive());
    selectRow(Section::Users, QStringLiteral("carol"));
    QTRY_COMPARE(m_window->users()->currentUser(), QStringLiteral("carol"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->users()->poolGroups()->state() == State::Complete, 20000);
    audit(m_window.get(), QStringLiteral("main window, users from the local copy"));
    // Each field's label names it and takes the focus to it (Alt+letter).
    for (const char *field :
         {"mirrorSearchEdit", "mirrorStatusCombo", "mirrorEnabledCombo", "mirrorGroupCombo"}) {
        auto *widget = mirror->findChild<QWidget *>(QString::fromLatin1(field));
        QVERIFY2(widget && widget->isVisible(), field);
        bool labelled = false;
        for (QLabel *label : mirror->findChildren<QLabel *>())
            labelled = labelled || label->buddy() == widget;
        QVERIFY2(labelled, field);
    }
    m_window.reset();
    QVERIFY(QFile::remove(path));
    if (!m_offenders.isEmpty())
        qWarning().noquote() << QStringLiteral("Controls a screen reader cannot tell apart:\n  ") +
                                    m_offenders.join(QStringLiteral("\n  "));
    QVERIFY2(m_offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 offenders").arg(m_offenders.size())));
}

void TestAccessibility::keyboardOnlyCreateChallengeAndGroup()
{
    const QString username = test::uniqueName(QStringLiteral("a11y-keys-")).toLower();
    const QString temporary = QStringLiteral("Keyb0ard-Temp!");
    const QString chosen = QStringLiteral("Keyb0ard-Chosen!");

    // The tree: Ctrl+1, then the pool by typing its name (it opens on its users).
    key(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("navigationTreeView"));
    keys(m_stack.poolName());
    QTRY_COMPARE(m_window->page(Section::Users)->property("poolId").toString(),
                 m_stack.userPoolId());
    QVERIFY(m_window->page(Section::Users)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->page(Section::Users)->model()->state() != State::Loading,
                             20000);

    // Create User: Ctrl+N, the username (the form opens on it), the temporary password by
    // its label's mnemonic, Enter.
    key(Qt::Key_N, Qt::ControlModifier);
    QPointer<QDialog> dialog = openedDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), 20000);
    QTRY_COMPARE(focusName(), QStringLiteral("usernameLineEdit"));
    keys(username);
    key(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("passwordLineEdit"));
    keys(temporary);
    // The pool's required attributes (email) follow in tab order.
    if (auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("attributeLineEdit_email"))) {
        for (int i = 0; i < 10 && QApplication::focusWidget() != email; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), email);
        keys(username + QStringLiteral("@example.com"));
    }
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"),
                              20000);
    // The new user is selected and shown.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->users()->currentUser(), username, 20000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // Offscreen has no window manager to give the window back its activation.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // The new-password challenge: Ctrl+Shift+N, the temporary password, Enter; then the new
    // one twice, Enter.
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY((dialog = openedDialog()));
    auto *clients = dialog->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
    QPushButton *signIn = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(
        clients->count() > 0 && !dialog->findChild<gui::UserFormsController *>()->isBusy(), 20000);
    // The form starts at its top: no app client is chosen for the user, and Sign In waits
    // for one, typed by its name; Tab goes on to the temporary password.
    QCOMPARE(focusName(), QStringLiteral("clientComboBox"));
    QCOMPARE(clients->currentIndex(), -1);
    QVERIFY(!signIn->isEnabled());
    keys(QStringLiteral("demo-web"));
    QCOMPARE(clients->currentData().toString(), m_stack.clientId(QStringLiteral("demo-web")));
    QVERIFY(signIn->isEnabled());
    key(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("temporaryPasswordLineEdit"));
    keys(temporary);
    key(Qt::Key_Return);
    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                              QStringLiteral("newPasswordPage"), 20000);
    QTRY_COMPARE(focusName(), QStringLiteral("passwordLineEdit"));
    keys(chosen);
    key(Qt::Key_F, Qt::AltModifier); // Con&firm:
    QCOMPARE(focusName(), QStringLiteral("confirmPasswordLineEdit"));
    keys(chosen);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(username), QStringLiteral("CONFIRMED"), 20000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Still the same user, with the new state.
    QTRY_COMPARE(m_window->users()->currentUser(), username);
    auto *summary = m_window->userDetailPane()->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(QLatin1String("CONFIRMED")),
                              qPrintable(summary->text()), 20000);

    // A group: Ctrl+G goes to the group picker; typing chooses; Tab, Space adds.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->users()->poolGroups()->state() == State::Complete, 20000);
    key(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("groupComboBox"));
    keys(QStringLiteral("testers"));
    QCOMPARE(static_cast<QComboBox *>(QApplication::focusWidget())->currentText(),
             QStringLiteral("testers"));
    key(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("addToGroupButton"));
    key(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(serverGroups(username), QStringList{QStringLiteral("testers")},
                              20000);
}

// A support task with the keyboard alone: find a user who has not chosen a password yet,
// select them, and set a permanent password for them.
void TestAccessibility::keyboardOnlySetPermanentPassword()
{
    const QString username = createUser(QStringLiteral("a11y-support-"));
    QVERIFY(!username.isEmpty());
    QCOMPARE(serverStatus(username), QStringLiteral("FORCE_CHANGE_PASSWORD"));
    const QString chosen = QStringLiteral("Supp0rt-Chosen!");

    // The tree: Ctrl+1, the pool by typing its name (it opens on its users).
    key(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("navigationTreeView"));
    keys(m_stack.poolName());
    gui::ListPage *page = m_window->page(Section::Users);
    QTRY_COMPARE(page->property("poolId").toString(), m_stack.userPoolId());
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() != State::Loading, 20000);

    // The pool's search: Ctrl+F goes to the list's filter, Shift+Tab back to the search's
    // value; the user's name, Enter.
    key(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("quickFilterLineEdit"));
    for (int i = 0; i < 5 && focusName() != QLatin1String("filterValueLineEdit"); ++i)
        key(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), QStringLiteral("filterValueLineEdit"));
    keys(username);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model()->state() == State::Complete && page->view()->model()->rowCount() == 1, 20000);

    // The list: Ctrl+2, Down and Space select the user.
    key(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("tableView"));
    key(Qt::Key_Down);
    key(Qt::Key_Space);
    QTRY_COMPARE(m_window->users()->currentUser(), username);

    // Set password: Ctrl+Shift+P opens on the password; Permanent by its mnemonic; Enter.
    key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<QDialog> dialog = openedDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), 20000);
    QTRY_COMPARE(focusName(), QStringLiteral("passwordLineEdit"));
    keys(chosen);
    auto *permanent = dialog->findChild<QCheckBox *>(QStringLiteral("permanentCheckBox"));
    QVERIFY(!permanent->isChecked());
    key(Qt::Key_E, Qt::AltModifier); // P&ermanent (a mnemonic's click is animated)
    QTRY_VERIFY(permanent->isChecked());
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(username) + errorText(dialog),
                              QStringLiteral("CONFIRMED"), 20000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_window->users()->currentUser(), username);
}

// A tester's task with the keyboard alone: the pool's token workbench, an app client and
// the password flow chosen, signed in as a demo user, the ID token shown.
void TestAccessibility::keyboardOnlyTokenSignIn()
{
    const QString tester = QStringLiteral("alice");
    const QString password = m_stack.password(tester);
    QVERIFY(!password.isEmpty());

    // The tree: Ctrl+1, the pool by its name, Right into its sections, Down to Tokens.
    key(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("navigationTreeView"));
    keys(m_stack.poolName());
    QTRY_COMPARE(m_window->page(Section::Users)->property("poolId").toString(),
                 m_stack.userPoolId());
    key(Qt::Key_Right); // opens the pool (or, open, goes to its first section)
    key(Qt::Key_Right); // its first section, Users
    for (int i = 0; i < 4; ++i)
        key(Qt::Key_Down);
    auto *tree = static_cast<QTreeView *>(QApplication::focusWidget());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Tokens"));
    QTRY_VERIFY(m_window->tokensPage()->isVisible());

    // Ctrl+2 goes to the workbench's first field, the app client: typed by name.
    gui::TokenWorkbench *workbench = m_window->tokenWorkbench();
    auto *clients = workbench->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
    const QString web = m_stack.clientId(QStringLiteral("demo-web"));
    QTRY_VERIFY_WITH_TIMEOUT(clients->findData(web) >= 0, 20000);
    QCOMPARE(clients->currentIndex(), -1);
    key(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("clientComboBox"));
    keys(QStringLiteral("demo-web"));
    QCOMPARE(clients->currentData().toString(), web);

    // Tab to the method: the password flow, typed by name; Tab, the user; Tab, the password.
    key(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("methodComboBox"));
    keys(QStringLiteral("Password"));
    QCOMPARE(workbench->findChild<QComboBox *>(QStringLiteral("methodComboBox"))->currentData(),
             QVariant(int(gui::TokenWorkbenchController::Method::Password)));
    key(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("usernameLineEdit"));
    keys(tester);
    key(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("passwordLineEdit"));
    keys(password);
    auto *signIn = workbench->findChild<QPushButton *>(QStringLiteral("signInPushButton"));
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 20000); // the client, described
    key(Qt::Key_Return);

    // The ID token's claims are shown.
    gui::TokenWorkbenchController *controller = workbench->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasTokens() || controller->lastError(), 20000);
    QVERIFY2(!controller->lastError(),
             qPrintable(controller->lastError() ? controller->lastError()->toString() : QString()));
    auto *claims = workbench->findChild<QTreeView *>(QStringLiteral("idTreeView"));
    QTRY_VERIFY(claims->model()->rowCount() > 0);
    const models::ClaimsModel *idClaims =
        controller->claims(gui::TokenWorkbenchController::TokenKind::Id);
    QCOMPARE(
        idClaims
            ->indexForPath(QStringLiteral("payload/cognito:username"), models::ClaimsColumn::Value)
            .data()
            .toString(),
        tester);
}

void TestAccessibility::groupPickerStartsEmpty()
{
    const QString username = createUser(QStringLiteral("a11y-group-"));
    QVERIFY(!username.isEmpty());
    listUsers(username, 1);
    selectRow(Section::Users, username);
    gui::UserDetailPane *pane = m_window->userDetailPane();
    auto *combo = pane->findChild<QComboBox *>(QStringLiteral("groupComboBox"));
    auto *add = pane->findChild<QPushButton *>(QStringLiteral("addToGroupButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->users()->poolGroups()->state() == State::Complete && combo->count() > 0, 20000);
    // Nothing chosen: no group offered as a default, and Add cannot be pressed.
    QCOMPARE(combo->currentIndex(), -1);
    QVERIFY2(combo->currentText().isEmpty(), qPrintable(combo->currentText()));
    QVERIFY(!add->isEnabled());
    add->click();
    QTRY_COMPARE(m_window->users()->isRunning(), false);
    QCOMPARE(serverGroups(username), QStringList());

    // Chosen: Add is offered, and afterwards the picker is empty again.
    combo->setCurrentIndex(combo->findText(QStringLiteral("testers")));
    QVERIFY(add->isEnabled());
    add->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverGroups(username), QStringList{QStringLiteral("testers")},
                              20000);
    QCOMPARE(combo->currentIndex(), -1);
    QVERIFY(!add->isEnabled());
}

void TestAccessibility::formsKeepTheUserSelected()
{
    const QString prefix = test::uniqueName(QStringLiteral("a11y-keep-")).toLower();
    const QString username = createUser(prefix);
    const QString other = createUser(prefix);
    QVERIFY(!username.isEmpty() && !other.isEmpty());
    listUsers(prefix, 2);
    selectRow(Section::Users, username);
    QTRY_COMPARE(m_window->users()->currentUser(), username);

    // Set password (permanent): the user stays selected and the pane shows the new state.
    m_window->findChild<QAction *>(QStringLiteral("setPasswordAction"))->trigger();
    QPointer<QDialog> dialog = openedDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), 20000);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    QVERIFY(password);
    QTest::keyClicks(password, QStringLiteral("Kept-Passw0rd!"));
    if (auto *permanent = dialog->findChild<QCheckBox *>(QStringLiteral("permanentCheckBox")))
        permanent->setChecked(true);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(username) + errorText(dialog),
                              QStringLiteral("CONFIRMED"), 20000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    auto *summary = m_window->userDetailPane()->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(QLatin1String("CONFIRMED")),
                              qPrintable(summary->text()), 20000);
    QCOMPARE(m_window->users()->currentUser(), username);
    QCOMPARE(m_window->page(Section::Users)->selectedIds(), QStringList{username});
    auto *name = m_window->userDetailPane()->findChild<QLabel *>(QStringLiteral("usernameLabel"));
    QVERIFY2(name->text().contains(username), qPrintable(name->text()));

    // Refresh (F5) keeps the selection too.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->page(Section::Users)->model()->state() == State::Complete,
                             20000);
    QTRY_COMPARE(m_window->users()->currentUser(), username);
}

void TestAccessibility::paneFollowsTheSelection()
{
    const QString prefix = test::uniqueName(QStringLiteral("a11y-sel-")).toLower();
    const QStringList users{createUser(prefix), createUser(prefix)};
    QVERIFY(!users.contains(QString()));
    listUsers(prefix, 2);
    QTableView *view = m_window->page(Section::Users)->view();
    view->clearSelection();
    auto *name = m_window->userDetailPane()->findChild<QLabel *>(QStringLiteral("usernameLabel"));

    // Selected without moving the current index (Ctrl+Space, a programmatic selection):
    // the pane shows that user, as the actions would act on them.
    const QModelIndexList first = view->model()->match(view->model()->index(0, 0), models::IdRole,
                                                       users.at(0), 1, Qt::MatchExactly);
    QCOMPARE(first.size(), 1);
    view->selectionModel()->select(first.first(),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_window->users()->currentUser(), users.at(0));
    QVERIFY2(name->text().contains(users.at(0)), qPrintable(name->text()));

    // Two selected: the pane says so and offers the bulk actions, which name both.
    const QModelIndexList second = view->model()->match(view->model()->index(0, 0), models::IdRole,
                                                        users.at(1), 1, Qt::MatchExactly);
    view->selectionModel()->select(second.first(),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY2(name->text().contains(QLatin1String("2 users selected")),
                 qPrintable(name->text()));
    QVERIFY(m_window->users()->currentUser().isEmpty());
    auto *disable =
        m_window->userDetailPane()->findChild<QPushButton *>(QStringLiteral("disableButton"));
    auto *setPassword =
        m_window->userDetailPane()->findChild<QPushButton *>(QStringLiteral("setPasswordButton"));
    QVERIFY(disable->isEnabled());
    QVERIFY(!setPassword->isEnabled());
    QVERIFY2(disable->toolTip().contains(QLatin1String("2 users")), qPrintable(disable->toolTip()));
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    disable->click();
    QTRY_COMPARE(m_window->users()->isRunning(), false);
    for (const QString &username : users) {
        const auto user = aws::await(
            m_connection->identityProvider()->adminGetUser(m_stack.userPoolId(), username));
        QVERIFY(user);
        QVERIFY2(!user.value().enabled, qPrintable(username));
    }
    QVERIFY2(m_interaction->prompts.value(0).contains(QLatin1String("2 users")),
             qPrintable(m_interaction->prompts.join(u'\n')));

    // Back to one: the pane shows it again.
    view->selectionModel()->select(first.first(),
                                   QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_window->users()->currentUser(), users.at(1));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
