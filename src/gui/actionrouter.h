#pragma once

#include "gui/section.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QWidget;

namespace cdesk::gui {

class Navigation;

// The forms the main window's actions open, from the areas' entry points (users/userforms.h,
// admin/adminforms.h).
enum class Form
{
    CreatePool,
    ShowPool,
    DeletePools,
    CreateUser,
    SetPassword,
    ConfirmSignUp,
    CompleteNewPassword,
    CheckLogin,
    SignUp,
    ImportUsers,
    CreateGroup,
    ManageGroup,
    DeleteGroups,
    CreateClient,
    ShowClient,
    DeleteClients,
};

// What New, Open and Delete open in `section`; none where the section has no such form
// (deleting users is the users' controller's bulk run, not a form).
std::optional<Form> createFormOf(Section section);
std::optional<Form> openFormOf(Section section);
std::optional<Form> deleteFormOf(Section section);

// Opens a form on the connection and pool the window shows (from `navigation`), as a
// window-modal dialog of `window`, and says what changed once the service accepted it.
class ActionRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRouter)

public:
    ActionRouter(QWidget *window, const Navigation *navigation);
    ~ActionRouter() override;

    // Opens `form` for `ids`: the rows it acts on (pools, groups, clients, one user); forms
    // that act on one take the first. Nothing without a connection, or without a pool or a
    // row where the form needs one.
    void open(Form form, const QStringList &ids = {});

Q_SIGNALS:
    // A form changed what `section` lists.
    void listingChanged(Section section);
    // A user form succeeded for `username` (`created`: a new user).
    void userChanged(const QString &username, bool created);

private:
    QWidget *m_window;
    const Navigation *m_navigation;
};

} // namespace cdesk::gui
