# Pools, domains, groups, app clients and the CSV import wizard (src/gui/admin), against cognito-sim
# (it simulates domains and runs import jobs; cognito-local does neither).
cognito_desk_add_qtest(tst_adminforms SOURCES tst_adminforms.cpp LABEL gui
    SERVERS cognito-sim LIBS CognitoDesk::Gui)
# "Compare with…": two pools made to differ in a setting, a client and a group, compared
# through the dialog; a pool B that does not exist.
cognito_desk_add_qtest(tst_poolcompare SOURCES tst_poolcompare.cpp guitest.h LABEL gui
    SERVERS cognito-sim LIBS CognitoDesk::Gui)
