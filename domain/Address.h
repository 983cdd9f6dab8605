#pragma once

#include <QString>

namespace steward {

struct Address
{
    QString street;
    QString postalCode;
    QString city;
    QString region;
    QString country; // ISO 3166-1 alpha-2, upper case

    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace steward
