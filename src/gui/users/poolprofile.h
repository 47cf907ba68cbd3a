#pragma once

#include "cognito/passwordgenerator.h"
#include "cognito/types.h"

#include <QMetaType>

namespace cdesk::gui {

// One attribute of a pool's schema (DescribeUserPool's SchemaAttributes), as the forms ask for it.
struct SchemaAttribute
{
    QString name;     // "email", "custom:department"
    QString dataType; // String, Number, Boolean, DateTime
    bool required = false;
    bool isMutable = true;
};

// What the forms need to know about a pool: its schema, password policy and whether users
// sign in with an email address or phone number instead of a username.
struct PoolProfile
{
    cognito::UserPool pool;
    QList<SchemaAttribute> schema; // without sub and developer-only attributes
    cognito::PasswordPolicy passwordPolicy;

    SchemaAttribute attribute(const QString &name) const;
    QStringList requiredAttributes() const;
    bool signsInWithEmail() const;
    bool signsInWithPhone() const;
    static PoolProfile fromUserPool(const cognito::UserPool &pool);
};

} // namespace cdesk::gui

Q_DECLARE_METATYPE(cdesk::gui::PoolProfile)
