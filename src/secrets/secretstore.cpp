#include "secretstore.h"

#include <QCoreApplication>

namespace cdesk::secrets {

QString describe(const SecretResult &result)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cdesk::secrets", text);
    };
    switch (result.status) {
    case SecretStatus::Ok:
        return {};
    case SecretStatus::NotFound:
        return tr("Nothing is stored in the keychain under this name.");
    case SecretStatus::Locked:
        return tr("The system keychain is locked or refused access: %1").arg(result.message);
    case SecretStatus::Unavailable:
        return tr("No system keychain is available (is a Secret Service such as "
                  "gnome-keyring running?): %1")
            .arg(result.message);
    case SecretStatus::Failed:
        break;
    }
    return tr("The system keychain failed: %1").arg(result.message);
}

} // namespace cdesk::secrets
