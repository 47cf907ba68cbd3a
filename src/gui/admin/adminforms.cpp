#include "adminforms.h"

#include "cognito/connection.h"
#include "gui/admin/admincontrollers.h"
#include "gui/admin/bulkrundialog.h"
#include "gui/admin/clientdialog.h"
#include "gui/admin/creategroupdialog.h"
#include "gui/admin/groupmembersdialog.h"
#include "gui/admin/importwizard.h"
#include "gui/admin/pooldialog.h"
#include "gui/admin/poolsettingsdialog.h"
#include "gui/interaction.h"

#include <QCoreApplication>
#include <QDialog>

namespace cdesk::gui::adminforms {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cdesk::gui::adminforms", text, nullptr, n);
}

// Window-modal, deleted when closed.
void openModal(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void callDone(const Done &done)
{
    if (done)
        done();
}

// One item: a yes/no question; several: the user types how many.
bool confirmDeletion(QWidget *parent, const QString &title, const QString &one, const QString &many,
                     const QStringList &items)
{
    if (items.size() == 1)
        return Interaction::current().question(parent, title, one, true) ==
               Interaction::Answer::Yes;
    return Interaction::current().confirmByTyping(parent, title, many,
                                                  QString::number(items.size()));
}

// Runs `start` in a BulkRunDialog that lists each item's outcome; `done` once anything was
// deleted.
void runDeletion(QWidget *parent, admin::Controller *controller, const QString &title,
                 const QString &heading, Done done, const std::function<void()> &start)
{
    auto *dialog = new admin::BulkRunDialog(controller, title, heading, parent);
    dialog->setObjectName(QStringLiteral("bulkRunDialog"));
    QObject::connect(dialog, &admin::BulkRunDialog::runFinished, dialog,
                     [done](const QStringList &succeeded) {
                         if (!succeeded.isEmpty())
                             callDone(done);
                     });
    openModal(dialog);
    start();
}

} // namespace

void createPool(QWidget *parent, ConnectionPtr connection, Done done)
{
    auto *dialog = new admin::PoolSettingsDialog(std::move(connection), parent);
    dialog->setObjectName(QStringLiteral("createPoolDialog"));
    QObject::connect(dialog, &admin::PoolSettingsDialog::created, dialog,
                     [done](const QString &) { callDone(done); });
    openModal(dialog);
}

void showPool(QWidget *parent, ConnectionPtr connection, const QString &poolId)
{
    auto *dialog = new admin::PoolDialog(std::move(connection), poolId, parent);
    dialog->setObjectName(QStringLiteral("poolDialog"));
    openModal(dialog);
}

void deletePools(QWidget *parent, ConnectionPtr connection, const QStringList &poolIds, Done done)
{
    if (poolIds.isEmpty())
        return;
    const QString title = tr("Delete user pools");
    if (poolIds.size() > 1) {
        if (!confirmDeletion(parent, title, {},
                             tr("Delete %1 user pools with all their users, groups and app "
                                "clients? This cannot be undone. Type %1 to confirm.")
                                 .arg(poolIds.size()),
                             poolIds))
            return;
        auto *controller = new admin::PoolController(std::move(connection));
        runDeletion(parent, controller, title, tr("Deleting %1 user pools…").arg(poolIds.size()),
                    std::move(done), [controller, poolIds] { controller->deletePools(poolIds); });
        return;
    }
    // One pool: the user types its name, which takes a DescribeUserPool first.
    const QString poolId = poolIds.first();
    auto *controller = new admin::PoolController(std::move(connection));
    runDeletion(parent, controller, tr("Delete user pool"),
                tr("Deleting user pool %1…").arg(poolId), std::move(done),
                [controller, poolId] { controller->describe(poolId); });
    auto *dialog = static_cast<QDialog *>(controller->parent());
    QObject::connect(
        controller, &admin::PoolController::described, dialog,
        [dialog, controller, parent](const cognito::UserPool &pool) {
            // Asked once the describe has finished, so that the dialog is idle again.
            QMetaObject::invokeMethod(
                dialog,
                [dialog, controller, parent, pool] {
                    const bool confirmed = Interaction::current().confirmByTyping(
                        parent, tr("Delete user pool"),
                        tr("Delete user pool %1 (%2) with all its users, groups and app "
                           "clients? This cannot be undone. Type the pool's name to confirm.")
                            .arg(pool.name, pool.id),
                        pool.name);
                    if (!confirmed) {
                        dialog->reject();
                        return;
                    }
                    controller->deletePools({pool.id});
                },
                Qt::QueuedConnection);
        });
}

