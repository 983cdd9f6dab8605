#pragma once

#include <stdexcept>
#include <string>

namespace steward::server {

// A database failure the server cannot recover from inside a request: answered with 500 and logged.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A unique constraint refused a write (duplicate email, username, name...).
class UniqueViolation : public StoreError
{
public:
    using StoreError::StoreError;
};

} // namespace steward::server
