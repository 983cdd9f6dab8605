// Common first and last names per language, and their ASCII forms for addresses.
#include "DemoData.h"

#include <QHash>

namespace steward::server::demo {
namespace {

QStringList words(const char16_t* commaSeparated)
{
    return QString::fromUtf16(commaSeparated).split(QLatin1Char(','));
}

PersonNames spanish()
{
    return {words(u"Antonio,José,Manuel,Francisco,David,Juan,Javier,Daniel,Carlos,Jesús,Alejandro,Miguel,Rafael,"
                  u"Pablo,Sergio,Fernando,Jorge,Luis,Alberto,Álvaro,Adrián,Diego,Raúl,Iván,Rubén,Óscar,Andrés,"
                  u"Enrique,Ramón,Vicente,Joaquín,Santiago,Ignacio,Hugo,Marcos,Gonzalo,Íñigo,Mario,Víctor,Emilio,"
                  u"Juan Carlos,José Luis,Mateo,Martín"),
            words(u"María,Carmen,Ana,Isabel,Laura,Cristina,Marta,Lucía,Elena,Pilar,Paula,Sara,Raquel,Rosa,Manuela,"
                  u"Beatriz,Silvia,Julia,Alba,Patricia,Nuria,Irene,Andrea,Rocío,Sofía,Eva,Noelia,Inés,Claudia,"
                  u"Montserrat,Lorena,Alicia,Marina,Natalia,Begoña,Ainhoa,Mercedes,Teresa,Nerea,Concepción,"
                  u"María José,Ana Belén,Valentina,Ximena"),
            words(u"García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,"
                  u"Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,"
                  u"Ramos,Gil,Ramírez,Serrano,Blanco,Molina,Morales,Suárez,Ortega,Delgado,Castro,Ortiz,Rubio,Marín,"
                  u"Sanz,Núñez,Iglesias,Medina,Garrido,Cortés,Castillo,Santos,Lozano,Guerrero,Cano,Prieto,Méndez,"
                  u"Cruz,Calvo,Gallego,Vidal,León,Márquez,Herrera,Peña,Flores,Cabrera,Campos,Vega,Fuentes,Carrasco,"
                  u"Díez,Caballero,Reyes,Nieto,Aguilar,Pascual,Santana,Herrero,Lorenzo,Montero,Hidalgo,Giménez,"
                  u"Ibáñez,Ferrer,Durán,Benítez,Mora,Vargas,Arias,Carmona,Crespo,Román,Pastor,Soto,Sáez,Velasco,"
                  u"Soler,Parra,Esteban,Bravo,Gallardo,Rojas,Etxeberria,Goikoetxea,de la Fuente")};
}

PersonNames german()
{
    return {words(u"Thomas,Michael,Andreas,Stefan,Christian,Markus,Alexander,Daniel,Jan,Tobias,Sebastian,Florian,"
                  u"Matthias,Martin,Frank,Jürgen,Klaus,Uwe,Wolfgang,Peter,Lukas,Jonas,Felix,Maximilian,Paul,Leon,"
                  u"Niklas,Tim,Philipp,Moritz,Dirk,Holger,Bernd,Ralf,Sven,Jörg,Kai,Björn,Fabian,Dominik,"
                  u"Karl-Heinz,Hans-Peter,Günter,Ömer"),
            words(u"Anna,Julia,Katharina,Laura,Lena,Sarah,Lisa,Hannah,Leonie,Sophie,Sabine,Petra,Claudia,Andrea,"
                  u"Susanne,Nicole,Stefanie,Birgit,Monika,Ursula,Christina,Franziska,Johanna,Marie,Lea,Emma,Mia,"
                  u"Charlotte,Jana,Miriam,Anja,Kerstin,Heike,Tanja,Silke,Jessica,Melanie,Carina,Annika,Jasmin,"
                  u"Anne-Marie,Gisela,Bärbel,Zoë"),
            words(u"Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,"
                  u"Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,"
                  u"Schmitt,Werner,Schmitz,Krause,Meier,Lehmann,Schmid,Schulze,Maier,Köhler,Herrmann,König,Walter,"
                  u"Mayer,Huber,Kaiser,Fuchs,Peters,Lang,Scholz,Möller,Weiß,Jung,Hahn,Schubert,Vogel,Friedrich,"
                  u"Keller,Günther,Frank,Berger,Winkler,Roth,Beck,Lorenz,Baumann,Franke,Albrecht,Schuster,Simon,"
                  u"Ludwig,Böhm,Winter,Kraus,Schumacher,Krämer,Vogt,Stein,Jäger,Otto,Sommer,Groß,Seidel,Heinrich,"
                  u"Brandt,Haas,Schreiber,Graf,Schulte,Dietrich,Ziegler,Kuhn,Kühn,Pohl,Engel,Horn,Busch,Bergmann,"
                  u"Voigt,Sauer,Arnold,Pfeiffer,Yılmaz,Kowalski,von Berg")};
}

PersonNames french()
{
    return {words(u"Jean,Pierre,Michel,Philippe,Alain,Nicolas,Christophe,Patrick,Laurent,Frédéric,Stéphane,Julien,"
                  u"Sébastien,David,Olivier,Thomas,Antoine,Maxime,Alexandre,Guillaume,Lucas,Hugo,Louis,Théo,Mathieu,"
                  u"Romain,Vincent,François,Éric,Jérôme,Benoît,Cédric,Arnaud,Clément,Baptiste,Gérard,Bernard,Yannick,"
                  u"Jean-Pierre,Jean-Luc,Jean-Marc,Loïc,Gaël,Noé"),
            words(u"Marie,Nathalie,Isabelle,Sylvie,Catherine,Françoise,Valérie,Christine,Sandrine,Céline,Sophie,"
                  u"Stéphanie,Julie,Camille,Émilie,Aurélie,Léa,Chloé,Manon,Emma,Inès,Clara,Sarah,Laura,Pauline,"
                  u"Mathilde,Margaux,Anaïs,Élodie,Hélène,Brigitte,Monique,Agnès,Océane,Juliette,Zoé,Élise,Mélanie,"
                  u"Marie-Claire,Anne-Sophie,Maëlle,Gaëlle,Héloïse,Cécile"),
            words(u"Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefebvre,"
                  u"Michel,Garcia,David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,André,Lefèvre,Mercier,Dupont,"
                  u"Lambert,Bonnet,François,Martinez,Legrand,Garnier,Faure,Rousseau,Blanc,Guérin,Muller,Henry,"
                  u"Roussel,Nicolas,Perrin,Morin,Mathieu,Clément,Gauthier,Dumont,Lopez,Fontaine,Chevalier,Robin,"
                  u"Masson,Sanchez,Gérard,Nguyen,Boyer,Denis,Lemaire,Duval,Joly,Gautier,Roger,Roche,Roy,Noël,Meyer,"
                  u"Lucas,Meunier,Perez,Marchand,Dufour,Blanchard,Barbier,Brun,Dumas,Brunet,Schmitt,Leroux,Colin,"
                  u"Fernandez,Renard,Arnaud,Rolland,Caron,Aubert,Giraud,Leclerc,Vidal,Bourgeois,Renaud,Lemoine,"
                  u"Picard,Gaillard,Lacroix,Fabre,Dupuis,Olivier,Hubert,Rivière,Le Gall,Le Roux,Dupré,N'Diaye,"
                  u"Da Silva,Benali")};
}

PersonNames russian()
{
    return {words(u"Александр,Сергей,Дмитрий,Андрей,Алексей,Максим,Евгений,Иван,Михаил,Артём,Николай,Владимир,"
                  u"Павел,Роман,Олег,Игорь,Денис,Антон,Виктор,Юрий,Константин,Илья,Кирилл,Никита,Егор,Григорий,"
                  u"Василий,Пётр,Фёдор,Георгий,Вадим,Станислав,Тимур,Руслан,Борис,Леонид,Аркадий,Вячеслав,Степан,"
                  u"Матвей,Ярослав,Глеб,Семён,Тимофей"),
            words(u"Анна,Мария,Елена,Ольга,Наталья,Татьяна,Екатерина,Ирина,Светлана,Юлия,Анастасия,Дарья,Марина,"
                  u"Людмила,Галина,Валентина,Ксения,Алина,Виктория,Полина,Надежда,Вера,Любовь,Софья,Александра,"
                  u"Евгения,Оксана,Лариса,Нина,Кристина,Алёна,Вероника,Маргарита,Елизавета,Ульяна,Варвара,Жанна,"
                  u"Зоя,Диана,Яна,Таисия,Василиса,Милана,Эльвира"),
            words(u"Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов,Новиков,Фёдоров,Морозов,Волков,"
                  u"Алексеев,Лебедев,Семёнов,Егоров,Павлов,Козлов,Степанов,Николаев,Орлов,Андреев,Макаров,Никитин,"
                  u"Захаров,Зайцев,Соловьёв,Борисов,Яковлев,Григорьев,Романов,Воробьёв,Сергеев,Кузьмин,Фролов,"
                  u"Александров,Дмитриев,Королёв,Гусев,Киселёв,Ильин,Максимов,Поляков,Сорокин,Виноградов,Ковалёв,"
                  u"Белов,Медведев,Антонов,Тарасов,Жуков,Баранов,Филиппов,Комаров,Давыдов,Беляев,Герасимов,Богданов,"
                  u"Осипов,Сидоров,Матвеев,Титов,Марков,Миронов,Крылов,Куликов,Карпов,Власов,Мельников,Денисов,"
                  u"Гаврилов,Тихонов,Казаков,Афанасьев,Данилов,Савельев,Тимофеев,Фомин,Чернов,Абрамов,Мартынов,"
                  u"Ефимов,Щербаков,Назаров,Калинин,Исаев,Быков,Маслов,Родионов,Коновалов,Лазарев,Воронин,Климов,"
                  u"Филатов,Пономарёв,Голубев,Кудрявцев,Прохоров,Наумов,Журавлёв,Цветков,Шевченко,Бондаренко,"
                  u"Коваленко,Ким,Островский,Вишневский,Покровский,Закревский,Садыков,Хабибуллин")};
}

PersonNames english()
{
    return {words(u"James,John,Robert,Michael,William,David,Richard,Joseph,Thomas,Charles,Christopher,Daniel,"
                  u"Matthew,Anthony,Mark,Paul,Steven,Andrew,Kenneth,Joshua,Kevin,Brian,George,Timothy,Ryan,Jacob,"
                  u"Oliver,Harry,Jack,Noah,Leo,Oscar,Alfie,Liam,Ethan,Samuel,Benjamin,Nathan,Adam,Connor,Rajesh,"
                  u"Wei,Seán,Mohammed"),
            words(u"Mary,Patricia,Jennifer,Linda,Elizabeth,Barbara,Susan,Jessica,Sarah,Karen,Lisa,Nancy,Betty,"
                  u"Margaret,Sandra,Ashley,Emily,Donna,Michelle,Amanda,Melissa,Deborah,Stephanie,Rebecca,Laura,"
                  u"Olivia,Amelia,Isla,Ava,Mia,Grace,Chloe,Sophie,Emma,Hannah,Charlotte,Lucy,Megan,Siobhan,Aoife,"
                  u"Priya,Mei,Zoë,Niamh"),
            words(u"Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Jackson,"
                  u"Martin,Lee,Thompson,White,Harris,Clark,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,"
                  u"Hill,Green,Adams,Baker,Nelson,Carter,Mitchell,Roberts,Turner,Phillips,Campbell,Parker,Evans,"
                  u"Edwards,Collins,Stewart,Morris,Murphy,Cook,Rogers,Morgan,Cooper,Peterson,Reed,Bailey,Bell,"
                  u"Kelly,Howard,Ward,Cox,Richardson,Wood,Watson,Brooks,Bennett,Gray,Hughes,Price,Sanders,Patel,"
                  u"Myers,Long,Ross,Foster,Powell,Jenkins,Perry,Russell,Sullivan,Fisher,Henderson,Coleman,Simmons,"
                  u"Patterson,Jordan,Reynolds,Hamilton,Graham,Wallace,Cole,West,Owens,O'Brien,O'Connor,McDonald,"
                  u"MacLeod,Fitzgerald,Kennedy,Walsh,Byrne,Davies,Nguyen,Chen,Singh,Khan,Smith-Jones")};
}

// Cyrillic as in Russian passports (ICAO Doc 9303): the spelling Russians use abroad.
const QHash<QChar, QString>& foldTable()
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const QStringList cyrillic = words(u"а,б,в,г,д,е,ё,ж,з,и,й,к,л,м,н,о,п,р,с,т,у,ф,х,ц,ч,ш,щ,ъ,ы,ь,э,ю,я");
        const QStringList latin = words(u"a,b,v,g,d,e,e,zh,z,i,i,k,l,m,n,o,p,r,s,t,u,f,kh,ts,ch,sh,shch,ie,y,,e,iu,ia");
        for (qsizetype i = 0; i < cyrillic.size(); ++i)
            t.insert(cyrillic.at(i).at(0), latin.at(i));
        const QStringList special = words(u"ä,ae,ö,oe,ü,ue,ß,ss,æ,ae,œ,oe,ø,o,ł,l,ı,i,đ,d");
        for (qsizetype i = 0; i + 1 < special.size(); i += 2)
            t.insert(special.at(i).at(0), special.at(i + 1));
        return t;
    }();
    return table;
}

