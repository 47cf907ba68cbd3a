#include "poolcomparedialog.h"

#include "ui_poolcomparedialog.h"

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "gui/admin/controller.h"
#include "gui/profiles/profilescontroller.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidgetItem>

#include <optional>

namespace cdesk::gui::admin {

namespace {
enum Column
{
    SettingColumn,
    AColumn,
    BColumn,
};
} // namespace

PoolCompareDialog::PoolCompareDialog(std::shared_ptr<cognito::Connection> connection,
                                     QString profileName, QString poolId,
                                     ProfilesController *profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolCompareDialog>())
    , m_connection(std::move(connection))
    , m_connectionB(m_connection)
    , m_profileName(std::move(profileName))
    , m_poolId(std::move(poolId))
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    m_ui->differencesTreeWidget->header()->setStretchLastSection(true);
    m_ui->profileComboBox->addItem(QString(), QString());
    if (m_profiles)
        for (const QString &name : m_profiles->names())
            if (name != m_profileName)
                m_ui->profileComboBox->addItem(name, name);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PoolCompareDialog::reject);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &PoolCompareDialog::compare);
    connect(m_ui->profileComboBox, &QComboBox::currentIndexChanged, this,
            &PoolCompareDialog::useProfile);
    retranslate();
    listPools();
}

PoolCompareDialog::~PoolCompareDialog() = default;

void PoolCompareDialog::setPoolB(const QString &poolId)
{
    const int index = m_ui->poolComboBox->findData(poolId);
    if (index >= 0)
        m_ui->poolComboBox->setCurrentIndex(index);
    else
        m_ui->poolComboBox->setEditText(poolId);
}

QString PoolCompareDialog::poolB() const
{
    // A pool chosen from the list, or an id typed in.
    const QString text = m_ui->poolComboBox->currentText().trimmed();
    const int index = m_ui->poolComboBox->findText(text);
    return index >= 0 ? m_ui->poolComboBox->itemData(index).toString() : text;
}

void PoolCompareDialog::useProfile(int index)
{
    const quint64 generation = ++m_listGeneration;
    ++m_compareGeneration;
    m_ui->compareButton->setEnabled(true);
    m_ui->poolComboBox->clear();
    const QString name = m_ui->profileComboBox->itemData(index).toString();
    if (name.isEmpty() || !m_profiles) {
        m_connectionB = m_connection;
        listPools();
        return;
    }
    const std::optional<secrets::Profile> profile = m_profiles->load(name);
    if (!profile) {
        fail(tr("The profile %1 is gone.").arg(name));
        return;
    }
    m_connectionB.reset();
    m_ui->statusLabel->setText(tr("Opening the profile %1…").arg(name));
    // The profiles outlive this window: the answer may come after it closed.
    m_profiles->open(*profile, {},
                     [self = QPointer<PoolCompareDialog>(this),
                      generation](const aws::Result<OpenedProfile> &opened) {
                         if (!self || generation != self->m_listGeneration)
                             return;
                         PoolCompareDialog *const dialog = self;
                         if (!opened.ok()) {
                             dialog->fail(describeError(opened.error()));
                             return;
                         }
                         dialog->m_connectionB = opened.value().connection;
                         dialog->listPools();
                     });
}

void PoolCompareDialog::listPools()
{
    if (!m_connectionB)
        return;
    const quint64 generation = ++m_listGeneration;
    m_ui->statusLabel->setText(tr("Listing the pools…"));
    aws::whenFinished(
        m_connectionB->identityProvider()->listUserPools(60), this,
        [this, generation](const aws::Result<cognito::Page<cognito::UserPoolDescription>> &page) {
            if (generation != m_listGeneration)
                return;
            if (!page.ok()) {
                fail(describeError(page.error()));
                return;
            }
            const QString typed = m_ui->poolComboBox->currentText();
            m_ui->poolComboBox->clear();
            for (const cognito::UserPoolDescription &pool : page.value().items) {
                if (pool.id == m_poolId && m_connectionB == m_connection)
                    continue; // pool A itself
                m_ui->poolComboBox->addItem(tr("%1 (%2)").arg(pool.id, pool.name), pool.id);
            }
            if (!typed.isEmpty())
                m_ui->poolComboBox->setEditText(typed);
            m_ui->statusLabel->setText(tr("Choose pool B, then Compare."));
            Q_EMIT poolsListed();
        });
}

