#pragma once

#include "credentials.h"
#include "result.h"

#include <memory>

namespace cdesk::aws {

// Supplies credentials for signing. Implementations may cache and refresh.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider() = default;
    virtual Result<Credentials> credentials() = 0;
};

// Fixed credentials: a profile's stored keys, or a test's.
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    explicit StaticCredentialsProvider(Credentials credentials);
    Result<Credentials> credentials() override;

private:
    Credentials m_credentials;
};

// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN.
class EnvironmentCredentialsProvider final : public CredentialsProvider
{
public:
    Result<Credentials> credentials() override;
};

} // namespace cdesk::aws
