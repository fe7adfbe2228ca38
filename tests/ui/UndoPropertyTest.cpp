// SPDX-License-Identifier: GPL-3.0-or-later
// Property test of undo/redo on the document: thousands of seeded random sequences of edits
// (many fields, merging keystrokes, no-op and reverted edits, inserts, removes, moves, workspace
// details) mixed with undo and redo. Every undo or redo must land exactly on the state recorded
// for that place in the history; undoing everything gives back the original file byte for byte
// and redoing everything gives back the newest state.
//
// Reproduce one sequence: B2X_UNDO_SEED=<seed> B2X_UNDO_ONLY=<sequence> ui_tests
//   --gtest_filter='UndoProperty.*'. B2X_UNDO_SEQUENCES=<n> runs more (or fewer) sequences.
#include "document/WorkspaceDocument.h"
#include "io/WorkspaceReader.h"
#include "io/WorkspaceWriter.h"

#include <QUndoStack>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <random>

using namespace b2x;

// Its own namespace: test files are compiled in batches (cmake/TestCode.cmake).
namespace undo_property_test {

namespace {

/// std::mt19937's output is fixed by the standard (unlike std::uniform_*_distribution), so a
/// seed means the same sequence on every machine and standard library.
class Rng {
public:
    explicit Rng(std::uint32_t seed) : m_engine(seed) {}
    std::size_t below(std::size_t n) { return n == 0 ? 0 : m_engine() % n; }
    bool percent(unsigned p) { return m_engine() % 100 < p; }
    double number(double lo, double hi)
    {
        return lo + (hi - lo) * (static_cast<double>(m_engine()) / 4294967295.0);
    }
    int integer(int lo, int hi) { return lo + static_cast<int>(below(std::size_t(hi - lo + 1))); }
    std::string text()
    {
        static const std::vector<std::string> words{
            "lead",      "Łódź",        "مرحبا", "สวัสดี", "ROI",         "🙂", "\"quoted\"",
            "tab\there", "line\nbreak", "",      "a",    "procurement", "café", "√2"};
        std::string t;
        for (std::size_t n = below(4) + 1; n > 0; --n) {
            t += words[below(words.size())]; // separate statements: operand order is unspecified
            t += percent(70) ? " " : "";
        }
        return t;
    }
    std::string uuid()
    {
        static const char* hex = "0123456789abcdef";
        std::string id = "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx";
        for (char& c : id)
            if (c == 'x')
                c = hex[below(16)];
        return id;
    }
    template <typename E> E pick() { return static_cast<E>(below(enumCount<E>())); }

private:
    std::mt19937 m_engine;
};

using Edit = std::function<void(Persona&, Rng&)>;

void editList(std::vector<std::string>& list, Rng& rng)
{
    if (!list.empty() && rng.percent(30))
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(rng.below(list.size())));
    else if (!list.empty() && rng.percent(50))
        list[rng.below(list.size())] = rng.text();
    else
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(rng.below(list.size() + 1)),
                    rng.text());
}