// One lower-case character in ASCII: "" for anything without a Latin spelling.
QString foldChar(QChar c)
{
    if (c.unicode() < 128)
        return c.isLetterOrNumber() ? QString(c) : QString();
    const auto it = foldTable().constFind(c);
    if (it != foldTable().constEnd())
        return *it;
    const QChar base = QString(c).normalized(QString::NormalizationForm_D).at(0);
    return base.unicode() < 128 && base.isLetter() ? QString(base) : QString();
}

} // namespace

const PersonNames& personNames(Language language)
{
    static const QList<PersonNames> all{english(), spanish(), german(), french(), russian()};
    // `all` is in the order of allLanguages().
    return all.at(qMax<qsizetype>(0, allLanguages().indexOf(language)));
}

QString feminineSurname(const QString& surname)
{
    for (const char16_t* ending : {u"ов", u"ев", u"ёв", u"ин", u"ын"}) {
        if (surname.endsWith(QString::fromUtf16(ending)))
            return surname + QChar(u'а');
    }
    if (surname.endsWith(QString::fromUtf16(u"ий")))
        return surname.chopped(2) + QString::fromUtf16(u"ая");
    return surname;
}

QString asciiFold(const QString& text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('-')) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
                out.append(c);
            continue;
        }
        out.append(foldChar(c));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString latinName(const QString& cyrillic)
{
    QString out;
    bool startOfWord = true;
    for (const QChar c : cyrillic) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            out.append(c);
            startOfWord = true;
            continue;
        }
        QString folded = foldChar(c.toLower());
        if (startOfWord && !folded.isEmpty()) {
            folded[0] = folded.at(0).toUpper();
            startOfWord = false;
        }
        out.append(folded);
    }
    return out;
}

} // namespace steward::server::demo
