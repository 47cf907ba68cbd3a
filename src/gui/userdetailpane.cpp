#include "userdetailpane.h"

#include "ui_userdetailpane.h"

#include "gui/userscontroller.h"
#include "models/attributesmodel.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QPushButton>

namespace cdesk::gui {

UserDetailPane::UserDetailPane(UsersController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserDetailPane>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->attributesTableView->setModel(m_controller->attributes());
    m_ui->attributesTableView->verticalHeader()->hide();
    m_ui->attributesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->groupsListView->setModel(m_controller->userGroups());
    m_ui->groupsListView->setModelColumn(models::GroupsColumn::Name);
    // Nothing chosen until the user chooses: without a placeholder QComboBox makes the first
    // group current as soon as the groups arrive, and one press of Add would put the user
    // in it (the first group is often "admins").
    m_ui->groupComboBox->setPlaceholderText(tr("Choose a group…"));
    m_ui->groupComboBox->setModel(m_controller->poolGroups());
    m_ui->groupComboBox->setModelColumn(models::GroupsColumn::Name);
    m_ui->groupComboBox->setCurrentIndex(-1);

    connect(m_controller, &UsersController::userChanged, this, [this](const QString &username) {
        // Another user: a group chosen for the previous one is not carried over.
        if (username != m_shownUser) {
            m_shownUser = username;
            m_ui->groupComboBox->setCurrentIndex(-1);
        }
        updateUser();
    });
    connect(m_controller, &UsersController::selectionChanged, this, &UserDetailPane::updateUser);
    connect(m_controller, &UsersController::errorChanged, this, [this](const QString &text) {
        m_ui->errorLabel->setText(text);
        m_ui->errorLabel->setVisible(!text.isEmpty());
    });
    // Choosing an attribute puts it in the editor, ready to change.
    connect(m_ui->attributesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString name = current.data(models::IdRole).toString();
                m_ui->attributeNameLineEdit->setText(name);
                m_ui->attributeValueLineEdit->setText(m_controller->attributes()->value(name));
                updateButtons();
            });
    connect(m_ui->attributesTableView->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &UserDetailPane::updateButtons);
    connect(m_ui->groupsListView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserDetailPane::updateButtons);
    connect(m_ui->attributeNameLineEdit, &QLineEdit::textChanged, this,
            &UserDetailPane::updateButtons);
    connect(m_ui->groupComboBox, &QComboBox::currentIndexChanged, this,
            &UserDetailPane::updateButtons);

    auto setAttribute = [this] {
        const QString name = m_ui->attributeNameLineEdit->text().trimmed();
        if (!name.isEmpty())
            m_controller->setAttribute(name, m_ui->attributeValueLineEdit->text());
    };
    connect(m_ui->setAttributeButton, &QPushButton::clicked, this, setAttribute);
    connect(m_ui->attributeValueLineEdit, &QLineEdit::returnPressed, this, setAttribute);
    connect(m_ui->deleteAttributesButton, &QPushButton::clicked, this,
            [this] { m_controller->deleteAttributes(selectedAttributes()); });
    connect(m_ui->addToGroupButton, &QPushButton::clicked, this, [this] {
        if (m_ui->groupComboBox->currentIndex() < 0)
            return;
        const QString group = m_ui->groupComboBox->currentText();
        // Back to the placeholder: a second press must be a second choice.
        m_ui->groupComboBox->setCurrentIndex(-1);
        m_controller->addToGroup(group);
    });
    connect(m_ui->removeFromGroupButton, &QPushButton::clicked, this,
            [this] { m_controller->removeFromGroups(selectedGroups()); });
    // The same users as the window's actions: the listing's selection, one or many.
    connect(m_ui->enableButton, &QPushButton::clicked, this,
            [this] { m_controller->enableUsers(m_controller->selection()); });
    connect(m_ui->disableButton, &QPushButton::clicked, this,
            [this] { m_controller->disableUsers(m_controller->selection()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { m_controller->deleteUsers(m_controller->selection()); });
    connect(m_ui->setPasswordButton, &QPushButton::clicked, this,
            [this] { Q_EMIT setPasswordRequested(m_controller->currentUser()); });
    connect(m_ui->confirmSignUpButton, &QPushButton::clicked, this,
            [this] { Q_EMIT confirmSignUpRequested(m_controller->currentUser()); });
    connect(m_ui->completeNewPasswordButton, &QPushButton::clicked, this,
            [this] { Q_EMIT completeNewPasswordRequested(m_controller->currentUser()); });
    connect(m_ui->checkLoginButton, &QPushButton::clicked, this,
            [this] { Q_EMIT checkLoginRequested(m_controller->currentUser()); });
    updateUser();
}

UserDetailPane::~UserDetailPane() = default;

QStringList UserDetailPane::selectedAttributes() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->attributesTableView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        names.append(row.data(models::IdRole).toString());
    return names;
}

QStringList UserDetailPane::selectedGroups() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->groupsListView->selectionModel()->selectedIndexes();
    for (const QModelIndex &row : rows)
        names.append(row.data(models::IdRole).toString());
    return names;
}

