#include "csvcreatedialog.h"

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/interaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cdesk::gui {

namespace {

// Rows shown in the preview; the check covers the whole file.
constexpr int previewRows = 1000;

enum ProblemColumn
{
    ProblemLineColumn,
    ProblemTextColumn,
};

} // namespace

CsvCreateDialog::CsvCreateDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_connection(std::move(connection))
    , m_poolId(std::move(poolId))
    , m_headingLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_fileLineEdit(new QLineEdit(this))
    , m_fileButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_previewTable(new QTableWidget(this))
    , m_problemsLabel(new QLabel(this))
    , m_problemsTree(new QTreeWidget(this))
    , m_optionsGroup(new QGroupBox(this))
    , m_generateCheckBox(new QCheckBox(m_optionsGroup))
    , m_passwordsLabel(new QLabel(m_optionsGroup))
    , m_passwordsLineEdit(new QLineEdit(m_optionsGroup))
    , m_passwordsButton(new QPushButton(m_optionsGroup))
    , m_passwordsHintLabel(new QLabel(m_optionsGroup))
    , m_messageLabel(new QLabel(m_optionsGroup))
    , m_messageComboBox(new QComboBox(m_optionsGroup))
    , m_groupsLabel(new QLabel(m_optionsGroup))
    , m_groupsList(new QListWidget(m_optionsGroup))
    , m_rpsLabel(new QLabel(m_optionsGroup))
    , m_rpsSpinBox(new QDoubleSpinBox(m_optionsGroup))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_createButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("csvCreateDialog"));
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    m_fileLineEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileButton->setObjectName(QStringLiteral("fileButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_previewTable->setObjectName(QStringLiteral("previewTableWidget"));
    m_problemsTree->setObjectName(QStringLiteral("problemsTreeWidget"));
    m_generateCheckBox->setObjectName(QStringLiteral("generatePasswordsCheckBox"));
    m_passwordsLineEdit->setObjectName(QStringLiteral("passwordsLineEdit"));
    m_passwordsButton->setObjectName(QStringLiteral("passwordsButton"));
    m_messageComboBox->setObjectName(QStringLiteral("messageComboBox"));
    m_groupsList->setObjectName(QStringLiteral("groupsListWidget"));
    m_rpsSpinBox->setObjectName(QStringLiteral("maxRpsSpinBox"));
    m_createButton->setObjectName(QStringLiteral("createButton"));

    m_headingLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_passwordsHintLabel->setWordWrap(true);
    m_fileLabel->setBuddy(m_fileLineEdit);
    m_previewLabel->setBuddy(m_previewTable);
    m_problemsLabel->setBuddy(m_problemsTree);
    m_passwordsLabel->setBuddy(m_passwordsLineEdit);
    m_messageLabel->setBuddy(m_messageComboBox);
    m_groupsLabel->setBuddy(m_groupsList);
    m_rpsLabel->setBuddy(m_rpsSpinBox);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->verticalHeader()->hide();
    m_problemsTree->setColumnCount(2);
    m_problemsTree->setRootIsDecorated(false);
    m_problemsTree->setMaximumHeight(140);
    m_groupsList->setMaximumHeight(100);
    m_messageComboBox->addItem(QString(), false);
    m_messageComboBox->addItem(QString(), true);
    m_rpsSpinBox->setRange(0, 10000);
    m_rpsSpinBox->setDecimals(1);
    m_rpsSpinBox->setValue(0);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileLineEdit, 1);
    fileRow->addWidget(m_fileButton);
    auto *passwordsRow = new QHBoxLayout;
    passwordsRow->addWidget(m_passwordsLineEdit, 1);
    passwordsRow->addWidget(m_passwordsButton);
    auto *options = new QFormLayout(m_optionsGroup);
    options->addRow(m_generateCheckBox);
    options->addRow(m_passwordsLabel, passwordsRow);
    options->addRow(m_passwordsHintLabel);
    options->addRow(m_messageLabel, m_messageComboBox);
    options->addRow(m_groupsLabel, m_groupsList);
    options->addRow(m_rpsLabel, m_rpsSpinBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemsTree);
    layout->addWidget(m_optionsGroup);
    layout->addWidget(m_buttons);
    resize(760, 640);

    connect(m_fileButton, &QPushButton::clicked, this, &CsvCreateDialog::chooseCsvFile);
    connect(m_fileLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_fileLineEdit->text() != m_csvPath)
            setCsvFile(m_fileLineEdit->text());
    });
    connect(m_passwordsButton, &QPushButton::clicked, this, &CsvCreateDialog::choosePasswordsFile);
    connect(m_passwordsLineEdit, &QLineEdit::textChanged, this, [this] {
        m_passwordsError.clear();
        updateState();
    });
    connect(m_generateCheckBox, &QCheckBox::toggled, this, &CsvCreateDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CsvCreateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvCreateDialog::reject);
    retranslate();
    updateState();

    // The pool's attributes and groups: what the file is checked against.
    if (!m_connection) {
        m_poolError = tr("There is no connection.");
        updateState();
        return;
    }
    aws::whenFinished(cognito::fetchBulkCreatePool(m_connection->identityProvider(), m_poolId),
                      this, [this](const aws::Result<cognito::BulkCreatePool> &pool) {
                          if (!pool) {
                              m_poolError = pool.error().toString();
                              updateState();
                              Q_EMIT poolRead(false);
                              return;
                          }
                          m_pool = pool.value();
                          QStringList groups = m_pool->groups;
                          groups.sort(Qt::CaseInsensitive);
                          for (const QString &group : std::as_const(groups)) {
                              auto *item = new QListWidgetItem(group, m_groupsList);
                              item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                              item->setCheckState(Qt::Unchecked);
                          }
                          runCheck();
                          Q_EMIT poolRead(true);
                      });
}

