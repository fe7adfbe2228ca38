// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceDetailsDialog.h"

#include "document/WorkspaceDocument.h"
#include "model/Limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace b2x {

WorkspaceDetailsDialog::WorkspaceDetailsDialog(const Workspace& ws, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Workspace Details"));
    m_name = new QLineEdit(QString::fromStdString(ws.name), this);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setMaxLength(200);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("workspaceCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("PLN"), QStringLiteral("RON"), QStringLiteral("THB"),
                          QStringLiteral("AED"), QStringLiteral("SAR"), QStringLiteral("EGP")});
    m_currency->setCurrentText(QString::fromStdString(ws.currency));
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("ISO 4217 code, three letters (USD, EUR, PLN…)"));
    m_description = new QPlainTextEdit(QString::fromStdString(ws.description), this);
    m_recommendations = new QPlainTextEdit(QString::fromStdString(ws.report.recommendations), this);
    m_recommendations->setObjectName(QStringLiteral("workspaceRecommendations"));
    m_recommendations->setPlaceholderText(
        tr("What the client should do next. The report prints it after the executive summary; "
           "leave it empty to leave the section out."));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Recommendations and next steps:"), m_recommendations);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WorkspaceDetailsDialog::validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &WorkspaceDetailsDialog::validate);
    connect(m_recommendations, &QPlainTextEdit::textChanged, this,
            &WorkspaceDetailsDialog::validate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 520);
    validate();
}

void WorkspaceDetailsDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("The workspace needs a name.");
    else if (m_currency->currentText().size() != 3)
        problem = tr("The currency must be a three-letter code such as EUR.");
    else if (static_cast<std::size_t>(m_recommendations->toPlainText().toUtf8().size()) >
             limits::maxLongText)
        problem = tr("The recommendations are longer than a workspace can hold (100,000 bytes).");
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

std::string WorkspaceDetailsDialog::name() const
{
    return m_name->text().trimmed().toStdString();
}

std::string WorkspaceDetailsDialog::currency() const
{
    return m_currency->currentText().toUpper().toStdString();
}

std::string WorkspaceDetailsDialog::description() const
{
    return m_description->toPlainText().toStdString();
}

std::string WorkspaceDetailsDialog::recommendations() const
{
    return m_recommendations->toPlainText().toStdString();
}

void WorkspaceDetailsDialog::apply(WorkspaceDocument& document) const
{
    const Workspace& ws = document.workspace();
    ReportSettings report = ws.report;
    report.recommendations = recommendations();
    const bool infoChanged =
        ws.name != name() || ws.currency != currency() || ws.description != description();
    const bool both = infoChanged && report != ws.report;
    if (both)
        document.undoStack()->beginMacro(tr("Edit workspace details"));
    document.setWorkspaceInfo(name(), currency(), description());
    document.setReportSettings(report, tr("Edit recommendations"));
    if (both)
        document.undoStack()->endMacro();
}

} // namespace b2x