/// Field keys (the merge keys of EditPersonaCommand) and what an edit of that field does.
const std::vector<std::pair<QString, Edit>>& edits()
{
    static const std::vector<std::pair<QString, Edit>> table{
        {QStringLiteral("name"), [](Persona& p, Rng& r) { p.name = r.text(); }},
        {QStringLiteral("summary"), [](Persona& p, Rng& r) { p.summary = r.text(); }},
        {QStringLiteral("description"), [](Persona& p, Rng& r) { p.description += r.text(); }},
        {QStringLiteral("colour"),
         [](Persona& p, Rng& r) {
             char c[24]; // -Wformat-truncation cannot see the range of below()
             std::snprintf(c, sizeof c, "#%06zx", r.below(0x1000000));
             p.colour = c;
         }},
        {QStringLiteral("label"), [](Persona& p, Rng& r) { p.label = r.pick<Label>(); }},
        {QStringLiteral("consumer.ages"),
         [](Persona& p, Rng& r) {
             p.consumer.ageMin = r.integer(0, 60);
             p.consumer.ageMax = r.integer(p.consumer.ageMin, 120);
         }},
        {QStringLiteral("consumer.lifeStage"),
         [](Persona& p, Rng& r) { p.consumer.lifeStage = r.text(); }},
        {QStringLiteral("consumer.priceSensitivity"),
         [](Persona& p, Rng& r) { p.consumer.priceSensitivity = r.number(0, 100); }},
        {QStringLiteral("organisation.industry"),
         [](Persona& p, Rng& r) { p.organisation.industry = r.text(); }},
        {QStringLiteral("organisation.size"),
         [](Persona& p, Rng& r) { p.organisation.companySizeEmployees = r.integer(0, 100000); }},
        {QStringLiteral("organisation.revenue"),
         [](Persona& p, Rng& r) { p.organisation.annualRevenue = r.number(0, 1e9); }},
        {QStringLiteral("organisation.technologyStack"),
         [](Persona& p, Rng& r) { editList(p.organisation.technologyStack, r); }},
        {QStringLiteral("goals"), [](Persona& p, Rng& r) { editList(p.goals, r); }},
        {QStringLiteral("painPoints"), [](Persona& p, Rng& r) { editList(p.painPoints, r); }},
        {QStringLiteral("objections"), [](Persona& p, Rng& r) { editList(p.objections, r); }},
        {QStringLiteral("motives.rational"),
         [](Persona& p, Rng& r) { p.motives.rational = r.integer(0, 100); }},
        {QStringLiteral("motives.businessValue"),
         [](Persona& p, Rng& r) { p.motives.businessValue = r.number(0, 100); }},
        {QStringLiteral("decisionUnit.buyClass"),
         [](Persona& p, Rng& r) { p.decisionUnit.buyClass = r.pick<BuyClass>(); }},
        {QStringLiteral("decisionUnit.override"),
         [](Persona& p, Rng& r) {
             if (r.percent(40))
                 p.decisionUnit.decisionProbabilityOverride.reset();
             else
                 p.decisionUnit.decisionProbabilityOverride = r.number(0, 1);
         }},
        {QStringLiteral("decisionUnit.members"),
         [](Persona& p, Rng& r) {
             auto& m = p.decisionUnit.members;
             if (!m.empty() && r.percent(35)) {
                 m.erase(m.begin() + static_cast<std::ptrdiff_t>(r.below(m.size())));
             } else if (!m.empty() && r.percent(50)) {
                 auto& member = m[r.below(m.size())];
                 member.influence = r.integer(0, 100);
                 member.stance = r.pick<Stance>();
             } else {
                 m.push_back({{r.pick<Role>()}, r.text(), 50, r.pick<Stance>(), r.percent(20)});
             }
         }},
        {QStringLiteral("pipeline"),
         [](Persona& p, Rng& r) {
             auto& s = p.pipeline;
             if (!s.empty() && r.percent(30)) {
                 s.erase(s.begin() + static_cast<std::ptrdiff_t>(r.below(s.size())));
             } else if (!s.empty() && r.percent(60)) {
                 s[r.below(s.size())].conversionPercent = r.number(0, 100);
             } else {
                 const double lo = r.integer(0, 10);
                 s.push_back({r.text(), r.number(0, 100), lo, lo + 1, lo + r.integer(1, 30)});
             }
         }},
        {QStringLiteral("economics.price"),
         [](Persona& p, Rng& r) { p.economics.price = r.number(0, 1e6); }},
        {QStringLiteral("economics.monthlyVolume"),
         [](Persona& p, Rng& r) { p.economics.monthlyVolume = r.integer(0, 100000); }},
        {QStringLiteral("economics.grossMarginPercent"),
         [](Persona& p, Rng& r) { p.economics.grossMarginPercent = r.number(0, 100); }},
        {QStringLiteral("relationship"),
         [](Persona& p, Rng& r) {
             p.relationship.training = r.pick<Training>();
             p.relationship.loyaltyProgramme = r.percent(50);
             p.relationship.personalisation = r.pick<Personalisation>();
         }},
        {QStringLiteral("channels"),
         [](Persona& p, Rng& r) {
             auto& c = p.channels;
             static const char* ids[] = {"linkedin",    "email",    "instagram",
                                         "paid-search", "webinars", "trade-fairs"};
             if (!c.empty() && r.percent(30)) {
                 c.erase(c.begin() + static_cast<std::ptrdiff_t>(r.below(c.size())));
             } else if (!c.empty() && r.percent(60)) {
                 auto& use = c[r.below(c.size())];
                 use.budgetSharePercent = r.number(0, 100);
                 use.attributionWindowDays =
                     r.percent(30) ? std::nullopt : std::optional<int>(r.integer(0, 90));
             } else {
                 c.push_back({ids[r.below(6)], r.number(0, 50), std::nullopt});
             }
         }},
        {QStringLiteral("evidence"),
         [](Persona& p, Rng& r) {
             const auto field = r.pick<EvidenceField>();
             if (r.percent(30))
                 p.evidence.erase(field);
             else
                 p.evidence[field] = {r.text(), r.pick<Confidence>()};
         }},
        {QStringLiteral("notes"), [](Persona& p, Rng& r) { p.notes += r.text(); }},
    };
    return table;
}

std::uint32_t envNumber(const char* name, std::uint32_t fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v >= 0 ? static_cast<std::uint32_t>(v) : fallback;
}

const Workspace& sample()
{
    static const Workspace ws =
        *WorkspaceReader::readFile(
             QStringLiteral(B2X_SOURCE_DIR "/resources/samples/b2b-vs-b2c.b2x"))
             .workspace;
    return ws;
}

