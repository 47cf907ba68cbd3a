#include "attributesform.h"

#include "ui_attributesform.h"

#include <QEvent>
#include <QLineEdit>

namespace cdesk::gui {

AttributesForm::AttributesForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttributesForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->addAttributeButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->addAttributeComboBox->currentData().toString();
        if (name.isEmpty())
            return;
        QLineEdit *edit = addAttribute(name);
        edit->setFocus();
    });
    fillAddChoices();
}

AttributesForm::~AttributesForm() = default;

void AttributesForm::setAttributes(const QList<SchemaAttribute> &schema,
                                   const QStringList &required, const QStringList &excluded)
{
    while (m_ui->rowsLayout->rowCount() > 0)
        m_ui->rowsLayout->removeRow(0);
    m_shown.clear();
    m_schema = schema;
    m_required.clear();
    m_excluded = excluded;
    for (const QString &name : required)
        if (!excluded.contains(name))
            m_required << name;
    for (const QString &name : std::as_const(m_required))
        addAttribute(name);
    fillAddChoices();
}

SchemaAttribute AttributesForm::schemaOf(const QString &name) const
{
    for (const SchemaAttribute &attribute : m_schema)
        if (attribute.name == name)
            return attribute;
    SchemaAttribute unknown; // a challenge may name attributes we hold no schema for
    unknown.name = name;
    unknown.dataType = QStringLiteral("String");
    return unknown;
}

QLineEdit *AttributesForm::addAttribute(const QString &name)
{
    if (QLineEdit *existing = field(name))
        return existing;
    const SchemaAttribute attribute = schemaOf(name);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("attributeLineEdit_") + name);
    if (attribute.dataType == QLatin1String("Boolean"))
        edit->setPlaceholderText(tr("true or false"));
    else if (attribute.dataType == QLatin1String("Number"))
        edit->setPlaceholderText(tr("a number"));
    else if (name == QLatin1String("phone_number"))
        edit->setPlaceholderText(tr("+15551234567"));
    else if (m_required.contains(name))
        edit->setPlaceholderText(tr("required"));
    connect(edit, &QLineEdit::textChanged, this, &AttributesForm::changed);
    const QString label =
        m_required.contains(name) ? tr("%1 (required):").arg(name) : tr("%1:").arg(name);
    m_ui->rowsLayout->addRow(label, edit);
    // A widget made after the form joins the end of the window's tab order (after OK); put
    // it where it is shown, before the "Add attribute" choice, so Tab goes top to bottom.
    QWidget *before = m_ui->addAttributeComboBox->previousInFocusChain();
    while (before && before != m_ui->addAttributeComboBox &&
           !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    if (before && before != m_ui->addAttributeComboBox && before != edit)
        QWidget::setTabOrder(before, edit);
    m_shown << name;
    fillAddChoices();
    return edit;
}

QLineEdit *AttributesForm::field(const QString &name) const
{
    return findChild<QLineEdit *>(QStringLiteral("attributeLineEdit_") + name,
                                  Qt::FindDirectChildrenOnly);
}

void AttributesForm::fillAddChoices()
{
    m_ui->addAttributeComboBox->clear();
    for (const SchemaAttribute &attribute : std::as_const(m_schema))
        if (!m_shown.contains(attribute.name) && !m_excluded.contains(attribute.name))
            m_ui->addAttributeComboBox->addItem(attribute.name, attribute.name);
    m_ui->addWidget->setVisible(m_ui->addAttributeComboBox->count() > 0);
}

QList<cognito::Attribute> AttributesForm::attributes() const
{
    QList<cognito::Attribute> out;
    for (const QString &name : m_shown) {
        const QString value = field(name)->text().trimmed();
        if (!value.isEmpty())
            out << cognito::Attribute{name, value};
    }
    return out;
}

QStringList AttributesForm::validate() const
{
    QStringList errors;
    for (const QString &name : m_shown) {
        const QString value = field(name)->text().trimmed();
        const SchemaAttribute attribute = schemaOf(name);
        if (value.isEmpty()) {
            if (m_required.contains(name))
                errors << tr("%1 is required.").arg(name);
            continue;
        }
        if (attribute.dataType == QLatin1String("Boolean") && value != QLatin1String("true") &&
            value != QLatin1String("false"))
            errors << tr("%1 must be true or false.").arg(name);
        if (attribute.dataType == QLatin1String("Number")) {
            bool isNumber = false;
            value.toDouble(&isNumber);
            if (!isNumber)
                errors << tr("%1 must be a number.").arg(name);
        }
    }
    return errors;
}

void AttributesForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
