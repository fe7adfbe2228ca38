// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace's own channels in the application (issue 16): edited through the undo stack, the
// analyses follow them, a persona's channel table offers and names them, charts and the report
// show them by their own name, and deleting one that personas use is refused or removes it from
// them in one undo step.
#include "charts/ChartDataBuilder.h"
#include "document/AnalysisCache.h"
#include "document/WorkspaceDocument.h"
#include "editor/ChannelTableModel.h"
#include "io/WorkspaceReader.h"
#include "report/ReportHtml.h"
#include "window/WorkspaceChannelsDialog.h"

#include <QSignalSpy>
#include <algorithm>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

Workspace sample()
{
    auto r = WorkspaceReader::readFile(
        QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"));
    return *r.workspace;
}

Channel reviewSites()
{
    Channel c;
    c.id = "custom-review-sites";
    c.name = "Software review sites";
    c.category = "review sites";
    c.b2bAffinity = 90;
    c.reach = 30;
    c.precision = 70;
    c.emotionalFit = 25;
    c.priceLow = 1000;
    c.priceHigh = 500000;
    c.cycleLowDays = 30;
    c.cycleHighDays = 365;
    c.typicalCost = 150;
    c.attributionPlatform = "Meta"; // 7 days at most
    return c;
}

double fitOf(const analytics::PersonaAnalysis& a, const std::string& id)
{
    for (const auto& f : a.channelFit)
        if (f.channelId == id)
            return f.score;
    return -1;
}

/// The sample with the review sites channel used by its first two personas (60-day windows).
struct Fixture {
    WorkspaceDocument doc;
    QString first;
    QString second;

    Fixture()
    {
        Workspace ws = sample();
        ws.channels = {reviewSites()};
        ws.personas[0].channels.push_back({"custom-review-sites", 0, 60});
        ws.personas[1].channels.push_back({"custom-review-sites", 0, 60});
        doc.reset(ws, QString());
        first = QString::fromStdString(ws.personas[0].id);
        second = QString::fromStdString(ws.personas[1].id);
    }
};

} // namespace

TEST(CustomChannels, AddingAndEditingAChannelIsOneUndoStepEach)
{
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    QSignalSpy changed(&doc, &WorkspaceDocument::customChannelsChanged);
    doc.setCustomChannel(reviewSites(), QStringLiteral("Add channel"));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    ASSERT_EQ(doc.workspace().channels.size(), 1u);
    Channel edited = reviewSites();
    edited.reach = 45;
    doc.setCustomChannel(edited, QStringLiteral("Edit channel"));
    doc.setCustomChannel(edited, QStringLiteral("Edit channel")); // unchanged: nothing pushed
    EXPECT_EQ(doc.undoStack()->count(), 2);
    EXPECT_EQ(doc.workspace().channels.at(0).reach, 45);
    EXPECT_EQ(changed.count(), 2);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.workspace().channels.at(0).reach, 30);
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.workspace().channels.empty());
}

TEST(CustomChannels, DeletingAUsedChannelIsRefusedUnlessRemovedFromThePersonas)
{
    Fixture f;
    const Workspace before = f.doc.workspace();
    EXPECT_EQ(f.doc.personasUsingChannel(QStringLiteral("custom-review-sites")),
              QStringList({f.first, f.second}));
    EXPECT_FALSE(f.doc.removeCustomChannel(QStringLiteral("custom-review-sites"), false));
    EXPECT_EQ(f.doc.undoStack()->count(), 0);
    EXPECT_EQ(f.doc.workspace(), before);

    EXPECT_TRUE(f.doc.removeCustomChannel(QStringLiteral("custom-review-sites"), true));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    EXPECT_TRUE(f.doc.workspace().channels.empty());
    EXPECT_TRUE(f.doc.personasUsingChannel(QStringLiteral("custom-review-sites")).isEmpty());
    EXPECT_EQ(f.doc.workspace().personas[0].channels.size(),
              before.personas[0].channels.size() - 1);

    f.doc.undoStack()->undo(); // the channel and both personas' uses come back at once
    EXPECT_EQ(f.doc.workspace(), before);
    f.doc.undoStack()->redo();
    EXPECT_TRUE(f.doc.workspace().channels.empty());
}

TEST(CustomChannels, TheDialogAsksBeforeDeletingAUsedChannelAndNamesThePersonas)
{
    Fixture f;
    WorkspaceChannelsDialog dialog(&f.doc);
    QStringList asked;
    dialog.setDeletePrompt([&](const QString& channel, const QStringList& personas) {
        asked = personas;
        EXPECT_EQ(channel, QStringLiteral("Software review sites"));
        return false; // keep it
    });
    EXPECT_FALSE(dialog.deleteChannel(0));
    EXPECT_EQ(asked, QStringList({QString::fromStdString(f.doc.workspace().personas[0].name),
                                  QString::fromStdString(f.doc.workspace().personas[1].name)}));
    EXPECT_EQ(f.doc.workspace().channels.size(), 1u);
    dialog.setDeletePrompt([](const QString&, const QStringList&) { return true; });
    EXPECT_TRUE(dialog.deleteChannel(0));
    EXPECT_TRUE(f.doc.workspace().channels.empty());
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
}

