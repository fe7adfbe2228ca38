// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentItemDialog.h"

#include "PlanItemFields.h"
#include "RaceBoardModel.h"
#include "editor/FormHelpers.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace b2x {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QLineEdit* textField(const std::string& text, const QString& name, const QString& tip,
                     std::size_t maxBytes, QWidget* parent)
{
    auto* edit = makeLineEdit(parent, name, QString(), tip, maxBytes);
    edit->setText(qs(text));
    return edit;
}

} // namespace

ContentItemDialog::ContentItemDialog(const Workspace& workspace, const ContentItem& item,
                                     bool adding, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_item(item)
{
    setObjectName(QStringLiteral("contentItemDialog"));
    setWindowTitle(adding ? tr("Add content item") : tr("Edit content item"));
    auto* form = new QFormLayout;
    m_title = textField(item.title, QStringLiteral("contentTitle"),
                        tr("What the content item is called on the board and in the report."),
                        limits::maxShortText, this);
    m_title->setPlaceholderText(tr("e.g. Total cost of ownership guide"));
    form->addRow(tr("&Title"), m_title);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("contentFormat"));
    m_format->setEditable(true);
    m_format->setToolTip(tr("The content's format: pick one or type your own."));
    // Stored as typed, in the workspace's language: the suggestions are the usual formats.
    m_format->addItems({tr("whitepaper"), tr("case study"), tr("webinar"), tr("short video"),
                        tr("quiz"), tr("blog post"), tr("e-book"), tr("newsletter"), tr("podcast"),
                        tr("infographic"), tr("calculator"), tr("demo")});
    m_format->lineEdit()->setMaxLength(static_cast<int>(limits::maxShortText));
    m_format->setCurrentText(qs(item.format));
    form->addRow(tr("&Format"), m_format);
    m_persona = planfields::personaCombo(workspace, item.personaId, this);
    form->addRow(tr("&Persona"), m_persona);
    m_stage = planfields::stageCombo(item.stage, this);
    form->addRow(tr("RACE &stage"), m_stage);
    m_callToAction =
        textField(item.callToAction, QStringLiteral("contentCallToAction"),
                  tr("What the reader is asked to do next."), limits::maxShortText, this);
    m_callToAction->setPlaceholderText(tr("e.g. Download the guide"));
    form->addRow(tr("C&all to action"), m_callToAction);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("planItemChannel"));
    m_channel->setToolTip(tr("Where the content is published: the persona's channels first, then "
                             "the rest of the catalogue."));
    planfields::fillChannels(m_channel, workspace, item.personaId, item.channelId);
    form->addRow(tr("&Channel"), m_channel);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("contentStatus"));
    m_status->setToolTip(tr("Where the item stands; the board shows it as a coloured word."));
    for (std::size_t i = 0; i < enumCount<ContentStatus>(); ++i)
        m_status->addItem(RaceBoardModel::contentStatusName(static_cast<ContentStatus>(i)),
                          static_cast<int>(i));
    m_status->setCurrentIndex(static_cast<int>(item.status));
    form->addRow(tr("S&tatus"), m_status);
    m_publish = planfields::optionalDate(
        item.publishDate, QStringLiteral("contentPublishDate"),
        tr("The day the item goes live; the earliest date: not set."), this);
    form->addRow(tr("Publish &date"), m_publish);
    m_address =
        textField(item.address, QStringLiteral("contentAddress"),
                  tr("Where the item lives, e.g. its web address."), limits::maxLongText, this);
    form->addRow(tr("Addr&ess"), m_address);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("contentProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_persona, &QComboBox::currentIndexChanged, this, [this] {
        planfields::fillChannels(m_channel, m_workspace, planfields::currentId(m_persona),
                                 planfields::currentId(m_channel));
    });
    connect(m_title, &QLineEdit::textChanged, this, &ContentItemDialog::validate);
    validate();
}

void ContentItemDialog::validate()
{
    const bool ok = !m_title->text().trimmed().isEmpty();
    m_problem->setText(ok ? QString() : tr("Give the content item a title."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

ContentItem ContentItemDialog::item() const
{
    ContentItem c = m_item;
    c.title = planfields::clipped(m_title->text(), limits::maxShortText);
    c.format = planfields::clipped(m_format->currentText(), limits::maxShortText);
    c.personaId = planfields::currentId(m_persona);
    c.stage = static_cast<RaceStage>(m_stage->currentData().toInt());
    c.callToAction = planfields::clipped(m_callToAction->text(), limits::maxShortText);
    c.channelId = planfields::currentId(m_channel);
    c.status = static_cast<ContentStatus>(m_status->currentData().toInt());
    c.publishDate = planfields::dateText(m_publish);
    c.address = planfields::clipped(m_address->text(), limits::maxLongText);
    return c;
}

} // namespace b2x
