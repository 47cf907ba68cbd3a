#include "ui_mainwindow.h"

#include "cognito/auditlog.h"
#include "cognito/bulkjob.h"
#include "gui/admin/poolcomparedialog.h"
#include "gui/auditlogdialog.h"
#include "gui/backupcontroller.h"
#include "gui/busyindicator.h"
#include "gui/interaction.h"
#include "gui/listpage.h"
#include "gui/navigation.h"
#include "gui/profiles/profilescontroller.h"
#include "gui/sectionpages.h"
#include "gui/tokens/tokenworkbench.h"
#include "gui/userdetailpane.h"
#include "gui/users/csvcreatedialog.h"
#include "gui/users/fixturesdialog.h"
#include "gui/users/usersmirror.h"
#include "gui/userscontroller.h"
#include "mainwindow.h"
#include "models/pagedlistmodel.h"

#include <QComboBox>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

// The main window's actions: their shortcuts and icons, what each does in the section shown
// (the forms through the ActionRouter), when each is enabled, and the lists' context menus.

namespace cdesk::gui {

namespace {

// Focuses the first control of `area` that takes the focus by Tab.
void focusFirstChild(QWidget *area)
{
    for (QWidget *widget = area->nextInFocusChain(); widget && widget != area;
         widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace

void MainWindow::setUpActions()
{
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->newAction->setShortcut(QKeySequence::New);
    m_ui->deleteAction->setShortcut(QKeySequence::Delete);
    m_ui->enableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->disableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_ui->setPasswordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_ui->profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    // Every workflow without a mouse: the forms, and the three areas of the window (the
    // shortcuts are listed in the menus).
    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->signUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_ui->confirmSignUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->completeNewPasswordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->addToGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_ui->importUsersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ui->focusNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->focusListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_ui->focusDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    // SVG icons, sharp at any device pixel ratio, each file parsed once (cachedIcon); New
    // takes the icon of what it creates.
    m_ui->profilesAction->setIcon(cachedIcon(QStringLiteral(":/icons/profile.svg")));
    m_ui->refreshAction->setIcon(cachedIcon(QStringLiteral(":/icons/refresh.svg")));
    m_ui->deleteAction->setIcon(cachedIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->setPasswordAction->setIcon(cachedIcon(QStringLiteral(":/icons/password.svg")));
    m_ui->signUpAction->setIcon(cachedIcon(QStringLiteral(":/icons/user-add.svg")));
    m_ui->importUsersAction->setIcon(cachedIcon(QStringLiteral(":/icons/import.svg")));
    m_ui->createUsersFromCsvAction->setIcon(cachedIcon(QStringLiteral(":/icons/import.svg")));
}

void MainWindow::connectActions()
{
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] { reloadSection(section()); });
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        // The users' search of the local copy while it is shown, else the quick filter.
        if (section() == Section::Users && m_pages->builtUsers() &&
            m_pages->usersMirror()->isActive()) {
            m_pages->usersMirror()->focusSearch();
        } else if (ListPage *current = m_pages->builtPage(section())) {
            auto *quickFilter =
                current->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit"));
            quickFilter->setFocus(Qt::ShortcutFocusReason);
            quickFilter->selectAll();
        }
    });
    connect(m_ui->newAction, &QAction::triggered, this,
            [this] { openForm(createFormOf(section())); });
    connect(m_ui->openAction, &QAction::triggered, this,
            [this] { openForm(openFormOf(section())); });
    connect(m_ui->deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->enableAction, &QAction::triggered, this, [this] {
        if (section() == Section::Users)
            m_pages->users()->enableUsers(m_pages->users()->selection());
    });
    connect(m_ui->disableAction, &QAction::triggered, this, [this] {
        if (section() == Section::Users)
            m_pages->users()->disableUsers(m_pages->users()->selection());
    });
    const std::pair<QAction *, Form> userForms[] = {
        {m_ui->setPasswordAction, Form::SetPassword},
        {m_ui->confirmSignUpAction, Form::ConfirmSignUp},
        {m_ui->completeNewPasswordAction, Form::CompleteNewPassword},
        {m_ui->signUpAction, Form::SignUp},
        {m_ui->importUsersAction, Form::ImportUsers}};
    for (const auto &[action, form] : userForms)
        connect(action, &QAction::triggered, this,
                [this, chosen = form] { m_router->open(chosen, selectedIds().mid(0, 1)); });
    connect(m_ui->createUsersFromCsvAction, &QAction::triggered, this,
            &MainWindow::createUsersFromCsv);
    connect(m_ui->addToGroupAction, &QAction::triggered, this, [this] {
        if (section() != Section::Users)
            return;
        if (m_pages->users()->selection().size() > 1) {
            runOnSelectedUsers(cognito::BulkOperation::AddToGroup);
            return;
        }
        auto *groups =
            m_pages->userDetailPane()->findChild<QComboBox *>(QStringLiteral("groupComboBox"));
        if (groups && groups->isEnabled())
            groups->setFocus(Qt::ShortcutFocusReason);
    });
    const std::pair<QAction *, cognito::BulkOperation> userJobs[] = {
        {m_ui->removeFromGroupAction, cognito::BulkOperation::RemoveFromGroup},
        {m_ui->resetPasswordAction, cognito::BulkOperation::ResetPassword},
        {m_ui->signOutAction, cognito::BulkOperation::SignOut},
        {m_ui->setAttributeAction, cognito::BulkOperation::SetAttribute},
        {m_ui->deleteAttributeAction, cognito::BulkOperation::DeleteAttribute}};
    for (const auto &[action, operation] : userJobs)
        connect(action, &QAction::triggered, this, [this, chosen = operation] {
            if (section() == Section::Users)
                runOnSelectedUsers(chosen);
        });
    connect(m_ui->focusNavigationAction, &QAction::triggered, this,
            [this] { m_ui->navigationTreeView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->focusListAction, &QAction::triggered, this, [this] {
        if (ListPage *current = m_pages->builtPage(section()))
            current->view()->setFocus(Qt::ShortcutFocusReason);
        else if (section() == Section::Tokens)
            focusFirstChild(m_pages->tokenWorkbench());
    });
    connect(m_ui->focusDetailsAction, &QAction::triggered, this, [this] {
        if (section() == Section::Users)
            focusFirstChild(m_pages->userDetailPane());
        else if (section() == Section::Tokens)
            focusFirstChild(m_pages->tokenWorkbench());
    });
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::showProfilesDialog);
    connect(m_ui->comparePoolAction, &QAction::triggered, this, &MainWindow::comparePool);
    connect(m_ui->fixturesAction, &QAction::triggered, this, &MainWindow::openFixtures);
    connect(m_ui->auditLogAction, &QAction::triggered, this, [this] {
        // One window, not modal: raised when it is open already, read again.
        auto *dialog = findChild<AuditLogDialog *>(QStringLiteral("auditLogDialog"));
        if (!dialog) {
            dialog = new AuditLogDialog(cognito::AuditLog::defaultPath(), this);
            dialog->setObjectName(QStringLiteral("auditLogDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        } else {
            dialog->reload();
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    connect(m_ui->backupAction, &QAction::triggered, this,
            [this] { m_backups->backUp(connection(), selectedPoolId()); });
    connect(m_ui->restoreAction, &QAction::triggered, this,
            [this] { m_backups->restore(connection(), selectedPoolId()); });
    connect(m_backups, &BackupController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    // A restore made a pool, or users in one: the lists show them.
    connect(m_backups, &BackupController::restoreFinished, this, [this](const QString &poolId) {
        if (poolId.isEmpty())
            return;
        reloadSection(Section::Pools);
        if (m_navigation->poolId() == poolId && section() != Section::Pools)
            reloadSection(section());
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::openForm(std::optional<Form> form)
{
    if (form)
        m_router->open(*form, selectedIds());
}

void MainWindow::comparePool()
{
    const QString poolId = selectedPoolId();
    if (!connection() || poolId.isEmpty())
        return;
    auto *dialog =
        new admin::PoolCompareDialog(connection(), m_profileName, poolId, m_profiles, this);
    dialog->setObjectName(QStringLiteral("poolCompareDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openFixtures()
{
    const QString poolId = selectedPoolId();
    if (!connection() || poolId.isEmpty())
        return;
    auto *dialog = new FixturesDialog(connection(), poolId, m_profiles->secretStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Users it made or changed show in the list.
    connect(dialog, &FixturesDialog::applied, this, [this, poolId](bool ok) {
        if (ok && m_navigation->poolId() == poolId && section() == Section::Users)
            reloadSection(Section::Users);
    });
    dialog->show();
}

void MainWindow::createUsersFromCsv()
{
    const QString poolId = m_navigation->poolId();
    if (!connection() || poolId.isEmpty() || section() != Section::Users)
        return;
    auto *dialog = new CsvCreateDialog(connection(), poolId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &CsvCreateDialog::createRequested, this,
            [this](const cognito::BulkJobSpec &spec, double maxRps) {
                m_pages->users()->createUsers(spec, maxRps);
            });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (!connection() || ids.isEmpty())
        return;
    if (section() == Section::Users)
        m_pages->users()->deleteUsers(m_pages->users()->selection());
    else
        openForm(deleteFormOf(section()));
}

void MainWindow::updateActions()
{
    const Section shown = section();
    const bool connected = connection() != nullptr;
    const bool inPool = connected && !m_navigation->poolId().isEmpty() && shown != Section::Pools;
    const bool users = inPool && shown == Section::Users;
    const int selected = static_cast<int>(selectedIds().size());
    m_ui->refreshAction->setEnabled(connected && shown != Section::Tokens);
    m_ui->findAction->setEnabled(shown != Section::Tokens);
    m_ui->newAction->setEnabled(connected &&
                                (shown == Section::Pools || (inPool && shown != Section::Tokens)));
    m_ui->newAction->setIcon(shown == Section::Users
                                 ? cachedIcon(QStringLiteral(":/icons/user-add.svg"))
                                 : sectionIcon(shown));
    m_ui->openAction->setEnabled(connected && selected == 1 && openFormOf(shown).has_value());
    m_ui->comparePoolAction->setEnabled(connected && shown != Section::Tokens &&
                                        !selectedPoolId().isEmpty());
    m_ui->fixturesAction->setEnabled(connected && shown != Section::Tokens &&
                                     !selectedPoolId().isEmpty());
    m_ui->deleteAction->setEnabled(connected && selected > 0 &&
                                   (shown == Section::Users || deleteFormOf(shown).has_value()));
    m_ui->enableAction->setEnabled(users && selected > 0);
    m_ui->disableAction->setEnabled(users && selected > 0);
    m_ui->setPasswordAction->setEnabled(users && selected == 1);
    m_ui->confirmSignUpAction->setEnabled(users && selected == 1);
    m_ui->completeNewPasswordAction->setEnabled(users && selected == 1);
    m_ui->addToGroupAction->setEnabled(users && selected > 0);
    for (QAction *action :
         {m_ui->removeFromGroupAction, m_ui->resetPasswordAction, m_ui->signOutAction,
          m_ui->setAttributeAction, m_ui->deleteAttributeAction})
        action->setEnabled(users && selected > 0);
    m_ui->createUsersFromCsvAction->setEnabled(users);
    m_ui->focusDetailsAction->setEnabled(shown == Section::Users || shown == Section::Tokens);
    // The user actions name whom they act on.
    if (users) {
        const QStringList whom = m_pages->users()->selection();
        const int count = static_cast<int>(whom.size());
        const auto name = [&](const QString &one, const QString &many, const QString &none) {
            return count == 1 ? one.arg(whom.first()) : count > 1 ? many : none;
        };
        m_ui->deleteAction->setToolTip(name(tr("Delete %1"), tr("Delete %n users", nullptr, count),
                                            tr("Delete the selected rows")));
        m_ui->enableAction->setToolTip(name(tr("Enable %1"), tr("Enable %n users", nullptr, count),
                                            tr("Enable the selected users")));
        m_ui->disableAction->setToolTip(name(tr("Disable %1"),
                                             tr("Disable %n users", nullptr, count),
                                             tr("Disable the selected users")));
        m_ui->setPasswordAction->setToolTip(name(tr("Set the password of %1"), {}, {}));
        m_ui->confirmSignUpAction->setToolTip(name(tr("Confirm the sign-up of %1"), {}, {}));
        m_ui->completeNewPasswordAction->setToolTip(
            name(tr("Answer the new-password challenge of %1"), {}, {}));
    } else {
        m_ui->deleteAction->setToolTip(tr("Delete the selected rows"));
        m_ui->enableAction->setToolTip(tr("Enable the selected users"));
        m_ui->disableAction->setToolTip(tr("Disable the selected users"));
    }
    m_ui->signUpAction->setEnabled(inPool);
    m_ui->importUsersAction->setEnabled(inPool);
    m_ui->backupAction->setEnabled(connected && !selectedPoolId().isEmpty());
    m_ui->restoreAction->setEnabled(connected);
}

void MainWindow::runOnSelectedUsers(cognito::BulkOperation operation)
{
    UsersController *users = m_pages->users();
    const QStringList whom = users->selection();
    if (whom.isEmpty())
        return;
    Interaction &ask = Interaction::current();
    QString argument;
    switch (operation) {
    case cognito::BulkOperation::AddToGroup:
    case cognito::BulkOperation::RemoveFromGroup: {
        // The pool's groups as the pane has them; typed when it has none yet.
        QStringList groups;
        const models::PagedListModel *poolGroups = users->poolGroups();
        for (int row = 0; row < poolGroups->rowCount(); ++row)
            groups.append(poolGroups->item(row).value(QLatin1String("GroupName")).toString());
        const bool adding = operation == cognito::BulkOperation::AddToGroup;
        argument =
            ask.askText(this, adding ? tr("Add to group") : tr("Remove from group"),
                        adding ? tr("Add the %n selected user(s) to the group:", nullptr,
                                    static_cast<int>(whom.size()))
                               : tr("Remove the %n selected user(s) from the group:", nullptr,
                                    static_cast<int>(whom.size())),
                        groups);
        break;
    }
    case cognito::BulkOperation::SetAttribute:
        argument = ask.askText(this, tr("Set attribute"),
                               tr("The attribute and its value, as NAME=VALUE (for example "
                                  "custom:team=blue):"),
                               {});
        if (!argument.isEmpty() && !cognito::parseAttribute(argument)) {
            ask.warning(this, tr("Set attribute"), tr("\"%1\" is not NAME=VALUE.").arg(argument));
            return;
        }
        break;
    case cognito::BulkOperation::DeleteAttribute:
        argument = ask.askText(this, tr("Delete attribute"),
                               tr("The name of the attribute to delete (for example "
                                  "custom:team):"),
                               {});
        break;
    default:
        break;
    }
    if (cognito::bulkOperationTakesArgument(operation) && argument.isEmpty())
        return; // cancelled
    users->runOnUsers(operation, argument, whom);
}

void MainWindow::showContextMenu(Section section, const QPoint &position)
{
    ListPage *listPage = m_pages->builtPage(section);
    QMenu menu(this);
    if (section == Section::Users) {
        menu.addAction(m_ui->newAction);
        menu.addSeparator();
        menu.addAction(m_ui->setPasswordAction);
        menu.addAction(m_ui->confirmSignUpAction);
        menu.addAction(m_ui->completeNewPasswordAction);
        menu.addSeparator();
        menu.addAction(m_ui->enableAction);
        menu.addAction(m_ui->disableAction);
        menu.addAction(m_ui->deleteAction);
        menu.addSeparator();
        menu.addAction(m_ui->addToGroupAction);
        menu.addAction(m_ui->removeFromGroupAction);
        menu.addAction(m_ui->resetPasswordAction);
        menu.addAction(m_ui->signOutAction);
        menu.addAction(m_ui->setAttributeAction);
        menu.addAction(m_ui->deleteAttributeAction);
        menu.addSeparator();
        menu.addAction(m_ui->createUsersFromCsvAction);
    } else if (section == Section::ImportJobs) {
        menu.addAction(m_ui->importUsersAction);
    } else {
        menu.addAction(m_ui->newAction);
        menu.addAction(m_ui->openAction);
        if (section == Section::Pools)
            menu.addAction(m_ui->comparePoolAction);
        menu.addAction(m_ui->deleteAction);
    }
    menu.addSeparator();
    menu.addAction(m_ui->refreshAction);
    menu.exec(listPage->view()->viewport()->mapToGlobal(position));
}

} // namespace cdesk::gui
