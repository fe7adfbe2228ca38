// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportReportDialog.h"

#include "editor/Utf8LengthValidator.h"
#include "format/Formatting.h"
#include "model/Limits.h"
#include "report/ChartExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace b2x {

namespace {
QListWidget* checkList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}
} // namespace

ExportReportDialog::ExportReportDialog(const Workspace& ws, QWidget* parent)
    : QDialog(parent), m_saved(ws.report)
{
    setWindowTitle(tr("Export Report"));
    const auto line = [this](const std::string& text, const char* name) {
        auto* edit = new QLineEdit(QString::fromStdString(text), this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setValidator(new Utf8LengthValidator(limits::maxShortText, edit));
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_title = line(ws.report.title, "reportTitle");
    m_title->setPlaceholderText(QString::fromStdString(ws.name));
    m_subtitle = line(ws.report.subtitle, "reportSubtitle");
    m_client = line(ws.report.client, "reportClient");
    m_author = line(ws.report.author, "reportAuthor");
    // An empty saved date means "the day of the export", so a report exported again next week
    // is dated next week; a chosen date stays.
    m_today = new QCheckBox(tr("The day of the export"), this);
    m_today->setObjectName(QStringLiteral("reportDateToday"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setCalendarPopup(true);
    // The locale's short date, with the year in full (en_US would show "12/3/26").
    QString format = Formatting::locale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    m_date->setDisplayFormat(format);
    const QDate saved = QDate::fromString(QString::fromStdString(ws.report.date), Qt::ISODate);
    m_today->setChecked(!saved.isValid());
    m_date->setDate(saved.isValid() ? saved : QDate::currentDate());
    m_date->setEnabled(saved.isValid());
    connect(m_today, &QCheckBox::toggled, m_date, [this](bool today) {
        m_date->setEnabled(!today);
        if (today)
            m_date->setDate(QDate::currentDate());
    });
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    // Letter where the locale uses it (United States, Canada, …), A4 elsewhere.
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    m_personas = checkList(this);
    m_personas->setObjectName(QStringLiteral("reportPersonas"));
    for (std::size_t i = 0; i < ws.personas.size(); ++i) {
        auto* item = new QListWidgetItem(QString::fromStdString(ws.personas[i].name), m_personas);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, static_cast<qulonglong>(i));
    }
    m_charts = checkList(this);
    m_charts->setObjectName(QStringLiteral("reportCharts"));
    for (int id : ChartExport::allCharts()) {
        auto* item = new QListWidgetItem(ChartExport::title(id), m_charts);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, id);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Author:"), m_author);
    auto* date = new QHBoxLayout;
    date->addWidget(m_today);
    date->addWidget(m_date, 1);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Page size:"), m_pageSize);
    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Personas (one or more pages each):"), this));
    left->addWidget(m_personas);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Charts (two per page; they compare the personas chosen "
                                   "for the report, the first six when more are chosen):"),
                                this));
    right->addWidget(m_charts);
    for (auto* l : findChildren<QLabel*>())
        l->setWordWrap(true);
    lists->addLayout(left);
    lists->addLayout(right);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        bool any = false;
        for (int i = 0; i < m_personas->count(); ++i)
            any = any || m_personas->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    };
    connect(m_personas, &QListWidget::itemChanged, this, validate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    validate();
}

ReportSettings ExportReportDialog::reportSettings() const
{
    ReportSettings r = m_saved;
    r.title = m_title->text().trimmed().toStdString();
    r.subtitle = m_subtitle->text().trimmed().toStdString();
    r.client = m_client->text().trimmed().toStdString();
    r.author = m_author->text().trimmed().toStdString();
    r.date =
        m_today->isChecked() ? std::string() : m_date->date().toString(Qt::ISODate).toStdString();
    return r;
}

ReportOptions ExportReportDialog::options() const
{
    ReportOptions o;
    o.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    for (int i = 0; i < m_personas->count(); ++i)
        if (m_personas->item(i)->checkState() == Qt::Checked)
            o.personaIndices.push_back(
                static_cast<std::size_t>(m_personas->item(i)->data(Qt::UserRole).toULongLong()));
    for (int i = 0; i < m_charts->count(); ++i)
        if (m_charts->item(i)->checkState() == Qt::Checked)
            o.charts.push_back(m_charts->item(i)->data(Qt::UserRole).toInt());
    return o;
}

} // namespace b2x