/// Where two workspaces differ, in words, for failure messages (the structs do not print).
std::string difference(const Workspace& actual, const Workspace& expected)
{
    if (actual == expected)
        return "equal";
    std::string d;
    if (actual.name != expected.name || actual.currency != expected.currency ||
        actual.description != expected.description)
        d += "workspace details; ";
    if (actual.view != expected.view)
        d += "view state (" + std::to_string(actual.view.comparedPersonaIds.size()) + " vs " +
             std::to_string(expected.view.comparedPersonaIds.size()) + " compared ids); ";
    if (actual.personas.size() != expected.personas.size())
        d += "persona count " + std::to_string(actual.personas.size()) + " vs " +
             std::to_string(expected.personas.size()) + "; ";
    for (std::size_t i = 0; i < std::min(actual.personas.size(), expected.personas.size()); ++i)
        if (actual.personas[i] != expected.personas[i])
            d += "persona " + std::to_string(i) + " (" + actual.personas[i].id + " vs " +
                 expected.personas[i].id + "); ";
    return d;
}

/// B2X_UNDO_TRACE=1 prints every operation of the sequences that run (use with B2X_UNDO_ONLY).
void trace(const std::string& what, WorkspaceDocument& doc)
{
    static const bool on = qEnvironmentVariableIsSet("B2X_UNDO_TRACE");
    if (!on)
        return;
    std::string order;
    for (const auto& p : doc.workspace().personas)
        order += p.id.substr(0, 4) + " ";
    std::printf("%-40s index %d/%d  personas %s\n", what.c_str(), doc.undoStack()->index(),
                doc.undoStack()->count(), order.c_str());
}

