// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshots of File → Import actuals (docs/workbench.md): each step of the dialog at
// 1280 × 800 on a synthetic generic export of 400 deals (seeded, so every run draws the same),
// measured against the sample's small-business SEO tool subscriber.
#include "ImportActualsShots.h"

#include "calibration/ImportActualsDialog.h"
#include "calibration/ImportPages.h"
#include "document/WorkspaceDocument.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <random>

namespace {

QString day(double n)
{
    return QDate(1970, 1, 1).addDays(static_cast<qint64>(n)).toString(Qt::ISODate);
}

/// Deals created over the first quarter of 2026 and measured on 1 April: visitors try the
/// product after 1–6 days (30%), trials convert after 5–20 days (45%), the rest are lost on
/// their own clock; deals not decided by the as-of date are open.
bool writeExport(const QString& deals, const QString& events, bool ownHeaders)
{
    std::mt19937 engine(19);
    std::uniform_real_distribution<double> unit(0, 1);
    const auto start = static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(2026, 1, 1)));
    const auto asOf = static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(2026, 4, 1)));
    QString d = ownHeaders ? QStringLiteral("Opportunity,Opened on,Result,Finished on,Value\n")
                           : QStringLiteral("deal_id,created_at,status,closed_at,amount\n");
    QString e = QStringLiteral("deal_id,stage,entered_at\n");
    for (int i = 1; i <= 400; ++i) {
        const double created = start + std::floor(unit(engine) * 85);
        QString status = QStringLiteral("open");
        double closed = 0;
        e += QStringLiteral("%1,Visitor,%2\n").arg(i).arg(day(created));
        const double trial = created + 1 + std::floor(unit(engine) * 6);
        if (unit(engine) < 0.3) {
            if (trial <= asOf) {
                e += QStringLiteral("%1,Trial,%2\n").arg(i).arg(day(trial));
                const bool won = unit(engine) < 0.45;
                const double end = trial + (won ? 5 + std::floor(unit(engine) * 16)
                                                : 3 + std::floor(unit(engine) * 13));
                if (end <= asOf) {
                    status = won ? QStringLiteral("won") : QStringLiteral("lost");
                    closed = end;
                }
            }
        } else if (const double lost = created + 2 + std::floor(unit(engine) * 9); lost <= asOf) {
            status = QStringLiteral("lost");
            closed = lost;
        }
        d += QStringLiteral("%1,%2,%3,%4,%5\n")
                 .arg(i)
                 .arg(day(created), status, closed > 0 ? day(closed) : QString(),
                      status == QLatin1String("won") ? QStringLiteral("348") : QStringLiteral("0"));
    }
    QFile df(deals), ef(events);
    if (!df.open(QIODevice::WriteOnly) || !ef.open(QIODevice::WriteOnly))
        return false;
    df.write(d.toUtf8());
    ef.write(e.toUtf8());
    return df.flush() && ef.flush();
}

} // namespace

bool writeImportActualsShots(b2x::WorkspaceDocument* document, QWidget* window,
                             const std::function<void(const QPixmap&, const QString&)>& write)
{
    QTemporaryDir dir;
    const QString deals = dir.filePath(QStringLiteral("deals.csv"));
    const QString own = dir.filePath(QStringLiteral("crm-deals.csv"));
    const QString events = dir.filePath(QStringLiteral("stage_events.csv"));
    if (!dir.isValid() || !writeExport(deals, events, false) || !writeExport(own, events, true))
        return false;
    const auto& personas = document->workspace().personas;
    if (personas.size() < 2)
        return false;
    const QString persona = QString::fromStdString(personas[1].id); // the SEO tool subscriber
    const auto wait = [](b2x::ImportActualsDialog& d) {
        for (int i = 0; i < 200 && d.busy(); ++i)
            QTest::qWait(50);
        QTest::qWait(200);
        return !d.busy();
    };

    // The headers of another CRM: the column question.
    {
        b2x::ImportActualsDialog d(document, persona, window);
        d.resize(1280, 800);
        d.filesPage()->dealsEdit()->setText(own);
        d.filesPage()->eventsEdit()->setText(events);
        d.show();
        if (!QTest::qWaitForWindowExposed(&d))
            return false;
        d.next();
        if (!wait(d))
            return false;
        for (const auto& [generic, header] :
             {std::pair{"deal_id", "Opportunity"}, std::pair{"created_at", "Opened on"},
              std::pair{"status", "Result"}, std::pair{"closed_at", "Finished on"},
              std::pair{"amount", "Value"}})
            if (QComboBox* combo = d.checkPage()->columnCombo(generic))
                combo->setCurrentIndex(combo->findText(QString::fromLatin1(header)));
        QTest::qWait(100);
        write(d.grab(), QStringLiteral("import-actuals-columns"));
    }

    b2x::ImportActualsDialog d(document, persona, window);
    d.resize(1280, 800);
    d.filesPage()->dealsEdit()->setText(deals);
    d.filesPage()->eventsEdit()->setText(events);
    d.filesPage()->asOfEdit()->setDate(QDate(2026, 4, 1));
    d.show();
    if (!QTest::qWaitForWindowExposed(&d))
        return false;
    QTest::qWait(100);
    write(d.grab(), QStringLiteral("import-actuals-files"));
    d.next();
    if (!wait(d))
        return false;
    write(d.grab(), QStringLiteral("import-actuals-check"));
    d.next();
    for (const auto& [crm, stage] : {std::pair{"Visitor", 0}, std::pair{"Trial", 1}})
        if (QComboBox* combo = d.stagesPage()->comboFor(QString::fromLatin1(crm)))
            combo->setCurrentIndex(combo->findData(stage));
    QTest::qWait(100);
    write(d.grab(), QStringLiteral("import-actuals-stages"));
    d.next();
    if (!wait(d))
        return false;
    write(d.grab(), QStringLiteral("import-actuals-results"));
    return true;
}
