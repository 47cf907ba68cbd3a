#include "logincheckdialog.h"

#include "ui_logincheckdialog.h"

#include "gui/interaction.h"
#include "gui/users/logincheckcontroller.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace cdesk::gui {

using cognito::LoginFinding;
using cognito::LoginFlow;

LoginCheckDialog::LoginCheckDialog(LoginCheckController *controller, const QString &poolId,
                                   const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginCheckDialog>())
    , m_controller(controller)
    , m_poolId(poolId)
    , m_username(username)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginCheckDialog"));
    m_controller->setParent(this);
    m_ui->clientCombo->addItem(QString(), QString());
    for (const LoginFlow flow :
         {LoginFlow::Password, LoginFlow::Srp, LoginFlow::Admin, LoginFlow::HostedUi})
        m_ui->flowCombo->addItem(QString(), cognito::loginFlowName(flow));
    m_ui->findingsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginCheckDialog::reject);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &LoginCheckDialog::runCheck);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &LoginCheckDialog::applyFix);
    connect(m_ui->findingsTree, &QTreeWidget::currentItemChanged, this,
            &LoginCheckDialog::updateButtons);
    connect(m_controller, &LoginCheckController::busyChanged, this,
            &LoginCheckDialog::updateButtons);
    connect(m_controller, &LoginCheckController::clientsLoaded, this,
            [this](const QList<cognito::UserPoolClientDescription> &clients) {
                for (const auto &client : clients)
                    m_ui->clientCombo->addItem(client.clientName, client.clientId);
                if (!clients.isEmpty())
                    m_ui->clientCombo->setCurrentIndex(1);
                runCheck();
            });
    connect(m_controller, &LoginCheckController::checked, this, &LoginCheckDialog::showReport);
    connect(m_controller, &LoginCheckController::fixed, this, [this] {
        Q_EMIT changed();
        runCheck();
    });
    connect(m_controller, &LoginCheckController::failed, this,
            [this](const aws::AwsError &error) { m_ui->verdictLabel->setText(error.toString()); });
    // A new choice is judged at once.
    connect(m_ui->clientCombo, &QComboBox::activated, this, &LoginCheckDialog::runCheck);
    connect(m_ui->flowCombo, &QComboBox::activated, this, &LoginCheckDialog::runCheck);
    connect(m_ui->redirectEdit, &QLineEdit::editingFinished, this, &LoginCheckDialog::runCheck);
    updateButtons();
    m_controller->loadClients();
}

LoginCheckDialog::~LoginCheckDialog() = default;

cognito::LoginCheckRequest LoginCheckDialog::request() const
{
    cognito::LoginCheckRequest request;
    request.userPoolId = m_poolId;
    request.username = m_username;
    request.clientId = m_ui->clientCombo->currentData().toString();
    request.flow = cognito::loginFlowFromString(m_ui->flowCombo->currentData().toString())
                       .value_or(LoginFlow::Password);
    request.redirectUri = m_ui->redirectEdit->text().trimmed();
    return request;
}

void LoginCheckDialog::runCheck()
{
    if (m_controller->isBusy())
        return;
    m_ui->verdictLabel->setText(tr("Checking…"));
    m_controller->check(request());
}

QString LoginCheckDialog::severityText(LoginFinding::Severity severity)
{
    switch (severity) {
    case LoginFinding::Severity::Blocker:
        return tr("Blocker");
    case LoginFinding::Severity::Warning:
        return tr("Warning");
    case LoginFinding::Severity::Info:
        return tr("Information");
    }
    return {};
}

void LoginCheckDialog::showReport(const cognito::LoginCheckReport &report)
{
    m_report = report;
    m_ui->findingsTree->clear();
    for (const LoginFinding &finding : report.findings) {
        auto *item = new QTreeWidgetItem(
            m_ui->findingsTree, {severityText(finding.severity), finding.message, finding.fix});
        item->setToolTip(1, finding.code); // the contract's code, for a ticket
        item->setData(0, Qt::UserRole, finding.code);
    }
    m_ui->verdictLabel->setText(
        report.canSignIn() ? tr("Nothing blocks %1's sign-in.").arg(m_username)
                           : tr("%1 cannot sign in: fix the blockers below.").arg(m_username));
    updateButtons();
}

void LoginCheckDialog::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const int row = m_ui->findingsTree->indexOfTopLevelItem(m_ui->findingsTree->currentItem());
    const bool fixable = row >= 0 && row < m_report.findings.size() &&
                         LoginCheckController::canFix(m_report.findings.at(row));
    m_ui->fixButton->setEnabled(!busy && fixable);
    m_ui->checkButton->setEnabled(!busy);
}

void LoginCheckDialog::applyFix()
{
    const int row = m_ui->findingsTree->indexOfTopLevelItem(m_ui->findingsTree->currentItem());
    if (row < 0 || row >= m_report.findings.size() || m_controller->isBusy())
        return;
    const LoginFinding finding = m_report.findings.at(row);
    if (!LoginCheckController::canFix(finding))
        return;
    const auto answer = Interaction::current().question(
        this, tr("Apply Fix"), tr("%1\n\nDo this now for %2?").arg(finding.fix, m_username), false);
    if (answer != Interaction::Answer::Yes)
        return;
    m_controller->fix(request(), finding);
}

void LoginCheckDialog::retranslate()
{
    m_ui->clientCombo->setItemText(0, tr("(none: check the user and the pool only)"));
    const QStringList flows = {tr("Password (USER_PASSWORD_AUTH)"), tr("SRP (USER_SRP_AUTH)"),
                               tr("Admin (ADMIN_USER_PASSWORD_AUTH)"), tr("Hosted UI")};
    for (int i = 0; i < flows.size(); ++i)
        m_ui->flowCombo->setItemText(i, flows.at(i));
    setWindowTitle(tr("Why Can't %1 Sign In?").arg(m_username));
}

void LoginCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (!m_report.findings.isEmpty())
            showReport(m_report);
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
