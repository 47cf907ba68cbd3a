#pragma once

#include "aws/future.h"
#include "cognito/connection.h"
#include "cognito/identityprovider.h"
#include "support/localstack.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QUuid>

#include <memory>
#include <optional>

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

// Window state and profiles go to a test-only settings file of this test and server, so
// the same test running against two servers at once does not share one.
inline void isolateSettings(const LocalStack &stack)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cognito-desk-test-") + stack.kind);
}

// What a window test's initTestCase does: the fixture's server, settings of this test's own
// (isolateSettings) and a connection to it. Returns why it could not, or nothing.
inline QString setUpAgainstServer(LocalStack *stack,
                                  std::shared_ptr<cognito::Connection> *connection)
{
    QString error;
    const std::optional<LocalStack> loaded = LocalStack::load(&error);
    if (!loaded)
        return error;
    *stack = *loaded;
    isolateSettings(*stack);
    *connection = connectTo(*stack);
    return *connection ? QString()
                       : QStringLiteral("no connection to %1").arg(stack->endpoint.toString());
}

} // namespace cdesk::test
