#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui::adminforms {

// The entry points of the administration forms, for menus and context menus. Each opens its
// dialog window-modal (QDialog::open()) on `parent` and returns at once; the dialog runs its
// work through a controller, shows progress and service errors itself, and calls `done` once
// the service accepted the change (never on cancel or failure), so the caller can reload
// its listing. `done` may be empty.

using Done = std::function<void()>;
using ConnectionPtr = std::shared_ptr<cognito::Connection>;

// --- user pools
// Name, password policy, email settings, auto-verified attributes, email as username.
void createPool(QWidget *parent, ConnectionPtr connection, Done done);
// A read-only summary of the pool with its hosted-UI domain panel (create, watch it
// provision, delete) and email settings.
void showPool(QWidget *parent, ConnectionPtr connection, const QString &poolId);
// Deletes the pools after the user typed the pool's name (one) or the count (many).
void deletePools(QWidget *parent, ConnectionPtr connection, const QStringList &poolIds, Done done);

// --- groups
void createGroup(QWidget *parent, ConnectionPtr connection, const QString &poolId, Done done);
// The group's members; adds and removes many users at once.
void manageGroup(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                 const QString &groupName, Done done);
// One group: a question; many: the user types the count.
void deleteGroups(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                  const QStringList &groupNames, Done done);

// --- app clients
void createClient(QWidget *parent, ConnectionPtr connection, const QString &poolId, Done done);
// Describes the client and edits it (the full configuration is sent back); the secret is
// shown only on request.
void showClient(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                const QString &clientId, Done done);
// One client: a question; many: the user types the count.
void deleteClients(QWidget *parent, ConnectionPtr connection, const QString &poolId,
                   const QStringList &clientIds, Done done);

// --- CSV import
// The import-job wizard: header, file check, role, job, upload, start, progress.
void importUsers(QWidget *parent, ConnectionPtr connection, const QString &poolId, Done done);

} // namespace cdesk::gui::adminforms
