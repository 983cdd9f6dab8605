#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace steward::ui {

// Asks before a destructive action without blocking the event loop (no exec()): the box is
// window-modal, `onYes` runs only when the person presses the Yes button (labelled `yesText`, the
// action's own verb), and No is the default so Enter never destroys anything. The box deletes
// itself when closed.
QMessageBox* askToConfirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
                          std::function<void()> onYes, const QString& informativeText = {});

} // namespace steward::ui
