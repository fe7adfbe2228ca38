// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace document_test {

namespace {

Workspace sample()
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    return *r.workspace;
}

QString idAt(const WorkspaceDocument& d, std::size_t i)
{
    return QString::fromStdString(d.workspace().personas.at(i).id);
}

} // namespace

TEST(WorkspaceDocument, TypingInOneFieldIsOneUndoStep)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    const Workspace original = doc.workspace();
    const QString id = idAt(doc, 0);
    for (const char* text : {"E", "En", "Ent", "Enterprise"})
        doc.editPersona(id, QStringLiteral("name"), QStringLiteral("Rename"),
                        [&](Persona& p) { p.name = text; });
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_TRUE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    EXPECT_EQ(doc.workspace().personas[0].name, "Enterprise");
}

TEST(WorkspaceDocument, DifferentFieldsAreSeparateSteps)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    const QString id = idAt(doc, 1);
    doc.editPersona(id, QStringLiteral("name"), {}, [](Persona& p) { p.name = "A"; });
    doc.editPersona(id, QStringLiteral("summary"), {}, [](Persona& p) { p.summary = "B"; });
    doc.editPersona(id, QStringLiteral("name"), {}, [](Persona& p) { p.name = "C"; });
    EXPECT_EQ(doc.undoStack()->count(), 3);
}

TEST(WorkspaceDocument, NoOpEditsPushNothingAndRevertedTypingDisappears)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    const QString id = idAt(doc, 0);
    const std::string name = doc.workspace().personas[0].name;
    doc.editPersona(id, QStringLiteral("name"), {}, [&](Persona& p) { p.name = name; });
    EXPECT_EQ(doc.undoStack()->count(), 0);
    doc.editPersona(id, QStringLiteral("name"), {}, [&](Persona& p) { p.name = name + "x"; });
    doc.editPersona(id, QStringLiteral("name"), {}, [&](Persona& p) { p.name = name; });
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST(WorkspaceDocument, EditsNeverChangeThePersonaId)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    const QString id = idAt(doc, 0);
    doc.editPersona(id, QStringLiteral("x"), {}, [](Persona& p) {
        p.id = "other";
        p.name = "N";
    });
    EXPECT_EQ(idAt(doc, 0), id);
}

TEST(WorkspaceDocument, DeleteSeveralThenUndoRestoresExactly)
{
    WorkspaceDocument doc;
    Workspace ws = sample();
    doc.reset(ws, QString());
    QSignalSpy removed(&doc, &WorkspaceDocument::personaRemoved);
    doc.removePersonas({idAt(doc, 1), idAt(doc, 4), idAt(doc, 2)});
    EXPECT_EQ(removed.count(), 3);
    EXPECT_EQ(doc.workspace().personas.size(), ws.personas.size() - 3);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().personas, ws.personas);
    doc.undoStack()->redo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().personas, ws.personas);
}

TEST(WorkspaceDocument, DeletingAComparedPersonaDropsItFromTheViewAndUndoKeepsData)
{
    WorkspaceDocument doc;
    Workspace ws = sample();
    ASSERT_FALSE(ws.view.comparedPersonaIds.empty());
    doc.reset(ws, QString());
    const QString compared = QString::fromStdString(ws.view.comparedPersonaIds.front());
    doc.removePersonas({compared});
    const auto& ids = doc.workspace().view.comparedPersonaIds;
    EXPECT_EQ(std::count(ids.begin(), ids.end(), compared.toStdString()), 0);
    doc.undoStack()->undo();
    EXPECT_NE(doc.persona(compared), nullptr);
}

TEST(WorkspaceDocument, MoveAndInsertUndo)
{
    WorkspaceDocument doc;
    Workspace ws = sample();
    doc.reset(ws, QString());
    doc.movePersona(0, 3);
    EXPECT_EQ(doc.workspace().personas[3].id, ws.personas[0].id);
    Persona extra = ws.personas[0];
    extra.id = "00000000-0000-4000-8000-000000000001";
    doc.insertPersona(1, extra, QStringLiteral("Add"));
    EXPECT_EQ(doc.workspace().personas[1].id, extra.id);
    // An edit after a move finds its persona by id, not by position.
    doc.editPersona(QString::fromStdString(ws.personas[0].id), QStringLiteral("name"), {},
                    [](Persona& p) { p.name = "Moved"; });
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace(), ws);
}

TEST(WorkspaceDocument, ViewStateIsSavedButNeverDirties)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    QSignalSpy changed(&doc, &WorkspaceDocument::viewStateChanged);
    ViewState v;
    v.compareMode = CompareMode::GroupsByBehaviour;
    doc.setViewState(v);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_NE(WorkspaceWriter::serialise(doc.workspace()).find("groupsByBehaviour"),
              std::string::npos);
}

TEST(WorkspaceDocument, ModifiedMarkFollowsTheCleanState)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QStringLiteral("/tmp/a.b2x"));
    QSignalSpy modified(&doc, &WorkspaceDocument::modifiedChanged);
    doc.setWorkspaceInfo("Renamed", "EUR", "");
    EXPECT_TRUE(doc.isModified());
    doc.markSaved(QStringLiteral("/tmp/b.b2x"));
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.filePath(), QStringLiteral("/tmp/b.b2x"));
    doc.undoStack()->undo(); // undoing past the save point dirties again
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.workspace().currency, "USD");
    EXPECT_EQ(modified.count(), 3);
}

} // namespace document_test
