// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportReportDialog.h"

#include "ChartExport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

ExportReportDialog::ExportReportDialog(const Workspace& ws, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));
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
    form->addRow(tr("Page size:"), m_pageSize);
    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Personas (one or more pages each):"), this));
    left->addWidget(m_personas);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Charts (two per page; they compare the personas selected "
                                   "in the list, or the first six):"),
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
    resize(720, 480);
    validate();
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
