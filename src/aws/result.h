#pragma once

#include "awserror.h"

#include <utility>
#include <variant>

namespace cdesk::aws {

// The outcome of an operation: a value or an AwsError, never both.
// Travels through QFuture<Result<T>> so that errors are values, not exceptions.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(AwsError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const AwsError &error() const { return std::get<AwsError>(m_state); }

    // Carries the error of this result into a result of another type.
    template <typename U>
    Result<U> forwardError() const
    {
        return Result<U>(error());
    }

private:
    std::variant<T, AwsError> m_state;
};

// For operations whose response carries nothing of interest.
struct Empty
{};

} // namespace cdesk::aws
