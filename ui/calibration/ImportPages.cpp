// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPages.h"

#include "CsvPreviewModel.h"
#include "format/Formatting.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

namespace b2x {

using namespace calibration;

namespace {

/// A line edit with a Browse button that picks a CSV file.
QWidget* fileRow(QLineEdit* edit, const QString& browseText, const QString& caption,
                 QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(browseText, row);
    browse->setAccessibleName(caption);
    browse->setToolTip(caption);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption] {
        const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).path();
        const QString path = QFileDialog::getOpenFileName(
            edit->window(), caption, start,
            QCoreApplication::translate("b2x::ImportFilesPage",
                                        "CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

} // namespace

ImportFilesPage::ImportFilesPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(
        tr("Choose the deals your CRM exported and, for exports that keep the stage history "
           "apart, the stage events. The import measures each stage of the persona from them; "
           "nothing changes until you apply it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_deals = new QLineEdit(this);
    m_deals->setObjectName(QStringLiteral("dealsPathEdit"));
    m_deals->setAccessibleName(tr("Deals file"));
    m_deals->setToolTip(tr("The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce "
                           "opportunities or their history, or the generic deals file"));
    m_deals->setPlaceholderText(tr("Required"));
    form->addRow(tr("&Deals file:"),
                 fileRow(m_deals, tr("&Browse…"), tr("Choose the deals file"), this));
    m_events = new QLineEdit(this);
    m_events->setObjectName(QStringLiteral("eventsPathEdit"));
    m_events->setAccessibleName(tr("Stage events file"));
    m_events->setToolTip(tr("Optional: the stage history (generic stage_events.csv, Pipedrive "
                            "deal flow, Salesforce Opportunity History) when the deals file "
                            "does not hold it"));
    m_events->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Stage events file:"),
                 fileRow(m_events, tr("B&rowse…"), tr("Choose the stage events file"), this));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->setToolTip(tr("Which CRM wrote the files; Recognise from the headers reads the "
                            "columns to tell"));
    m_format->addItem(tr("Recognise from the headers"), static_cast<int>(DealFormat::Auto));
    m_format->addItem(tr("Generic (deals.csv and stage_events.csv)"),
                      static_cast<int>(DealFormat::Generic));
    m_format->addItem(tr("HubSpot"), static_cast<int>(DealFormat::HubSpot));
    m_format->addItem(tr("Salesforce"), static_cast<int>(DealFormat::Salesforce));
    m_format->addItem(tr("Pipedrive"), static_cast<int>(DealFormat::Pipedrive));
    form->addRow(tr("&Format:"), m_format);

    m_persona = new QComboBox(this);
    m_persona->setObjectName(QStringLiteral("personaCombo"));
    m_persona->setAccessibleName(tr("Persona to calibrate"));
    m_persona->setToolTip(tr("The persona whose pipeline stages the deals are measured against"));
    form->addRow(tr("&Persona:"), m_persona);

    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_asOf->setToolTip(tr("The day the export was taken: deals still open then count as open, "
                          "not lost; later events are left out"));
    form->addRow(tr("&As of:"), m_asOf);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_deals, &QLineEdit::textChanged, this, &ImportFilesPage::changed);
    connect(m_events, &QLineEdit::textChanged, this, &ImportFilesPage::changed);
    connect(m_persona, &QComboBox::currentIndexChanged, this, &ImportFilesPage::changed);
}

void ImportFilesPage::setPersonas(const Workspace& workspace, const QString& current)
{
    m_persona->clear();
    for (const Persona& p : workspace.personas)
        m_persona->addItem(QString::fromStdString(p.name), QString::fromStdString(p.id));
    const int index = m_persona->findData(current);
    m_persona->setCurrentIndex(index >= 0 ? index : 0);
}

DealFormat ImportFilesPage::format() const
{
    return static_cast<DealFormat>(m_format->currentData().toInt());
}

QString ImportFilesPage::personaId() const
{
    return m_persona->currentData().toString();
}

ImportCheckPage::ImportCheckPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("readSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_previews = new QTabWidget(this);
    m_previews->setAccessibleName(tr("Preview of the files"));
    const auto addPreview = [this](CsvPreviewModel*& model, const QString& name) {
        model = new CsvPreviewModel(this);
        auto* view = new QTableView(this);
        view->setModel(model);
        view->setAccessibleName(name);
        view->setToolTip(tr("The first %1 rows as read; rows are numbered as in a spreadsheet "
                            "(the header is row 1)")
                             .arg(CsvPreviewModel::previewRows));
        view->horizontalHeader()->setDefaultSectionSize(130);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->setWordWrap(false);
        m_previews->addTab(view, name);
        return view;
    };
    addPreview(m_dealsModel, tr("Deals"));
    m_eventsView = addPreview(m_eventsModel, tr("Stage events"));
    layout->addWidget(m_previews, 3);

    auto* problemsLabel = new QLabel(tr("Problems:"), this);
    layout->addWidget(problemsLabel);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setAccessibleName(tr("Problems found in the files"));
    m_problems->setWordWrap(true);
    problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problems, 1);

