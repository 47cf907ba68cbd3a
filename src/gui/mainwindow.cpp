#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "models/poolsmodel.h"
#include "models/roles.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QSortFilterProxyModel>

namespace cdesk::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_poolsModel(new models::PoolsModel(this))
    , m_poolsProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    m_poolsProxy->setSourceModel(m_poolsModel);
    m_poolsProxy->setSortRole(models::SortRole);
    m_ui->poolsTableView->setModel(m_poolsProxy);
    m_ui->poolsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->poolsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->poolsTableView->verticalHeader()->hide();

    connect(m_ui->refreshAction, &QAction::triggered, m_poolsModel, [this] {
        m_poolsModel->reload();
        if (m_poolsModel->canFetchMore({}))
            m_poolsModel->fetchMore({});
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_poolsModel, &models::PoolsModel::stateChanged, this, &MainWindow::updatePoolsState);
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnection(std::shared_ptr<cognito::Connection> connection)
{
    m_connection = std::move(connection);
    m_poolsModel->setProvider(m_connection ? m_connection->identityProvider() : nullptr);
    // The view only asks for more when it is shown; ask now so that the first page
    // arrives without waiting for a paint.
    if (m_poolsModel->canFetchMore({}))
        m_poolsModel->fetchMore({});
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updatePoolsState();
        updateStatusBar();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updatePoolsState()
{
    using State = models::PoolsModel::State;
    const State state = m_poolsModel->state();
    if (state == State::Failed) {
        const auto &error = m_poolsModel->lastError();
        m_ui->errorLabel->setText(tr("Could not list the user pools: %1").arg(error.toString()));
        m_ui->errorLabel->setVisible(true);
    } else {
        m_ui->errorLabel->setVisible(false);
    }
    if (state == State::Loading)
        statusBar()->showMessage(tr("Loading user pools…"));
    else
        statusBar()->clearMessage();
}

void MainWindow::updateStatusBar()
{
    if (!m_connection) {
        setWindowTitle(tr("Cognito Desk"));
        return;
    }
    const auto &endpoint = m_connection->endpoint();
    setWindowTitle(
        tr("Cognito Desk — %1 (%2)").arg(endpoint.url.toDisplayString(), endpoint.region));
}

} // namespace cdesk::gui
