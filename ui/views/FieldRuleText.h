#pragma once

#include <domain/FieldError.h>

namespace steward::ui {

// The sentence a person reads for a rule the client's own validation (domain/Validation.h) found
// broken. The domain's messages are English; this words the common codes in the interface
// language and keeps the English message for the rare ones.
QString fieldRuleText(const FieldError& error);

} // namespace steward::ui