void UserDetailPane::updateUser()
{
    const QString username = m_controller->currentUser();
    const int selected = static_cast<int>(m_controller->selection().size());
    if (selected > 1)
        m_ui->usernameLabel->setText(tr("<b>%n users selected</b>", nullptr, selected));
    else
        m_ui->usernameLabel->setText(username.isEmpty()
                                         ? tr("No user selected")
                                         : tr("<b>%1</b>").arg(username.toHtmlEscaped()));
    QString summary;
    if (selected > 1) {
        summary = tr("Enable, disable or delete them all with the actions below.");
    } else if (!username.isEmpty()) {
        // The listing's row has status and enabled; nothing more is asked of the service.
        const QJsonObject user = m_controller->currentUserItem();
        summary = tr("%1 · %2").arg(
            user.value(QLatin1String("UserStatus")).toString(),
            user.value(QLatin1String("Enabled")).toBool(true) ? tr("enabled") : tr("disabled"));
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->setVisible(!summary.isEmpty());
    updateButtons();
}

void UserDetailPane::updateButtons()
{
    const QString username = m_controller->currentUser();
    const bool user = !username.isEmpty();
    const QStringList selection = m_controller->selection();
    const bool many = selection.size() > 1;
    m_ui->attributesGroupBox->setEnabled(user);
    m_ui->groupsGroupBox->setEnabled(user);
    // Several users: only the bulk actions (enable, disable, delete) apply.
    m_ui->actionsGroupBox->setEnabled(user || many);
    for (QPushButton *button : {m_ui->setPasswordButton, m_ui->confirmSignUpButton,
                                m_ui->completeNewPasswordButton, m_ui->checkLoginButton})
        button->setEnabled(user);
    // Every action names whom it acts on (as tooltip and accessible description).
    const auto whom = [&](const QString &one, const QString &several) {
        return many ? several : user ? one.arg(username) : QString();
    };
    const int count = static_cast<int>(selection.size());
    const QList<QPair<QPushButton *, QString>> descriptions{
        {m_ui->setPasswordButton, whom(tr("Set the password of %1"), {})},
        {m_ui->confirmSignUpButton, whom(tr("Confirm the sign-up of %1"), {})},
        {m_ui->completeNewPasswordButton, whom(tr("Answer the new-password challenge of %1"), {})},
        {m_ui->checkLoginButton, whom(tr("Find out what stops %1 from signing in"), {})},
        {m_ui->enableButton, whom(tr("Enable %1"), tr("Enable %n users", nullptr, count))},
        {m_ui->disableButton, whom(tr("Disable %1"), tr("Disable %n users", nullptr, count))},
        {m_ui->deleteButton, whom(tr("Delete %1"), tr("Delete %n users", nullptr, count))},
        {m_ui->addToGroupButton, whom(tr("Add %1 to the chosen group"), {})},
        {m_ui->removeFromGroupButton, whom(tr("Remove %1 from the selected groups"), {})},
    };
    for (const auto &[button, text] : descriptions) {
        button->setToolTip(text);
        button->setAccessibleDescription(text);
    }
    m_ui->setAttributeButton->setEnabled(user &&
                                         !m_ui->attributeNameLineEdit->text().trimmed().isEmpty());
    m_ui->deleteAttributesButton->setEnabled(
        user && m_ui->attributesTableView->selectionModel()->hasSelection());
    m_ui->addToGroupButton->setEnabled(user && m_ui->groupComboBox->currentIndex() >= 0);
    m_ui->removeFromGroupButton->setEnabled(user &&
                                            m_ui->groupsListView->selectionModel()->hasSelection());
}

void UserDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->groupComboBox->setPlaceholderText(tr("Choose a group…"));
        updateUser();
    }
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
