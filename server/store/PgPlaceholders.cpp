#include "PgPlaceholders.h"

namespace steward::server {

QString numberedPlaceholders(const QString& statement)
{
    QString numbered;
    numbered.reserve(statement.size() + 16);
    int parameter = 0;
    QChar quote; // the quote being inside of, or null
    bool lineComment = false;
    int blockComments = 0; // PostgreSQL's /* */ nest
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        const QChar following = i + 1 < statement.size() ? statement.at(i + 1) : QChar();
        numbered.append(c);
        if (lineComment) {
            lineComment = c != u'\n';
        } else if (blockComments > 0) {
            if (c == u'*' && following == u'/') {
                numbered.append(following);
                ++i;
                --blockComments;
            } else if (c == u'/' && following == u'*') {
                numbered.append(following);
                ++i;
                ++blockComments;
            }
        } else if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again: the same in effect
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && following == u'-') {
            lineComment = true;
        } else if (c == u'/' && following == u'*') {
            numbered.append(following);
            ++i;
            blockComments = 1;
        } else if (c == u'?') {
            numbered.chop(1);
            numbered.append(u'$').append(QString::number(++parameter));
        }
    }
    return numbered;
}

} // namespace steward::server
