# The token workbench (src/gui/tokens) and its claims model.
cognito_desk_add_qtest(tst_claimsmodel SOURCES tokens/tst_claimsmodel.cpp LABEL unit
    LIBS CognitoDesk::Models)
cognito_desk_add_qtest(tst_tokenworkbench SOURCES tokens/tst_tokenworkbench.cpp LABEL gui
    SERVERS cognito-sim LIBS CognitoDesk::Gui)