CsvCreateDialog::~CsvCreateDialog() = default;

void CsvCreateDialog::retranslate()
{
    setWindowTitle(tr("Create users from CSV"));
    m_headingLabel->setText(
        tr("Creates one user per row of a CSV file in pool %1. The header names the "
           "columns: username, the pool's attributes (email, phone_number, custom:…) and "
           "optionally groups (several separated by ;). The whole file is checked against "
           "the pool first; nothing is created while a line is wrong.")
            .arg(m_poolId));
    m_fileLabel->setText(tr("CSV &file:"));
    m_fileButton->setText(tr("C&hoose…"));
    m_previewLabel->setText(tr("Pre&view:"));
    m_problemsLabel->setText(tr("Pro&blems:"));
    m_problemsTree->setHeaderLabels({tr("Line"), tr("Problem")});
    m_optionsGroup->setTitle(tr("Options"));
    m_generateCheckBox->setText(
        tr("&Generate a temporary password for each user (to the pool's password policy)"));
    m_passwordsLabel->setText(tr("&Passwords file:"));
    m_passwordsButton->setText(tr("Ch&oose…"));
    m_passwordsHintLabel->setText(
        tr("The generated passwords are written to this file only (readable by you alone); "
           "an existing file is never overwritten. Without generated passwords Cognito makes "
           "the temporary passwords and sends them in the invitation."));
    m_messageLabel->setText(tr("&Invitation message:"));
    m_messageComboBox->setItemText(0, tr("Send it"));
    m_messageComboBox->setItemText(1, tr("Suppress it (send nothing)"));
    m_groupsLabel->setText(tr("Also add every user &to:"));
    m_rpsLabel->setText(tr("At most (requests per &second):"));
    m_rpsSpinBox->setSpecialValueText(tr("The quota"));
    m_rpsSpinBox->setToolTip(tr("The operation's Cognito quota unless set; lowered on "
                                "throttling either way."));
    m_createButton->setText(tr("&Create"));
    // What a screen reader says for the controls whose label is not their buddy, and for
    // the two Choose… buttons.
    m_fileButton->setAccessibleName(tr("Choose the CSV file"));
    m_passwordsButton->setAccessibleName(tr("Choose the passwords file"));
    m_previewTable->setAccessibleName(tr("Preview of the file"));
    m_problemsTree->setAccessibleName(tr("Problems, by line"));
    m_groupsList->setAccessibleName(tr("Groups every user is also added to"));
    showPreview();
    updateState();
}

