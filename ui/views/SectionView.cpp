#include "SectionView.h"

#include "RemoteTableView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>
#include <models/RemoteTableModel.h>

namespace steward::ui {

SectionView::SectionView(SessionController* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("sectionToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterBar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sectionMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_table = new RemoteTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_detailsLayout = new QVBoxLayout(m_details);
    m_detailsLayout->setContentsMargins(8, 0, 0, 0);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
}

void SectionView::setModel(models::RemoteTableModel* model)
{
    m_model = model;
    m_table->setRemoteModel(model);
    connect(model, &models::RemoteTableModel::totalChanged, this, &SectionView::updateCount);
    connect(model, &models::RemoteTableModel::loadFailed, this, [this](const QString& text) { showMessage(text); });
    connect(model, &models::RemoteTableModel::refreshed, this, [this] {
        if (m_message->property("error").toBool())
            showMessage(QString());
    });
    model->refresh();
}

void SectionView::setSearch(const QString& text)
{
    if (m_model)
        m_model->setSearch(text.trimmed());
}

QString SectionView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SectionView::showMessage(const QString& text, bool error)
{
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SectionView::updateCount()
{
    if (!m_model)
        m_countText.clear();
    else
        m_countText = m_model->totalExact() ? countFor(m_model->total()) : countAtLeastFor(m_model->total());
    Q_EMIT countChanged(m_countText);
}

void SectionView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace steward::ui
