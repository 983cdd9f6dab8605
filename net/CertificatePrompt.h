#pragma once

#include "CertificateInfo.h"

#include <functional>

namespace steward::net {

// Asks the person whether to trust a certificate nobody vouches for. The desktop client shows a
// dialog; tests answer directly. Lives here, below the GUI, so net/ never links Qt Widgets.
class CertificatePrompt
{
public:
    virtual ~CertificatePrompt() = default;

    // Call `answer` exactly once, now or later (a window-modal dialog may answer from its finished
    // signal): true trusts `certificate` for `certificate.hostPort` only and pins it there.
    virtual void ask(const CertificateInfo& certificate, std::function<void(bool trusted)> answer) = 0;
};

} // namespace steward::net
