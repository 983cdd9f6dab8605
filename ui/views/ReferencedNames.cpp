#include "ReferencedNames.h"

#include "IdNameResolver.h"

#include <models/RemoteTableModel.h>

namespace steward::ui {

ReferencedNames::ReferencedNames(models::RemoteTableModel* model, const QString& field, const QString& type,
                                 IdNameResolver* resolver, QObject* parent)
    : QObject(parent), m_model(model), m_field(field), m_type(type), m_resolver(resolver)
{
    connect(model, &models::RemoteTableModel::refreshed, this, &ReferencedNames::resolveVisible);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReferencedNames::resolveVisible);
}

void ReferencedNames::resolveVisible()
{
    if (!m_model)
        return;
    // The view reports its visible rows a moment after a refresh, so look a screenful past them.
    const int first = qMax(0, m_model->firstVisibleRow());
    const int last = qMin(qMax(m_model->lastVisibleRow(), m_model->firstVisibleRow()) + 100, m_model->rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        if (m_model->isRowLoaded(row))
            m_resolver->resolve(m_type, m_model->itemAt(row).value(m_field).toString());
    }
}

} // namespace steward::ui
