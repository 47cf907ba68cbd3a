#pragma once

#include "gui/interaction.h"

#include <QQueue>
#include <QStringList>

namespace cdesk::test {

// An Interaction for GUI tests: answers from queues the test fills, records every prompt, and
// installs itself for its lifetime. An unexpected prompt (empty queue) is recorded and answered
// No / cancelled, so the test sees it in `prompts` instead of hanging on a modal box.
class ScriptedInteraction final : public gui::Interaction
{
public:
    ScriptedInteraction() { install(this); }
    ~ScriptedInteraction() override { install(nullptr); }
    Q_DISABLE_COPY_MOVE(ScriptedInteraction)

    QQueue<Answer> answers; // question()
    QQueue<QString> typed;  // confirmByTyping(): what the user types
    QQueue<QString> files;  // openFileName() / saveFileName()
    QQueue<QString> texts;  // askText(): what the user types or chooses
    QStringList prompts;    // "kind: title: text" of every call, in order
    QDateTime clock = QDateTime::currentDateTimeUtc();

    Answer question(QWidget *, const QString &title, const QString &text, bool) override
    {
        prompts << QStringLiteral("question: %1: %2").arg(title, text);
        return answers.isEmpty() ? Answer::No : answers.dequeue();
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        prompts << QStringLiteral("information: %1: %2").arg(title, text);
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        prompts << QStringLiteral("warning: %1: %2").arg(title, text);
    }
    bool confirmByTyping(QWidget *, const QString &title, const QString &text,
                         const QString &expected) override
    {
        prompts << QStringLiteral("confirm: %1: %2").arg(title, text);
        return !typed.isEmpty() && typed.dequeue() == expected;
    }
    QString askText(QWidget *, const QString &title, const QString &label,
                    const QStringList &choices) override
    {
        prompts << QStringLiteral("ask: %1: %2 [%3]").arg(title, label, choices.join(u','));
        if (texts.isEmpty())
            return {};
        const QString answer = texts.dequeue();
        // A choice list takes only its choices, as the real one does.
        return choices.isEmpty() || choices.contains(answer) ? answer : QString();
    }
    QString openFileName(QWidget *, const QString &title, const QString &) override
    {
        prompts << QStringLiteral("open: %1").arg(title);
        return files.isEmpty() ? QString() : files.dequeue();
    }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        prompts << QStringLiteral("save: %1").arg(title);
        return files.isEmpty() ? QString() : files.dequeue();
    }
    QDateTime now() const override { return clock; }
};

} // namespace cdesk::test