    auto* questions = new QHBoxLayout;
    m_columnsBox = new QGroupBox(tr("Which column is which"), this);
    m_columnsBox->setObjectName(QStringLiteral("columnsBox"));
    m_columnsBox->setToolTip(tr("The headers are not those of a known export: say which of the "
                                "file's columns holds each field"));
    auto* columnsForm = new QFormLayout(m_columnsBox);
    const auto& generic = genericDealColumns();
    for (std::size_t g = 0; g < generic.size(); ++g) {
        auto* combo = new QComboBox(m_columnsBox);
        const QString name = QString::fromStdString(generic[g]);
        combo->setObjectName(QStringLiteral("column_") + name);
        combo->setAccessibleName(tr("Column for %1").arg(name));
        combo->setToolTip(g < requiredGenericColumns ? tr("Required") : tr("Optional"));
        columnsForm->addRow(g < requiredGenericColumns ? tr("%1 (required):").arg(name)
                                                       : tr("%1:").arg(name),
                            combo);
        m_columnCombos[generic[g]] = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportCheckPage::updateReadAgain);
    }
    questions->addWidget(m_columnsBox);

    m_datesBox = new QGroupBox(tr("Dates such as 03/04/2026"), this);
    m_datesBox->setObjectName(QStringLiteral("datesBox"));
    auto* datesLayout = new QVBoxLayout(m_datesBox);
    auto* datesText = new QLabel(
        tr("Every date in the files fits both orders. Which comes first in them?"), m_datesBox);
    datesText->setWordWrap(true);
    datesLayout->addWidget(datesText);
    m_dayFirst = new QRadioButton(tr("Day first (3 April)"), m_datesBox);
    m_dayFirst->setObjectName(QStringLiteral("dayFirstButton"));
    m_monthFirst = new QRadioButton(tr("Month first (March 4)"), m_datesBox);
    m_monthFirst->setObjectName(QStringLiteral("monthFirstButton"));
    m_dateGroup = new QButtonGroup(this);
    m_dateGroup->addButton(m_dayFirst);
    m_dateGroup->addButton(m_monthFirst);
    datesLayout->addWidget(m_dayFirst);
    datesLayout->addWidget(m_monthFirst);
    datesLayout->addStretch(1);
    connect(m_dateGroup, &QButtonGroup::buttonToggled, this, &ImportCheckPage::updateReadAgain);
    questions->addWidget(m_datesBox);
    questions->addStretch(1);
    layout->addLayout(questions);

    m_readAgain = new QPushButton(tr("Read A&gain with These Answers"), this);
    m_readAgain->setObjectName(QStringLiteral("readAgainButton"));
    m_readAgain->setToolTip(tr("Import the files again with the columns and date order above"));
    auto* readRow = new QHBoxLayout;
    readRow->addStretch(1);
    readRow->addWidget(m_readAgain);
    layout->addLayout(readRow);
    connect(m_readAgain, &QPushButton::clicked, this, &ImportCheckPage::readAgainRequested);

    m_columnsBox->hide();
    m_datesBox->hide();
    m_readAgain->hide();
}

void ImportCheckPage::showRead(const ActualsRead& read, const ImportMapping& remembered, bool fresh)
{
    m_dealsModel->setTable(read.deals);
    m_eventsModel->setTable(read.events);
    m_previews->setTabEnabled(1, read.events != nullptr);

    m_problems->clear();
    for (const CsvProblem& p : read.problems)
        m_problems->addItem(p.toString());
    if (read.problems.empty())
        m_problems->addItem(tr("None."));

    if (fresh) {
        m_columnsBox->hide();
        m_datesBox->hide();
        m_dateGroup->setExclusive(false);
        m_dayFirst->setChecked(false);
        m_monthFirst->setChecked(false);
        m_dateGroup->setExclusive(true);
    }
    if (read.needsColumns && read.deals && m_columnsBox->isHidden()) {
        const auto suggested = suggestColumnMapping(*read.deals, remembered.columns);
        for (auto& [generic, combo] : m_columnCombos) {
            const QSignalBlocker block(combo);
            combo->clear();
            combo->addItem(tr("(none)"), QString());
            for (const auto& h : read.deals->header)
                combo->addItem(QString::fromStdString(h), QString::fromStdString(h));
            const auto it = suggested.find(generic);
            combo->setCurrentIndex(
                it == suggested.end() ? 0 : combo->findData(QString::fromStdString(it->second)));
        }
        m_columnsBox->show();
    }
    if (read.imported.dateOrderAmbiguous && m_datesBox->isHidden()) {
        const DateOrder order = dateOrderFromCode(remembered.dateOrder);
        m_dayFirst->setChecked(order == DateOrder::DayFirst);
        m_monthFirst->setChecked(order == DateOrder::MonthFirst);
        m_datesBox->show();
    }
    m_readAgain->setVisible(columnsAsked() || datesAsked());
    updateReadAgain();

    if (read.imported.deals) {
        int won = 0, lost = 0, open = 0;
        for (const Deal& d : read.imported.deals->deals)
            (d.status == DealStatus::Won ? won : d.status == DealStatus::Lost ? lost : open)++;
        const int stages = static_cast<int>(read.imported.deals->stages.size());
        m_summary->setText(
            tr("%n deal(s) read: %1 won, %2 lost, %3 open.", nullptr,
               static_cast<int>(read.imported.deals->deals.size()))
                .arg(Formatting::count(won), Formatting::count(lost), Formatting::count(open)) +
            QLatin1Char(' ') +
            tr("They pass through %n CRM stage(s). Check the rows below, then go on to the "
               "stages.",
               nullptr, stages));
    } else if (columnsAsked() || datesAsked()) {
        m_summary->setText(tr("The files need answers before they can be imported: choose below, "
                              "then read them again."));
    } else {
        m_summary->setText(tr("The files could not be imported; nothing was changed. The problems "
                              "say where; correct the export, or go back and choose others."));
    }
}