void createGroup(QWidget *parent, ConnectionPtr connection, const QString &poolId, Done done)
{
    auto *dialog = new admin::CreateGroupDialog(std::move(connection), poolId, parent);
    dialog->setObjectName(QStringLiteral("createGroupDialog"));
    QObject::connect(dialog, &admin::CreateGroupDialog::created, dialog,
                     [done](const QString &) { callDone(done); });
    openModal(dialog);
}

void manageGroup(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                 const QString &groupName, Done done)
{
    auto *dialog = new admin::GroupMembersDialog(std::move(connection), poolId, groupName, parent);
    dialog->setObjectName(QStringLiteral("groupMembersDialog"));
    QObject::connect(dialog, &admin::GroupMembersDialog::membershipChanged, dialog,
                     [done] { callDone(done); });
    openModal(dialog);
}

void deleteGroups(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                  const QStringList &groupNames, Done done)
{
    if (groupNames.isEmpty())
        return;
    const QString title = tr("Delete groups");
    if (!confirmDeletion(parent, title,
                         tr("Delete group %1 of %2? Its members stay in the pool.")
                             .arg(groupNames.first(), poolId),
                         tr("Delete %1 groups of %2? Their members stay in the pool. Type %1 to "
                            "confirm.")
                             .arg(groupNames.size())
                             .arg(poolId),
                         groupNames))
        return;
    auto *controller = new admin::GroupController(std::move(connection));
    runDeletion(parent, controller, title, tr("Deleting %1 group(s)…").arg(groupNames.size()),
                std::move(done),
                [controller, poolId, groupNames] { controller->deleteGroups(poolId, groupNames); });
}

void createClient(QWidget *parent, ConnectionPtr connection, const QString &poolId, Done done)
{
    auto *dialog = new admin::ClientDialog(std::move(connection), poolId, parent);
    dialog->setObjectName(QStringLiteral("clientDialog"));
    QObject::connect(dialog, &admin::ClientDialog::saved, dialog,
                     [done](const QString &) { callDone(done); });
    openModal(dialog);
}

void showClient(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                const QString &clientId, Done done)
{
    auto *dialog = new admin::ClientDialog(std::move(connection), poolId, clientId, parent);
    dialog->setObjectName(QStringLiteral("clientDialog"));
    QObject::connect(dialog, &admin::ClientDialog::saved, dialog,
                     [done](const QString &) { callDone(done); });
    openModal(dialog);
}

void deleteClients(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                   const QStringList &clientIds, Done done)
{
    if (clientIds.isEmpty())
        return;
    const QString title = tr("Delete app clients");
    if (!confirmDeletion(parent, title,
                         tr("Delete app client %1 of %2? Applications using it can no longer "
                            "sign in.")
                             .arg(clientIds.first(), poolId),
                         tr("Delete %1 app clients of %2? Applications using them can no longer "
                            "sign in. Type %1 to confirm.")
                             .arg(clientIds.size())
                             .arg(poolId),
                         clientIds))
        return;
    auto *controller = new admin::ClientController(std::move(connection));
    runDeletion(parent, controller, title, tr("Deleting %1 app client(s)…").arg(clientIds.size()),
                std::move(done),
                [controller, poolId, clientIds] { controller->deleteClients(poolId, clientIds); });
}

void importUsers(QWidget *parent, ConnectionPtr connection, const QString &poolId, Done done)
{
    auto *wizard = new admin::ImportWizard(std::move(connection), poolId, parent);
    wizard->setObjectName(QStringLiteral("importWizard"));
    QObject::connect(wizard, &admin::ImportWizard::jobCreated, wizard,
                     [done](const QString &) { callDone(done); });
    openModal(wizard);
}

} // namespace cdesk::gui::adminforms
