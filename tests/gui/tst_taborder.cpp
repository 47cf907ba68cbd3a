#include "gui/admin/adminforms.h"
#include "gui/admin/bulkrundialog.h"
#include "gui/admin/controller.h"
#include "gui/bulkjobdialog.h"
#include "gui/listpage.h"
#include "gui/mainwindow.h"
#include "gui/profiles/profilescontroller.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/tokens/tokenworkbenchcontroller.h"
#include "gui/users/passwordedit.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "guitest.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"
#include "secrets/memorystore.h"
#include "support/scriptedinteraction.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>
#include <QtTest>

using namespace cdesk;
using Section = gui::MainWindow::Section;
using State = models::PagedListModel::State;

namespace {

// Widgets whose tops differ by at most this much are on one row (a line edit beside a
// taller button, a label's field beside a check box).
constexpr int RowTolerance = 8;

QString nameOf(const QWidget *widget)
{
    QString path;
    for (const QObject *o = widget; o; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
            return QString::fromLatin1(widget->metaObject()->className()) + u' ' + o->objectName() +
                   (o == widget ? QString() : QStringLiteral("/…"));
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return QString::fromLatin1(widget->metaObject()->className());
}

// What Tab visits in `window`, in order: what QWidget::focusNextPrevChild would stop at
// (visible, enabled, taking the focus by Tab, not forwarding it to a proxy).
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        if (stops.contains(widget))
            break; // a chain that loops without passing the window
        stops << widget;
    }
    return stops;
}

QRect geometryIn(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// Where `a` and `b` part: their ancestors (or themselves) that are children of the nearest
// widget holding both. Side-by-side panels (a splitter's halves, group boxes in a row) are
// filled one after the other: a panel's fields are compared with the next panel as a whole.
std::pair<const QWidget *, const QWidget *> partingOf(const QWidget *a, const QWidget *b)
{
    for (const QWidget *left = a; left; left = left->parentWidget()) {
        const QWidget *holder = left->parentWidget();
        if (!holder || !holder->isAncestorOf(b))
            continue;
        const QWidget *right = b;
        while (right->parentWidget() != holder)
            right = right->parentWidget();
        return {left, right};
    }
    return {a, b};
}

// Each stop against the one before it: it has to be below it, or on its row to its right
// (what is compared: the two stops, or the panels they are in, see partingOf).
QStringList offendersIn(QWidget *window, const QString &where)
{
    QStringList offenders;
    const QList<QWidget *> stops = tabStops(window);
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const auto [first, second] = partingOf(stops.at(i - 1), stops.at(i));
        const QRect before = geometryIn(first, window);
        const QRect after = geometryIn(second, window);
        const bool below = after.top() > before.top() + RowTolerance;
        const bool sameRowRight = std::abs(after.top() - before.top()) <= RowTolerance &&
                                  after.left() >= before.left() - RowTolerance;
        if (!below && !sameRowRight)
            offenders << QStringLiteral("%1: %2 at (%3,%4) comes after %5 at (%6,%7)")
                             .arg(where, nameOf(stops.at(i)))
                             .arg(geometryIn(stops.at(i), window).left())
                             .arg(geometryIn(stops.at(i), window).top())
                             .arg(nameOf(stops.at(i - 1)))
                             .arg(geometryIn(stops.at(i - 1), window).left())
                             .arg(geometryIn(stops.at(i - 1), window).top());
    }
    return offenders;
}

} // namespace

// The tab order of every page of the main window and of every dialog (each page of the
// multi-page ones), against the geometry the user sees: a form is filled top to bottom,
// left to right.
class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theRuleCatchesAWrongOrder();
    void passwordEditTakesPartInTheTabOrder();
    void everyFormIsFilledTopToBottom();
    void usersPageWithALocalCopy();

private:
    void check(QWidget *window, const QString &where);
    // Every page of `dialog`'s page stacks (or its wizard's pages) in turn.
    void checkDialog(QDialog *dialog, const QString &where);
    QDialog *openedDialog();
    void closeDialogs();
    void trigger(const char *action);
    void selectRow(Section section, const QString &id);

    test::LocalStack m_stack;
    std::shared_ptr<cognito::Connection> m_connection;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<test::ScriptedInteraction> m_interaction;
    secrets::MemoryStore m_keychain;
    QStringList m_offenders;
};

