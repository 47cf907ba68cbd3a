# The user forms, driven through their widgets against cognito-sim (its fixed confirmation
# code, AdminSetUserPassword's policy errors and RESEND are what these tests rely on).
cognito_desk_add_qtest(tst_userforms SOURCES tst_userforms.cpp LABEL gui
    LIBS CognitoDesk::Gui SERVERS cognito-sim)
# "Why can't this user sign in?": findings, a fix refused and two confirmed, each checked on the
# server and followed by a new check.
cognito_desk_add_qtest(tst_logincheckdialog SOURCES tst_logincheckdialog.cpp LABEL gui
    LIBS CognitoDesk::Gui SERVERS cognito-sim)
# The Users view over the pool's local copy: sync, search, facets, Groups, write-through,
# cancel and forget (a pool of its own).
cognito_desk_add_qtest(tst_usersmirror SOURCES tst_usersmirror.cpp guitest.h LABEL gui
    SERVERS cognito-sim LIBS CognitoDesk::Gui Qt6::Network)
# The job window: pause, resume and the report saved as CSV on 50 users; a canceled job offered
# to a new window and finished, each user once (a cognito-sim of its own: latency knob).
cognito_desk_add_qtest(tst_bulkjobwindow SOURCES tst_bulkjobwindow.cpp guitest.h LABEL gui
    LIBS CognitoDesk::Gui SERVERS cognito-sim)
# Create users from CSV: a file's problems shown by line with Create disabled, a good file's
# users created in the job window in their groups, the generated passwords in a 0600 file.
cognito_desk_add_qtest(tst_csvcreate SOURCES tst_csvcreate.cpp guitest.h LABEL gui
    LIBS CognitoDesk::Gui SERVERS cognito-sim)
# Tools > Test users…: a file with a mistake shown by its line; three users planned as Create,
# applied and read back from the server, then Unchanged, then one drifted planned as Update.
# The passwords go to the keychain: run under dbus + gnome-keyring.
cognito_desk_add_qtest(tst_fixturesgui SOURCES tst_fixturesgui.cpp guitest.h LABEL gui
    LIBS CognitoDesk::Gui SERVERS cognito-sim KEYCHAIN)
