#include "keyboard_reference.h"

#include "shared/standard_keys.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace limber {

namespace {

// "&Import routine…" as a line of the reference: "Import routine".
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

} // namespace

KeyboardReference::KeyboardReference(const QList<QAction*>& windowActions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboard-reference"));
    setWindowTitle(tr("Keyboard — Limber"));

    auto* window = new QGroupBox(tr("Main window"));
    auto* windowForm = new QFormLayout(window);
    addLine(windowForm, tr("Tab, Shift+Tab"), tr("Move between controls"));
    addLine(windowForm, tr("Enter or Space"), tr("Press the button that has the focus"));
    addLine(windowForm, tr("Ctrl+Tab"), tr("Next page"));
    addLine(windowForm, tr("Alt+underlined letter"), tr("That page, menu or control"));
    addLine(windowForm, tr("Enter in a list of stretches"), tr("Add the stretch to the routine"));
    addLine(windowForm, tr("Delete in a routine"), tr("Remove the chosen stretch"));
    addLine(windowForm, tr("Ctrl+Up, Ctrl+Down in a routine"), tr("Move the chosen stretch"));
    for (const QAction* action : windowActions) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
            addLine(windowForm, keysText(action->shortcuts()), plainText(action->text()));
    }

    // The player's keys (player/player_controls.cpp): they work wherever the focus is in it.
    auto* player = new QGroupBox(tr("Player"));
    auto* playerForm = new QFormLayout(player);
    addLine(playerForm, tr("Space"), tr("Start; then pause or resume"));
    addLine(playerForm, tr("Left"), tr("Back to the start of this step, or the one before"));
    addLine(playerForm, tr("Right"), tr("Next step"));
    addLine(playerForm, tr("Shift+Right"), tr("Skip the rest of this stretch"));
    addLine(playerForm, tr("+"), tr("10 seconds more for this step"));
    addLine(playerForm, tr("I"), tr("Show or hide the steps, what to avoid and cautions"));
    addLine(playerForm, tr("F11"), tr("Full screen"));
    addLine(playerForm, tr("Esc"), tr("Stop the routine"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(window, 0, Qt::AlignTop);
    columns->addWidget(player, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

void KeyboardReference::addLine(QFormLayout* form, const QString& keys, const QString& what)
{
    auto* key = new QLabel(QStringLiteral("<b>%1</b>").arg(keys.toHtmlEscaped()));
    auto* meaning = new QLabel(what);
    // Read together: the key names what the line says.
    key->setBuddy(meaning);
    form->addRow(key, meaning);
    m_lines << keys + QStringLiteral(": ") + what;
}

QStringList KeyboardReference::lines() const
{
    return m_lines;
}

} // namespace limber
