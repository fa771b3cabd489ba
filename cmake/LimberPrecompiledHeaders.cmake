# Precompiled headers for the Qt layer and its tests. Qt's and Catch2's headers are most of what
# each of these files compiles: precompiling them once per target cuts the CPU time of a cold
# build of limber_app by about a third (587 s to 368 s of user time, measured on main with
# `/usr/bin/time cmake --build build --target limber_app`), which keeps CI's two builds in budget.
# Configure with -DLIMBER_PCH=OFF to check that every file includes what it uses.
option(LIMBER_PCH "Precompile the Qt, spdlog and Catch2 headers" ON)

set(limber_pch_qt_headers
    <QString> <QStringList> <QObject> <QWidget> <QLabel> <QVBoxLayout> <QHBoxLayout>
    <QPushButton> <QPainter> <QDir> <QFile> <QFileInfo>
    <algorithm> <functional> <optional> <string> <vector>)

# The app library: Qt, spdlog (its own compile definitions come with its target) and the core's
# model, which nearly every file of the app reads.
function(limber_precompile_app target)
    if(LIMBER_PCH)
        target_precompile_headers(${target} PRIVATE ${limber_pch_qt_headers}
            <spdlog/spdlog.h> <limber/model.h>)
    endif()
endfunction()

# A test executable: Catch2, with Qt where the target links the app (QTest too where it links
# Qt's test library). The test mains, which define Catch's CONFIG macros before including it, are
# marked SKIP_PRECOMPILE_HEADERS where they are listed (tests/CMakeLists.txt).
function(limber_precompile_tests target)
    if(NOT LIMBER_PCH)
        return()
    endif()
    set(headers <catch2/catch.hpp>)
    get_target_property(links ${target} LINK_LIBRARIES)
    if("limber_app" IN_LIST links)
        list(APPEND headers ${limber_pch_qt_headers})
    endif()
    if("Qt6::Test" IN_LIST links)
        list(APPEND headers <QTest> <QSignalSpy>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
