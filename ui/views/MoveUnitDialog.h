#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace steward::models {
class OrgUnitTreeModel;
}

namespace steward::ui {

class OrgUnitProxyModel;

// "Move to…": picks the new parent of a unit from the company's tree (with a filter for large
// trees), or the top level. Every unit can be picked: the server refuses a move below the unit
// itself and says why, and the view shows that reason.
class MoveUnitDialog : public QDialog
{
    Q_OBJECT

public:
    MoveUnitDialog(models::OrgUnitTreeModel* units, const QString& unitId, QWidget* parent = nullptr);

    // Empty for the top level.
    QString targetId() const;
    bool isTopLevel() const;
    // Selects `id` in the picker (empty: the top level).
    void selectTarget(const QString& id);

Q_SIGNALS:
    void chosen(const QString& unitId, const QString& newParentId);

private:
    void updateButtons();

    models::OrgUnitTreeModel* m_units;
    QString m_unitId;
    OrgUnitProxyModel* m_proxy;
    QLabel* m_prompt;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QCheckBox* m_topLevel;
    QPushButton* m_move;
};

} // namespace steward::ui
