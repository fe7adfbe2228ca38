// SPDX-License-Identifier: GPL-3.0-or-later
// The table adapters under QAbstractItemModelTester, driven straight through the document.
#include "EditorTestSupport.h"
#include "editor/ChannelTableModel.h"
#include "editor/MemberTableModel.h"
#include "editor/StageTableModel.h"
#include "model/ChannelCatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace b2x;
using namespace b2x::test;

namespace {

class TableModelTest : public EditorTest {
protected:
    /// Edits go straight to the document, as the section's edit() would send them.
    PersonaTableModel::EditFunction editor()
    {
        return [this](const QString& field, const QString& text,
                      const PersonaTableModel::Change& change) {
            doc.editPersona(m_editing, field, text, change);
        };
    }
    template <typename Model> std::unique_ptr<Model> make(std::size_t persona)
    {
        m_editing = idAt(persona);
        auto model = std::make_unique<Model>(&doc, editor());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->setPersona(m_editing);
        return model;
    }

    QString m_editing;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(TableModelTest, StageModelFollowsEditsStructuralChangesUndoAndReset)
{
    auto model = make<StageTableModel>(0);
    const int n = static_cast<int>(original.personas[0].pipeline.size());
    EXPECT_EQ(model->rowCount(), n);
    EXPECT_EQ(model->columnCount(), StageTableModel::ColumnCount);

    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    EXPECT_TRUE(
        model->setData(model->index(2, StageTableModel::Name), QStringLiteral("MQL → SQL")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(model->insertStage(1));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 1); // announced where it happened, not as a reset
    model->moveStage(0, 3);
    model->removeStage(4);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model->rowCount(), n);

    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(model->index(2, StageTableModel::Name).data().toString().toStdString(),
              original.personas[0].pipeline[2].name);
    while (doc.undoStack()->canRedo())
        redo();
    EXPECT_EQ(model->rowCount(), n);

    model->setPersona(idAt(3)); // another persona: a reset
    EXPECT_EQ(model->rowCount(), static_cast<int>(persona(3).pipeline.size()));
    doc.reset(original, QString());
    EXPECT_EQ(model->rowCount(), static_cast<int>(original.personas[3].pipeline.size()));
    doc.removePersonas({idAt(3)});
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(model->personaId().isEmpty());
}

TEST_F(TableModelTest, StageModelRefusesWhatTheFileFormatRefuses)
{
    auto model = make<StageTableModel>(0);
    QSignalSpy rejected(model.get(), &PersonaTableModel::rejected);
    const auto index = [&](int column) { return model->index(0, column); };
    EXPECT_FALSE(model->setData(index(StageTableModel::Conversion), 120));
    EXPECT_FALSE(model->setData(index(StageTableModel::Conversion), -1));
    EXPECT_FALSE(model->setData(index(StageTableModel::MaxDays), 3651));
    EXPECT_FALSE(model->setData(index(StageTableModel::MinDays), QStringLiteral("many")));
    EXPECT_FALSE(model->setData(index(StageTableModel::Name), QString()));
    EXPECT_EQ(rejected.count(), 5);
    EXPECT_EQ(rejected.at(2).at(0).toString(),
              QStringLiteral("Days must lie between 0 and 3,650; 3,651 was not saved."));
    // The order of min, likely and max is no reason to refuse: the other bounds move along
    // (PipelineAnyOrderTest in LiveEditingTest.cpp).
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_TRUE(model->setData(index(StageTableModel::MaxDays), 3650));
    EXPECT_TRUE(model->setData(index(StageTableModel::MinDays), 10));
}

TEST_F(TableModelTest, StageModelStopsAtTheStageLimit)
{
    auto model = make<StageTableModel>(0);
    while (model->rowCount() < 30)
        ASSERT_TRUE(model->insertStage(model->rowCount()));
    EXPECT_FALSE(model->insertStage(0));
    EXPECT_EQ(persona(0).pipeline.size(), 30u);
}

TEST_F(TableModelTest, MemberModelEditsEnumsTextNumbersAndCheckBoxes)
{
    auto model = make<MemberTableModel>(0);
    EXPECT_EQ(model->rowCount(),
              static_cast<int>(original.personas[0].decisionUnit.members.size()));
    EXPECT_EQ(model->economicBuyerCount(), 1);
    EXPECT_TRUE(model->setData(model->index(0, MemberTableModel::RoleColumn),
                               static_cast<int>(Role::Approver)));
    EXPECT_TRUE(model->setData(model->index(0, MemberTableModel::TitleColumn),
                               QStringLiteral("Finance director")));
    EXPECT_TRUE(model->setData(model->index(0, MemberTableModel::InfluenceColumn), 65.5));
    EXPECT_TRUE(model->setData(model->index(0, MemberTableModel::EconomicBuyerColumn),
                               Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model->setData(model->index(0, MemberTableModel::RoleColumn), 99));
    EXPECT_FALSE(model->setData(model->index(0, MemberTableModel::InfluenceColumn), 101));
    const auto& m = persona(0).decisionUnit.members[0];
    EXPECT_EQ(m.primaryRole(), Role::Approver);
    EXPECT_EQ(m.title, "Finance director");
    EXPECT_EQ(m.influence, 65.5);
    EXPECT_FALSE(m.economicBuyer);
    EXPECT_EQ(model->index(0, MemberTableModel::RoleColumn).data().toString(),
              QStringLiteral("Approver"));
    EXPECT_EQ(model->index(0, MemberTableModel::EconomicBuyerColumn).data(Qt::CheckStateRole),
              QVariant(Qt::Unchecked));
    EXPECT_EQ(undoSteps(), 4);

    EXPECT_TRUE(model->insertMember(0));
    model->removeMember(3);
    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(TableModelTest, ChannelModelOffersUnusedChannelsAndFollowsTheWindowDefault)
{
    auto model = make<ChannelTableModel>(3); // B2C: TikTok, Instagram, …
    const auto& channels = original.personas[3].channels;
    EXPECT_EQ(model->rowCount(), static_cast<int>(channels.size()));
    EXPECT_NEAR(model->totalSharePercent(), 100, 1e-9);
    for (const Channel* c : model->availableChannels())
        for (const auto& use : channels)
            EXPECT_NE(c->id, use.channelId);
    // The row's own channel stays available for its own combo box.
    const auto own = model->availableChannels(0);
    EXPECT_TRUE(std::any_of(own.begin(), own.end(),
                            [&](const Channel* c) { return c->id == channels[0].channelId; }));

    // TikTok (7 days, the platform default) → YouTube: the window follows the new default.
    ASSERT_EQ(channels[0].channelId, "tiktok");
    EXPECT_TRUE(model->setData(model->index(0, ChannelTableModel::ChannelColumn),
                               QStringLiteral("youtube")));
    EXPECT_EQ(persona(3).channels[0].attributionWindowDays, 30);
    EXPECT_FALSE(model->setData(model->index(0, ChannelTableModel::ChannelColumn),
                                QStringLiteral("no-such-channel")));
    EXPECT_FALSE(model->addChannel(QStringLiteral("instagram"))); // already listed
    EXPECT_TRUE(model->addChannel(QStringLiteral("tiktok")));
    EXPECT_EQ(model->rowCount(), static_cast<int>(channels.size()) + 1);
    EXPECT_FALSE(model->setData(model->index(0, ChannelTableModel::WindowColumn), 2.5));
    EXPECT_TRUE(model->setData(model->index(0, ChannelTableModel::WindowColumn), 90));
    EXPECT_EQ(model->index(0, ChannelTableModel::DefaultColumn).flags() & Qt::ItemIsEditable,
              Qt::NoItemFlags);
    model->removeChannel(model->rowCount() - 1);
    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
}

TEST_F(TableModelTest, EditsCommittedWhileAChangeIsAnnouncedAreDropped)
{
    // A view commits an open editor when its row is removed; by then the document has no such
    // row. The commit must neither throw nor change another row.
    auto model = make<StageTableModel>(0);
    bool committed = true;
    QObject::connect(model.get(), &QAbstractItemModel::rowsAboutToBeRemoved, model.get(),
                     [&](const QModelIndex&, int first) {
                         committed =
                             model->setData(model->index(first, StageTableModel::Conversion), 5);
                     });
    const Workspace before = doc.workspace();
    model->removeStage(5);
    EXPECT_EQ(persona(0).pipeline.size(), before.personas[0].pipeline.size() - 1);
    EXPECT_EQ(undoSteps(), 1);
    undo();
    EXPECT_EQ(doc.workspace(), before);
    EXPECT_FALSE(committed);
}
