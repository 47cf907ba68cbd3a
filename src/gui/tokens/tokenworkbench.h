#pragma once

#include <QWidget>

#include <memory>

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui {

// The testers' room: sign in as a user of the pool (password, SRP, admin flow, hosted UI),
// read and check the tokens, refresh them, and call an API with one.
class TokenWorkbench final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenWorkbench)

public:
    explicit TokenWorkbench(QWidget *parent = nullptr);
    ~TokenWorkbench() override;

    // The pool to sign in to; its app clients are listed to choose from. A null connection
    // clears the workbench.
    void setPool(std::shared_ptr<cognito::Connection> connection, const QString &poolId);
};

} // namespace cdesk::gui