void CsvCreateDialog::chooseCsvFile()
{
    const QString path = Interaction::current().openFileName(
        this, tr("Choose the users' CSV file"), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setCsvFile(path);
}

void CsvCreateDialog::choosePasswordsFile()
{
    const QString path = Interaction::current().saveFileName(
        this, tr("Where the generated passwords go"), QStringLiteral("passwords.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setPasswordsFile(path);
}

void CsvCreateDialog::setCsvFile(const QString &path)
{
    m_csvPath = path;
    m_fileLineEdit->setText(path);
    m_csv.clear();
    m_readError.clear();
    m_checked = false;
    m_check = {};
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_csv = file.readAll();
        else
            m_readError = tr("Cannot read %1: %2").arg(path, file.errorString());
    }
    runCheck();
}

void CsvCreateDialog::setPasswordsFile(const QString &path)
{
    m_passwordsLineEdit->setText(path);
    if (!path.isEmpty())
        m_generateCheckBox->setChecked(true);
    m_passwordsError.clear();
    updateState();
}

void CsvCreateDialog::runCheck()
{
    const bool checkable = m_pool && !m_csvPath.isEmpty() && m_readError.isEmpty();
    if (checkable) {
        m_check = m_pool->check(m_csv);
        // In the order of the file.
        std::stable_sort(m_check.problems.begin(), m_check.problems.end(),
                         [](const auto &a, const auto &b) { return a.line < b.line; });
        m_checked = true;
    }
    showPreview();
    updateState();
    if (checkable)
        Q_EMIT fileChecked();
}

void CsvCreateDialog::showPreview()
{
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    m_problemsTree->clear();
    if (m_csvPath.isEmpty() || !m_readError.isEmpty())
        return;
    // Each problem, and the lines they are on (marked in the preview).
    QHash<int, QStringList> problemsOf;
    for (const auto &problem : std::as_const(m_check.problems)) {
        auto *item = new QTreeWidgetItem(m_problemsTree);
        item->setText(ProblemLineColumn, QString::number(problem.line));
        item->setText(ProblemTextColumn, problem.message);
        item->setToolTip(ProblemTextColumn, problem.message);
        problemsOf[problem.line].append(problem.message);
    }
    m_problemsTree->resizeColumnToContents(ProblemLineColumn);
    const auto records = cognito::parseCsv(m_csv);
    if (!records || records->isEmpty())
        return;
    const QStringList header = records->first().fields;
    QStringList labels{tr("Line")};
    for (const QString &column : header)
        labels.append(column.trimmed());
    m_previewTable->setColumnCount(static_cast<int>(labels.size()));
    m_previewTable->setHorizontalHeaderLabels(labels);
    const int rows = static_cast<int>(std::min<qsizetype>(records->size() - 1, previewRows));
    m_previewTable->setRowCount(rows);
    const QBrush bad(QColor(255, 220, 220));
    for (int r = 0; r < rows; ++r) {
        const cognito::CsvRecord &record = records->at(r + 1);
        const QStringList problems = problemsOf.value(record.line);
        auto *line = new QTableWidgetItem(QString::number(record.line));
        m_previewTable->setItem(r, 0, line);
        for (int c = 0; c < record.fields.size(); ++c)
            m_previewTable->setItem(r, c + 1, new QTableWidgetItem(record.fields.at(c)));
        if (!problems.isEmpty()) {
            for (int c = 0; c < m_previewTable->columnCount(); ++c) {
                QTableWidgetItem *cell = m_previewTable->item(r, c);
                if (!cell)
                    m_previewTable->setItem(r, c, cell = new QTableWidgetItem);
                cell->setBackground(bad);
                cell->setForeground(QBrush(Qt::black));
                cell->setToolTip(problems.join(u'\n'));
            }
        }
    }
    m_previewTable->resizeColumnsToContents();
}

bool CsvCreateDialog::canCreate() const
{
    return m_pool && m_checked && m_check.ok() &&
           (!m_generateCheckBox->isChecked() || !m_passwordsLineEdit->text().trimmed().isEmpty());
}

cognito::BulkJobSpec CsvCreateDialog::spec() const
{
    cognito::BulkCreateOptions options;
    options.generatePasswords = m_generateCheckBox->isChecked();
    if (options.generatePasswords)
        options.passwordsOut = m_passwordsLineEdit->text().trimmed();
    options.suppressMessage = m_messageComboBox->currentData().toBool();
    for (int i = 0; i < m_groupsList->count(); ++i)
        if (m_groupsList->item(i)->checkState() == Qt::Checked)
            options.extraGroups.append(m_groupsList->item(i)->text());
    return cognito::bulkCreateSpec(m_poolId, m_check, options);
}

double CsvCreateDialog::maxRequestsPerSecond() const
{
    return m_rpsSpinBox->value();
}

void CsvCreateDialog::updateState()
{
    const bool generate = m_generateCheckBox->isChecked();
    m_passwordsLabel->setEnabled(generate);
    m_passwordsLineEdit->setEnabled(generate);
    m_passwordsButton->setEnabled(generate);
    const int problems = static_cast<int>(m_check.problems.size());
    m_problemsLabel->setText(problems == 0 ? tr("Pro&blems: none")
                                           : tr("Pro&blems (%n):", nullptr, problems));
    QString status;
    if (!m_poolError.isEmpty())
        status = tr("The pool could not be read: %1").arg(m_poolError);
    else if (!m_readError.isEmpty())
        status = m_readError;
    else if (m_csvPath.isEmpty())
        status = tr("Choose the CSV file of the users to create.");
    else if (!m_pool)
        status = tr("Reading the pool's attributes and groups…");
    else if (!m_check.problems.isEmpty())
        status =
            tr("%n problem(s): nothing can be created until the file is fixed.", nullptr, problems);
    else if (m_check.rows.isEmpty())
        status = tr("The file names no users.");
    else if (!m_passwordsError.isEmpty())
        status = m_passwordsError;
    else if (generate && m_passwordsLineEdit->text().trimmed().isEmpty())
        status = tr("%n user(s), no problems. Choose the file the generated passwords go to.",
                    nullptr, static_cast<int>(m_check.rows.size()));
    else
        status = tr("%n user(s) to create, no problems.", nullptr,
                    static_cast<int>(m_check.rows.size()));
    if (m_checked && m_check.rows.size() > previewRows)
        status += u' ' + tr("The preview shows the first %1 rows.").arg(previewRows);
    m_statusLabel->setText(status);
    m_createButton->setEnabled(canCreate() && m_passwordsError.isEmpty());
}

void CsvCreateDialog::accept()
{
    if (!canCreate())
        return;
    if (m_generateCheckBox->isChecked() && QFile::exists(m_passwordsLineEdit->text().trimmed())) {
        m_passwordsError = tr("%1 exists: the passwords file is never overwritten. Choose a "
                              "new file.")
                               .arg(m_passwordsLineEdit->text().trimmed());
        updateState();
        return;
    }
    Q_EMIT createRequested(spec(), maxRequestsPerSecond());
    QDialog::accept();
}

void CsvCreateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui
