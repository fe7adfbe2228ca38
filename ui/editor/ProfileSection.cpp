// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSection.h"

#include "ColourButton.h"
#include "FormHelpers.h"
#include "MessageLabel.h"
#include "RangeSpinBox.h"
#include "document/WorkspaceDocument.h"
#include "model/Limits.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <algorithm>

namespace b2x {

namespace {
const QRegularExpression& fullHexColour()
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re;
}

QFormLayout* groupForm(QGroupBox* group)
{
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}
} // namespace

ProfileSection::ProfileSection(WorkspaceDocument* document, QWidget* parent)
    : PersonaSection(document, parent)
{
    setObjectName(QStringLiteral("profileSection"));
    auto* layout = new QVBoxLayout(this);
    struct Group {
        QGroupBox*& box;
        MessageLabel*& message;
        QString title;
        void (ProfileSection::*build)(QFormLayout*);
    };
    const Group groups[] = {
        {m_identity, m_identityMessage, tr("Identity"), &ProfileSection::buildIdentity},
        {m_consumer, m_consumerMessage, tr("Consumer segment"), &ProfileSection::buildConsumer},
        {m_organisation, m_organisationMessage, tr("Organisation segment"),
         &ProfileSection::buildOrganisation},
        {m_lists, m_listsMessage, tr("Goals, pains and content"), &ProfileSection::buildLists},
    };
    std::vector<QFormLayout*> forms;
    for (const auto& g : groups) {
        g.box = new QGroupBox(g.title, this);
        g.message = new MessageLabel(g.box);
        auto* form = groupForm(g.box);
        (this->*g.build)(form);
        form->addRow(g.message);
        layout->addWidget(g.box);
        forms.push_back(form);
    }
    alignFormLabels({forms[0], forms[1], forms[2], forms[3]});
    m_identityMessage->setObjectName(QStringLiteral("identityMessage"));
    m_consumerMessage->setObjectName(QStringLiteral("consumerMessage"));
    m_organisationMessage->setObjectName(QStringLiteral("organisationMessage"));
    m_listsMessage->setObjectName(QStringLiteral("listsMessage"));
    m_consumer->setObjectName(QStringLiteral("consumerGroup"));
    m_organisation->setObjectName(QStringLiteral("organisationGroup"));
    layout->addStretch();

    updateCurrency();
    connect(document, &WorkspaceDocument::workspaceInfoChanged, this,
            &ProfileSection::updateCurrency);
    connect(document, &WorkspaceDocument::workspaceReset, this, &ProfileSection::updateCurrency);
}

void ProfileSection::buildIdentity(QFormLayout* form)
{
    addText(form, QStringLiteral("name"), tr("Name"),
            tr("A short, concrete name the team will recognise, e.g. “Enterprise buying "
               "committee”."),
            limits::maxShortText, [](Persona& p) -> std::string& { return p.name; });

    m_label = new QComboBox(form->parentWidget());
    describeWidget(m_label, QStringLiteral("label"), tr("Label"),
                   tr("Whom the offer is sold to. The models measure how B2B-like the audience "
                      "behaves separately, because label and behaviour often disagree."));
    fillEnumCombo<Label>(m_label);
    form->addRow(tr("Label"), m_label);
    m_loaders.push_back([this](const Persona& p) { setEnumQuietly(m_label, p.label); });
    connect(m_label, &QComboBox::currentIndexChanged, this, [this] {
        const Label label = enumValue<Label>(m_label);
        updateSegments(label);
        edit(QStringLiteral("label"), tr("Change label"), [label](Persona& p) { p.label = label; });
    });

    addText(form, QStringLiteral("summary"), tr("Summary"),
            tr("One line that says who this is and how they buy."), limits::maxShortText,
            [](Persona& p) -> std::string& { return p.summary; });
    addLongText(form, QStringLiteral("description"), tr("Description"),
                tr("The story of this audience: situation, needs, how a purchase happens."), 7,
                [](Persona& p) -> std::string& { return p.description; });

    m_colourButton = new ColourButton(form->parentWidget());
    describeWidget(m_colourButton, QStringLiteral("colourButton"), tr("Choose colour"),
                   tr("Choose the colour of this persona in every chart."));
    m_colourHex = new QLineEdit(form->parentWidget());
    describeWidget(m_colourHex, QStringLiteral("colour"), tr("Colour code"),
                   tr("The colour as # and six hexadecimal digits, e.g. #4e79a7."));
    m_colourHex->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#[0-9a-fA-F]{0,6}")), m_colourHex));
    m_colourHex->setMaximumWidth(
        m_colourHex->fontMetrics().horizontalAdvance(QStringLiteral("#DDDDDDDD")) + 16);
    auto* colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton);
    colourRow->addWidget(m_colourHex);
    colourRow->addStretch();
    form->addRow(tr("Colour"), colourRow);
    m_loaders.push_back([this](const Persona& p) {
        setTextQuietly(m_colourHex, qstr(p.colour));
        m_colourButton->setColour(QColor(qstr(p.colour)));
    });
    connect(m_colourButton, &ColourButton::colourChosen, this,
            [this](const QColor& c) { commitColour(c.name(QColor::HexRgb)); });
    connect(m_colourHex, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (fullHexColour().match(text).hasMatch())
            commitColour(text);
    });
    connect(m_colourHex, &QLineEdit::editingFinished, this, [this] {
        if (!fullHexColour().match(m_colourHex->text()).hasMatch()) {
            m_problems.set(m_colourHex, tr("A colour is written # and six hexadecimal digits, "
                                           "e.g. #4e79a7; “%1” was not saved.")
                                            .arg(m_colourHex->text()));
            showProblems();
        }
    });
}

void ProfileSection::buildConsumer(QFormLayout* form)
{
    auto* intro = wrappedLabel(tr("Demographics and consumer research: who the person is and how "
                                  "they live. Shown for B2C and hybrid audiences."),
                               form->parentWidget());
    form->addRow(intro);
    // The age pair is checked together (min ≤ max), so it has no store of its own.
    m_ageMin = addNumber(
        form->parentWidget(), QStringLiteral("consumer.ageMin"), tr("Minimum age"),
        tr("Youngest age in the segment."), 0, 120, 0,
        [](const Persona& p) { return double(p.consumer.ageMin); }, nullptr);
    m_ageMax = addNumber(
        form->parentWidget(), QStringLiteral("consumer.ageMax"), tr("Maximum age"),
        tr("Oldest age in the segment."), 0, 120, 0,
        [](const Persona& p) { return double(p.consumer.ageMax); }, nullptr);
    connect(m_ageMin, &RangeSpinBox::valueChanged, this, [this] { commitAges(m_ageMin); });
    connect(m_ageMax, &RangeSpinBox::valueChanged, this, [this] { commitAges(m_ageMax); });
    for (auto* box : {m_ageMin, m_ageMax})
        box->setSuffix(tr(" years"));
    auto* ages = new QHBoxLayout;
    ages->addWidget(m_ageMin);
    ages->addWidget(new QLabel(tr("to"), form->parentWidget()));
    ages->addWidget(m_ageMax);
    ages->addStretch();
    form->addRow(tr("Age"), ages);

    const auto text = [&](const char* key, const QString& label, const QString& tip,
                          std::size_t max, TextAccess access) {
        addText(form, QLatin1String(key), label, tip, max, access);
    };
    text("consumer.lifeStage", tr("Life stage"),
         tr("Household and stage of life, e.g. “couple with young children”."),
         limits::maxShortText, [](Persona& p) -> std::string& { return p.consumer.lifeStage; });
    text("consumer.incomeBand", tr("Income band"), tr("Household or personal income range."),
         limits::maxShortText, [](Persona& p) -> std::string& { return p.consumer.incomeBand; });
    text("consumer.location", tr("Location"), tr("Where they live: country, region, city type."),
         limits::maxShortText, [](Persona& p) -> std::string& { return p.consumer.location; });
    text("consumer.education", tr("Education"), tr("Highest education or field of study."),
         limits::maxShortText, [](Persona& p) -> std::string& { return p.consumer.education; });
    text("consumer.interests", tr("Interests"), tr("Interests, values and lifestyle."),
         limits::maxLongText, [](Persona& p) -> std::string& { return p.consumer.interests; });
    text("consumer.purchaseFrequency", tr("Purchase frequency"),
         tr("How often they buy in this category, in words, e.g. “weekly”."), limits::maxShortText,
         [](Persona& p) -> std::string& { return p.consumer.purchaseFrequency; });
    auto* sensitivity = addNumber(
        form->parentWidget(), QStringLiteral("consumer.priceSensitivity"), tr("Price sensitivity"),
        tr("0 = price hardly matters; 100 = decides on price alone."), 0, 100, 0,
        [](const Persona& p) { return p.consumer.priceSensitivity; },
        [](Persona& p, double v) { p.consumer.priceSensitivity = v; });
    sensitivity->setSuffix(tr(" of 100"));
    form->addRow(tr("Price sensitivity"), sensitivity);
}

void ProfileSection::buildOrganisation(QFormLayout* form)
{
    auto* intro =
        wrappedLabel(tr("Firmographics and technographics of the buying organisation, and "
                        "this person's place in it. Shown for B2B and hybrid audiences."),
                     form->parentWidget());
    form->addRow(intro);
    const auto text = [&](const char* key, const QString& label, const QString& tip,
                          TextAccess access) {
        addText(form, QLatin1String(key), label, tip, limits::maxShortText, access);
    };
    text("organisation.industry", tr("Industry"),
         tr("The organisation's industry; it often explains more than the B2B label does."),
         [](Persona& p) -> std::string& { return p.organisation.industry; });
    auto* size = addNumber(
        form->parentWidget(), QStringLiteral("organisation.companySizeEmployees"),
        tr("Company size"), tr("Number of employees."), 0, limits::maxEmployees, 0,
        [](const Persona& p) { return double(p.organisation.companySizeEmployees); },
        [](Persona& p, double v) { p.organisation.companySizeEmployees = static_cast<int>(v); });
    size->setSuffix(tr(" employees"));
    form->addRow(tr("Company size"), size);
    m_revenue = addNumber(
        form->parentWidget(), QStringLiteral("organisation.annualRevenue"), tr("Annual revenue"),
        tr("The organisation's yearly revenue, in the workspace currency."), 0,
        limits::maxMoney * 1000, 0, [](const Persona& p) { return p.organisation.annualRevenue; },
        [](Persona& p, double v) { p.organisation.annualRevenue = v; });
    form->addRow(tr("Annual revenue"), m_revenue);
    text("organisation.region", tr("Region"), tr("Where the organisation operates or buys."),
         [](Persona& p) -> std::string& { return p.organisation.region; });
    addList(form, QStringLiteral("organisation.technologyStack"), tr("Technology stack"),
            tr("Systems the organisation runs that the offer must fit with, one per line."),
            limits::maxShortText,
            [](Persona& p) -> std::vector<std::string>& { return p.organisation.technologyStack; });
    text("organisation.jobRole", tr("Job role"), tr("This person's job."),
         [](Persona& p) -> std::string& { return p.organisation.jobRole; });
    text("organisation.department", tr("Department"), tr("Where this person works."),
         [](Persona& p) -> std::string& { return p.organisation.department; });
    text("organisation.seniority", tr("Seniority"), tr("Level in the hierarchy."),
         [](Persona& p) -> std::string& { return p.organisation.seniority; });
    text("organisation.buyingAuthority", tr("Buying authority"),
         tr("What this person may decide or sign, e.g. “approves up to 50,000”."),
         [](Persona& p) -> std::string& { return p.organisation.buyingAuthority; });
}