std::map<std::string, std::string> ImportCheckPage::columns() const
{
    std::map<std::string, std::string> out;
    if (!columnsAsked())
        return out;
    for (const auto& [generic, combo] : m_columnCombos)
        if (const QString header = combo->currentData().toString(); !header.isEmpty())
            out[generic] = header.toStdString();
    return out;
}

DateOrder ImportCheckPage::dateOrder() const
{
    if (!datesAsked())
        return DateOrder::Unknown;
    return m_dayFirst->isChecked()     ? DateOrder::DayFirst
           : m_monthFirst->isChecked() ? DateOrder::MonthFirst
                                       : DateOrder::Unknown;
}

bool ImportCheckPage::columnsAsked() const
{
    return !m_columnsBox->isHidden();
}

bool ImportCheckPage::datesAsked() const
{
    return !m_datesBox->isHidden();
}

QComboBox* ImportCheckPage::columnCombo(const std::string& generic) const
{
    const auto it = m_columnCombos.find(generic);
    return it == m_columnCombos.end() ? nullptr : it->second;
}

void ImportCheckPage::updateReadAgain()
{
    bool ready = true;
    if (datesAsked() && dateOrder() == DateOrder::Unknown)
        ready = false;
    if (columnsAsked()) {
        const auto chosen = columns();
        for (std::size_t g = 0; g < requiredGenericColumns; ++g)
            ready = ready && chosen.count(genericDealColumns()[g]) > 0;
    }
    m_readAgain->setEnabled(ready);
}

ImportStagesPage::ImportStagesPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("stageMappingTable"));
    m_table->setAccessibleName(tr("CRM stages and the persona stages they count as"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("CRM stage"), tr("Deals that entered it"), tr("Counts as the persona's stage")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
}

void ImportStagesPage::showStages(const DealSet& deals, const Persona& persona,
                                  const StageMapping& suggested)
{
    m_intro->setText(
        tr("Say which of %1's pipeline stages each stage of the CRM counts as. A CRM stage that "
           "is not a step of the persona's pipeline (closed won, on hold) is best ignored.")
            .arg(QString::fromStdString(persona.name)));
    std::map<std::string, int> entered;
    for (const Deal& d : deals.deals) {
        std::set<std::string> seen;
        for (const StageEntry& e : d.entries)
            if (seen.insert(e.stage).second)
                ++entered[e.stage];
    }
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(deals.stages.size()));
    for (int row = 0; row < static_cast<int>(deals.stages.size()); ++row) {
        const std::string& crm = deals.stages[static_cast<std::size_t>(row)];
        const QString name = QString::fromStdString(crm);
        auto* item = new QTableWidgetItem(name);
        item->setData(Qt::UserRole, name);
        m_table->setItem(row, 0, item);
        auto* count = new QTableWidgetItem(Formatting::count(entered[crm]));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        auto* combo = new QComboBox(m_table);
        combo->setAccessibleName(tr("Persona stage for the CRM stage %1").arg(name));
        combo->setToolTip(tr("The persona's stage that deals in “%1” are in").arg(name));
        combo->addItem(tr("Ignore"), -1);
        for (std::size_t k = 0; k < persona.pipeline.size(); ++k)
            combo->addItem(
                tr("%1. %2").arg(k + 1).arg(QString::fromStdString(persona.pipeline[k].name)),
                static_cast<int>(k));
        const auto it = suggested.find(crm);
        combo->setCurrentIndex(it == suggested.end() ? 0 : combo->findData(it->second));
        m_table->setCellWidget(row, 2, combo);
    }
}

StageMapping ImportStagesPage::mapping() const
{
    StageMapping out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 2));
        const int index = combo ? combo->currentData().toInt() : -1;
        if (index >= 0)
            out[m_table->item(row, 0)->data(Qt::UserRole).toString().toStdString()] = index;
    }
    return out;
}

QComboBox* ImportStagesPage::comboFor(const QString& crm) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == crm)
            return qobject_cast<QComboBox*>(m_table->cellWidget(row, 2));
    return nullptr;
}

} // namespace b2x