void TestTabOrder::initTestCase()
{
    const QString error = test::setUpAgainstServer(&m_stack, &m_connection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTabOrder::init()
{
    m_offenders.clear();
    m_interaction = std::make_unique<test::ScriptedInteraction>();
    m_window = std::make_unique<gui::MainWindow>();
    m_window->profiles()->setSecretStore(&m_keychain);
    m_window->setConnection(m_connection);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->poolsModel()->state() == State::Complete, 20000);
}

void TestTabOrder::cleanup()
{
    m_window.reset();
    m_interaction.reset();
}

void TestTabOrder::check(QWidget *window, const QString &where)
{
    QCoreApplication::sendPostedEvents(); // layouts settle
    const QList<QWidget *> stops = tabStops(window);
    if (stops.size() < 2)
        qWarning().noquote() << where << "has fewer than two tab stops";
    m_offenders << offendersIn(window, where);
}

void TestTabOrder::checkDialog(QDialog *dialog, const QString &where)
{
    if (auto *wizard = qobject_cast<QWizard *>(dialog)) {
        const QList<int> ids = wizard->pageIds();
        for (int id : ids) {
            wizard->setStartId(id);
            wizard->restart();
            QTRY_COMPARE(wizard->currentId(), id);
            check(dialog, where + QStringLiteral(", page %1").arg(id));
        }
        return;
    }
    // The dialog's own page stacks (not those of a form placed in it, checked with it).
    const QList<QStackedWidget *> stacks = dialog->findChildren<QStackedWidget *>();
    bool paged = false;
    for (QStackedWidget *stack : stacks) {
        if (!stack->isVisible() || stack->count() < 2 ||
            !stack->objectName().startsWith(QLatin1String("pages")))
            continue;
        paged = true;
        const int shown = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            check(dialog, where + QStringLiteral(", page ") + stack->widget(i)->objectName());
        }
        stack->setCurrentIndex(shown);
    }
    if (!paged)
        check(dialog, where);
}

QDialog *TestTabOrder::openedDialog()
{
    QDialog *found = nullptr;
    const auto visibleDialog = [this, &found] {
        for (QDialog *dialog : m_window->findChildren<QDialog *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visibleDialog, 10000) || !QTest::qWaitForWindowExposed(found))
        return nullptr;
    // The forms fill in from the service (a pool's attributes, its clients) and are then
    // laid out as the user sees them; nothing shows progress any more.
    const auto settled = [found] {
        for (const QWidget *busy : found->findChildren<QWidget *>(QStringLiteral("busyWidget")))
            if (busy->isVisible())
                return false;
        for (auto *clients : found->findChildren<QComboBox *>(QStringLiteral("clientComboBox")))
            if (clients->count() == 0)
                return false;
        return true;
    };
    return QTest::qWaitFor(settled, 20000) ? found : nullptr;
}

void TestTabOrder::closeDialogs()
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

void TestTabOrder::trigger(const char *action)
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(action));
    QVERIFY2(found && found->isEnabled(), action);
    found->trigger();
}

void TestTabOrder::selectRow(Section section, const QString &id)
{
    QTableView *view = m_window->page(section)->view();
    // Waits for the row to be shown, not for the server's listing to be complete: the pool
    // is shared with tests that add users, so the listing may be longer than its first page,
    // and a page showing the local copy does not list the server at all.
    QModelIndexList found;
    QTRY_VERIFY_WITH_TIMEOUT((found = view->model()->match(view->model()->index(0, 0),
                                                           models::IdRole, id, 1, Qt::MatchExactly))
                                     .size() == 1,
                             20000);
    view->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
}

