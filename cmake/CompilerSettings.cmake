# Project-wide compile settings, applied through an interface target so that
# nothing leaks into third-party code or into targets that opt out.
add_library(cognito_desk_settings INTERFACE)
add_library(CognitoDesk::Settings ALIAS cognito_desk_settings)

target_compile_options(cognito_desk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2)

target_compile_definitions(cognito_desk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Warnings stop the build in the presets and CI (where the compiler is the one we test
# with), not in a plain `cmake` build: a distribution's newer compiler or other flags must
# not turn a new warning into a failed build.
option(COGNITO_DESK_WERROR "Treat compiler warnings as errors (ON in the presets and CI)" OFF)

# Call once per target that is part of the project.
function(cognito_desk_target target)
    target_link_libraries(${target} PRIVATE CognitoDesk::Settings)
    set_target_properties(${target} PROPERTIES COMPILE_WARNING_AS_ERROR ${COGNITO_DESK_WERROR})
endfunction()
