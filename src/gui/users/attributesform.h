#pragma once

#include "cognito/types.h"
#include "gui/users/poolprofile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AttributesForm;
}

class QLineEdit;

namespace cdesk::gui {

// User attributes as a form: one field per required attribute, and optional ones added from
// the pool's schema. Each field is a QLineEdit named "attributeLineEdit_<attribute name>".
class AttributesForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributesForm)

public:
    explicit AttributesForm(QWidget *parent = nullptr);
    ~AttributesForm() override;

    // Shows `required` (always) and lets the user add any other writable attribute of
    // `schema` (none when it is empty). Attributes in `excluded` are never offered (the
    // email of a pool whose usernames are email addresses: the username becomes it).
    void setAttributes(const QList<SchemaAttribute> &schema, const QStringList &required,
                       const QStringList &excluded = {});
    // Adds a field for `name` (no-op when it is there).
    QLineEdit *addAttribute(const QString &name);
    QLineEdit *field(const QString &name) const;
    QStringList required() const { return m_required; }

    // The non-empty values, in form order.
    QList<cognito::Attribute> attributes() const;
    // What is wrong before anything is sent: a required field left empty, a Boolean that is
    // not true or false, a Number that is not a number. Empty when the form is fine.
    QStringList validate() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAddChoices();
    SchemaAttribute schemaOf(const QString &name) const;

    std::unique_ptr<Ui::AttributesForm> m_ui;
    QList<SchemaAttribute> m_schema;
    QStringList m_required;
    QStringList m_excluded;
    QStringList m_shown;
};

} // namespace cdesk::gui