void ProfileSection::buildLists(QFormLayout* form)
{
    auto* intro = wrappedLabel(tr("One item per line. Content mapped to these is what makes a "
                                  "persona useful to writers and sales."),
                               form->parentWidget());
    form->addRow(intro);
    const auto list = [&](const char* key, const QString& label, const QString& tip,
                          ListAccess access) {
        addList(form, QLatin1String(key), label, tip, limits::maxLongText, access);
    };
    list("goals", tr("Goals"), tr("What they want to achieve, one per line."),
         [](Persona& p) -> std::vector<std::string>& { return p.goals; });
    list("painPoints", tr("Pain points"), tr("What hurts today, one per line."),
         [](Persona& p) -> std::vector<std::string>& { return p.painPoints; });
    list("objections", tr("Objections"), tr("What they say against buying, one per line."),
         [](Persona& p) -> std::vector<std::string>& { return p.objections; });
    list("informationSources", tr("Information sources"),
         tr("Where they look for advice and research: sites, peers, events. One per line."),
         [](Persona& p) -> std::vector<std::string>& { return p.informationSources; });
    list("contentPreferences", tr("Content preferences"),
         tr("Formats and tone that work for them, one per line."),
         [](Persona& p) -> std::vector<std::string>& { return p.contentPreferences; });
}

void ProfileSection::addText(QFormLayout* form, const QString& key, const QString& label,
                             const QString& toolTip, std::size_t maxBytes, TextAccess access)
{
    auto* edit = makeLineEdit(form->parentWidget(), key, label, toolTip, maxBytes);
    form->addRow(label, edit);
    m_loaders.push_back([edit, access](Persona& p) { setTextQuietly(edit, qstr(access(p))); });
    connect(edit, &QLineEdit::textEdited, this, [this, key, label, access](const QString& text) {
        this->edit(key, tr("Edit %1").arg(label), [&](Persona& p) { access(p) = stdstr(text); });
    });
}

void ProfileSection::addLongText(QFormLayout* form, const QString& key, const QString& label,
                                 const QString& toolTip, int lines, TextAccess access)
{
    auto* edit = makeTextEdit(form->parentWidget(), key, label, toolTip, lines);
    form->addRow(label, edit);
    m_loaders.push_back([edit, access](Persona& p) { setTextQuietly(edit, qstr(access(p))); });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key, label, access] {
        if (isLoading())
            return;
        const QString text = edit->toPlainText();
        const bool tooLong = utf8Size(text) > limits::maxLongText;
        m_problems.set(edit, tooLong ? tr("%1 can be at most %2 bytes long; the last change was "
                                          "not saved.")
                                           .arg(label, formatNumber(limits::maxLongText))
                                     : QString());
        showProblems();
        if (!tooLong)
            this->edit(key, tr("Edit %1").arg(label),
                       [&](Persona& p) { access(p) = stdstr(text); });
    });
}

void ProfileSection::addList(QFormLayout* form, const QString& key, const QString& label,
                             const QString& toolTip, std::size_t maxItemBytes, ListAccess access)
{
    auto* edit = makeTextEdit(form->parentWidget(), key, label, toolTip, 6);
    edit->setPlaceholderText(tr("One item per line"));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    form->addRow(label, edit);
    m_loaders.push_back([edit, access](Persona& p) { setTextQuietly(edit, joinLines(access(p))); });
    connect(
        edit, &QPlainTextEdit::textChanged, this, [this, edit, key, label, access, maxItemBytes] {
            if (isLoading())
                return;
            const auto items = splitLines(edit->toPlainText());
            QString why;
            if (items.size() > limits::maxListItems)
                why = tr("%1: at most %2 lines; the last change was not saved.")
                          .arg(label)
                          .arg(limits::maxListItems);
            for (const auto& item : items)
                if (why.isEmpty() && item.size() > maxItemBytes)
                    why = tr("%1: a line can be at most %2 bytes long; the last change was "
                             "not saved.")
                              .arg(label, formatNumber(static_cast<double>(maxItemBytes)));
            m_problems.set(edit, why);
            showProblems();
            if (why.isEmpty())
                this->edit(key, tr("Edit %1").arg(label), [&](Persona& p) { access(p) = items; });
        });
}

