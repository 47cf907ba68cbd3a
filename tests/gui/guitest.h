#pragma once

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

namespace cdesk::test {

// A connection to the fixture's server with its keys, as the window gets one.
inline std::shared_ptr<cognito::Connection> connectTo(const LocalStack &stack)
{
    cognito::ConnectionSettings settings;
    settings.region = stack.region;
    settings.endpointUrl = stack.endpoint;
    settings.credentials = std::make_shared<aws::StaticCredentialsProvider>(
        stack.credentials, QStringLiteral("test-keys"));
    auto connection = cognito::Connection::open(settings);
    return connection ? connection.value() : nullptr;
}

// Tests share the fixture's server with other tests running at the same time: every
// user, group or pool a test makes has a name no other run will use.
inline QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Window state and profiles go to a test-only settings file of this test and server, so
// the same test running against two servers at once does not share one.
inline void isolateSettings(const LocalStack &stack)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk-test-") + stack.kind);
}

} // namespace cdesk::test
