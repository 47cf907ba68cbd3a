#include "fixturesdialog.h"

#include "auth/sessionstore.h"
#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/interaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cdesk::gui {

namespace {

enum Column
{
    UserColumn,
    PlanColumn,
    ChangesColumn,
    OutcomeColumn,
    ColumnCount,
};

// The endpoint the keychain entries are named after, as the CLI names them: the endpoint
// override, else "aws:<region>".
QString keychainEndpoint(const cognito::Connection &connection)
{
    const aws::ServiceEndpoint &endpoint = connection.endpoint();
    const auto regional = aws::ServiceEndpoint::cognito(endpoint.region);
    const QUrl override =
        regional && regional.value().url == endpoint.url ? QUrl() : QUrl(endpoint.url);
    return auth::SessionKey::make(override, endpoint.region, {}, {}).endpoint;
}

} // namespace

FixturesDialog::FixturesDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                               secrets::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_connection(std::move(connection))
    , m_poolId(std::move(poolId))
    , m_headingLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_fileLineEdit(new QLineEdit(this))
    , m_openButton(new QPushButton(this))
    , m_clientLabel(new QLabel(this))
    , m_clientComboBox(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_planLabel(new QLabel(this))
    , m_planTable(new QTableWidget(0, ColumnCount, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_checkButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_applyButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_cancelButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_closeButton(m_buttons->addButton(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("fixturesDialog"));
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    m_fileLineEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    m_clientComboBox->setObjectName(QStringLiteral("clientComboBox"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_planTable->setObjectName(QStringLiteral("planTableWidget"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    m_headingLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLineEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileLineEdit);
    m_clientLabel->setBuddy(m_clientComboBox);
    m_planLabel->setBuddy(m_planTable);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planTable->setWordWrap(true);
    m_planTable->verticalHeader()->hide();
    m_planTable->horizontalHeader()->setSectionResizeMode(ChangesColumn, QHeaderView::Stretch);
    m_clientComboBox->addItem(QString());

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_openButton);
    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientLabel);
    clientRow->addWidget(m_clientComboBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addLayout(fileRow);
    layout->addLayout(clientRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_planTable, 1);
    layout->addWidget(m_buttons);
    resize(820, 560);

    connect(m_openButton, &QPushButton::clicked, this, &FixturesDialog::chooseFile);
    connect(m_checkButton, &QPushButton::clicked, this, &FixturesDialog::check);
    connect(m_applyButton, &QPushButton::clicked, this, &FixturesDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &FixturesDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FixturesDialog::reject);

    if (m_connection) {
        m_runner = new auth::FixturesRunner(m_connection->identityProvider(), secrets, m_poolId,
                                            keychainEndpoint(*m_connection), this);
        connect(m_runner, &auth::FixturesRunner::applied, this, &FixturesDialog::showOutcome);
        // The pool's app clients, for TOTP enrolment (the first one is preselected).
        aws::whenFinished(
            m_connection->identityProvider()->listUserPoolClients(m_poolId, 60), this,
            [this](const aws::Result<cognito::Page<cognito::UserPoolClientDescription>> &clients) {
                if (clients)
                    for (const cognito::UserPoolClientDescription &client : clients.value().items)
                        m_clientComboBox->addItem(
                            client.clientName.isEmpty()
                                ? client.clientId
                                : QStringLiteral("%1 (%2)").arg(client.clientName, client.clientId),
                            client.clientId);
                if (m_clientComboBox->count() > 1)
                    m_clientComboBox->setCurrentIndex(1);
                Q_EMIT clientsListed();
            });
    } else {
        m_problem = tr("There is no connection.");
    }
    retranslate();
    updateState();
}

FixturesDialog::~FixturesDialog() = default;

void FixturesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FixturesDialog::retranslate()
{
    setWindowTitle(tr("Test users"));
    m_headingLabel->setText(
        tr("Makes the test users of a fixtures file (YAML or JSON) exist in pool %1 as the file "
           "describes them: attributes, groups, enabled, a known password and TOTP. Check shows "
           "what would change for each user without writing anything; Apply does it. The "
           "passwords and TOTP secrets are kept in the keychain.")
            .arg(m_poolId));
    m_fileLabel->setText(tr("Fixtures &file:"));
    m_openButton->setText(tr("&Open file…"));
    m_clientLabel->setText(tr("App client for TOTP &enrolment:"));
    m_clientComboBox->setItemText(0, tr("None"));
    m_clientComboBox->setToolTip(tr("TOTP enrolment signs in as the user: the app client must "
                                    "allow ADMIN_USER_PASSWORD_AUTH."));
    m_planLabel->setText(tr("&Plan:"));
    m_planTable->setHorizontalHeaderLabels({tr("User"), tr("Plan"), tr("Changes"), tr("Outcome")});
    m_checkButton->setText(tr("C&heck"));
    m_applyButton->setText(tr("&Apply…"));
    m_cancelButton->setText(tr("&Stop"));
    m_openButton->setAccessibleName(tr("Open a fixtures file"));
    m_planTable->setAccessibleName(tr("Plan and outcome for each test user"));
    m_checkButton->setAccessibleName(tr("Check what applying the file would change"));
    m_applyButton->setAccessibleName(tr("Apply the plan to the pool"));
    m_cancelButton->setAccessibleName(tr("Stop the run under way"));
    m_closeButton->setAccessibleName(tr("Close"));
    if (m_planned)
        showChecks();
    updateState();
}

bool FixturesDialog::isBusy() const
{
    return m_runner && m_runner->isRunning();
}

void FixturesDialog::chooseFile()
{
    const QString path = Interaction::current().openFileName(
        this, tr("Open a fixtures file"),
        tr("Fixtures files (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        setFixturesFile(path);
}

bool FixturesDialog::setFixturesFile(const QString &path)
{
    if (isBusy())
        return false;
    m_path = path;
    m_fileLineEdit->setText(path);
    m_users.clear();
    m_checks.clear();
    m_outcomes.clear();
    m_planned = false;
    m_problem.clear();
    m_status.clear();
    m_planTable->setRowCount(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        updateState();
        return false;
    }
    const auto users = cognito::parseFixtures(file.readAll());
    if (!users) {
        // The message names the line and the field.
        m_problem =
            tr("The file has a mistake, nothing can be applied: %1").arg(users.error().message);
        updateState();
        return false;
    }
    m_users = users.value();
    if (m_users.isEmpty())
        m_problem = tr("The file lists no users.");
    else
        m_status = tr("%n user(s) read. Check shows what applying the file would change.", nullptr,
                      static_cast<int>(m_users.size()));
    updateState();
    return !m_users.isEmpty();
}

void FixturesDialog::check()
{
    if (!m_runner || isBusy() || m_users.isEmpty())
        return;
    m_checks.clear();
    m_outcomes.clear();
    m_planned = false;
    m_problem.clear();
    m_status = tr("Reading the users…");
    m_planTable->setRowCount(0);
    const auto future = m_runner->plan(m_users);
    updateState();
    aws::whenFinished(future, this, [this](const aws::Result<QList<auth::FixtureCheck>> &checks) {
        if (!checks) {
            m_status.clear();
            m_problem = checks.error().toString();
            updateState();
            Q_EMIT planned(false);
            return;
        }
        m_checks = checks.value();
        m_planned = true;
        int changing = 0;
        int failed = 0;
        for (const auth::FixtureCheck &check : std::as_const(m_checks)) {
            if (!check.ok())
                ++failed;
            else if (check.plan.kind != cognito::FixturePlan::Kind::Unchanged)
                ++changing;
        }
        m_status = tr("%n user(s) would change.", nullptr, changing);
        if (failed > 0)
            m_status += QLatin1Char(' ') + tr("%n user(s) could not be read.", nullptr, failed);
        showChecks();
        updateState();
        Q_EMIT planned(true);
    });
}

void FixturesDialog::apply()
{
    if (!m_runner || isBusy() || !m_planned)
        return;
    int changing = 0;
    bool totp = false;
    for (const auth::FixtureCheck &check : std::as_const(m_checks))
        if (check.ok() && check.plan.kind != cognito::FixturePlan::Kind::Unchanged) {
            ++changing;
            totp = totp || check.plan.enrolTotp;
        }
    if (Interaction::current().question(
            this, tr("Apply test users"),
            tr("Apply the plan to pool %1? %n user(s) will be created or updated.", nullptr,
               changing)
                .arg(m_poolId),
            false) != Interaction::Answer::Yes) {
        Q_EMIT applied(false);
        return;
    }
    const QString clientId = m_clientComboBox->currentData().toString();
    if (!totp || clientId.isEmpty()) {
        m_runner->setClientSource({});
        startApply();
        return;
    }
    // TOTP enrolment signs in as the user: the client's secret too, when it has one.
    m_status = tr("Reading the app client…");
    m_applying = true;
    updateState();
    const int generation = m_generation;
    aws::whenFinished(m_connection->identityProvider()->describeUserPoolClient(m_poolId, clientId),
                      this, [this, generation](const aws::Result<cognito::UserPoolClient> &client) {
                          if (generation != m_generation)
                              return;
                          const aws::Result<cognito::AppClient> source =
                              client ? aws::Result<cognito::AppClient>(cognito::AppClient{
                                           client.value().clientId, client.value().clientSecret})
                                     : aws::Result<cognito::AppClient>(client.error());
                          m_runner->setClientSource([source] { return source; });
                          startApply();
                      });
}

void FixturesDialog::startApply()
{
    m_applying = true;
    m_outcomes.clear();
    m_problem.clear();
    m_status = tr("Applying…");
    for (int row = 0; row < m_planTable->rowCount(); ++row)
        m_planTable->setItem(row, OutcomeColumn, new QTableWidgetItem);
    const auto future = m_runner->apply(m_checks);
    updateState();
    aws::whenFinished(
        future, this, [this](const aws::Result<QList<auth::FixtureOutcome>> &outcomes) {
            m_applying = false;
            // The plan shown was applied (or partly): Check again before another.
            m_planned = false;
            if (!outcomes) {
                m_status.clear();
                m_problem = outcomes.error().toString();
                updateState();
                Q_EMIT applied(false);
                return;
            }
            m_outcomes = outcomes.value();
            int failed = 0;
            for (const auth::FixtureOutcome &outcome : std::as_const(m_outcomes))
                if (outcome.kind == auth::FixtureOutcome::Kind::Failed)
                    ++failed;
            m_status = tr("Applied.");
            if (failed > 0)
                m_problem = tr("%n user(s) failed: see the Outcome column.", nullptr, failed);
            updateState();
            Q_EMIT applied(true);
        });
}

void FixturesDialog::cancel()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (m_applying) {
        // Stopped while the app client was read: nothing was sent.
        ++m_generation;
        m_applying = false;
        m_status.clear();
        updateState();
        Q_EMIT applied(false);
    }
}

void FixturesDialog::reject()
{
    cancel();
    QDialog::reject();
}

QString FixturesDialog::planText(const auth::FixtureCheck &check) const
{
    if (!check.ok())
        return tr("Cannot be read");
    switch (check.plan.kind) {
    case cognito::FixturePlan::Kind::Create:
        return tr("Create");
    case cognito::FixturePlan::Kind::Update:
        return tr("Update");
    case cognito::FixturePlan::Kind::Unchanged:
        break;
    }
    return tr("Unchanged");
}

QString FixturesDialog::changes(const auth::FixtureCheck &check) const
{
    if (!check.ok())
        return check.error;
    const cognito::FixturePlan &plan = check.plan;
    QStringList parts;
    if (!plan.setAttributes.isEmpty()) {
        QStringList names;
        for (const auto &[name, value] : plan.setAttributes)
            names.append(name);
        parts.append(tr("attributes set: %1").arg(names.join(QLatin1String(", "))));
    }
    if (!plan.addGroups.isEmpty())
        parts.append(tr("added to: %1").arg(plan.addGroups.join(QLatin1String(", "))));
    if (!plan.removeGroups.isEmpty())
        parts.append(tr("removed from: %1").arg(plan.removeGroups.join(QLatin1String(", "))));
    if (plan.enable)
        parts.append(tr("enabled"));
    if (plan.disable)
        parts.append(tr("disabled"));
    if (plan.setPassword)
        parts.append(tr("password set (kept in the keychain)"));
    if (plan.disableTotp)
        parts.append(tr("old TOTP turned off"));
    if (plan.enrolTotp)
        parts.append(tr("TOTP enrolled (secret kept in the keychain)"));
    return parts.join(QLatin1String("; "));
}

QString FixturesDialog::outcomeText(const auth::FixtureOutcome &outcome) const
{
    switch (outcome.kind) {
    case auth::FixtureOutcome::Kind::Created:
        return tr("Created");
    case auth::FixtureOutcome::Kind::Updated:
        return tr("Updated");
    case auth::FixtureOutcome::Kind::Unchanged:
        return tr("Unchanged");
    case auth::FixtureOutcome::Kind::Failed:
        break;
    }
    return tr("Failed: %1").arg(outcome.error);
}

void FixturesDialog::showChecks()
{
    m_planTable->setRowCount(static_cast<int>(m_checks.size()));
    for (int row = 0; row < m_checks.size(); ++row) {
        const auth::FixtureCheck &check = m_checks.at(row);
        m_planTable->setItem(row, UserColumn, new QTableWidgetItem(check.user.username));
        m_planTable->setItem(row, PlanColumn, new QTableWidgetItem(planText(check)));
        m_planTable->setItem(row, ChangesColumn, new QTableWidgetItem(changes(check)));
        if (row < m_outcomes.size())
            showOutcome(row, m_outcomes.at(row));
        else
            m_planTable->setItem(row, OutcomeColumn, new QTableWidgetItem);
    }
    m_planTable->resizeColumnToContents(UserColumn);
    m_planTable->resizeColumnToContents(PlanColumn);
    m_planTable->resizeRowsToContents();
}

void FixturesDialog::showOutcome(int index, const auth::FixtureOutcome &outcome)
{
    if (index < 0 || index >= m_planTable->rowCount())
        return;
    auto *item = new QTableWidgetItem(outcomeText(outcome));
    if (outcome.kind == auth::FixtureOutcome::Kind::Failed) {
        // Failures stand out, and keep their whole message at hand.
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setToolTip(outcome.error);
    }
    m_planTable->setItem(index, OutcomeColumn, item);
}

void FixturesDialog::updateState()
{
    const bool busy = isBusy() || m_applying;
    m_openButton->setEnabled(!busy);
    m_clientComboBox->setEnabled(!busy);
    m_checkButton->setEnabled(!busy && m_runner && !m_users.isEmpty());
    m_applyButton->setEnabled(!busy && m_planned);
    m_cancelButton->setEnabled(busy);
    QString text = m_status;
    if (!m_problem.isEmpty())
        text = text.isEmpty() ? m_problem : text + QLatin1Char('\n') + m_problem;
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

} // namespace cdesk::gui
