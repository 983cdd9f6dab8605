#include "Validation.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace steward {

namespace {

using namespace std::string_view_literals;

// The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted. User-assigned and reserved codes
// (XK, EU, UK, AC, ...) are deliberately absent: an address must name a real country code.
constexpr std::array kAssignedCodes = {
    "AD"sv, "AE"sv, "AF"sv, "AG"sv, "AI"sv, "AL"sv, "AM"sv, "AO"sv, "AQ"sv, "AR"sv, "AS"sv, "AT"sv, "AU"sv,
    "AW"sv, "AX"sv, "AZ"sv, // A
    "BA"sv, "BB"sv, "BD"sv, "BE"sv, "BF"sv, "BG"sv, "BH"sv, "BI"sv, "BJ"sv, "BL"sv, "BM"sv, "BN"sv, "BO"sv,
    "BQ"sv, "BR"sv, "BS"sv, "BT"sv, "BV"sv, "BW"sv, "BY"sv, "BZ"sv, // B
    "CA"sv, "CC"sv, "CD"sv, "CF"sv, "CG"sv, "CH"sv, "CI"sv, "CK"sv, "CL"sv, "CM"sv, "CN"sv, "CO"sv, "CR"sv,
    "CU"sv, "CV"sv, "CW"sv, "CX"sv, "CY"sv, "CZ"sv,         // C
    "DE"sv, "DJ"sv, "DK"sv, "DM"sv, "DO"sv, "DZ"sv,         // D
    "EC"sv, "EE"sv, "EG"sv, "EH"sv, "ER"sv, "ES"sv, "ET"sv, // E
    "FI"sv, "FJ"sv, "FK"sv, "FM"sv, "FO"sv, "FR"sv,         // F
    "GA"sv, "GB"sv, "GD"sv, "GE"sv, "GF"sv, "GG"sv, "GH"sv, "GI"sv, "GL"sv, "GM"sv, "GN"sv, "GP"sv, "GQ"sv,
    "GR"sv, "GS"sv, "GT"sv, "GU"sv, "GW"sv, "GY"sv,                                         // G
    "HK"sv, "HM"sv, "HN"sv, "HR"sv, "HT"sv, "HU"sv,                                         // H
    "ID"sv, "IE"sv, "IL"sv, "IM"sv, "IN"sv, "IO"sv, "IQ"sv, "IR"sv, "IS"sv, "IT"sv,         // I
    "JE"sv, "JM"sv, "JO"sv, "JP"sv,                                                         // J
    "KE"sv, "KG"sv, "KH"sv, "KI"sv, "KM"sv, "KN"sv, "KP"sv, "KR"sv, "KW"sv, "KY"sv, "KZ"sv, // K
    "LA"sv, "LB"sv, "LC"sv, "LI"sv, "LK"sv, "LR"sv, "LS"sv, "LT"sv, "LU"sv, "LV"sv, "LY"sv, // L
    "MA"sv, "MC"sv, "MD"sv, "ME"sv, "MF"sv, "MG"sv, "MH"sv, "MK"sv, "ML"sv, "MM"sv, "MN"sv, "MO"sv, "MP"sv,
    "MQ"sv, "MR"sv, "MS"sv, "MT"sv, "MU"sv, "MV"sv, "MW"sv, "MX"sv, "MY"sv, "MZ"sv,                 // M
    "NA"sv, "NC"sv, "NE"sv, "NF"sv, "NG"sv, "NI"sv, "NL"sv, "NO"sv, "NP"sv, "NR"sv, "NU"sv, "NZ"sv, // N
    "OM"sv,                                                                                         // O
    "PA"sv, "PE"sv, "PF"sv, "PG"sv, "PH"sv, "PK"sv, "PL"sv, "PM"sv, "PN"sv, "PR"sv, "PS"sv, "PT"sv, "PW"sv,
    "PY"sv,                                 // P
    "QA"sv,                                 // Q
    "RE"sv, "RO"sv, "RS"sv, "RU"sv, "RW"sv, // R
    "SA"sv, "SB"sv, "SC"sv, "SD"sv, "SE"sv, "SG"sv, "SH"sv, "SI"sv, "SJ"sv, "SK"sv, "SL"sv, "SM"sv, "SN"sv,
    "SO"sv, "SR"sv, "SS"sv, "ST"sv, "SV"sv, "SX"sv, "SY"sv, "SZ"sv, // S
    "TC"sv, "TD"sv, "TF"sv, "TG"sv, "TH"sv, "TJ"sv, "TK"sv, "TL"sv, "TM"sv, "TN"sv, "TO"sv, "TR"sv, "TT"sv,
    "TV"sv, "TW"sv, "TZ"sv,                                 // T
    "UA"sv, "UG"sv, "UM"sv, "US"sv, "UY"sv, "UZ"sv,         // U
    "VA"sv, "VC"sv, "VE"sv, "VG"sv, "VI"sv, "VN"sv, "VU"sv, // V
    "WF"sv, "WS"sv,                                         // W
    "YE"sv, "YT"sv,                                         // Y
    "ZA"sv, "ZM"sv, "ZW"sv,                                 // Z
};

static_assert(kAssignedCodes.size() == 249, "ISO 3166-1 assigns 249 alpha-2 codes");
static_assert(std::is_sorted(kAssignedCodes.begin(), kAssignedCodes.end()), "binary search needs a sorted list");

bool isTwoUpperCaseLetters(const QString& code)
{
    return code.size() == 2 &&
           std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.unicode() >= 'A' && c.unicode() <= 'Z'; });
}

} // namespace

bool isAssignedCountryCode(const QString& code)
{
    if (!isTwoUpperCaseLetters(code))
        return false;
    const char letters[2] = {char(code.at(0).unicode()), char(code.at(1).unicode())};
    return std::binary_search(kAssignedCodes.begin(), kAssignedCodes.end(), std::string_view(letters, 2));
}

FieldErrors validateCountryCode(const QString& code, const QString& field)
{
    if (code.trimmed().isEmpty())
        return {FieldError{field, QStringLiteral("required"), QStringLiteral("A country is required.")}};
    if (!isTwoUpperCaseLetters(code))
        return {FieldError{field, QStringLiteral("invalid_format"),
                           QStringLiteral("Must be a two-letter upper-case ISO 3166-1 country code, like DE.")}};
    if (!isAssignedCountryCode(code))
        return {FieldError{field, QStringLiteral("unknown_country"),
                           QStringLiteral("Must be an assigned ISO 3166-1 country code; %1 is not one.").arg(code)}};
    return {};
}

} // namespace steward