void TestTabOrder::theRuleCatchesAWrongOrder()
{
    // Three fields, one above the other, the middle one last: the check names it; in the
    // right order it names none.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    QList<QLineEdit *> fields;
    for (const char *name : {"topLineEdit", "middleLineEdit", "bottomLineEdit"}) {
        fields << new QLineEdit(&window);
        fields.last()->setObjectName(QString::fromLatin1(name));
        layout->addWidget(fields.last());
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(offendersIn(&window, QStringLiteral("right")).isEmpty());
    QWidget::setTabOrder(fields.at(0), fields.at(2));
    QCOMPARE(tabStops(&window), (QList<QWidget *>{fields.at(0), fields.at(2), fields.at(1)}));
    const QStringList offenders = offendersIn(&window, QStringLiteral("wrong"));
    QCOMPARE(offenders.size(), 1);
    QVERIFY2(offenders.first().contains(QLatin1String("middleLineEdit at")),
             qPrintable(offenders.first()));
}

void TestTabOrder::passwordEditTakesPartInTheTabOrder()
{
    // Made bottom first, then ordered as shown: the composite's field and its Generate
    // button come between the fields above and below it, and focus given to the composite
    // goes to its field.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *below = new QLineEdit(&window);
    auto *password = new gui::PasswordEdit(&window);
    auto *above = new QLineEdit(&window);
    layout->addWidget(above);
    layout->addWidget(password);
    layout->addWidget(below);
    QWidget::setTabOrder(above, password);
    QWidget::setTabOrder(password, below);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *field = password->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    auto *generate = password->findChild<QPushButton *>(QStringLiteral("generateButton"));
    QCOMPARE(tabStops(&window), (QList<QWidget *>{above, field, generate, below}));
    QVERIFY(offendersIn(&window, QStringLiteral("password")).isEmpty());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    password->setFocus(Qt::OtherFocusReason);
    QCOMPARE(QApplication::focusWidget(), field);
}

void TestTabOrder::everyFormIsFilledTopToBottom()
{
    const auto dialogOf = [this](const char *action, const QString &where) {
        trigger(action);
        QDialog *dialog = openedDialog();
        QVERIFY2(dialog, qPrintable(where));
        checkDialog(dialog, where);
        closeDialogs();
    };

    // The pools, and the pool's own forms.
    m_window->showSection(Section::Pools);
    check(m_window.get(), QStringLiteral("main window, pools"));
    dialogOf("newAction", QStringLiteral("create pool"));
    selectRow(Section::Pools, m_stack.userPoolId());
    dialogOf("openAction", QStringLiteral("pool"));
    dialogOf("comparePoolAction", QStringLiteral("compare pools"));
    dialogOf("fixturesAction", QStringLiteral("test users"));
    dialogOf("auditLogAction", QStringLiteral("audit log"));

    // Users, one shown in the pane, and every user form.
    m_window->showSection(Section::Users, m_stack.userPoolId());
    selectRow(Section::Users, QStringLiteral("carol"));
    QTRY_COMPARE(m_window->users()->currentUser(), QStringLiteral("carol"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->users()->poolGroups()->state() == State::Complete, 20000);
    check(m_window.get(), QStringLiteral("main window, users"));
    dialogOf("newAction", QStringLiteral("create user"));
    dialogOf("setPasswordAction", QStringLiteral("set password"));
    dialogOf("confirmSignUpAction", QStringLiteral("confirm sign-up"));
    dialogOf("completeNewPasswordAction", QStringLiteral("new-password challenge"));
    dialogOf("signUpAction", QStringLiteral("sign up"));
    dialogOf("importUsersAction", QStringLiteral("import wizard"));
    dialogOf("createUsersFromCsvAction", QStringLiteral("create users from CSV"));

    // Groups and app clients, with their forms.
    for (const auto &[section, id, where] :
         {std::tuple{Section::Groups, QStringLiteral("testers"), QStringLiteral("groups")},
          std::tuple{Section::Clients, m_stack.clientId(QStringLiteral("demo-web")),
                     QStringLiteral("app clients")}}) {
        m_window->showSection(section, m_stack.userPoolId());
        selectRow(section, id);
        check(m_window.get(), QStringLiteral("main window, ") + where);
        dialogOf("newAction", QStringLiteral("new, ") + where);
        selectRow(section, id);
        dialogOf("openAction", QStringLiteral("open, ") + where);
    }

    m_window->showSection(Section::ImportJobs, m_stack.userPoolId());
    check(m_window.get(), QStringLiteral("main window, import jobs"));
    m_window->showSection(Section::Tokens, m_stack.userPoolId());
    check(m_window.get(), QStringLiteral("main window, token workbench"));

    // The workbench's new-password challenge, answered in place below the sign-in.
    cognito::CreateUserRequest request;
    request.username = test::uniqueName(QStringLiteral("taborder-")).toLower();
    request.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
    request.messageAction = cognito::MessageAction::Suppress;
    request.attributes = {
        {QStringLiteral("email"), request.username + QStringLiteral("@example.com")}};
    QVERIFY(aws::await(
        m_connection->identityProvider()->adminCreateUser(m_stack.userPoolId(), request)));
    gui::TokenWorkbench *workbench = m_window->tokenWorkbench();
    auto *clients = workbench->findChild<QComboBox *>(QStringLiteral("clientComboBox"));
    const QString web = m_stack.clientId(QStringLiteral("demo-web"));
    QTRY_VERIFY_WITH_TIMEOUT(clients->findData(web) >= 0, 20000);
    clients->setCurrentIndex(clients->findData(web));
    auto *methods = workbench->findChild<QComboBox *>(QStringLiteral("methodComboBox"));
    methods->setCurrentIndex(
        methods->findData(int(gui::TokenWorkbenchController::Method::Password)));
    workbench->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))
        ->setText(request.username);
    workbench->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))
        ->setText(request.temporaryPassword);
    auto *signIn = workbench->findChild<QPushButton *>(QStringLiteral("signInPushButton"));
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 20000);
    signIn->click();
    auto *challenge = workbench->findChild<QWidget *>(QStringLiteral("challengeGroupBox"));
    QTRY_VERIFY_WITH_TIMEOUT(challenge->isVisible(), 20000);
    check(m_window.get(), QStringLiteral("main window, token workbench, new-password challenge"));

    dialogOf("profilesAction", QStringLiteral("profiles"));

    // A bulk run's outcome, kept open by an item that failed (a group that is not there).
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    gui::adminforms::deleteGroups(m_window.get(), m_connection, m_stack.userPoolId(),
                                  {test::uniqueName(QStringLiteral("absent-"))}, [] {});
    QPointer<gui::admin::BulkRunDialog> bulk = m_window->findChild<gui::admin::BulkRunDialog *>();
    QVERIFY(bulk);
    QTRY_VERIFY_WITH_TIMEOUT(!bulk->controller()->isBusy() && bulk->failedItems().size() == 1,
                             20000);
    QVERIFY(QTest::qWaitForWindowExposed(bulk));
    checkDialog(bulk, QStringLiteral("bulk run"));
    closeDialogs();

    // The job window of a bulk run on several users (two of its own), at its end.
    QStringList jobUsers;
    for (int i = 0; i < 2; ++i) {
        cognito::CreateUserRequest user;
        user.username = test::uniqueName(QStringLiteral("taborder-job-")).toLower();
        user.temporaryPassword = QStringLiteral("Temp-Passw0rd!");
        user.messageAction = cognito::MessageAction::Suppress;
        user.attributes = {
            {QStringLiteral("email"), user.username + QStringLiteral("@example.com")}};
        QVERIFY(aws::await(
            m_connection->identityProvider()->adminCreateUser(m_stack.userPoolId(), user)));
        jobUsers.append(user.username);
    }
    m_window->showSection(Section::Users, m_stack.userPoolId());
    QSignalSpy jobFinished(m_window->users(), &gui::UsersController::bulkFinished);
    m_interaction->answers.enqueue(gui::Interaction::Answer::Yes);
    m_window->users()->disableUsers(jobUsers);
    QVERIFY(jobFinished.wait(20000));
    QPointer<gui::BulkJobDialog> job = m_window->users()->jobDialog();
    QVERIFY(job);
    QVERIFY(QTest::qWaitForWindowExposed(job));
    checkDialog(job, QStringLiteral("job window"));
    closeDialogs();

    if (!m_offenders.isEmpty())
        qWarning().noquote() << QStringLiteral("Out of tab order:\n  ") +
                                    m_offenders.join(QStringLiteral("\n  "));
    QVERIFY2(m_offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 out of order").arg(m_offenders.size())));
}

// The users page while it searches the pool's local copy: the search field and the facets
// come first, then the count and the copy's actions, then the list.
void TestTabOrder::usersPageWithALocalCopy()
{
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
    check(m_window.get(), QStringLiteral("main window, users from the local copy"));
    m_window.reset();
    QVERIFY(QFile::remove(path));
    if (!m_offenders.isEmpty())
        qWarning().noquote() << QStringLiteral("Out of tab order:\n  ") +
                                    m_offenders.join(QStringLiteral("\n  "));
    QVERIFY2(m_offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 out of order").arg(m_offenders.size())));
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
