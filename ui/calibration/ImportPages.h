// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calibration/ImportRules.h"
#include "model/Workspace.h"

#include <QWidget>
#include <map>
#include <memory>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace b2x {

class CsvPreviewModel;

/// Step 1 of Import actuals: the files, their format, the persona and the as-of date.
class ImportFilesPage : public QWidget {
    Q_OBJECT

public:
    explicit ImportFilesPage(QWidget* parent = nullptr);
    void setPersonas(const Workspace& workspace, const QString& current);

    QLineEdit* dealsEdit() const { return m_deals; }
    QLineEdit* eventsEdit() const { return m_events; }
    QComboBox* formatCombo() const { return m_format; }
    QComboBox* personaCombo() const { return m_persona; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    calibration::DealFormat format() const;
    QString personaId() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_deals;
    QLineEdit* m_events;
    QComboBox* m_format;
    QComboBox* m_persona;
    QDateEdit* m_asOf;
};

/// Step 2: the first rows of each file, the problems found, and the questions the files leave
/// open (which column is which, which comes first in dates).
class ImportCheckPage : public QWidget {
    Q_OBJECT

public:
    explicit ImportCheckPage(QWidget* parent = nullptr);

    /// Shows a read: previews, problems in words, and the questions it raises. `remembered` is
    /// the persona's import mapping (pre-fills the questions); `fresh` is a first read of the
    /// files (questions asked before are forgotten).
    void showRead(const calibration::ActualsRead& read, const ImportMapping& remembered,
                  bool fresh);

    /// The column mapping chosen (empty while not asked).
    std::map<std::string, std::string> columns() const;
    /// The date order chosen (Unknown while not asked or not answered).
    calibration::DateOrder dateOrder() const;
    bool columnsAsked() const;
    bool datesAsked() const;

    QListWidget* problemsList() const { return m_problems; }
    QComboBox* columnCombo(const std::string& generic) const;
    QRadioButton* dayFirstButton() const { return m_dayFirst; }
    QRadioButton* monthFirstButton() const { return m_monthFirst; }
    QPushButton* readAgainButton() const { return m_readAgain; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void readAgainRequested();

private:
    void updateReadAgain();

    QLabel* m_summary;
    QTabWidget* m_previews;
    CsvPreviewModel* m_dealsModel;
    CsvPreviewModel* m_eventsModel;
    QTableView* m_eventsView;
    QListWidget* m_problems;
    QGroupBox* m_columnsBox;
    std::map<std::string, QComboBox*> m_columnCombos;
    QGroupBox* m_datesBox;
    QRadioButton* m_dayFirst;
    QRadioButton* m_monthFirst;
    QButtonGroup* m_dateGroup;
    QPushButton* m_readAgain;
};

/// Step 3: each stage the CRM uses → the persona's stage it counts as, or ignored.
class ImportStagesPage : public QWidget {
    Q_OBJECT

public:
    explicit ImportStagesPage(QWidget* parent = nullptr);
    void showStages(const calibration::DealSet& deals, const Persona& persona,
                    const calibration::StageMapping& suggested);
    calibration::StageMapping mapping() const;
    QTableWidget* table() const { return m_table; }
    /// The combo of CRM stage `crm` (null when the deals do not use it).
    QComboBox* comboFor(const QString& crm) const;

private:
    QLabel* m_intro;
    QTableWidget* m_table;
};

} // namespace b2x
