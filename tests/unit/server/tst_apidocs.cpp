// docs/api.md against the real route table: every registered route has its "### `METHOD PATTERN`"
// heading, and every such heading names a registered route, so the reference can neither miss a
// route that was added nor keep describing one that was removed or renamed.
#include "api/Routes.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace steward::server;

class TestApiDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRouteIsDocumented();
    void everyDocumentedRouteExists();
    void routeHeadingsAreWellFormed();
    void eachRouteIsDocumentedOnce();

private:
    QStringList m_lines;
    QStringList m_headings; // "METHOD PATTERN" of every well-formed route heading, in document order
    QSet<QString> m_routes; // "METHOD PATTERN" of every registered route
};

namespace {

// A route heading is a level-3 heading holding only a code span: ### `GET /api/v1/users/{id}`
const QRegularExpression kRouteHeading(QStringLiteral("^### `([A-Z]+) (/[^`\\s]*)`$"));

QString listed(const QStringList& items)
{
    return QStringLiteral("\n  ") + items.join(QStringLiteral("\n  "));
}

} // namespace

void TestApiDocs::initTestCase()
{
    QFile file(QStringLiteral(STEWARD_API_DOC));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("cannot read %1").arg(file.fileName())));
    m_lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : std::as_const(m_lines)) {
        const QRegularExpressionMatch match = kRouteHeading.match(line.trimmed());
        if (match.hasMatch())
            m_headings.append(match.captured(1) + QLatin1Char(' ') + match.captured(2));
    }
    QVERIFY2(!m_headings.isEmpty(), "docs/api.md has no route headings at all");

    const Router router = buildRouter();
    for (const Route& route : router.routes())
        m_routes.insert(route.method + QLatin1Char(' ') + route.pattern);
    QVERIFY(!m_routes.isEmpty());
}

void TestApiDocs::everyRouteIsDocumented()
{
    const QSet<QString> documented(m_headings.cbegin(), m_headings.cend());
    QStringList missing;
    for (const QString& route : std::as_const(m_routes)) {
        if (!documented.contains(route))
            missing.append(route);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("routes without a \"### `METHOD PATTERN`\" heading in docs/api.md:") +
                        listed(missing)));
}

void TestApiDocs::everyDocumentedRouteExists()
{
    QStringList stale;
    for (const QString& heading : std::as_const(m_headings)) {
        if (!m_routes.contains(heading) && !stale.contains(heading))
            stale.append(heading);
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("headings in docs/api.md that name no registered route (stale docs):") +
                        listed(stale)));
}

// A near miss ("### `GET /api/v1/users` (list)", a lower-case method) would silently count as
// undocumented; name it instead so that the fix is obvious.
void TestApiDocs::routeHeadingsAreWellFormed()
{
    static const QRegularExpression looksLikeRoute(QStringLiteral("^###\\s*`"));
    QStringList malformed;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QString line = m_lines.at(i);
        if (looksLikeRoute.match(line).hasMatch() && !kRouteHeading.match(line.trimmed()).hasMatch())
            malformed.append(QStringLiteral("line %1: %2").arg(i + 1).arg(line));
    }
    QVERIFY2(malformed.isEmpty(),
             qPrintable(QStringLiteral("route headings not of the form ### `METHOD /path`:") + listed(malformed)));
}

void TestApiDocs::eachRouteIsDocumentedOnce()
{
    QStringList repeated;
    QSet<QString> seen;
    for (const QString& heading : std::as_const(m_headings)) {
        if (seen.contains(heading) && !repeated.contains(heading))
            repeated.append(heading);
        seen.insert(heading);
    }
    QVERIFY2(repeated.isEmpty(),
             qPrintable(QStringLiteral("routes with more than one heading in docs/api.md:") + listed(repeated)));
}

QTEST_APPLESS_MAIN(TestApiDocs)
#include "tst_apidocs.moc"
