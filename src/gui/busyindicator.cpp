#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace cdesk::gui {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_showTimer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_progressBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("busyCancelButton"));
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_cancelButton->setText(tr("Cancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(kShowDelayMs);
    connect(m_showTimer, &QTimer::timeout, this, [this] { setVisible(m_busy); });
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false); // one cancel is enough; the run stops after its call
        if (m_cancel)
            m_cancel();
    });
    hide();
}

BusyIndicator::~BusyIndicator() = default;

void BusyIndicator::start(const QString &text, int total, std::function<void()> cancel)
{
    m_busy = true;
    m_cancel = std::move(cancel);
    m_label->setText(text);
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(0);
    m_cancelButton->setVisible(bool(m_cancel));
    m_cancelButton->setEnabled(true);
    m_showTimer->start();
}

void BusyIndicator::setProgress(int done)
{
    m_progressBar->setValue(done);
}

void BusyIndicator::setText(const QString &text)
{
    m_label->setText(text);
}

void BusyIndicator::finish()
{
    m_busy = false;
    m_cancel = {};
    m_showTimer->stop();
    hide();
}

} // namespace cdesk::gui
