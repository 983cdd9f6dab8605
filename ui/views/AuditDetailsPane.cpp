#include "AuditDetailsPane.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <models/ModelFormat.h>
#include <models/NameDirectory.h>

namespace steward::ui {
namespace {

enum Row
{
    Time,
    Actor,
    Target,
    ClientAddress,
    RequestId,
    RowCount
};

} // namespace

AuditDetailsPane::AuditDetailsPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditDetails"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailAction"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_form = new QFormLayout;
    for (int row = 0; row < RowCount; ++row) {
        auto* label = new QLabel(this);
        auto* value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels.append(label);
        m_values.append(value);
        m_form->addRow(label, value);
    }
    m_values[Time]->setObjectName(QStringLiteral("detailTime"));
    m_values[Actor]->setObjectName(QStringLiteral("detailActor"));
    m_values[Target]->setObjectName(QStringLiteral("detailTarget"));
    m_values[ClientAddress]->setObjectName(QStringLiteral("detailClientAddress"));
    m_values[RequestId]->setObjectName(QStringLiteral("detailRequestId"));
    m_changesLabel = new QLabel(this);
    m_changes = new QTableWidget(0, 3, this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_noChanges = new QLabel(this);
    m_noChanges->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_noChanges);
    retranslate();
}

void AuditDetailsPane::setNameDirectory(models::NameDirectory* names)
{
    if (m_names)
        m_names->disconnect(this);
    m_names = names;
    if (names)
        connect(names, &models::NameDirectory::namesChanged, this, &AuditDetailsPane::fill);
    fill();
}

void AuditDetailsPane::setEvent(const QJsonObject& event)
{
    m_event = event;
    fill();
}

void AuditDetailsPane::retranslate()
{
    const char* labels[RowCount] = {QT_TR_NOOP("Time:"), QT_TR_NOOP("By:"), QT_TR_NOOP("Object:"),
                                    //: The network address the change came from.
                                    QT_TR_NOOP("Client address:"),
                                    //: The id of the HTTP request, also found in the server's log.
                                    QT_TR_NOOP("Request id:")};
    for (int row = 0; row < RowCount; ++row)
        m_labels[row]->setText(tr(labels[row]));
    m_changesLabel->setText(tr("Changes:"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_noChanges->setText(tr("This event changed no recorded field."));
    fill();
}

void AuditDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString AuditDetailsPane::valueText(const QJsonValue& value, const QString& field) const
{
    if (value.isString() && field == QLatin1String("state")) {
        const QString type = m_event.value(QLatin1String("targetType")).toString();
        if (type == QLatin1String("invitation"))
            return models::format::invitationState(value.toString());
        if (type == QLatin1String("user"))
            return models::format::userState(value.toString());
        if (type == QLatin1String("company"))
            return models::format::companyState(value.toString());
    }
    // Times the server records ("2026-03-14T09:30:11.842Z") read in the person's locale.
    if (value.isString() && value.toString().size() >= 20 && value.toString().endsWith(u'Z') &&
        models::format::time(value).isValid())
        return models::format::timeText(value);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        //: A field that had no value before or after a change.
        return tr("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString text = value.toString();
        if (m_names && m_names->contains(text))
            return m_names->name(text);
        return text.isEmpty() ? tr("(empty)") : text;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return tr("(none)");
        QStringList parts;
        for (const QJsonValue& element : array)
            parts.append(valueText(element, field));
        return parts.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void AuditDetailsPane::fill()
{
    const auto text = [this](const char* key) { return m_event.value(QLatin1String(key)).toString(); };
    const auto name = [this](const QString& id) { return m_names && m_names->contains(id) ? m_names->name(id) : id; };
    m_title->setText(m_event.isEmpty() ? tr("Select an event to see what it changed.")
                                       : models::format::auditAction(text("action")));
    for (int row = 0; row < RowCount; ++row)
        m_form->setRowVisible(row, !m_event.isEmpty());
    m_values[Time]->setText(models::format::timeText(m_event.value(QLatin1String("time"))));
    QString actor;
    if (text("actorType") == QLatin1String("anonymous") || text("actorId").isEmpty())
        actor = tr("Anonymous (a link from an email, a registration…)");
    else if (text("actorType") == QLatin1String("api_token"))
        //: %1 is the person who created the API token.
        actor = tr("%1 through an API token").arg(name(text("actorId")));
    else
        actor = name(text("actorId"));
    m_values[Actor]->setText(m_event.isEmpty() ? QString() : actor);
    const QString targetId = text("targetId");
    const QString type = models::format::targetType(text("targetType"));
    //: An audit event's object: %1 its kind (User, Role…), %2 its name or id.
    m_values[Target]->setText(targetId.isEmpty() ? type : tr("%1: %2").arg(type, name(targetId)));
    m_values[Target]->setToolTip(targetId);
    m_values[ClientAddress]->setText(text("clientAddress").isEmpty() ? tr("—") : text("clientAddress"));
    m_values[RequestId]->setText(text("requestId").isEmpty() ? tr("—") : text("requestId"));

    const QJsonArray changes = m_event.value(QLatin1String("changes")).toArray();
    m_changes->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const QJsonObject change = changes.at(row).toObject();
        const QString field = change.value(QLatin1String("field")).toString();
        const QString values[3] = {field, valueText(change.value(QLatin1String("before")), field),
                                   valueText(change.value(QLatin1String("after")), field)};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(values[column]);
            item->setToolTip(values[column]);
            m_changes->setItem(row, column, item);
        }
    }
    m_changes->resizeRowsToContents();
    const bool hasEvent = !m_event.isEmpty();
    m_changesLabel->setVisible(hasEvent && !changes.isEmpty());
    m_changes->setVisible(hasEvent && !changes.isEmpty());
    m_noChanges->setVisible(hasEvent && changes.isEmpty());
}

QStringList AuditDetailsPane::changeTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_changes->rowCount(); ++row)
        texts.append(QStringLiteral("%1: %2 → %3")
                         .arg(m_changes->item(row, 0)->text(), m_changes->item(row, 1)->text(),
                              m_changes->item(row, 2)->text()));
    return texts;
}

} // namespace steward::ui
