#include "PermissionMatrix.h"

#include "PermissionText.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QMap>

namespace steward::ui {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kAreaRole = Qt::UserRole + 2;
constexpr int kDescriptionRole = Qt::UserRole + 3;

} // namespace

PermissionMatrix::PermissionMatrix(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("permissions"));
    setColumnCount(2);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_building || item->data(0, kKeyRole).isNull())
            return;
        const QString key = item->data(0, kKeyRole).toString();
        m_granted.removeAll(key);
        if (item->checkState(0) == Qt::Checked)
            m_granted.append(key);
        Q_EMIT changed();
    });
    retranslate();
}

void PermissionMatrix::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void PermissionMatrix::retranslate()
{
    setHeaderLabels({tr("Permission"), tr("Key")});
    m_building = true;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* area = topLevelItem(i);
        area->setText(0, permissionAreaText(area->data(0, kAreaRole).toString()));
        for (int j = 0; j < area->childCount(); ++j) {
            QTreeWidgetItem* item = area->child(j);
            item->setText(
                0, permissionText(item->data(0, kKeyRole).toString(), item->data(0, kDescriptionRole).toString()));
        }
    }
    m_building = false;
}

void PermissionMatrix::setCatalogue(const QJsonArray& items, const QString& scope)
{
    m_catalogue = items;
    m_scope = scope;
    m_hasCatalogue = true;
    rebuild();
}

void PermissionMatrix::setGranted(const QStringList& keys)
{
    m_granted = keys;
    rebuild();
}

void PermissionMatrix::rebuild()
{
    m_building = true;
    clear();
    m_items.clear();
    // area → (key → description), in the catalogue's order within an area.
    QMap<int, QPair<QString, QList<QPair<QString, QString>>>> areas;
    QStringList listed;
    for (const QJsonValue& value : std::as_const(m_catalogue)) {
        const QJsonObject permission = value.toObject();
        if (permission.value(QLatin1String("scope")).toString() != m_scope)
            continue;
        const QString key = permission.value(QLatin1String("key")).toString();
        QString area = permission.value(QLatin1String("area")).toString();
        if (area.isEmpty())
            area = permissionAreaOf(key);
        auto& group = areas[permissionAreaOrder(area) * 1000 + int(qHash(area) % 1000)];
        group.first = area;
        group.second.append({key, permission.value(QLatin1String("description")).toString()});
        listed.append(key);
    }
    // A granted key the catalogue lacks (a newer server) is still shown, so nothing is dropped.
    for (const QString& key : std::as_const(m_granted)) {
        if (listed.contains(key))
            continue;
        const QString area = permissionAreaOf(key);
        auto& group = areas[permissionAreaOrder(area) * 1000 + int(qHash(area) % 1000)];
        group.first = area;
        group.second.append({key, QString()});
    }
    for (const auto& [area, permissions] : std::as_const(areas)) {
        auto* areaItem = new QTreeWidgetItem(this);
        areaItem->setData(0, kAreaRole, area);
        QFont bold = areaItem->font(0);
        bold.setBold(true);
        areaItem->setFont(0, bold);
        for (const auto& [key, description] : permissions) {
            auto* item = new QTreeWidgetItem(areaItem);
            item->setData(0, kKeyRole, key);
            item->setData(0, kDescriptionRole, description);
            item->setText(1, key);
            item->setCheckState(0, m_granted.contains(key) ? Qt::Checked : Qt::Unchecked);
            m_items.insert(key, item);
        }
    }
    applyFlags();
    expandAll();
    m_building = false;
    retranslate();
}

void PermissionMatrix::applyFlags()
{
    const Qt::ItemFlags base = Qt::ItemIsEnabled;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* area = topLevelItem(i);
        area->setFlags(m_readOnly ? base : base | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (int j = 0; j < area->childCount(); ++j)
            area->child(j)->setFlags(m_readOnly ? base : base | Qt::ItemIsUserCheckable);
        // The area's own state follows its children (set explicitly: without AutoTristate it would not).
        int checked = 0;
        for (int j = 0; j < area->childCount(); ++j)
            checked += area->child(j)->checkState(0) == Qt::Checked;
        area->setCheckState(0, checked == 0                    ? Qt::Unchecked
                               : checked == area->childCount() ? Qt::Checked
                                                               : Qt::PartiallyChecked);
    }
}

QStringList PermissionMatrix::granted() const
{
    QStringList keys = m_granted;
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

void PermissionMatrix::setPermission(const QString& key, bool granted)
{
    if (QTreeWidgetItem* item = m_items.value(key))
        item->setCheckState(0, granted ? Qt::Checked : Qt::Unchecked);
}

bool PermissionMatrix::isGranted(const QString& key) const
{
    return m_granted.contains(key);
}

void PermissionMatrix::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_building = true;
    applyFlags();
    m_building = false;
}

void PermissionMatrix::markErrors(const QHash<QString, QString>& errors)
{
    m_building = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setForeground(0, message.isEmpty() ? QBrush() : QBrush(QColor(0xb3, 0x26, 0x1e)));
        it.value()->setToolTip(0, message);
        if (!message.isEmpty())
            scrollToItem(it.value());
    }
    m_building = false;
}

} // namespace steward::ui
