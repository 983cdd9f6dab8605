// String forms of the domain's enums, as the API, the store and the audit log spell them.
#include "Company.h"
#include "CustomField.h"
#include "Invitation.h"
#include "Role.h"
#include "UserState.h"

namespace steward {
namespace {

template <typename Enum>
std::optional<Enum> parse(const QString& text, std::initializer_list<Enum> values, QString (*name)(Enum))
{
    for (Enum value : values) {
        if (name(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

QList<UserState> allUserStates()
{
    return {UserState::Created, UserState::Valid, UserState::Enabled, UserState::Deactivated};
}

QString toString(UserState state)
{
    switch (state) {
    case UserState::Created:
        return QStringLiteral("created");
    case UserState::Valid:
        return QStringLiteral("valid");
    case UserState::Enabled:
        return QStringLiteral("enabled");
    case UserState::Deactivated:
        return QStringLiteral("deactivated");
    }
    return {};
}

std::optional<UserState> userStateFromString(const QString& text)
{
    return parse<UserState>(text, {UserState::Created, UserState::Valid, UserState::Enabled, UserState::Deactivated},
                            &toString);
}

QString toString(CompanyState state)
{
    return state == CompanyState::Active ? QStringLiteral("active") : QStringLiteral("suspended");
}

std::optional<CompanyState> companyStateFromString(const QString& text)
{
    return parse<CompanyState>(text, {CompanyState::Active, CompanyState::Suspended}, &toString);
}

QString toString(RoleScope scope)
{
    return scope == RoleScope::Company ? QStringLiteral("company") : QStringLiteral("platform");
}

std::optional<RoleScope> roleScopeFromString(const QString& text)
{
    return parse<RoleScope>(text, {RoleScope::Company, RoleScope::Platform}, &toString);
}

QString toString(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
        return QStringLiteral("text");
    case CustomFieldType::Number:
        return QStringLiteral("number");
    case CustomFieldType::Date:
        return QStringLiteral("date");
    case CustomFieldType::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

std::optional<CustomFieldType> customFieldTypeFromString(const QString& text)
{
    return parse<CustomFieldType>(
        text, {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice},
        &toString);
}

QString toString(CustomFieldEditor editor)
{
    return editor == CustomFieldEditor::AdminsOnly ? QStringLiteral("admins") : QStringLiteral("user");
}

std::optional<CustomFieldEditor> customFieldEditorFromString(const QString& text)
{
    return parse<CustomFieldEditor>(text, {CustomFieldEditor::AdminsOnly, CustomFieldEditor::UserToo}, &toString);
}

QString toString(InvitationState state)
{
    switch (state) {
    case InvitationState::Pending:
        return QStringLiteral("pending");
    case InvitationState::Accepted:
        return QStringLiteral("accepted");
    case InvitationState::Expired:
        return QStringLiteral("expired");
    case InvitationState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<InvitationState> invitationStateFromString(const QString& text)
{
    return parse<InvitationState>(
        text, {InvitationState::Pending, InvitationState::Accepted, InvitationState::Expired, InvitationState::Revoked},
        &toString);
}

} // namespace steward
