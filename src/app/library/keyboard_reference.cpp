#include "keyboard_reference.h"

#include "player/player_controls.h"
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

// What an action does, in its own words: its status tip where it has one (the player's "Skip
// the rest of this stretch"), else its text (a menu's "New routine").
QString whatItDoes(const QAction& action)
{
    return action.statusTip().isEmpty() ? plainText(action.text()) : action.statusTip();
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
    addKeysOf(windowForm, windowActions);

    // The player's keys, read from the player's own controls (made here only to be read), so a
    // key added there is listed here: they work wherever the focus is in the player.
    auto* player = new QGroupBox(tr("Player"));
    auto* playerForm = new QFormLayout(player);
    const PlayerControls playerControls;
    addKeysOf(playerForm, playerControls.actions());

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

void KeyboardReference::addKeysOf(QFormLayout* form, const QList<QAction*>& actions)
{
    for (const QAction* action : actions) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
            addLine(form, keysText(action->shortcuts()), whatItDoes(*action));
    }
}

QStringList KeyboardReference::lines() const
{
    return m_lines;
}

} // namespace limber
