#include "groupmembersdialog.h"

#include "ui_groupmembersdialog.h"

#include "cognito/connection.h"
#include "gui/admin/admincontrollers.h"
#include "models/listings.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidgetItem>

namespace cdesk::gui::admin {

GroupMembersDialog::GroupMembersDialog(std::shared_ptr<cognito::Connection> connection,
                                       QString poolId, QString groupName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupMembersDialog>())
    , m_connection(std::move(connection))
    , m_controller(new GroupController(m_connection, this))
    , m_members(models::createUsersModel(this))
    , m_poolId(std::move(poolId))
    , m_groupName(std::move(groupName))
{
    m_ui->setupUi(this);
    m_ui->groupLabel->setText(tr("%1 in %2").arg(m_groupName, m_poolId));
    m_ui->membersTableView->setModel(m_members);
    m_ui->membersTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->statusWidget->attach(m_controller);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GroupMembersDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &GroupMembersDialog::addTyped);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &GroupMembersDialog::removeSelected);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &GroupMembersDialog::reloadMembers);
    connect(m_ui->usernamesPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &GroupMembersDialog::updateButtons);
    connect(m_ui->membersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupMembersDialog::updateButtons);
    connect(m_controller, &Controller::busyChanged, this, &GroupMembersDialog::updateButtons);
    connect(m_members, &models::PagedListModel::stateChanged, this,
            &GroupMembersDialog::updateCountLabel);

    connect(m_controller, &Controller::bulkProgress, this, [this](int done, int total) {
        m_ui->statusWidget->setBusy(
            true, m_adding ? tr("Adding members: %1 of %2…").arg(done).arg(total)
                           : tr("Removing members: %1 of %2…").arg(done).arg(total));
    });
    connect(m_controller, &Controller::bulkItemFinished, this,
            [this](const QString &username, bool ok, const aws::AwsError &error) {
                auto *row = new QTreeWidgetItem(m_ui->resultsTreeWidget);
                row->setText(0, username);
                row->setText(1, m_adding ? tr("Add") : tr("Remove"));
                row->setText(2, ok ? tr("Done") : describeError(error));
                row->setData(2, Qt::UserRole, ok);
                m_ui->resultsTreeWidget->scrollToItem(row);
            });
    connect(m_controller, &Controller::bulkFinished, this, [this] {
        qsizetype failed = 0;
        qsizetype succeeded = 0;
        for (int i = 0; i < m_ui->resultsTreeWidget->topLevelItemCount(); ++i)
            ++(m_ui->resultsTreeWidget->topLevelItem(i)->data(2, Qt::UserRole).toBool() ? succeeded
                                                                                        : failed);
        if (failed > 0)
            m_ui->statusWidget->showErrorText(tr("Failed: %1 of %2 (listed above). Succeeded: %3.")
                                                  .arg(failed)
                                                  .arg(failed + succeeded)
                                                  .arg(succeeded));
        else
            m_ui->statusWidget->showMessage(
                (m_adding ? tr("Added %n user(s).", nullptr, int(succeeded))
                          : tr("Removed %n user(s).", nullptr, int(succeeded))));
        if (m_adding && failed == 0)
            m_ui->usernamesPlainTextEdit->clear();
        if (succeeded > 0) {
            Q_EMIT membershipChanged();
            reloadMembers();
        }
    });
    reloadMembers();
    updateButtons();
}

GroupMembersDialog::~GroupMembersDialog() = default;

QStringList GroupMembersDialog::typedUsernames() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList names =
        m_ui->usernamesPlainTextEdit->toPlainText().split(separators, Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

void GroupMembersDialog::reloadMembers()
{
    m_members->setFetcher(
        models::makeFetcher(m_connection->identityProvider(), models::listUsersInGroup(),
                            QJsonObject{{QStringLiteral("UserPoolId"), m_poolId},
                                        {QStringLiteral("GroupName"), m_groupName}}));
    m_members->fetchMore({});
}

void GroupMembersDialog::addTyped()
{
    const QStringList names = typedUsernames();
    if (names.isEmpty() || m_controller->isBusy())
        return;
    m_adding = true;
    m_ui->resultsTreeWidget->clear();
    m_controller->addMembers(m_poolId, m_groupName, names);
}

void GroupMembersDialog::removeSelected()
{
    QStringList names;
    const QModelIndexList rows = m_ui->membersTableView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        names.append(row.data(models::IdRole).toString());
    if (names.isEmpty() || m_controller->isBusy())
        return;
    m_adding = false;
    m_ui->resultsTreeWidget->clear();
    m_controller->removeMembers(m_poolId, m_groupName, names);
}

void GroupMembersDialog::updateButtons()
{
    const bool busy = m_controller->isBusy();
    m_ui->addButton->setEnabled(!busy && !typedUsernames().isEmpty());
    m_ui->removeButton->setEnabled(!busy &&
                                   m_ui->membersTableView->selectionModel()->hasSelection());
    m_ui->reloadButton->setEnabled(!busy);
}

void GroupMembersDialog::updateCountLabel()
{
    using State = models::PagedListModel::State;
    switch (m_members->state()) {
    case State::Loading:
        m_ui->countLabel->setText(tr("Loading members…"));
        break;
    case State::Failed:
        m_ui->countLabel->setText(describeError(m_members->lastError()));
        break;
    case State::Complete:
        m_ui->countLabel->setText(tr("%n member(s).", nullptr, m_members->rowCount()));
        break;
    case State::Idle:
        m_ui->countLabel->setText(
            tr("%n member(s) loaded; scroll for more.", nullptr, m_members->rowCount()));
        break;
    }
}

void GroupMembersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->groupLabel->setText(tr("%1 in %2").arg(m_groupName, m_poolId));
        updateCountLabel();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
