// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceSection.h"

#include "FormHelpers.h"
#include "MessageLabel.h"
#include "document/WorkspaceDocument.h"
#include "format/EvidenceText.h"
#include "model/EvidenceValues.h"
#include "model/Limits.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace b2x {

EvidenceSection::EvidenceSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("evidenceSection"));
    auto* intro = wrappedLabel(
        tr("Record where each key number comes from and how far it can be trusted. "
           "Assumed: an educated guess. Benchmark: a published figure for similar companies. "
           "Measured: your own data. Reports show this next to the numbers, so readers know "
           "which results rest on guesses. A source belongs to the value it was written for: "
           "when the number changes, the source is marked stale, and reports no longer show it "
           "as support, until you confirm it for the new value."),
        this);

    auto* grid = new QGridLayout;
    auto* numberHeader = new QLabel(tr("Number"), this);
    auto* sourceHeader = new QLabel(tr("Source"), this);
    auto* confidenceHeader = new QLabel(tr("Confidence"), this);
    auto* rangeHeader = new QLabel(tr("Range"), this);
    rangeHeader->setToolTip(tr("How far the true value may lie from the figure, in percent either "
                               "side; the Budget view's uncertainty draws each input within it."));
    for (auto* header : {numberHeader, sourceHeader, confidenceHeader, rangeHeader}) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
    }
    grid->addWidget(numberHeader, 0, 0);
    grid->addWidget(sourceHeader, 0, 1);
    grid->addWidget(confidenceHeader, 0, 2);
    grid->addWidget(rangeHeader, 0, 3);

    for (std::size_t i = 0; i < enumCount<EvidenceField>(); ++i) {
        const auto field = static_cast<EvidenceField>(i);
        const QString key = qstr(std::string(toString(field)));
        const QString name = displayName(field);
        auto* label = new QLabel(name, this);
        label->setToolTip(description(field));
        auto* source = makeLineEdit(
            this, QStringLiteral("evidence.%1.source").arg(key), tr("Source of %1").arg(name),
            tr("Where the figure for %1 comes from: a report, a study, a CRM export, a person.")
                .arg(name),
            limits::maxLongText);
        source->setPlaceholderText(tr("e.g. CRM report, Q3; industry benchmark; interview"));
        label->setBuddy(source);
        auto* confidence = new QComboBox(this);
        describeWidget(confidence, QStringLiteral("evidence.%1.confidence").arg(key),
                       tr("Confidence in %1").arg(name),
                       tr("How far the figure for %1 can be trusted.").arg(name));
        fillEnumCombo<Confidence>(confidence);
        // The spread the uncertainty model draws the input from (docs/models.md, "Uncertainty"):
        // "Default" (below 0) leaves it to the confidence.
        auto* range = new QDoubleSpinBox(this);
        describeWidget(
            range, QStringLiteral("evidence.%1.range").arg(key), tr("Range of %1").arg(name),
            tr("How far the true value of %1 may lie from the figure, in percent either side. "
               "Default: the confidence's spread (assumed ±50%, benchmark ±25%, measured ±10%). "
               "0: certain.")
                .arg(name));
        range->setRange(-1, 100);
        range->setDecimals(1);
        range->setSingleStep(5);
        range->setSpecialValueText(tr("Default"));
        range->setPrefix(QStringLiteral("±"));
        range->setSuffix(QStringLiteral(" %"));
        range->setValue(-1);

        // Under the source, shown only while the source was written for another value.
        auto* staleBox = new QWidget(this);
        staleBox->setObjectName(QStringLiteral("evidence.%1.staleBox").arg(key));
        auto* stale = new MessageLabel(staleBox);
        stale->setObjectName(QStringLiteral("evidence.%1.stale").arg(key));
        auto* confirmButton = new QPushButton(tr("Confirm for current value"), staleBox);
        describeWidget(
            confirmButton, QStringLiteral("evidence.%1.confirm").arg(key),
            tr("Confirm the source of %1 for the current value").arg(name),
            tr("The source also backs the number %1 has now. Undo takes it back.").arg(name));
        auto* staleLayout = new QHBoxLayout(staleBox);
        staleLayout->setContentsMargins(0, 0, 0, 0);
        staleLayout->addWidget(stale, 1);
        staleLayout->addWidget(confirmButton, 0, Qt::AlignTop);
        staleBox->setVisible(false);

        const int row = 2 * static_cast<int>(i) + 1;
        grid->addWidget(label, row, 0);
        grid->addWidget(source, row, 1);
        grid->addWidget(confidence, row, 2);
        grid->addWidget(range, row, 3);
        grid->addWidget(staleBox, row + 1, 1, 1, 3);
        m_rows.push_back({field, label, source, confidence, range, staleBox, stale, confirmButton});
    }
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();

    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        connect(m_rows[i].source, &QLineEdit::textEdited, this,
                [this, i] { commit(m_rows[i], true); });
        connect(m_rows[i].confidence, &QComboBox::currentIndexChanged, this,
                [this, i] { commit(m_rows[i], false); });
        connect(m_rows[i].range, &QDoubleSpinBox::valueChanged, this,
                [this, i] { commitRange(m_rows[i]); });
        connect(m_rows[i].confirm, &QPushButton::clicked, this, [this, i] { confirm(m_rows[i]); });
    }
    // Money is written in the workspace currency.
    connect(document, &WorkspaceDocument::workspaceInfoChanged, this, [this] {
        if (const Persona* p = currentPersona())
            showStaleness(*p);
    });
}

