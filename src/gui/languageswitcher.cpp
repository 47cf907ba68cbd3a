#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cdesk::gui {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh_CN"),
            QStringLiteral("zh_TW")};
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    m_language = language;
    if (language != QLatin1String("en")) {
        // The .qm files are embedded by qt_add_translations under :/i18n.
        if (m_appTranslator->load(QStringLiteral(":/i18n/cognito-desk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(m_appTranslator);
        if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    // Installing and removing translators sends QEvent::LanguageChange to every widget.
    return true;
}

} // namespace cdesk::gui
