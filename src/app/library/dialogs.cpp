#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

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
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
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
    // Every problem in view when there are a few; the rest one click away.
    constexpr int shownLines = 8;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Critical, title, title, QMessageBox::Ok, parent);
    box.setInformativeText(lines.mid(0, shownLines).join(QLatin1Char('\n')));
    if (lines.size() > shownLines)
        box.setDetailedText(text);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace limber
