// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/WorkspaceDocument.h"
#include "editor/MessageLabel.h"
#include "io/WorkspaceReader.h"

#include <QApplication>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace b2x::test {

inline Workspace sampleWorkspace()
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    return *r.workspace;
}

/// A document holding the sample workspace, and the persona the editor tests work on.
class EditorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        doc.reset(sampleWorkspace(), QString());
        original = doc.workspace();
    }

    QString idAt(std::size_t i) const { return QString::fromStdString(persona(i).id); }
    const Persona& persona(std::size_t i) const { return doc.workspace().personas.at(i); }
    int undoSteps() { return doc.undoStack()->count(); }
    void undo() { doc.undoStack()->undo(); }
    void redo() { doc.undoStack()->redo(); }

    /// Shows `section` on persona `i` (shown, so that focus, visibility and key events behave
    /// as they do for a user).
    template <typename Section> void open(Section& section, std::size_t i)
    {
        section.setPersona(idAt(i));
        section.resize(800, 900);
        showActive(section);
    }

    /// Shown and active: under xcb without a window manager a new window does not get the
    /// keyboard focus by itself, and focus and Tab tests need it.
    static void showActive(QWidget& window)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    WorkspaceDocument doc;
    Workspace original;
};

/// The child of `root` with this object name, or null (the test then fails on ASSERT_TRUE).
template <typename W> W* child(const QWidget& root, const char* name)
{
    W* w = root.findChild<W*>(QLatin1String(name));
    if (!w)
        ADD_FAILURE() << "no child named " << name;
    return w;
}

inline bool showsError(const MessageLabel* label)
{
    return label && !label->isHidden() && label->kind() == MessageLabel::Kind::Error;
}

} // namespace b2x::test
