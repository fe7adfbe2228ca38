# SPDX-License-Identifier: GPL-3.0-or-later
# What keeps the build short (docs/architecture.md, "Build time"). CI builds the whole tree twice
# on two cores (the sanitized build with the tests, the package's release build), and most of a
# file's compile time went on parsing the same Qt, GoogleTest and nlohmann headers again.

# Precompiled headers, one per target: the system headers most of the target's files include.
# A set names only what its layer may include (docs/architecture.md): core's has no Gui, and only
# ui/charts gets Qt Charts, so a file that uses a class its layer may not still fails to compile
# (the Layering test checks the #include lines themselves).
option(B2X_PRECOMPILE_HEADERS "Precompile the system headers each target's files share" ON)

set(B2X_PCH_STD <algorithm> <array> <cmath> <functional> <map> <memory> <optional> <set>
    <string> <string_view> <unordered_map> <utility> <vector>)
set(B2X_PCH_CORE ${B2X_PCH_STD} <QCoreApplication> <QDate> <QString> <QStringList>
    <nlohmann/json.hpp>)
set(B2X_PCH_WIDGETS ${B2X_PCH_CORE} <QApplication> <QComboBox> <QFormLayout> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QVBoxLayout> <QWidget>)
set(B2X_PCH_CHARTS ${B2X_PCH_WIDGETS} <QtCharts/QChart> <QtCharts/QChartView>
    <QtCharts/QValueAxis>)
set(B2X_PCH_CORE_TESTS ${B2X_PCH_CORE} <gtest/gtest.h> <QDir> <QFile> <QTemporaryDir>)
set(B2X_PCH_UI_TESTS ${B2X_PCH_WIDGETS} <gtest/gtest.h> <QDir> <QFile> <QTemporaryDir>
    <QSignalSpy> <QTest> <QUndoStack>)

# b2x_precompile(TARGET SET): SET is one of the lists above, by its suffix (CORE, WIDGETS, ...).
function(b2x_precompile target set)
  if(B2X_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} PRIVATE ${B2X_PCH_${set}})
  endif()
endfunction()
