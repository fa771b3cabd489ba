#include "dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

Dialogs::Unsaved Dialogs::askUnsaved(QWidget* parent, const QString& name)
{
    QMessageBox box(QMessageBox::Warning, QObject::tr("Unsaved changes"),
        QObject::tr("“%1” has changes that are not saved.").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(QObject::tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

std::optional<QString> Dialogs::askText(
    QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("text-dialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    // Window managers cut a title wider than its window ("Renam… utine"), and draw it in a
    // larger, bolder face than ours, beside their own buttons: leave room for all of that.
    // The room goes to the text field, as the dialog's layout sets the dialog's own minimum.
    const int titleRoom = dialog.fontMetrics().horizontalAdvance(title) * 3 / 2 + 160;
    if (auto* field = dialog.findChild<QLineEdit*>())
        field->setMinimumWidth(
            titleRoom - 2 * dialog.style()->pixelMetric(QStyle::PM_LayoutLeftMargin));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(
               parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

Dialogs::ImportChoice Dialogs::askImportChanges(
    QWidget* parent, const QString& name, const QStringList& changes)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("Import “%1”").arg(name),
        QObject::tr("Importing “%1” would change stretches and routines you have.").arg(name),
        QMessageBox::NoButton, parent);
    box.setInformativeText(changes.join(QLatin1Char('\n')));
    QPushButton* keep
        = box.addButton(QObject::tr("Keep mine, import as copies"), QMessageBox::AcceptRole);
    QPushButton* replace = box.addButton(QObject::tr("Replace"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return ImportChoice::KeepMine;
    if (box.clickedButton() == replace)
        return ImportChoice::Replace;
    return ImportChoice::Cancel;
}

Dialogs::SameRoutine Dialogs::askSameRoutine(
    QWidget* parent, const QString& name, const QString& existing, const QString& keptName)
{
    QMessageBox box(QMessageBox::Question, QObject::tr("Import “%1”").arg(name),
        QObject::tr("You already have a routine called “%1”.").arg(existing), QMessageBox::NoButton,
        parent);
    box.setObjectName(QStringLiteral("same-routine-question"));
    box.setInformativeText(QObject::tr("Replace it with the imported “%1”, or keep both: the "
                                       "imported one then comes in as “%2”.")
                               .arg(name, keptName));
    QPushButton* replace
        = box.addButton(QObject::tr("&Replace mine"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("same-routine-replace"));
    QPushButton* keep = box.addButton(QObject::tr("&Keep both"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("same-routine-keep-both"));
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("same-routine-cancel"));
    // The answer that loses nothing is the one Enter gives.
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == replace)
        return SameRoutine::Replace;
    if (box.clickedButton() == keep)
        return SameRoutine::KeepBoth;
    return SameRoutine::Cancel;
}

QString Dialogs::askOpenFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::askSaveFile(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Dialogs::showError(QWidget* parent, const QString& title, const QString& text)
{
    // A message box wraps its text in a narrow column, which breaks a path over several lines;
    // this box is as wide as the longest line (up to most of the screen), and selectable.
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("error-dialog"));
    dialog.setWindowTitle(title);
    auto* icon = new QLabel;
    const int iconSize = dialog.style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(
        dialog.style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("error-title"));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* message = new QPlainTextEdit(text);
    message->setObjectName(QStringLiteral("error-text"));
    message->setAccessibleName(QObject::tr("Error"));
    message->setReadOnly(true);
    message->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(top);
    layout->addWidget(message, 1);
    layout->addWidget(buttons);

    const QFontMetrics metrics(message->font());
    int widest = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize(1024, 768);
    constexpr int shownLines = 12; // more scroll
    const int frame
        = 2 * message->frameWidth() + 2 * static_cast<int>(message->document()->documentMargin());
    // Room for a scroll bar too, so that it never hides the end of the longest line.
    const int scrollBar = dialog.style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = std::min(widest + frame + scrollBar + 4, available.width() * 9 / 10 - 80);
    const int shown = static_cast<int>(std::min<qsizetype>(lines.size(), shownLines));
    const int height
        = std::min(shown * metrics.lineSpacing() + frame + scrollBar, available.height() / 2);
    message->setMinimumSize(width, height);
    // The text box's own preferred size is a fixed 256 × 192: open at the size that fits.
    dialog.resize(layout->minimumSize());
    dialog.exec();
}

} // namespace limber
