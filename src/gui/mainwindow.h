#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::models {
class PoolsModel;
}

class QSortFilterProxyModel;

namespace cdesk::gui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the pools of `connection`; null disconnects.
    void setConnection(std::shared_ptr<cognito::Connection> connection);
    models::PoolsModel *poolsModel() const { return m_poolsModel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePoolsState();
    void updateStatusBar();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    models::PoolsModel *m_poolsModel;
    QSortFilterProxyModel *m_poolsProxy;
};

} // namespace cdesk::gui
