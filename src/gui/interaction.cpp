#include "gui/interaction.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace cdesk::gui {

namespace {

Interaction *s_installed = nullptr;

} // namespace

Interaction::~Interaction() = default;

Interaction &Interaction::current()
{
    static WidgetInteraction widgets;
    return s_installed ? *s_installed : widgets;
}

void Interaction::install(Interaction *interaction)
{
    s_installed = interaction;
}

Interaction::Answer WidgetInteraction::question(QWidget *parent, const QString &title,
                                                const QString &text, bool destructive)
{
    const auto button =
        QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                              destructive ? QMessageBox::No : QMessageBox::Yes);
    return button == QMessageBox::Yes ? Answer::Yes : Answer::No;
}

void WidgetInteraction::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetInteraction::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool WidgetInteraction::confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                                        const QString &expected)
{
    bool ok = false;
    const QString typed =
        QInputDialog::getText(parent, title, text, QLineEdit::Normal, QString(), &ok);
    return ok && typed.trimmed() == expected;
}

QString WidgetInteraction::askText(QWidget *parent, const QString &title, const QString &label,
                                   const QStringList &choices)
{
    bool ok = false;
    const QString answer =
        choices.isEmpty()
            ? QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok)
            : QInputDialog::getItem(parent, title, label, choices, 0, false, &ok);
    return ok ? answer.trimmed() : QString();
}

QString WidgetInteraction::openFileName(QWidget *parent, const QString &title,
                                        const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetInteraction::saveFileName(QWidget *parent, const QString &title,
                                        const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QDateTime WidgetInteraction::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace cdesk::gui
