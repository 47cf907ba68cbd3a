#pragma once

#include "aws/awsjsonclient.h"
#include "aws/result.h"
#include "cognito/types.h"

#include <QFuture>
#include <QObject>

namespace cdesk::cognito {

// One method per Cognito user-pool operation. Public operations go unsigned,
// everything else SigV4-signed, as the service requires.
class IdentityProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityProvider)

public:
    explicit IdentityProvider(aws::AwsJsonClient *client, QObject *parent = nullptr);

    aws::AwsJsonClient *client() const { return m_client; }

    // Operations the service accepts without a signature.
    static bool isPublicOperation(const QString &operation);

    // The raw call, for operations without a typed wrapper and for the CLI's JSON output.
    QFuture<aws::Result<QJsonObject>> call(const QString &operation, const QJsonObject &payload);

    // ListUserPools; maxResults must be 1-60.
    QFuture<aws::Result<Page<UserPoolDescription>>> listUserPools(int maxResults,
                                                                  const QString &nextToken = {});

private:
    aws::AwsJsonClient *m_client;
};

} // namespace cdesk::cognito