void PoolCompareDialog::compare()
{
    const QString b = poolB();
    if (b.isEmpty() || !m_connectionB) {
        fail(tr("Choose pool B first."));
        return;
    }
    const quint64 generation = ++m_compareGeneration;
    m_comparedB = b;
    m_ui->compareButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Reading both pools…"));
    // Both pools at once; the differences once both are read.
    struct Reads
    {
        std::optional<aws::Result<cognito::PoolSnapshot>> a;
        std::optional<aws::Result<cognito::PoolSnapshot>> b;
    };
    auto reads = std::make_shared<Reads>();
    const auto done = [this, generation, reads] {
        if (generation != m_compareGeneration || !reads->a || !reads->b)
            return;
        m_ui->compareButton->setEnabled(true);
        for (const auto *read : {&*reads->a, &*reads->b})
            if (!read->ok()) {
                fail(read == &*reads->a ? tr("Pool A: %1").arg(describeError(read->error()))
                                        : tr("Pool B: %1").arg(describeError(read->error())));
                return;
            }
        m_differences = cognito::diffPools(reads->a->value(), reads->b->value());
        showDifferences();
    };
    auto connectionB = m_connectionB; // kept alive until its read is done
    aws::whenFinished(cognito::readPoolSnapshot(m_connection->identityProvider(), m_poolId), this,
                      [reads, done](const aws::Result<cognito::PoolSnapshot> &snapshot) {
                          reads->a = snapshot;
                          done();
                      });
    aws::whenFinished(
        cognito::readPoolSnapshot(connectionB->identityProvider(), b), this,
        [reads, done, connectionB](const aws::Result<cognito::PoolSnapshot> &snapshot) {
            reads->b = snapshot;
            done();
        });
}

void PoolCompareDialog::showDifferences()
{
    m_ui->differencesTreeWidget->clear();
    for (const cognito::PoolDifference &difference : std::as_const(m_differences)) {
        auto *item = new QTreeWidgetItem(m_ui->differencesTreeWidget);
        item->setText(SettingColumn, difference.path);
        item->setData(SettingColumn, Qt::UserRole, difference.path);
        item->setText(AColumn, valueText(difference.a));
        item->setText(BColumn, valueText(difference.b));
        for (int column : {AColumn, BColumn})
            item->setToolTip(column, item->text(column));
    }
    m_ui->differencesTreeWidget->resizeColumnToContents(SettingColumn);
    m_ui->statusLabel->setText(
        m_differences.isEmpty() ? tr("%1 and %2 are configured alike.").arg(m_poolId, m_comparedB)
                                : tr("Settings that differ between %1 (A) and %2 (B): %3.")
                                      .arg(m_poolId, m_comparedB)
                                      .arg(m_differences.size()));
    Q_EMIT compared();
}

void PoolCompareDialog::fail(const QString &message)
{
    m_ui->compareButton->setEnabled(true);
    m_ui->statusLabel->setText(message);
    Q_EMIT failed(message);
}

QString PoolCompareDialog::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(none)");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void PoolCompareDialog::retranslate()
{
    m_ui->headingLabel->setText(
        m_profileName.isEmpty()
            ? tr("Pool A: %1. Only the settings that differ are listed; ids, dates and the "
                 "account in ARNs are left out.")
                  .arg(m_poolId)
            : tr("Pool A: %1 (profile %2). Only the settings that differ are listed; ids, "
                 "dates and the account in ARNs are left out.")
                  .arg(m_poolId, m_profileName));
    m_ui->profileComboBox->setItemText(0, m_profileName.isEmpty()
                                              ? tr("Pool A's connection")
                                              : tr("%1 (pool A's profile)").arg(m_profileName));
}

void PoolCompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cdesk::gui::admin
