#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace cdesk::gui {

// Installs the translation for a language and lets every window retranslate itself
// (installing a translator sends QEvent::LanguageChange to all widgets).
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // The languages the application ships, as locale names (en first: the source text).
    static QStringList availableLanguages();
    // A language's own name for itself, for the menu.
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }
    // Switches to `language` ("en", "ja", "zh_CN", "zh_TW"); false if it is not shipped.
    bool setLanguage(const QString &language);

private:
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
    QString m_language = QStringLiteral("en");
};

} // namespace cdesk::gui
