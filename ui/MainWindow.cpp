#include "MainWindow.h"

#include "AccountButton.h"
#include "SessionController.h"
#include "views/SectionView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <net/NetworkErrorText.h>
#include <net/ServerConnection.h>

namespace steward::ui {
namespace {

// Until a section's own view is set, it says what it will hold.
QWidget* emptyView(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setObjectName(QStringLiteral("emptySection"));
    return label;
}

} // namespace

MainWindow::MainWindow(SessionController* session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(210);
    m_navigation->setSpacing(2);
    m_account = new AccountButton(central);
    m_account->setFixedSize(44, 44);
    auto* side = new QVBoxLayout;
    side->addWidget(m_navigation, 1);
    side->addWidget(m_account, 0, Qt::AlignLeft | Qt::AlignBottom);

    m_scope = new QLabel(central);
    m_scope->setObjectName(QStringLiteral("scope"));
    QFont scopeFont = m_scope->font();
    scopeFont.setBold(true);
    m_scope->setFont(scopeFont);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_settingsButton = new QToolButton(central);
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_signOutButton = new QToolButton(central);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch();
    top->addWidget(m_search);
    top->addWidget(m_settingsButton);
    top->addWidget(m_signOutButton);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* content = new QVBoxLayout;
    content->addLayout(top);
    content->addWidget(m_pages, 1);

    auto* layout = new QHBoxLayout(central);
    layout->addLayout(side);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_counts);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    addAction(m_settingsAction);
    m_signOutAction = new QAction(this);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_settingsButton->setDefaultAction(m_settingsAction);
    m_signOutButton->setDefaultAction(m_signOutAction);
    m_settingsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_signOutButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_account, &QToolButton::clicked, this, &MainWindow::accountRequested);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_sections.size())
            return;
        m_pages->setCurrentIndex(row);
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        if (auto* view = qobject_cast<SectionView*>(m_pages->currentWidget()))
            view->setSearch(QString());
        Q_EMIT sectionChanged(m_sections.at(row));
    });
    // Typing is coalesced: the open section searches once the person pauses.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        if (auto* view = qobject_cast<SectionView*>(sectionView(currentSection())))
            view->setSearch(m_search->text());
        Q_EMIT searchChanged(currentSection(), m_search->text());
    });
    connect(this, &MainWindow::sectionChanged, this, [this](Section section) {
        auto* view = qobject_cast<SectionView*>(sectionView(section));
        m_counts->setText(view ? view->countText() : QString());
    });
    connect(m_session, &SessionController::userChanged, this, &MainWindow::updatePerson);

    rebuildNavigation();
    updatePerson();
    retranslate();
    resize(1200, 760);
}

bool MainWindow::hasSection(Section section) const
{
    return m_sections.contains(section);
}

void MainWindow::rebuildNavigation()
{
    m_sections = {Section::Users, Section::Invitations, Section::Roles, Section::OrgUnits, Section::Audit};
    if (m_session->isPlatformScope())
        m_sections.prepend(Section::Companies);
    m_navigation->clear();
    while (m_pages->count() > 0)
        m_pages->removeWidget(m_pages->widget(0));
    for (Section section : std::as_const(m_sections)) {
        auto* item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(section));
        QWidget* view = m_views.value(static_cast<int>(section));
        if (!view) {
            view = emptyView(m_pages);
            m_views.insert(static_cast<int>(section), view);
        }
        m_pages->addWidget(view);
    }
    m_navigation->setCurrentRow(m_sections.indexOf(Section::Users));
}

void MainWindow::setSectionView(Section section, QWidget* view)
{
    const int index = m_sections.indexOf(section);
    QWidget* old = m_views.value(static_cast<int>(section));
    m_views.insert(static_cast<int>(section), view);
    if (index >= 0) {
        const bool current = m_pages->currentIndex() == index;
        m_pages->insertWidget(index, view);
        if (old)
            m_pages->removeWidget(old);
        if (current)
            m_pages->setCurrentIndex(index);
    }
    if (old)
        old->deleteLater();
    if (auto* section_ = qobject_cast<SectionView*>(view)) {
        connect(section_, &SectionView::countChanged, this, [this, section](const QString& text) {
            if (currentSection() == section)
                m_counts->setText(text);
        });
    }
}

QWidget* MainWindow::sectionView(Section section) const
{
    return m_views.value(static_cast<int>(section));
}

void MainWindow::showSection(Section section)
{
    const int index = m_sections.indexOf(section);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

MainWindow::Section MainWindow::currentSection() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row) : Section::Users;
}

QString MainWindow::scopeText() const
{
    return m_scope->text();
}

void MainWindow::setCountText(const QString& text)
{
    m_counts->setText(text);
}

void MainWindow::updatePerson()
{
    const User& user = m_session->user();
    m_account->setPerson(user.firstName, user.lastName, user.email);
    retranslate();
}

QString MainWindow::sectionTitle(Section section) const
{
    switch (section) {
    case Section::Companies:
        return tr("Companies");
    case Section::Users:
        return tr("Users");
    case Section::Invitations:
        return tr("Invitations");
    case Section::Roles:
        return tr("Roles");
    case Section::OrgUnits:
        return tr("Organizational units");
    case Section::Audit:
        return tr("Audit log");
    }
    return {};
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString scope = m_session->isPlatformScope()
                              ? tr("Platform")
                              : (m_session->companyName().isEmpty() ? tr("Your company") : m_session->companyName());
    //: The scope indicator: whose data the person sees ("Company: Acme Ltd" or "Platform").
    m_scope->setText(m_session->isPlatformScope() ? tr("Scope: %1").arg(scope) : tr("Company: %1").arg(scope));
    setWindowTitle(tr("Steward — %1").arg(scope));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        item->setText(sectionTitle(static_cast<Section>(item->data(Qt::UserRole).toInt())));
    }
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        if (auto* label = qobject_cast<QLabel*>(it.value());
            label && label->objectName() == QLatin1String("emptySection"))
            label->setText(tr("%1 will appear here.").arg(sectionTitle(static_cast<Section>(it.key()))));
    }
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_findAction->setText(tr("&Find"));
    m_settingsAction->setText(tr("&Settings"));
    m_signOutAction->setText(tr("Sign &out"));
    m_account->setToolTip(tr("My Account — %1").arg(m_session->user().fullName()));
    const QString server = m_session->connection() ? net::serverDisplayName(m_session->server()) : QString();
    m_connection->setText(tr("Connected to %1 as %2").arg(server, m_session->email()));
}

} // namespace steward::ui
