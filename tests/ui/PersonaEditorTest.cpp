// SPDX-License-Identifier: GPL-3.0-or-later
// The persona editor as a whole: its tabs, switching personas, undo across sections, and the
// accessibility and layout rules every input follows.
#include "editor/PersonaEditor.h"

#include "EditorTestSupport.h"
#include "editor/PersonaSection.h"
#include "editor/RangeSpinBox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>

using namespace b2x;
using namespace b2x::test;

using PersonaEditorTest = EditorTest;

TEST_F(PersonaEditorTest, HasOneTabPerSectionInOrder)
{
    PersonaEditor editor(&doc);
    const QStringList expected = {
        QStringLiteral("Profile"),  QStringLiteral("Motives"),   QStringLiteral("Decision unit"),
        QStringLiteral("Pipeline"), QStringLiteral("Economics"), QStringLiteral("Relationship"),
        QStringLiteral("Channels"), QStringLiteral("Evidence"),  QStringLiteral("Notes")};
    ASSERT_EQ(editor.count(), expected.size());
    for (int i = 0; i < editor.count(); ++i) {
        EXPECT_EQ(editor.tabText(i), expected[i]);
        EXPECT_TRUE(qobject_cast<QScrollArea*>(editor.widget(i))) << "tab " << i;
    }
}

TEST_F(PersonaEditorTest, SetPersonaLoadsEverySectionAndNoneDisablesThem)
{
    PersonaEditor editor(&doc);
    for (const PersonaSection* section : editor.sections())
        EXPECT_FALSE(section->isEnabled());
    editor.setPersona(idAt(4));
    auto* name = child<QLineEdit>(editor, "name");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text().toStdString(), persona(4).name);
    for (const PersonaSection* section : editor.sections()) {
        EXPECT_TRUE(section->isEnabled());
        EXPECT_EQ(section->personaId(), idAt(4));
    }
    editor.setPersona(idAt(0));
    EXPECT_EQ(name->text().toStdString(), persona(0).name);
    doc.removePersonas({idAt(0)});
    for (const PersonaSection* section : editor.sections())
        EXPECT_FALSE(section->isEnabled());
}

TEST_F(PersonaEditorTest, UndoAndRedoRestoreEveryFormExactly)
{
    PersonaEditor editor(&doc);
    editor.setPersona(idAt(5));
    auto* name = child<QLineEdit>(editor, "name");
    auto* margin = child<RangeSpinBox>(editor, "economics.grossMarginPercent");
    auto* notes = child<QPlainTextEdit>(editor, "notes");
    ASSERT_TRUE(name && margin && notes);
    name->setText(QStringLiteral("Studio: hotels"));
    Q_EMIT name->textEdited(name->text());
    margin->setValue(33);
    notes->setPlainText(QStringLiteral("New notes"));
    const Persona edited = persona(5);

    while (doc.undoStack()->canUndo())
        undo();
    EXPECT_EQ(doc.workspace(), original);
    EXPECT_EQ(name->text().toStdString(), original.personas[5].name);
    EXPECT_EQ(margin->value(), original.personas[5].economics.grossMarginPercent);
    EXPECT_EQ(notes->toPlainText().toStdString(), original.personas[5].notes);

    while (doc.undoStack()->canRedo())
        redo();
    EXPECT_EQ(persona(5), edited);
    EXPECT_EQ(name->text(), QStringLiteral("Studio: hotels"));
    EXPECT_EQ(margin->value(), 33);
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("New notes"));
}

TEST_F(PersonaEditorTest, EveryInputHasAnObjectNameAnAccessibleNameAndATooltip)
{
    PersonaEditor editor(&doc);
    editor.setPersona(idAt(5)); // hybrid: both segment groups exist and are shown
    QList<QWidget*> inputs;
    for (auto* w : editor.findChildren<QLineEdit*>())
        if (!qobject_cast<QAbstractSpinBox*>(w->parentWidget()) &&
            !qobject_cast<QComboBox*>(w->parentWidget()))
            inputs << w;
    for (auto* w : editor.findChildren<QAbstractSpinBox*>())
        inputs << w;
    for (auto* w : editor.findChildren<QComboBox*>())
        inputs << w;
    for (auto* w : editor.findChildren<QPlainTextEdit*>())
        inputs << w;
    for (auto* w : editor.findChildren<QAbstractSlider*>())
        if (!qobject_cast<QAbstractScrollArea*>(w->parentWidget()->parentWidget()))
            inputs << w;
    for (auto* w : editor.findChildren<QAbstractItemView*>())
        if (!qobject_cast<QComboBox*>(w->parentWidget()->parentWidget()) &&
            !qobject_cast<QHeaderView*>(w))
            inputs << w;
    ASSERT_GT(inputs.size(), 50);
    for (QWidget* w : inputs) {
        const QString what =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        EXPECT_FALSE(w->objectName().isEmpty()) << what.toStdString();
        EXPECT_FALSE(w->accessibleName().isEmpty()) << what.toStdString();
        if (!qobject_cast<QAbstractItemView*>(w)) {
            EXPECT_FALSE(w->toolTip().isEmpty()) << what.toStdString();
        }
    }
}

TEST_F(PersonaEditorTest, NoLabelIsClippedAtATypicalSize)
{
    PersonaEditor editor(&doc);
    editor.setPersona(idAt(5));
    editor.resize(720, 640);
    showActive(editor);
    for (int tab = 0; tab < editor.count(); ++tab) {
        editor.setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (const QLabel* label : editor.widget(tab)->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QString what = editor.tabText(tab) + QStringLiteral(": ") + label->text();
            if (label->wordWrap()) {
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << what.toStdString();
            } else {
                EXPECT_GE(label->width(), label->minimumSizeHint().width()) << what.toStdString();
            }
        }
    }
}

TEST_F(PersonaEditorTest, TabFollowsTheFormFromTopToBottom)
{
    PersonaEditor editor(&doc);
    editor.setPersona(idAt(5));
    editor.resize(720, 640);
    showActive(editor);
    auto* name = child<QLineEdit>(editor, "name");
    ASSERT_TRUE(name);
    name->setFocus();
    QStringList order;
    for (int i = 0; i < 9; ++i) {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_TRUE(focus);
        // The line edit inside a spin box hands focus to the spin box.
        if (!focus->objectName().isEmpty() || !focus->parentWidget())
            order << focus->objectName();
        else
            order << focus->parentWidget()->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QStringList expected = {QStringLiteral("name"),
                                  QStringLiteral("label"),
                                  QStringLiteral("summary"),
                                  QStringLiteral("description"),
                                  QStringLiteral("colourButton"),
                                  QStringLiteral("colour"),
                                  QStringLiteral("consumer.ageMin"),
                                  QStringLiteral("consumer.ageMax"),
                                  QStringLiteral("consumer.lifeStage")};
    EXPECT_EQ(order, expected);
}