QString EvidenceSection::title() const
{
    return m_staleCount > 0 ? tr("Evidence ⚠") : tr("Evidence");
}

void EvidenceSection::load(const Persona& persona)
{
    for (const Row& row : m_rows) {
        const auto it = persona.evidence.find(row.field);
        const Evidence evidence = it == persona.evidence.end() ? Evidence{} : it->second;
        setTextQuietly(row.source, qstr(evidence.source));
        setEnumQuietly(row.confidence, evidence.confidence);
        const double range = evidence.rangePercent.value_or(-1);
        if (row.range->value() != range) {
            const QSignalBlocker quiet(row.range);
            row.range->setValue(range);
        }
    }
    showStaleness(persona);
}

void EvidenceSection::showStaleness(const Persona& persona)
{
    const QString currency = qstr(document()->workspace().currency);
    int staleCount = 0;
    for (const Row& row : m_rows) {
        const bool stale = isStale(persona, row.field);
        staleCount += stale ? 1 : 0;
        // Runs on every edit of the persona (this section listens while hidden too): touch the
        // widgets only when what they say changes, so typing elsewhere costs nothing here.
        if (stale) {
            const QString text =
                tr("⚠ Stale: %1 Until you confirm it, this source does not back the number.")
                    .arg(staleEvidenceText(persona, row.field, currency));
            if (row.stale->kind() != MessageLabel::Kind::Warning || row.stale->text() != text)
                row.stale->showWarning(text);
        } else if (row.stale->kind() != MessageLabel::Kind::None) {
            row.stale->clearMessage();
        }
        if (row.staleBox->isHidden() == stale)
            row.staleBox->setVisible(stale);
        // The number's name carries the mark too, so a glance down the first column finds it.
        row.label->setText(stale ? tr("⚠ %1").arg(displayName(row.field)) : displayName(row.field));
    }
    if (staleCount != m_staleCount) {
        m_staleCount = staleCount;
        Q_EMIT staleCountChanged(staleCount);
    }
}

void EvidenceSection::commit(const Row& row, bool sourceChanged)
{
    const std::string source = stdstr(row.source->text());
    const Confidence confidence = enumValue<Confidence>(row.confidence);
    const QString key =
        QStringLiteral("evidence.%1.%2")
            .arg(qstr(std::string(toString(row.field))),
                 sourceChanged ? QStringLiteral("source") : QStringLiteral("confidence"));
    const EvidenceField field = row.field;
    edit(key, tr("Edit evidence for %1").arg(displayName(field)), [&](Persona& p) {
        const auto it = p.evidence.find(field);
        // An entry back at its defaults is dropped, so typing and deleting a source leaves the
        // persona exactly as it was (and nothing to undo). One with a range of its own stays.
        if (source.empty() && confidence == Evidence{}.confidence &&
            (it == p.evidence.end() || !it->second.rangePercent)) {
            if (it != p.evidence.end())
                p.evidence.erase(it);
            return;
        }
        if (it == p.evidence.end()) {
            // A new source is written now, for the value the persona has now.
            p.evidence[field] = {source, confidence, evidenceValues(p, field)};
            return;
        }
        // Text typed where the source was empty (deleted first) is a new source, written now.
        // Otherwise editing keeps the value it was written for (see the class comment).
        if (sourceChanged && it->second.source.empty())
            it->second.writtenFor = evidenceValues(p, field);
        it->second.source = source;
        it->second.confidence = confidence;
    });
    if (const Persona* p = currentPersona())
        showStaleness(*p);
}

void EvidenceSection::commitRange(const Row& row)
{
    const double value = row.range->value();
    const std::optional<double> range = value < 0 ? std::nullopt : std::optional<double>(value);
    const EvidenceField field = row.field;
    const Confidence confidence = enumValue<Confidence>(row.confidence);
    edit(QStringLiteral("evidence.%1.range").arg(qstr(std::string(toString(field)))),
         tr("Edit evidence for %1").arg(displayName(field)), [&](Persona& p) {
             auto it = p.evidence.find(field);
             if (it == p.evidence.end()) {
                 if (!range)
                     return;
                 // A range without a source yet: it belongs to the value the persona has now.
                 it = p.evidence.emplace(field, Evidence{{}, confidence, evidenceValues(p, field)})
                          .first;
             }
             it->second.rangePercent = range;
             if (it->second.source.empty() && it->second.confidence == Evidence{}.confidence &&
                 !range)
                 p.evidence.erase(it);
         });
}

void EvidenceSection::confirm(const Row& row)
{
    const EvidenceField field = row.field;
    edit(uniqueEditKey(
             QStringLiteral("evidence.%1.confirm").arg(qstr(std::string(toString(field))))),
         tr("Confirm evidence for %1").arg(displayName(field)),
         [field](Persona& p) { stampEvidence(p, field); });
    if (const Persona* p = currentPersona())
        showStaleness(*p);
    // The button disappears with the warning; keep the keyboard focus in the row.
    row.source->setFocus();
}

} // namespace b2x
