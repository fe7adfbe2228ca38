// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceSection.h"

#include "FormHelpers.h"
#include "model/Limits.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace b2x {

EvidenceSection::EvidenceSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("evidenceSection"));
    auto* intro = new QLabel(
        tr("Record where each key number comes from and how far it can be trusted. "
           "Assumed: an educated guess. Benchmark: a published figure for similar companies. "
           "Measured: your own data. Reports show this next to the numbers, so readers know "
           "which results rest on guesses."),
        this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    auto* numberHeader = new QLabel(tr("Number"), this);
    auto* sourceHeader = new QLabel(tr("Source"), this);
    auto* confidenceHeader = new QLabel(tr("Confidence"), this);
    for (auto* header : {numberHeader, sourceHeader, confidenceHeader}) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
    }
    grid->addWidget(numberHeader, 0, 0);
    grid->addWidget(sourceHeader, 0, 1);
    grid->addWidget(confidenceHeader, 0, 2);

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
        const int row = static_cast<int>(i) + 1;
        grid->addWidget(label, row, 0);
        grid->addWidget(source, row, 1);
        grid->addWidget(confidence, row, 2);
        m_rows.push_back({field, source, confidence});
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
    }
}

void EvidenceSection::load(const Persona& persona)
{
    for (const Row& row : m_rows) {
        const auto it = persona.evidence.find(row.field);
        const Evidence evidence = it == persona.evidence.end() ? Evidence{} : it->second;
        setTextQuietly(row.source, qstr(evidence.source));
        setEnumQuietly(row.confidence, evidence.confidence);
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
        const Evidence evidence{source, confidence};
        // An entry back at its defaults is dropped, so typing and deleting a source leaves the
        // persona exactly as it was (and nothing to undo).
        if (evidence == Evidence{})
            p.evidence.erase(field);
        else
            p.evidence[field] = evidence;
    });
}

} // namespace b2x
