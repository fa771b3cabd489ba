#include "problems_view.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

ProblemsView::ProblemsView(QWidget* parent)
    : QWidget(parent)
{
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("problems-intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("problems-list"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
}

void ProblemsView::setProblems(
    const Diagnostics& fileProblems, const QStringList& sessionProblems, const QString& userFolder)
{
    m_list->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Diagnostic& problem : fileProblems)
        new QListWidgetItem(problem.severity == Severity::Error ? error : warning,
            QString::fromStdString(formatDiagnostic(problem)), m_list);
    // A session problem names a file too; escaped like a diagnostic, it stays on one line.
    for (const QString& problem : sessionProblems)
        new QListWidgetItem(
            error, QString::fromStdString(displayable(problem.toStdString())), m_list);
    const QString folder = QDir::toNativeSeparators(userFolder);
    if (m_list->count() == 0)
        m_intro->setText(tr("No problems: every file loaded."));
    else if (!hasErrors(fileProblems) && sessionProblems.isEmpty())
        m_intro->setText(
            tr("Every file loaded; the warnings below are worth a look. Your files are in %1.")
                .arg(folder));
    else
        m_intro->setText(tr("Files with errors, and files that could not be read, are left "
                            "exactly as they are and skipped; everything else loaded. Fix a "
                            "file, then choose File ▸ Reload files. Your files are in %1.")
                             .arg(folder));
}

int ProblemsView::count() const
{
    return m_list->count();
}

QStringList ProblemsView::lines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines << m_list->item(row)->text();
    return lines;
}

} // namespace limber
