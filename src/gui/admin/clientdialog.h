#pragma once

#include "cognito/types.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class ClientDialog;
}

namespace cdesk::cognito {
class Connection;
}

class QCheckBox;

namespace cdesk::gui::admin {

class ClientController;

// An app client's form: a new client (CreateUserPoolClient) or an existing one, described
// and then edited (UpdateUserPoolClient with the whole configuration sent back, so nothing the
// form does not show is reset). The secret is shown only when asked for.
class ClientDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientDialog)

public:
    // A new client of `poolId`.
    ClientDialog(std::shared_ptr<cognito::Connection> connection, QString poolId,
                 QWidget *parent = nullptr);
    // Client `clientId` of `poolId`: described as the dialog opens.
    ClientDialog(std::shared_ptr<cognito::Connection> connection, QString poolId, QString clientId,
                 QWidget *parent = nullptr);
    ~ClientDialog() override;

    ClientController *controller() const { return m_controller; }
    bool isNew() const { return m_clientId.isEmpty(); }
    // Why the form cannot be sent as it is; empty when it can.
    QString validationError() const;

    void accept() override;

Q_SIGNALS:
    // The service created or updated the client.
    void saved(const QString &clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    ClientDialog(std::shared_ptr<cognito::Connection> connection, QString poolId, QString clientId,
                 bool, QWidget *parent);
    void fill(const cognito::UserPoolClient &client);
    void updateButtons();
    void retranslate();
    QStringList checkedValues(const QList<std::pair<QCheckBox *, QString>> &boxes) const;
    QList<std::pair<QCheckBox *, QString>> authFlowBoxes() const;
    QList<std::pair<QCheckBox *, QString>> oauthFlowBoxes() const;
    QList<std::pair<QCheckBox *, QString>> scopeBoxes() const;
    QStringList authFlows() const;
    QStringList oauthScopes() const;
    QStringList identityProviders() const;
    static QStringList lines(const QString &text);

    std::unique_ptr<Ui::ClientDialog> m_ui;
    ClientController *m_controller;
    QString m_poolId;
    QString m_clientId;
    std::optional<cognito::UserPoolClient> m_described;
    // Values the service holds that the check boxes do not cover (legacy flow names, other
    // identity providers); sent back unchanged.
    QStringList m_otherAuthFlows;
    QStringList m_otherIdentityProviders;
};

} // namespace cdesk::gui::admin
