#include "profileswitcher.h"

#include <QKeyEvent>

#include <algorithm>

namespace cdesk::gui {

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QComboBox(parent)
{
    // Keyboard moves over the closed switcher never reach QComboBox (which would emit
    // activated for each), so activated comes only from its list.
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(itemData(index).toString()); });
}

void ProfileSwitcher::setConnected(const QString &name)
{
    m_connected = name;
}

void ProfileSwitcher::showConnected()
{
    const int index = findData(m_connected);
    if (index >= 0 && index != currentIndex())
        setCurrentIndex(index);
}

void ProfileSwitcher::moveTo(int index)
{
    if (count() > 0)
        setCurrentIndex(std::clamp(index, 0, count() - 1));
}

void ProfileSwitcher::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex() >= 0)
                Q_EMIT profileChosen(currentData().toString());
            event->accept();
            return;
        case Qt::Key_Escape:
            if (findData(m_connected) != currentIndex()) {
                showConnected();
                event->accept();
                return;
            }
            break; // on to the window
        case Qt::Key_Up:
        case Qt::Key_Left:
            moveTo(currentIndex() - 1);
            event->accept();
            return;
        case Qt::Key_Down:
        case Qt::Key_Right:
            moveTo(currentIndex() + 1);
            event->accept();
            return;
        case Qt::Key_Home:
        case Qt::Key_PageUp:
            moveTo(0);
            event->accept();
            return;
        case Qt::Key_End:
        case Qt::Key_PageDown:
            moveTo(count() - 1);
            event->accept();
            return;
        default:
            break;
        }
        // Typing a name's first letters shows it (the next one, typed again).
        const QString text = event->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            for (int step = 1; step <= count(); ++step) {
                const int index = (currentIndex() + step) % count();
                if (itemText(index).startsWith(text, Qt::CaseInsensitive)) {
                    setCurrentIndex(index);
                    break;
                }
            }
            event->accept();
            return;
        }
    }
    QComboBox::keyPressEvent(event); // Alt+Down, F4, Space: the list
}

void ProfileSwitcher::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

void ProfileSwitcher::focusOutEvent(QFocusEvent *event)
{
    if (event->reason() != Qt::PopupFocusReason)
        showConnected();
    QComboBox::focusOutEvent(event);
}

} // namespace cdesk::gui