RangeSpinBox* ProfileSection::addNumber(QWidget* parent, const QString& key, const QString& label,
                                        const QString& toolTip, double minimum, double maximum,
                                        int decimals, NumberAccess get, NumberStore store)
{
    auto* box = makeNumberField(parent, key, label, toolTip, minimum, maximum, decimals);
    m_loaders.push_back([box, get](const Persona& p) { box->setValueQuietly(get(p)); });
    if (!store)
        return box;
    connect(box, &RangeSpinBox::valueChanged, this, [this, box, key, label, store] {
        if (isLoading())
            return;
        m_problems.set(box, box->problem(label));
        showProblems();
        // A refused value puts back the one from before the typing: no keystroke on the way
        // to it stays in force.
        const double v = box->valueToSave();
        edit(key, tr("Change %1").arg(label), [&](Persona& p) { store(p, v); });
    });
    return box;
}

void ProfileSection::commitAges(const RangeSpinBox* typed)
{
    if (isLoading())
        return;
    const double min = m_ageMin->value();
    const double max = m_ageMax->value();
    m_problems.set(m_ageMin, m_ageMin->problem(tr("Minimum age")));
    m_problems.set(m_ageMax, m_ageMax->problem(tr("Maximum age")));
    if (m_problems.problemOf(m_ageMin).isEmpty() && m_problems.problemOf(m_ageMax).isEmpty() &&
        min > max)
        m_problems.set(m_ageMin, tr("The minimum age (%1) must not be above the maximum age (%2); "
                                    "the ages were not saved.")
                                     .arg(formatNumber(min), formatNumber(max)));
    showProblems();
    if (!m_problems.problemOf(m_ageMin).isEmpty() || !m_problems.problemOf(m_ageMax).isEmpty()) {
        restoreAge(typed);
        return;
    }
    // Both ages in one edit: fixing the maximum also saves a minimum that was waiting for it.
    edit(QStringLiteral("consumer.age"), tr("Change age range"), [&](Persona& p) {
        p.consumer.ageMin = static_cast<int>(min);
        p.consumer.ageMax = static_cast<int>(max);
    });
}

void ProfileSection::restoreAge(const RangeSpinBox* typed)
{
    // The age being typed goes back to what it was before the typing (the ages typed on the way,
    // valid as a pair, must not stay in force), kept on its side of the other age.
    const QString key = QStringLiteral("consumer.age");
    const Persona* base = document()->mergingBase(personaId(), key);
    if (!base)
        return; // nothing typed on the way was saved
    const int min = base->consumer.ageMin;
    const int max = base->consumer.ageMax;
    edit(key, tr("Change age range"), [&](Persona& p) {
        if (typed == m_ageMin)
            p.consumer.ageMin = std::min(min, p.consumer.ageMax);
        else
            p.consumer.ageMax = std::max(max, p.consumer.ageMin);
    });
}

void ProfileSection::commitColour(const QString& hex)
{
    const QString colour = hex.toLower();
    m_problems.set(m_colourHex, QString());
    showProblems();
    setTextQuietly(m_colourHex, colour);
    m_colourButton->setColour(QColor(colour));
    edit(QStringLiteral("colour"), tr("Change colour"),
         [&](Persona& p) { p.colour = stdstr(colour); });
}

void ProfileSection::load(const Persona& persona)
{
    // One scratch copy: the accessors return references, so load and edit share them.
    Persona scratch = persona;
    for (const auto& loader : m_loaders)
        loader(scratch);
    updateSegments(persona.label);
    m_problems.clear();
    showProblems();
}

void ProfileSection::updateSegments(Label label)
{
    m_consumer->setVisible(label != Label::B2B);
    m_organisation->setVisible(label != Label::B2C);
}

void ProfileSection::updateCurrency()
{
    m_revenue->setSuffix(QLatin1Char(' ') + qstr(document()->workspace().currency));
}

void ProfileSection::showProblems()
{
    m_problems.showIn(m_identityMessage, m_identity);
    m_problems.showIn(m_consumerMessage, m_consumer);
    m_problems.showIn(m_organisationMessage, m_organisation);
    m_problems.showIn(m_listsMessage, m_lists);
}

} // namespace b2x
