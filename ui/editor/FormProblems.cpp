// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormProblems.h"

#include "MessageLabel.h"

#include <QStringList>
#include <QWidget>
#include <algorithm>

namespace b2x {

void FormProblems::set(QWidget* field, const QString& problem)
{
    auto it = std::find_if(m_problems.begin(), m_problems.end(),
                           [field](const auto& p) { return p.first == field; });
    if (problem.isEmpty()) {
        if (it != m_problems.end())
            m_problems.erase(it);
    } else if (it != m_problems.end()) {
        it->second = problem;
    } else {
        m_problems.emplace_back(field, problem);
    }
}

QString FormProblems::problemOf(const QWidget* field) const
{
    for (const auto& [widget, problem] : m_problems)
        if (widget == field)
            return problem;
    return {};
}

void FormProblems::showIn(MessageLabel* label, const QWidget* area) const
{
    QStringList lines;
    for (const auto& [widget, problem] : m_problems)
        if (!area || area->isAncestorOf(widget))
            lines << problem;
    if (lines.isEmpty())
        label->clearMessage();
    else
        label->showError(lines.join(QLatin1Char('\n')));
}

} // namespace b2x
