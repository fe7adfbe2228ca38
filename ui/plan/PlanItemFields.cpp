// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanItemFields.h"

#include "RaceBoardModel.h"
#include "model/ChannelNames.h"
#include "plan/PlanCalendar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QPixmap>
#include <set>

namespace b2x::planfields {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("b2x::planfields", text, disambiguation);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString channelName(const Channel& c)
{
    return c.isCustom() ? qs(c.name) : channelDisplayName(c);
}

const QDate notSet(2000, 1, 1);

} // namespace

QComboBox* personaCombo(const Workspace& workspace, const std::string& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("planItemPersona"));
    combo->setToolTip(tr("The persona the card is for: its row on the board."));
    for (const Persona& p : workspace.personas) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(qs(p.colour)));
        combo->addItem(QIcon(swatch), qs(p.name), qs(p.id));
    }
    int at = combo->findData(qs(current));
    if (at < 0) {
        combo->addItem(tr("Persona no longer in the workspace"), qs(current));
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
    return combo;
}

QComboBox* stageCombo(RaceStage current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("planItemStage"));
    combo->setToolTip(tr("The RACE stage the card serves: its column on the board."));
    for (std::size_t i = 0; i < raceStageCount; ++i) {
        const auto stage = static_cast<RaceStage>(i);
        combo->addItem(RaceBoardModel::stageName(stage), static_cast<int>(i));
        combo->setItemData(combo->count() - 1, RaceBoardModel::stageDescription(stage),
                           Qt::ToolTipRole);
    }
    combo->setCurrentIndex(static_cast<int>(current));
    return combo;
}

void fillChannels(QComboBox* combo, const Workspace& workspace, const std::string& personaId,
                  const std::string& current)
{
    combo->clear();
    combo->addItem(tr("No channel"), QString());
    const ChannelCatalogue catalogue = workspace.catalogue();
    std::set<std::string> listed;
    for (const Persona& p : workspace.personas) {
        if (p.id != personaId)
            continue;
        for (const ChannelUse& use : p.channels) {
            const Channel* c = catalogue.find(use.channelId);
            if (!c || !listed.insert(c->id).second)
                continue;
            combo->addItem(channelName(*c), qs(c->id));
        }
    }
    if (!listed.empty())
        combo->insertSeparator(combo->count());
    for (const Channel& c : catalogue.channels())
        if (!listed.contains(c.id))
            combo->addItem(channelName(c), qs(c.id));
    int at = combo->findData(qs(current));
    if (at < 0) {
        combo->addItem(tr("%1 (not in this version's catalogue)").arg(qs(current)), qs(current));
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

QDateEdit* optionalDate(const std::string& date, const QString& objectName, const QString& tip,
                        QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(notSet);
    edit->setSpecialValueText(tr("Not set", "a date"));
    edit->setToolTip(tip);
    setDateText(edit, date);
    return edit;
}

void setDateText(QDateEdit* edit, const std::string& date)
{
    const QDate d = plan::parseDate(date);
    // The earliest date stands for "not set"; an earlier real date moves it further back.
    if (d.isValid() && d <= edit->minimumDate())
        edit->setMinimumDate(d.addDays(-1));
    edit->setDate(d.isValid() ? d : edit->minimumDate());
}

std::string dateText(const QDateEdit* edit)
{
    return edit->date() <= edit->minimumDate() ? std::string() : plan::formatDate(edit->date());
}

std::string clipped(const QString& text, std::size_t maxBytes)
{
    QString t = text.trimmed();
    while (static_cast<std::size_t>(t.toUtf8().size()) > maxBytes) {
        t.chop(1);
        if (!t.isEmpty() && t.back().isHighSurrogate())
            t.chop(1);
    }
    return t.toStdString();
}

std::string currentId(const QComboBox* combo)
{
    return combo->currentData().toString().toStdString();
}

} // namespace b2x::planfields
