// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceChannelsDialog.h"

#include "CustomChannelDialog.h"
#include "document/WorkspaceDocument.h"
#include "format/Formatting.h"
#include "model/ChannelNames.h"
#include "model/Limits.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace b2x {

WorkspaceChannelsDialog::WorkspaceChannelsDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("workspaceChannelsDialog"));
    setWindowTitle(tr("Workspace Channels"));
    auto* intro = new QLabel(
        tr("This workspace's own channels, next to the built-in catalogue: an industry event, a "
           "software marketplace, review sites, a referral programme. Personas list them, and "
           "channel fit, attribution checks, charts and the report treat them like built-in "
           "channels."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("customChannelsTable"));
    m_table->setAccessibleName(tr("Workspace channels"));
    m_table->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Category"), tr("B2B affinity"), tr("Typical cost"), tr("Used by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addCustomChannel"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCustomChannel"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteCustomChannel"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    row->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    m_editor = [this](const Channel& c) -> std::optional<Channel> {
        CustomChannelDialog form(c, QString::fromStdString(m_document->workspace().currency), this);
        if (form.exec() != QDialog::Accepted)
            return std::nullopt;
        return form.channel();
    };
    m_prompt = [this](const QString& channel, const QStringList& personas) {
        QMessageBox box(
            QMessageBox::Question, tr("Delete Channel"),
            tr("%1 is used by %n persona(s): %2.", nullptr, static_cast<int>(personas.size()))
                .arg(channel, QLocale().createSeparatedList(personas)),
            QMessageBox::NoButton, this);
        box.setInformativeText(tr("Delete the channel and remove it from these personas too? "
                                  "Undo restores both."));
        QPushButton* remove =
            box.addButton(tr("Delete and &Remove from Personas"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep Channel"), QMessageBox::RejectRole);
        box.exec();
        return box.clickedButton() == remove;
    };

    connect(m_add, &QPushButton::clicked, this, &WorkspaceChannelsDialog::addChannel);
    connect(m_edit, &QPushButton::clicked, this, [this] { editChannel(currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int r, int) { editChannel(r); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteChannel(currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &WorkspaceChannelsDialog::updateButtons);
    connect(document, &WorkspaceDocument::customChannelsChanged, this,
            &WorkspaceChannelsDialog::refresh);
    connect(document, &WorkspaceDocument::workspaceReset, this, &WorkspaceChannelsDialog::refresh);
    connect(document, &WorkspaceDocument::personaChanged, this, &WorkspaceChannelsDialog::refresh);
    refresh();
}

std::string WorkspaceChannelsDialog::newChannelId(const Workspace& ws, const QString& name)
{
    QString slug;
    for (const QChar ch : name.toLower())
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            slug += ch;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug = slug.left(40);
    if (slug.isEmpty())
        slug = QStringLiteral("channel");
    const std::string base = std::string(customChannelPrefix) + slug.toStdString();
    std::string id = base;
    for (int n = 2; ws.findCustomChannel(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

int WorkspaceChannelsDialog::currentRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void WorkspaceChannelsDialog::addChannel()
{
    Channel fresh;
    fresh.category = tr("other").toStdString();
    fresh.priceHigh = 10000;
    fresh.cycleHighDays = 90;
    const auto edited = m_editor(fresh);
    if (!edited || edited->name.empty())
        return;
    Channel c = *edited;
    c.id = newChannelId(m_document->workspace(), QString::fromStdString(c.name));
    m_document->setCustomChannel(c, tr("Add channel %1").arg(QString::fromStdString(c.name)));
    const int last = m_table->rowCount() - 1;
    if (last >= 0)
        m_table->selectRow(last);
}

void WorkspaceChannelsDialog::editChannel(int row)
{
    const auto& channels = m_document->workspace().channels;
    if (row < 0 || static_cast<std::size_t>(row) >= channels.size())
        return;
    const Channel before = channels[static_cast<std::size_t>(row)];
    const auto edited = m_editor(before);
    if (!edited || edited->name.empty())
        return;
    Channel c = *edited;
    c.id = before.id; // personas refer to the id: it never changes
    m_document->setCustomChannel(c, tr("Edit channel %1").arg(QString::fromStdString(before.name)));
    m_table->selectRow(row);
}

bool WorkspaceChannelsDialog::deleteChannel(int row)
{
    const auto& channels = m_document->workspace().channels;
    if (row < 0 || static_cast<std::size_t>(row) >= channels.size())
        return false;
    const QString id = QString::fromStdString(channels[static_cast<std::size_t>(row)].id);
    const QString name = QString::fromStdString(channels[static_cast<std::size_t>(row)].name);
    const QStringList users = m_document->personasUsingChannel(id);
    if (users.isEmpty())
        return m_document->removeCustomChannel(id, false);
    QStringList names;
    for (const QString& personaId : users)
        if (const Persona* p = m_document->persona(personaId))
            names << QString::fromStdString(p->name);
    if (!m_prompt(name, names))
        return false;
    return m_document->removeCustomChannel(id, true);
}

void WorkspaceChannelsDialog::refresh()
{
    const int selected = currentRow();
    const auto& channels = m_document->workspace().channels;
    m_table->setRowCount(static_cast<int>(channels.size()));
    for (std::size_t i = 0; i < channels.size(); ++i) {
        const Channel& c = channels[i];
        const int r = static_cast<int>(i);
        const QString cost =
            !c.typicalCost ? tr("not known")
            : c.costBasis == CostBasis::Lead
                ? tr("%1 %2 per lead")
                      .arg(Formatting::number(*c.typicalCost, 2),
                           QString::fromStdString(m_document->workspace().currency))
                : tr("%1 %2 per thousand")
                      .arg(Formatting::number(*c.typicalCost, 2),
                           QString::fromStdString(m_document->workspace().currency));
        const int used =
            static_cast<int>(m_document->personasUsingChannel(QString::fromStdString(c.id)).size());
        const QStringList cells = {channelDisplayName(c), channelCategoryDisplayName(c),
                                   Formatting::number(c.b2bAffinity), cost,
                                   tr("%n persona(s)", nullptr, used)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    updateButtons();
}

void WorkspaceChannelsDialog::updateButtons()
{
    const bool any = currentRow() >= 0;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
    m_add->setEnabled(m_document->workspace().channels.size() < limits::maxCustomChannels);
}

} // namespace b2x