TEST(CustomChannels, TheDialogAddsAChannelUnderANewCustomId)
{
    Fixture f;
    WorkspaceChannelsDialog dialog(&f.doc);
    dialog.setChannelEditor([](const Channel& c) -> std::optional<Channel> {
        Channel edited = c;
        edited.name = "Software review sites"; // the same name as the existing channel
        edited.b2bAffinity = 70;
        return edited;
    });
    dialog.addChannel();
    ASSERT_EQ(f.doc.workspace().channels.size(), 2u);
    EXPECT_EQ(f.doc.workspace().channels[1].id, "custom-software-review-sites");
    dialog.addChannel();
    EXPECT_EQ(f.doc.workspace().channels.at(2).id, "custom-software-review-sites-2");
    // Editing keeps the id the personas refer to.
    dialog.editChannel(0);
    EXPECT_EQ(f.doc.workspace().channels[0].id, "custom-review-sites");
    EXPECT_EQ(f.doc.workspace().channels[0].b2bAffinity, 70);
    EXPECT_EQ(f.doc.undoStack()->count(), 3);
}

TEST(CustomChannels, TheAnalysisFollowsAnEditOfACustomChannelsFactor)
{
    Fixture f;
    AnalysisCache cache(&f.doc);
    const double before = fitOf(*cache.analysis(f.first), "custom-review-sites");
    ASSERT_GE(before, 0);
    QSignalSpy changed(&cache, &AnalysisCache::analysisChanged);
    Channel consumer = reviewSites();
    consumer.b2bAffinity = 0;
    consumer.emotionalFit = 100;
    f.doc.setCustomChannel(consumer, QStringLiteral("Edit channel"));
    // Every persona is told, since every persona's channel fit lists the channel.
    EXPECT_GE(changed.count(), static_cast<int>(f.doc.workspace().personas.size()));
    const double after = fitOf(*cache.analysis(f.first), "custom-review-sites");
    EXPECT_LT(after, before);
    f.doc.undoStack()->undo();
    EXPECT_EQ(fitOf(*cache.analysis(f.first), "custom-review-sites"), before);
    // Deleted (and removed from the personas), it is no longer scored.
    f.doc.removeCustomChannel(QStringLiteral("custom-review-sites"), true);
    EXPECT_EQ(fitOf(*cache.analysis(f.first), "custom-review-sites"), -1);
    for (const auto& check : cache.analysis(f.first)->attribution)
        EXPECT_NE(check.channelId, "custom-review-sites");
}

TEST(CustomChannels, APersonasChannelTableOffersAndNamesThem)
{
    Fixture f;
    ChannelTableModel model(
        &f.doc, [&](const QString& field, const QString& text, const PersonaTableModel::Change& c) {
            f.doc.editPersona(f.second, field, text, c);
        });
    model.setPersona(f.second);
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.data(model.index(last, ChannelTableModel::ChannelColumn)).toString(),
              QStringLiteral("Software review sites"));
    EXPECT_TRUE(model.data(model.index(last, ChannelTableModel::DefaultColumn))
                    .toString()
                    .contains(QStringLiteral("Meta")));
    // A channel added to the workspace is offered at once.
    Channel fair = reviewSites();
    fair.id = "custom-fair";
    fair.name = "Industry association fair";
    f.doc.setCustomChannel(fair, QStringLiteral("Add channel"));
    const auto available = model.availableChannels();
    EXPECT_TRUE(std::any_of(available.begin(), available.end(),
                            [](const Channel* c) { return c->id == "custom-fair"; }));
    EXPECT_TRUE(model.addChannel(QStringLiteral("custom-fair")));
    EXPECT_EQ(f.doc.workspace().personas[1].channels.back().channelId, "custom-fair");
    // The new use starts with the platform's default window.
    EXPECT_EQ(f.doc.workspace().personas[1].channels.back().attributionWindowDays, 7);
}

TEST(CustomChannels, ChartsAndTheReportShowTheChannelsOwnName)
{
    Fixture f;
    AnalysisCache cache(&f.doc);
    const Workspace& ws = f.doc.workspace();
    const auto analyses = cache.all();
    const charts::ChartData data =
        charts::ChartDataBuilder::workspace(ws, analyses, CompareMode::Personas, {0});
    ASSERT_EQ(data.subjects.size(), 1u);
    const auto& channels = data.subjects[0].channels;
    const auto it = std::find_if(channels.begin(), channels.end(), [](const auto& c) {
        return c.id == QStringLiteral("custom-review-sites");
    });
    ASSERT_NE(it, channels.end());
    EXPECT_EQ(it->name, QStringLiteral("Software review sites"));
    const auto& windows = data.subjects[0].windows;
    EXPECT_TRUE(std::any_of(windows.begin(), windows.end(), [](const auto& w) {
        return w.channelName == QStringLiteral("Software review sites");
    }));

    const ReportHtml report(ws, analyses, {0});
    const QString page = report.personaPages();
    // The 60-day window is longer than Meta allows: the warning names the channel.
    EXPECT_TRUE(page.contains(QStringLiteral("Software review sites"))) << page.toStdString();
    EXPECT_FALSE(page.contains(QStringLiteral("custom-review-sites")));
}
