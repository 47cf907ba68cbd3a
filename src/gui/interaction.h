#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace cdesk::gui {

// Everything the GUI asks of the user outside its own widgets — message boxes, file choosers,
// a typed confirmation — and the clock it shows times against. Dialogs and pages go through
// Interaction::current(), so tests can answer them without a modal loop and set the time.
class Interaction
{
public:
    enum class Answer
    {
        Yes,
        No,
    };

    Interaction() = default;
    virtual ~Interaction();
    Q_DISABLE_COPY_MOVE(Interaction)

    // Asks a yes/no question; `destructive` makes No the default button.
    virtual Answer question(QWidget *parent, const QString &title, const QString &text,
                            bool destructive) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    // Asks the user to type `expected` (a count, a name) to confirm; true when they did.
    virtual bool confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                                 const QString &expected) = 0;
    // Asks for one line of text under `label`: one of `choices` when there are any, else typed
    // freely. Empty when the user cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label,
                            const QStringList &choices) = 0;
    // Empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    virtual QDateTime now() const = 0;

    // The installed interaction; a widget-based one unless a test installed its own.
    static Interaction &current();
    // Installs `interaction` (not owned) until it is reset with nullptr.
    static void install(Interaction *interaction);
};

// The real thing: QMessageBox, QFileDialog, QInputDialog and the system clock.
class WidgetInteraction final : public Interaction
{
public:
    WidgetInteraction() = default;

    Answer question(QWidget *parent, const QString &title, const QString &text,
                    bool destructive) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    bool confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                         const QString &expected) override;
    QString askText(QWidget *parent, const QString &title, const QString &label,
                    const QStringList &choices) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    QDateTime now() const override;
};

} // namespace cdesk::gui
