# The profiles dialog stores secrets in the system keychain: run under dbus + gnome-keyring.
cognito_desk_add_qtest(tst_profiles SOURCES tst_profiles.cpp LABEL gui
    SERVERS cognito-sim LIBS CognitoDesk::Gui KEYCHAIN)
