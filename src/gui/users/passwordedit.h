#pragma once

#include "cognito/passwordgenerator.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PasswordEdit;
}

namespace cdesk::gui {

// A password field for the user forms: typed (masked) or generated to satisfy the pool's
// policy. A generated password is shown once, with Copy that copies it once and hides it
// again, so it does not linger on screen or in the clipboard-able field. What the policy
// asks for is shown under the field as advice; the service has the last word.
class PasswordEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordEdit)

public:
    explicit PasswordEdit(QWidget *parent = nullptr);
    ~PasswordEdit() override;

    void setPolicy(const cognito::PasswordPolicy &policy);
    const cognito::PasswordPolicy &policy() const { return m_policy; }
    void setGenerateEnabled(bool enabled);

    // What a screen reader should call the field its label names: the label's text without
    // its accelerator (English "&Password:", Japanese "パスワード(&P):") or final colon.
    static QString nameFromLabel(const QString &labelText);
    void setPlaceholderText(const QString &text);

    QString password() const;
    void setPassword(const QString &password);
    // True while the field holds a generated password nobody has edited.
    bool isGenerated() const { return m_generated; }
    // What the policy says about the current text; empty when it conforms.
    QStringList policyViolations() const;

    void generate();
    void copyOnce();

Q_SIGNALS:
    void passwordChanged(const QString &password);
    void generated(const QString &password);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleName();
    void onEdited();
    void updateHint();

    std::unique_ptr<Ui::PasswordEdit> m_ui;
    cognito::PasswordPolicy m_policy;
    bool m_generated = false;
    bool m_copied = false;
};

} // namespace cdesk::gui
