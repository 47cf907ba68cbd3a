#pragma once

#include <QComboBox>

namespace cdesk::gui {

// The toolbar's profile picker. Moving over it with the keyboard (arrows, Home/End, Page
// Up/Down, typing a name) only shows another profile; Enter, or a click in its list,
// chooses it. Leaving it (Escape, the focus elsewhere) shows the connected profile again.
// A wheel turned over it does nothing: switching profiles reconnects the window.
class ProfileSwitcher final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    // The item data (profile name) of the profile the window is connected with.
    void setConnected(const QString &name);
    QString connected() const { return m_connected; }

Q_SIGNALS:
    // Enter on the switcher, or an item activated in its list.
    void profileChosen(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showConnected();
    void moveTo(int index);

    QString m_connected;
};

} // namespace cdesk::gui
