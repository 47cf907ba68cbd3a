#pragma once

#include "cognito/passwordgenerator.h"
#include "cognito/types.h"
#include "gui/users/poolprofile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NewPasswordForm;
}

namespace cdesk::gui {

// The answer to a NEW_PASSWORD_REQUIRED challenge: the new password (typed twice, or
// generated) and the attributes the challenge's requiredAttributes ask for. No network:
// the user forms' dialog and the token workbench both send what it collects.
class NewPasswordForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPasswordForm)

public:
    explicit NewPasswordForm(QWidget *parent = nullptr);
    ~NewPasswordForm() override;

    void setPolicy(const cognito::PasswordPolicy &policy);
    // The names from the challenge (see requiredAttributesOfChallenge); `schema` (optional)
    // gives their types.
    void setRequiredAttributes(const QStringList &names, const QList<SchemaAttribute> &schema = {});
    // requiredAttributes of a NEW_PASSWORD_REQUIRED answer, as setRequiredAttributes takes it.
    static QStringList requiredAttributesOf(const cognito::AuthResponse &challenge);

    QString newPassword() const;
    // The values for the challenge's userAttributes.NAME.
    QList<cognito::Attribute> attributes() const;
    // What must be fixed before sending: passwords that differ, a required attribute left
    // empty. The password policy is advice shown under the field; the service decides.
    QStringList validate() const;
    void clear();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::NewPasswordForm> m_ui;
};

} // namespace cdesk::gui
