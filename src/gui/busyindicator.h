#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace cdesk::gui {

// The status bar's say on a running operation: what it is, how far it got and a Cancel
// button. It shows itself only once the operation has run for a moment, so quick calls
// do not make the status bar flicker.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    ~BusyIndicator() override;

    // `total` 0 shows a busy bar; `cancel` is called when the user presses Cancel (empty:
    // no Cancel button).
    void start(const QString &text, int total, std::function<void()> cancel);
    void setProgress(int done);
    // Says what the operation under way is doing now (the next step of it).
    void setText(const QString &text);
    void finish();
    bool isBusy() const { return m_busy; }

    static constexpr int kShowDelayMs = 300;

private:
    QLabel *m_label;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QTimer *m_showTimer;
    std::function<void()> m_cancel;
    bool m_busy = false;
};

} // namespace cdesk::gui
