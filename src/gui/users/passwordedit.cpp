#include "passwordedit.h"

#include "ui_passwordedit.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>

namespace cdesk::gui {

PasswordEdit::PasswordEdit(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PasswordEdit>())
{
    m_ui->setupUi(this);
    // Focus given to the composite (a label's buddy, Tab, a .ui's tab order) goes to the
    // field; without a focus policy of its own, QWidget::setTabOrder would ignore it.
    setFocusProxy(m_ui->passwordLineEdit);
    setFocusPolicy(m_ui->passwordLineEdit->focusPolicy());
    connect(m_ui->passwordLineEdit, &QLineEdit::textEdited, this, &PasswordEdit::onEdited);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &PasswordEdit::passwordChanged);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &PasswordEdit::generate);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &PasswordEdit::copyOnce);
    updateHint();
}

PasswordEdit::~PasswordEdit() = default;

void PasswordEdit::setPolicy(const cognito::PasswordPolicy &policy)
{
    m_policy = policy;
    updateHint();
}

void PasswordEdit::setGenerateEnabled(bool enabled)
{
    m_ui->generateButton->setVisible(enabled);
    m_ui->copyButton->setVisible(enabled);
}

void PasswordEdit::setPlaceholderText(const QString &text)
{
    m_ui->passwordLineEdit->setPlaceholderText(text);
}

QString PasswordEdit::password() const
{
    return m_ui->passwordLineEdit->text();
}

void PasswordEdit::setPassword(const QString &password)
{
    m_ui->passwordLineEdit->setText(password);
    onEdited();
}

QStringList PasswordEdit::policyViolations() const
{
    return cognito::passwordPolicyViolations(m_policy, password());
}

void PasswordEdit::generate()
{
    const QString password = cognito::generatePassword(m_policy);
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Normal);
    m_ui->passwordLineEdit->setText(password);
    m_generated = true;
    m_copied = false;
    m_ui->copyButton->setEnabled(true);
    updateHint();
    Q_EMIT generated(password);
}

void PasswordEdit::copyOnce()
{
    if (!m_generated || m_copied)
        return;
    QGuiApplication::clipboard()->setText(password());
    m_copied = true;
    // Hidden from now on: a masked QLineEdit cannot be selected and copied again.
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->copyButton->setEnabled(false);
    updateHint();
}

void PasswordEdit::onEdited()
{
    m_generated = false;
    m_copied = false;
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->copyButton->setEnabled(false);
    updateHint();
}

void PasswordEdit::updateHint()
{
    QString hint;
    if (m_copied)
        hint = tr("Copied to the clipboard. It is no longer shown here; paste it where it is "
                  "needed before you copy anything else.");
    else if (m_generated)
        hint = tr("Generated. Copy it now: it is shown only until you copy it.");
    else if (!password().isEmpty())
        hint = policyViolations().join(u' ');
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

QString PasswordEdit::nameFromLabel(const QString &labelText)
{
    QString name = labelText;
    // Translations put the accelerator after the words, as "(&T)", where English marks a
    // letter of them ("&Temporary password:"); either way it is not part of the name.
    static const QRegularExpression appendedAccelerator(
        QStringLiteral("\\s*[(\\x{FF08}]&[^&][)\\x{FF09}]"));
    static const QRegularExpression marker(QStringLiteral("&(?!&)"));
    name.remove(appendedAccelerator);
    name.remove(marker);
    name.replace(QStringLiteral("&&"), QStringLiteral("&"));
    name = name.trimmed();
    // The colon that ends a label: ASCII, or the full-width one of Chinese and Japanese.
    while (name.endsWith(u':') || name.endsWith(QChar(0xFF1A)))
        name = name.chopped(1).trimmed();
    return name;
}

void PasswordEdit::updateAccessibleName()
{
    // Screen readers name a field after the label whose buddy it is, looking only among the
    // field's siblings: the form's label names this wrapper, not the text field inside it.
    // The wrapper's own accessible name, or else its label's text, goes to the inner field.
    QString name = accessibleName();
    if (name.isEmpty() && parentWidget()) {
        const QList<QLabel *> labels = parentWidget()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy() == this || label->buddy() == m_ui->passwordLineEdit) {
                // The label's Alt+letter gives the focus only to a buddy that takes it, and
                // this wrapper does not (its text field does, through the focus proxy).
                label->setBuddy(m_ui->passwordLineEdit);
                name = nameFromLabel(label->text());
                break;
            }
        }
    }
    if (name.isEmpty())
        name = tr("Password");
    m_ui->passwordLineEdit->setAccessibleName(name);
    m_ui->generateButton->setAccessibleName(tr("Generate %1").arg(name.toLower()));
    m_ui->copyButton->setAccessibleName(tr("Copy %1").arg(name.toLower()));
}

bool PasswordEdit::event(QEvent *event)
{
    // Polish: once the form is built (labels and buddies set); a later language change
    // retranslates the labels before the next polish of the field.
    if (event->type() == QEvent::Polish || event->type() == QEvent::Show)
        updateAccessibleName();
    return QWidget::event(event);
}

void PasswordEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateHint();
        // The labels of the form are retranslated in the same pass; take their text after.
        QMetaObject::invokeMethod(this, &PasswordEdit::updateAccessibleName, Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

} // namespace cdesk::gui
