#pragma once

#include "cognito/types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PoolDialog;
}

namespace cdesk::cognito {
class Connection;
}

namespace cdesk::gui::admin {

class DomainController;
class PoolController;

// A pool at a glance: identity, sign-in, password policy and email settings (Edit settings…
// changes them in a PoolSettingsDialog); and its hosted-UI domain: create a prefix or custom
// domain, watch it provision until it is ACTIVE, delete it.
class PoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolDialog)

public:
    PoolDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
               QWidget *parent = nullptr);
    ~PoolDialog() override;

    PoolController *controller() const { return m_pool; }
    DomainController *domainController() const { return m_domain; }
    // The domain the pool has, as last described; empty when none.
    QString currentDomain() const { return m_currentDomain; }
    // Why the domain typed in cannot be created; empty when it can.
    QString domainValidationError() const;

Q_SIGNALS:
    void domainChanged();
    // Edit settings… saved new settings.
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(const cognito::UserPool &pool);
    void editSettings();
    void showDomain(const cognito::DomainDescription &description);
    void createDomain();
    void deleteDomain();
    void updateDomainButtons();

    std::unique_ptr<Ui::PoolDialog> m_ui;
    std::shared_ptr<cognito::Connection> m_connection;
    PoolController *m_pool;
    DomainController *m_domain;
    QString m_poolId;
    QString m_currentDomain;
    QString m_domainStatus;
    std::optional<cognito::UserPool> m_described;
};

} // namespace cdesk::gui::admin
