# The token workbench (src/gui/tokens) and its claims model.
cognito_desk_add_qtest(tst_claimsmodel SOURCES tokens/tst_claimsmodel.cpp LABEL unit
    LIBS CognitoDesk::Models)
cognito_desk_add_qtest(tst_tokenworkbench SOURCES tokens/tst_tokenworkbench.cpp LABEL gui
    SERVERS cognito-sim LIBS CognitoDesk::Gui)
# The workbench's saved sessions (shared with the CLI's token get) and TOTP codes: a sim of
# its own (its clock is moved) and the keychain.
cognito_desk_add_qtest(tst_workbenchsessions SOURCES tokens/tst_workbenchsessions.cpp LABEL gui
    KEYCHAIN SERVERS cognito-sim LIBS CognitoDesk::Gui cognito_desk_cli_test_runner)
