// Countries, cities and company vocabulary of the demo data.
#include "DemoData.h"

namespace steward::server::demo {
namespace {

QStringList words(const char16_t* commaSeparated)
{
    return QString::fromUtf16(commaSeparated).split(QLatin1Char(','));
}

// "City|Region|postal pattern;…"
QList<City> cities(const char16_t* text)
{
    QList<City> list;
    for (const QString& entry : QString::fromUtf16(text).split(QLatin1Char(';'))) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        list.append({parts.at(0), parts.at(1), parts.at(2)});
    }
    return list;
}

QList<Country> makeCountries()
{
    const QString plain = QStringLiteral("%1 %2");
    return {
        {QStringLiteral("ES"), Language::Spanish, 14, words(u"S.L.,S.A.,S.L.U."), plain, QStringLiteral("B########"),
         cities(u"Madrid|Comunidad de Madrid|28###;Barcelona|Cataluña|08###;Valencia|Comunidad Valenciana|46###;"
                u"Sevilla|Andalucía|41###;Zaragoza|Aragón|50###;Málaga|Andalucía|29###;Bilbao|País Vasco|48###;"
                u"Murcia|Región de Murcia|30###;Palma|Illes Balears|07###;Valladolid|Castilla y León|47###;"
                u"A Coruña|Galicia|15###;Alicante|Comunitat Valenciana|03###")},
        {QStringLiteral("MX"), Language::Spanish, 3, words(u"S.A. de C.V.,S. de R.L. de C.V."), plain,
         QStringLiteral("@@@######@@#"),
         cities(u"Ciudad de México|Ciudad de México|06###;Guadalajara|Jalisco|44###;Monterrey|Nuevo León|64###;"
                u"Puebla|Puebla|72###")},
        {QStringLiteral("AR"), Language::Spanish, 2, words(u"S.R.L.,S.A."), plain, QStringLiteral("30-########-#"),
         cities(u"Buenos Aires|Ciudad Autónoma de Buenos Aires|C1###@@@;Córdoba|Córdoba|X5###@@@;"
                u"Rosario|Santa Fe|S2###@@@")},
        {QStringLiteral("DE"), Language::German, 13, words(u"GmbH,AG,GmbH & Co. KG,e.K."), plain,
         QStringLiteral("DE#########"),
         cities(u"Berlin|Berlin|10###;Hamburg|Hamburg|20###;München|Bayern|80###;Köln|Nordrhein-Westfalen|50###;"
                u"Frankfurt am Main|Hessen|60###;Stuttgart|Baden-Württemberg|70###;"
                u"Düsseldorf|Nordrhein-Westfalen|40###;Leipzig|Sachsen|04###;Bremen|Bremen|28###;"
                u"Dresden|Sachsen|01###;Hannover|Niedersachsen|30###;Nürnberg|Bayern|90###")},
        {QStringLiteral("AT"), Language::German, 3, words(u"GmbH,AG"), plain, QStringLiteral("ATU########"),
         cities(u"Wien|Wien|1###;Graz|Steiermark|8###;Linz|Oberösterreich|4###;Salzburg|Salzburg|5###;"
                u"Innsbruck|Tirol|6###")},
        {QStringLiteral("CH"), Language::German, 2, words(u"AG,GmbH"), plain, QStringLiteral("CHE-###.###.###"),
         cities(u"Zürich|Zürich|8###;Bern|Bern|3###;Basel|Basel-Stadt|4###;Luzern|Luzern|6###;"
                u"St. Gallen|St. Gallen|9###")},
        {QStringLiteral("FR"), Language::French, 12, words(u"SARL,SAS,SA"), plain, QStringLiteral("FR###########"),
         cities(u"Paris|Île-de-France|75###;Lyon|Auvergne-Rhône-Alpes|69###;"
                u"Marseille|Provence-Alpes-Côte d'Azur|13###;Toulouse|Occitanie|31###;"
                u"Nice|Provence-Alpes-Côte d'Azur|06###;Nantes|Pays de la Loire|44###;Strasbourg|Grand Est|67###;"
                u"Montpellier|Occitanie|34###;Bordeaux|Nouvelle-Aquitaine|33###;Lille|Hauts-de-France|59###;"
                u"Rennes|Bretagne|35###")},
        {QStringLiteral("BE"), Language::French, 2, words(u"SRL,SA"), plain, QStringLiteral("BE0#########"),
         cities(u"Bruxelles|Bruxelles-Capitale|1###;Liège|Wallonie|4###;Namur|Wallonie|5###;"
                u"Charleroi|Wallonie|6###")},
        {QStringLiteral("RU"), Language::Russian, 14, words(u"ООО,АО,ПАО"), QStringLiteral("%2 «%1»"),
         QStringLiteral("##########"),
         cities(u"Москва|Москва|1#####;Санкт-Петербург|Санкт-Петербург|19####;"
                u"Новосибирск|Новосибирская область|630###;Екатеринбург|Свердловская область|620###;"
                u"Казань|Республика Татарстан|420###;Нижний Новгород|Нижегородская область|603###;"
                u"Самара|Самарская область|443###;Ростов-на-Дону|Ростовская область|344###;"
                u"Краснодар|Краснодарский край|350###;Владивосток|Приморский край|690###")},
        {QStringLiteral("GB"), Language::English, 12, words(u"Ltd,PLC"), plain, QStringLiteral("GB#########"),
         cities(u"London|England|EC# #@@;Manchester|England|M## #@@;Birmingham|England|B## #@@;"
                u"Leeds|England|LS# #@@;Glasgow|Scotland|G## #@@;Edinburgh|Scotland|EH# #@@;"
                u"Bristol|England|BS# #@@;Cardiff|Wales|CF## #@@;Belfast|Northern Ireland|BT# #@@")},
        {QStringLiteral("US"), Language::English, 16, words(u"Inc.,LLC,Corp."), plain, QStringLiteral("##-#######"),
         cities(u"New York|NY|100##;Los Angeles|CA|900##;Chicago|IL|606##;Houston|TX|770##;Seattle|WA|981##;"
                u"Boston|MA|021##;Austin|TX|787##;Denver|CO|802##;Atlanta|GA|303##;San Francisco|CA|941##;"
                u"Miami|FL|331##;Portland|OR|972##")},
        {QStringLiteral("IE"), Language::English, 3, words(u"Ltd,DAC"), plain, QStringLiteral("IE#######@"),
         cities(u"Dublin|Leinster|D0# @@##;Cork|Munster|T12 @@##;Galway|Connacht|H91 @@##")},
        {QStringLiteral("AU"), Language::English, 4, words(u"Pty Ltd"), plain, QStringLiteral("## ### ### ###"),
         cities(u"Sydney|New South Wales|2###;Melbourne|Victoria|3###;Brisbane|Queensland|4###;"
                u"Perth|Western Australia|6###")},
    };
}

LanguageWords englishWords()
{
    return {words(u"Harbor,Pinewood,Northwind,Bluebird,Silverline,Redwood,Summit,Oakridge,Brightwater,Greenfield,"
                  u"Ironbridge,Westbrook,Highland,Crescent,Riverside,Kingsley,Evergreen,Atlas,Beacon,Meridian,"
                  u"Sterling,Ashford,Granite,Maple,Horizon,Foxglove,Copperfield,Lakeside"),
            words(u"Logistics,Software,Consulting,Engineering,Construction,Foods,Pharmaceuticals,Analytics,Media,"
                  u"Security,Supplies,Labs,Healthcare,Energy,Partners,Systems,Design,Manufacturing,Retail,Travel,"
                  u"Insurance,Properties,Robotics,Textiles,Brewing"),
            {QStringLiteral("%1 %2")},
            words(u"High Street,Station Road,Main Street,Church Lane,Park Avenue,Oak Street,Victoria Road,"
                  u"Market Street,King Street,Mill Lane,Broadway,Elm Street,Queen Street,Riverside Drive,"
                  u"Maple Avenue"),
            QStringLiteral("%2 %1"),
            words(u"Sales,Operations,Finance,Human Resources,IT,Logistics,Marketing,Customer Service,Purchasing,"
                  u"Quality"),
            words(u"Employee ID,Cost centre,Start date,Phone extension")};
}

LanguageWords spanishWords()
{
    return {words(u"Martínez,García,Hermanos Ruiz,Sierra,Tajo,Ebro,Duero,Aragón,Galicia,Navarra,Guadalquivir,"
                  u"Levante,del Norte,del Sur,Moncayo,Montserrat,Cantabria,Almería,Sevilla,Castilla,Mar Menor,"
                  u"Alhambra,Pirineo,Atlas,Delta,Ibérica"),
            words(u"Logística,Construcciones,Transportes,Distribuciones,Consultoría,Ingeniería,Soluciones,Servicios,"
                  u"Tecnologías,Alimentación,Textil,Farmacéutica,Inmobiliaria,Energías,Aceites,Bodegas,Talleres,"
                  u"Muebles,Cerámicas,Viajes,Seguros,Gestoría,Laboratorios,Editorial,Maderas"),
            {QStringLiteral("%2 %1")},
            words(u"Calle Mayor,Calle de Alcalá,Gran Vía,Avenida de la Constitución,Calle Real,"
                  u"Paseo de la Castellana,Calle del Carmen,Avenida de América,Calle de Serrano,Rambla de Catalunya,"
                  u"Calle San Vicente,Avenida Diagonal,Calle Colón,Calle de Toledo,Plaza de España"),
            QStringLiteral("%1 %2"),
            words(u"Ventas,Operaciones,Finanzas,Recursos Humanos,Tecnología,Logística,Marketing,Atención al Cliente,"
                  u"Compras,Calidad"),
            words(u"Nº de empleado,Centro de coste,Fecha de alta,Extensión")};
}

LanguageWords germanWords()
{
    return {words(u"Müller,Schneider,Nordwerk,Rheintal,Alpen,Hanse,Bayern,Elbe,Schwarzwald,Weser,Main,Donau,Harz,"
                  u"Bergmann,Hofmann,Krüger,Sonnenberg,Lindner,Falken,Adler,Ostsee,Brandt,Wagner,Keller,Sommer"),
            words(u"Logistik,Maschinenbau,Elektrotechnik,Bau,Software,Handel,Spedition,Metallbau,Druckerei,"
                  u"Immobilien,Consulting,Medizintechnik,Autohaus,Getränke,Versicherungsmakler,Steuerberatung,"
                  u"Holzbau,Solartechnik,Feinkost,Textil,Verpackung,Kunststofftechnik,Brauerei,Reisen,"
                  u"Personaldienste"),
            {QStringLiteral("%1 %2")},
            words(u"Hauptstraße,Bahnhofstraße,Schulstraße,Gartenstraße,Dorfstraße,Bergstraße,Lindenstraße,"
                  u"Kirchstraße,Goethestraße,Schillerstraße,Industriestraße,Am Markt,Ringstraße,Friedrichstraße,"
                  u"Mühlenweg"),
            QStringLiteral("%1 %2"),
            words(u"Vertrieb,Betrieb,Finanzen,Personal,IT,Logistik,Marketing,Kundenservice,Einkauf,"
                  u"Qualitätssicherung"),
            words(u"Personalnummer,Kostenstelle,Eintrittsdatum,Durchwahl")};
}

LanguageWords frenchWords()
{
    return {words(u"Dubois,Lefèvre,Moreau,Atlantique,Provence,Bretagne,Normandie,Alpes,Loire,Rhône,Garonne,Azur,"
                  u"Lumière,Horizon,Étoile,Martin,Fontaine,Rousseau,Mercier,Bernard,Vallée,Occitanie,Champagne,"
                  u"Seine,Méditerranée"),
            words(u"Transports,Boulangerie,Conseil,Ingénierie,Bâtiment,Logistique,Solutions,Informatique,"
                  u"Distribution,Pharmacie,Immobilier,Imprimerie,Menuiserie,Assurances,Électricité,Fromagerie,Vins,"
                  u"Voyages,Textiles,Services,Laboratoires,Éditions,Plomberie,Chaussures,Parfums"),
            {QStringLiteral("%2 %1")},
            words(u"rue de la République,rue Victor Hugo,avenue des Champs-Élysées,boulevard Saint-Michel,"
                  u"rue du Commerce,avenue Jean Jaurès,rue de la Paix,place Bellecour,rue Nationale,"
                  u"avenue de la Gare,rue des Lilas,boulevard Haussmann,quai de la Loire,rue Pasteur,"
                  u"allée des Tilleuls"),
            QStringLiteral("%2 %1"),
            words(u"Ventes,Opérations,Finances,Ressources humaines,Informatique,Logistique,Marketing,Service client,"
                  u"Achats,Qualité"),
            words(u"Matricule,Centre de coûts,Date d'entrée,Poste téléphonique")};
}

LanguageWords russianWords()
{
    return {words(u"Техно,Сибирь,Волга,Урал,Север,Восток,Альфа,Гранит,Нева,Балтика,Кедр,Алмаз,Вектор,Мега,Энерго,"
                  u"Агро,Транс,Пром,Евро,Ладога,Байкал,Амур,Кама,Дон,Рус"),
            words(u"Строй,Инвест,Сервис,Трейд,Логистик,Металл,Ресурс,Снаб,Холдинг,Групп,Маркет,Софт,Лес,Нефть,Газ,"
                  u"Торг,Проект,Хим,Маш,Систем,Тех,Авто,Мед,Пласт,Продукт"),
            {QStringLiteral("%1%2"), QStringLiteral("%1%2"), QStringLiteral("%1-%2")},
            words(u"ул. Ленина,Тверская ул.,пр-т Мира,ул. Гагарина,Невский пр-т,ул. Пушкина,ул. Советская,"
                  u"ул. Садовая,Ленинградский пр-т,ул. Кирова,наб. реки Фонтанки,ул. Лесная,ул. Победы,"
                  u"Московский пр-т,ул. Октябрьская"),
            QStringLiteral("%1, д. %2"),
            words(u"Продажи,Операционный отдел,Финансы,Отдел кадров,ИТ,Логистика,Маркетинг,Служба поддержки,Закупки,"
                  u"Контроль качества"),
            words(u"Табельный номер,Центр затрат,Дата приёма,Добавочный номер")};
}

} // namespace

const QList<Country>& countries()
{
    static const QList<Country> list = makeCountries();
    return list;
}

const LanguageWords& languageWords(Language language)
{
    static const QList<LanguageWords> all{englishWords(), spanishWords(), germanWords(), frenchWords(), russianWords()};
    // `all` is in the order of allLanguages().
    return all.at(qMax<qsizetype>(0, allLanguages().indexOf(language)));
}

const QStringList& customFieldKeys()
{
    static const QStringList keys{QStringLiteral("employee_id"), QStringLiteral("cost_center"),
                                  QStringLiteral("start_date"), QStringLiteral("phone_extension")};
    return keys;
}

const QStringList& costCenters()
{
    static const QStringList options{QStringLiteral("CC-100"), QStringLiteral("CC-200"), QStringLiteral("CC-300"),
                                     QStringLiteral("CC-400"), QStringLiteral("CC-500")};
    return options;
}

} // namespace steward::server::demo
