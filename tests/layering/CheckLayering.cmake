# SPDX-License-Identifier: GPL-3.0-or-later
# The layering of docs/architecture.md, checked over the sources' #include lines:
#   cmake -DROOT=<source tree> -P CheckLayering.cmake
# Linking already stops a layer from *calling* what it may not use; this also stops a header-only
# use (an inline function, a type in a signature) that would compile because every Qt module's
# headers sit under one include root. Fails with one line per include that breaks a rule.
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P CheckLayering.cmake")
endif()

set(core_folders "model|analytics|io|i18n|catalogue")
set(window_folders "document|editor|list|export|window")
# Qt modules by their headers: the module folders, and the class headers of Qt Charts.
set(qt_charts "<QtCharts/|<Q(Chart|Legend|PolarChart|[A-Za-z]*Series|[A-Za-z]*Axis|BarSet|PieSlice|BoxSet|CandlestickSet)[A-Za-z]*>")
set(qt_gui_and_up "<Qt(Gui|Widgets|Charts|Svg|PrintSupport)/|<Q(Widget|Painter|Color|Font|Image|Pixmap|TextDocument|PdfWriter|Application|GuiApplication|Dialog|Action)>")

# rule(NAME FOLDER REGEX): no file under FOLDER may have an #include line matching REGEX.
set(violations "")
function(rule name folder regex)
  file(GLOB_RECURSE files "${ROOT}/${folder}/*.cpp" "${ROOT}/${folder}/*.h")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
      if(line MATCHES "${regex}")
        file(RELATIVE_PATH rel "${ROOT}" "${file}")
        string(STRIP "${line}" line)
        list(APPEND violations "${rel}: ${line}  (${name})")
      endif()
    endforeach()
  endforeach()
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

rule("the core links Qt Core only" core "${qt_gui_and_up}|\"(charts|report|format|${window_folders})/")
rule("ui/format is Qt Core words, shared by the CLI" ui/format
     "${qt_gui_and_up}|\"(charts|report|${window_folders})/")
rule("charts do not know the report or the window" ui/charts "\"(report|${window_folders})/")
rule("the report does not know the editor or the window" ui/report "\"(${window_folders})/")
rule("the CLI links the report, not the window" app/cli "\"(${window_folders})/")
foreach(folder core ui/format ui/report ui/document ui/editor ui/list ui/export ui/window ui/calibration
               ui/budget app
               tools bench)  # tests may look inside charts: they check them
  rule("Qt Charts only under ui/charts" ${folder} "${qt_charts}")
endforeach()

if(violations)
  list(LENGTH violations count)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "${count} include(s) break the layering (docs/architecture.md):\n  ${text}")
endif()
message(STATUS "Layering: every #include keeps to its layer")
