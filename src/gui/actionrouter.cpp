#include "actionrouter.h"

#include "gui/admin/adminforms.h"
#include "gui/navigation.h"
#include "gui/users/userforms.h"

#include <QPointer>
#include <QWidget>

namespace cdesk::gui {

std::optional<Form> createFormOf(Section section)
{
    switch (section) {
    case Section::Pools:
        return Form::CreatePool;
    case Section::Users:
        return Form::CreateUser;
    case Section::Groups:
        return Form::CreateGroup;
    case Section::Clients:
        return Form::CreateClient;
    case Section::ImportJobs:
        return Form::ImportUsers;
    case Section::Tokens:
        break;
    }
    return std::nullopt;
}

std::optional<Form> openFormOf(Section section)
{
    switch (section) {
    case Section::Pools:
        return Form::ShowPool;
    case Section::Groups:
        return Form::ManageGroup;
    case Section::Clients:
        return Form::ShowClient;
    case Section::Users:
    case Section::ImportJobs:
    case Section::Tokens:
        break;
    }
    return std::nullopt;
}

std::optional<Form> deleteFormOf(Section section)
{
    switch (section) {
    case Section::Pools:
        return Form::DeletePools;
    case Section::Groups:
        return Form::DeleteGroups;
    case Section::Clients:
        return Form::DeleteClients;
    case Section::Users:
    case Section::ImportJobs:
    case Section::Tokens:
        break;
    }
    return std::nullopt;
}

ActionRouter::ActionRouter(QWidget *window, const Navigation *navigation)
    : QObject(window)
    , m_window(window)
    , m_navigation(navigation)
{}

ActionRouter::~ActionRouter() = default;

void ActionRouter::open(Form form, const QStringList &ids)
{
    const auto connection = m_navigation->connection();
    const QString poolId = m_navigation->poolId();
    const QString id = ids.value(0);
    if (!connection)
        return;
    // The forms call back once the service accepted the change; the window may be gone.
    QPointer<ActionRouter> self(this);
    const auto changed = [self](Section section) {
        return [self, section] {
            if (self)
                Q_EMIT self->listingChanged(section);
        };
    };
    const auto userDone = [self, id] {
        if (self)
            Q_EMIT self->userChanged(id, false);
    };
    QWidget *parent = m_window;
    switch (form) {
    case Form::CreatePool:
        adminforms::createPool(parent, connection, changed(Section::Pools));
        return;
    case Form::ShowPool:
        if (!id.isEmpty())
            adminforms::showPool(parent, connection, id);
        return;
    case Form::DeletePools:
        if (!ids.isEmpty())
            adminforms::deletePools(parent, connection, ids, changed(Section::Pools));
        return;
    case Form::CreateUser:
    case Form::SetPassword:
    case Form::ConfirmSignUp:
    case Form::CompleteNewPassword:
    case Form::CheckLogin:
    case Form::SignUp:
    case Form::ImportUsers:
    case Form::CreateGroup:
    case Form::ManageGroup:
    case Form::DeleteGroups:
    case Form::CreateClient:
    case Form::ShowClient:
    case Form::DeleteClients:
        break;
    }
    // The rest act in the pool shown.
    if (poolId.isEmpty())
        return;
    switch (form) {
    case Form::CreateUser:
        userforms::createUser(parent, connection, poolId, {}, [self](const QString &username) {
            if (self)
                Q_EMIT self->userChanged(username, true);
        });
        break;
    case Form::SignUp:
        userforms::signUp(parent, connection, poolId, changed(Section::Users));
        break;
    case Form::ImportUsers:
        adminforms::importUsers(parent, connection, poolId, changed(Section::ImportJobs));
        break;
    case Form::SetPassword:
        if (!id.isEmpty())
            userforms::setPassword(parent, connection, poolId, id, userDone);
        break;
    case Form::ConfirmSignUp:
        if (!id.isEmpty())
            userforms::confirmSignUp(parent, connection, poolId, id, userDone);
        break;
    case Form::CompleteNewPassword:
        if (!id.isEmpty())
            userforms::completeNewPassword(parent, connection, poolId, id, userDone);
        break;
    case Form::CheckLogin:
        if (!id.isEmpty())
            userforms::checkLogin(parent, connection, poolId, id, userDone);
        break;
    case Form::CreateGroup:
        adminforms::createGroup(parent, connection, poolId, changed(Section::Groups));
        break;
    case Form::ManageGroup:
        if (!id.isEmpty())
            adminforms::manageGroup(parent, connection, poolId, id, changed(Section::Groups));
        break;
    case Form::DeleteGroups:
        if (!ids.isEmpty())
            adminforms::deleteGroups(parent, connection, poolId, ids, changed(Section::Groups));
        break;
    case Form::CreateClient:
        adminforms::createClient(parent, connection, poolId, changed(Section::Clients));
        break;
    case Form::ShowClient:
        if (!id.isEmpty())
            adminforms::showClient(parent, connection, poolId, id, changed(Section::Clients));
        break;
    case Form::DeleteClients:
        if (!ids.isEmpty())
            adminforms::deleteClients(parent, connection, poolId, ids, changed(Section::Clients));
        break;
    case Form::CreatePool:
    case Form::ShowPool:
    case Form::DeletePools:
        break;
    }
}

} // namespace cdesk::gui
