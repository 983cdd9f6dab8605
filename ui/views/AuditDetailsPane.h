#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace steward::models {
class NameDirectory;
}

namespace steward::ui {

// One audit event in full: what was done, by whom, when, to what, from which address and in which
// request (the id the server's log carries too), and a table of each changed field with its value
// before and after. Values that are ids are shown by name where the directory knows them.
class AuditDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AuditDetailsPane(QWidget* parent = nullptr);

    void setNameDirectory(models::NameDirectory* names);
    // An empty object clears the pane.
    void setEvent(const QJsonObject& event);
    QJsonObject event() const { return m_event; }
    // The changes table's rows as "field: before → after" (for tests and copying).
    QStringList changeTexts() const;
    // How a JSON value of a change reads: null as a dash, lists joined, ids by name.
    QString valueText(const QJsonValue& value, const QString& field = {}) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    QPointer<models::NameDirectory> m_names;
    QJsonObject m_event;
    QLabel* m_title;
    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
    QLabel* m_changesLabel;
    QTableWidget* m_changes;
    QLabel* m_noChanges;
};

} // namespace steward::ui