/// Runs one random sequence; returns how many operations it performed.
int runSequence(std::uint32_t seed, const std::string& originalBytes, bool compareBytes)
{
    Rng rng(seed);
    WorkspaceDocument doc;
    doc.reset(sample(), QString());
    QUndoStack& stack = *doc.undoStack();
    // snapshots[i]: the workspace after the first i commands of the history.
    std::vector<Workspace> snapshots{doc.workspace()};
    QString lastPersona;
    QString lastField;

    const int steps = static_cast<int>(rng.below(40)) + 1;
    for (int step = 0; step < steps; ++step) {
        SCOPED_TRACE("step " + std::to_string(step));
        const int indexBefore = stack.index();
        const int countBefore = stack.count();
        const Workspace before = doc.workspace();
        const auto& personas = doc.workspace().personas;
        const auto randomId = [&] {
            return personas.empty()
                       ? QString()
                       : QString::fromStdString(personas[rng.below(personas.size())].id);
        };
        const std::size_t op = rng.below(100);

        if (op < 12) {
            stack.undo();
            trace("undo", doc);
        } else if (op < 22) {
            stack.redo();
            trace("redo", doc);
        } else {
            if (op < 58 && !personas.empty()) {
                // A field edit; often the same field again, like typing, so that edits merge.
                QString id = randomId();
                std::size_t which = rng.below(edits().size());
                if (!lastPersona.isEmpty() && doc.persona(lastPersona) && rng.percent(40)) {
                    id = lastPersona;
                    for (std::size_t i = 0; i < edits().size(); ++i)
                        if (edits()[i].first == lastField)
                            which = i;
                }
                const auto& [field, edit] = edits()[which];
                doc.editPersona(id, field, field, [&](Persona& p) { edit(p, rng); });
                trace("edit " + id.left(4).toStdString() + " " + field.toStdString(), doc);
                lastPersona = id;
                lastField = field;
            } else if (op < 66 && !personas.empty()) {
                // Type a character and take it back: the merged command becomes a no-op and
                // disappears from the history.
                const QString id = randomId();
                const std::string name = doc.persona(id)->name;
                const QString field = QStringLiteral("name");
                doc.editPersona(id, field, field, [&](Persona& p) { p.name = name + "x"; });
                doc.editPersona(id, field, field, [&](Persona& p) { p.name = name; });
                lastPersona.clear();
            } else if (op < 70 && !personas.empty()) {
                // Setting a field to the value it has pushes nothing.
                doc.editPersona(randomId(), QStringLiteral("name"), {}, [](Persona&) {});
            } else if (op < 78) {
                Persona p = personas.empty() || rng.percent(50)
                                ? Persona{}
                                : personas[rng.below(personas.size())];
                p.id = rng.uuid();
                p.name = rng.text();
                doc.insertPersona(static_cast<int>(rng.below(personas.size() + 1)), p,
                                  QStringLiteral("Add"));
                trace("insert " + p.id.substr(0, 4), doc);
            } else if (op < 86) {
                QStringList ids;
                for (std::size_t n = rng.below(3) + 1; n > 0; --n)
                    ids << randomId();
                if (rng.percent(10))
                    ids << QStringLiteral("not-a-persona");
                doc.removePersonas(ids);
                trace("remove " + ids.join(QLatin1Char(',')).toStdString(), doc);
            } else if (op < 93) {
                const int from = static_cast<int>(rng.below(personas.size()));
                const int to = static_cast<int>(rng.below(personas.size()));
                doc.movePersona(from, to);
                trace("move " + std::to_string(from) + " → " + std::to_string(to), doc);
            } else {
                // Consecutive detail edits merge into one step, whatever they change.
                const Workspace& ws = doc.workspace();
                static const char* currencies[] = {"USD", "EUR", "GBP", "PLN", "THB"};
                const std::string name = rng.percent(50) ? rng.text() : ws.name;
                const std::string currency =
                    rng.percent(50) ? std::string(currencies[rng.below(5)]) : ws.currency;
                const std::string description = rng.percent(50) ? rng.text() : ws.description;
                doc.setWorkspaceInfo(name, currency, description);
                trace("workspace details", doc);
            }
            // Keep the model of the history in step with the stack.
            const int index = stack.index();
            if (doc.workspace() == before) {
                EXPECT_EQ(index, indexBefore);
                // Nothing pushed, or a push that cancelled out (which still drops the redo tail).
                EXPECT_TRUE(stack.count() == countBefore || stack.count() == index);
                snapshots.resize(static_cast<std::size_t>(stack.count()) + 1);
            } else {
                EXPECT_EQ(stack.count(), index); // a push drops what could be redone
                snapshots.resize(static_cast<std::size_t>(index) + 1);
                if (index >= indexBefore)
                    snapshots[static_cast<std::size_t>(index)] = doc.workspace();
                else // a merged edit that cancelled out: back to the older state
                    EXPECT_TRUE(doc.workspace() == snapshots[static_cast<std::size_t>(index)])
                        << difference(doc.workspace(), snapshots[static_cast<std::size_t>(index)]);
            }
            continue;
        }
        const Workspace& recorded = snapshots[static_cast<std::size_t>(stack.index())];
        EXPECT_TRUE(doc.workspace() == recorded)
            << "undo/redo did not land on the recorded state " << stack.index() << ": "
            << difference(doc.workspace(), recorded);
        if (::testing::Test::HasFailure())
            return step;
    }

    // Newest state, then all the way back, then all the way forward again. The model comparison
    // covers every saved field; the file bytes are compared too on every tenth sequence (the
    // writer is a pure function of the model, so that only guards the comparison itself).
    while (stack.canRedo())
        stack.redo();
    EXPECT_TRUE(doc.workspace() == snapshots.back())
        << difference(doc.workspace(), snapshots.back());
    const Workspace newest = doc.workspace();
    while (stack.canUndo())
        stack.undo();
    EXPECT_TRUE(doc.workspace() == sample()) << difference(doc.workspace(), sample());
    if (compareBytes) {
        EXPECT_EQ(WorkspaceWriter::serialise(doc.workspace()), originalBytes);
    }
    EXPECT_FALSE(doc.isModified());
    while (stack.canRedo())
        stack.redo();
    EXPECT_TRUE(doc.workspace() == newest) << difference(doc.workspace(), newest);
    if (compareBytes) {
        EXPECT_EQ(WorkspaceWriter::serialise(doc.workspace()), WorkspaceWriter::serialise(newest));
    }
    return steps;
}

} // namespace

TEST(UndoProperty, RandomEditUndoRedoSequencesRestoreEveryStateExactly)
{
    const std::uint32_t seed = envNumber("B2X_UNDO_SEED", 20261123);
    const std::uint32_t sequences = envNumber("B2X_UNDO_SEQUENCES", 2000);
    const bool onlyOne = qEnvironmentVariableIsSet("B2X_UNDO_ONLY");
    const std::uint32_t first = onlyOne ? envNumber("B2X_UNDO_ONLY", 0) : 0;
    const std::uint32_t last = onlyOne ? first + 1 : sequences;
    const std::string original = WorkspaceWriter::serialise(sample());
    ASSERT_FALSE(original.empty());

    long operations = 0;
    for (std::uint32_t i = first; i < last; ++i) {
        SCOPED_TRACE("reproduce with B2X_UNDO_SEED=" + std::to_string(seed) +
                     " B2X_UNDO_ONLY=" + std::to_string(i));
        operations += runSequence(seed + i, original, onlyOne || i % 10 == 0);
        if (HasFailure())
            break;
    }
    RecordProperty("operations", static_cast<int>(operations));
    std::cout << "[ RESULTS  ] " << (last - first) << " sequences, " << operations
              << " operations (seed " << seed << ")\n";
    EXPECT_GT(operations, onlyOne ? 0 : static_cast<long>(sequences) * 10);
}

} // namespace undo_property_test
