#include "settings_dialog.h"

#include "shared/looks.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace limber {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Limber settings"));
    m_titles = new QListWidget;
    m_titles->setMaximumWidth(180);
    m_titles->setAccessibleName(tr("Settings pages"));
    m_pages = new QStackedWidget;
    connect(m_titles, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Changes apply as they are made: the only button closes the dialog.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_titles);
    body->addWidget(m_pages, 1);
    m_fileProblems = new QLabel;
    m_fileProblems->setObjectName(QStringLiteral("settings-file-problems"));
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setTextFormat(Qt::PlainText);
    m_fileProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileProblems->hide();
    m_saveProblem = new QLabel;
    m_saveProblem->setObjectName(QStringLiteral("settings-save-problem"));
    m_saveProblem->setWordWrap(true);
    m_saveProblem->setTextFormat(Qt::PlainText);
    setTextColor(*m_saveProblem, problemColor(palette()));
    m_saveProblem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileProblems);
    layout->addWidget(m_saveProblem);
    layout->addLayout(body);
    layout->addWidget(buttons);
}

int SettingsDialog::addPage(const QString& title, QWidget* page)
{
    m_titles->addItem(title);
    const int index = m_pages->addWidget(page);
    if (m_titles->currentRow() < 0)
        m_titles->setCurrentRow(0);
    return index;
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

void SettingsDialog::showPage(int index)
{
    m_titles->setCurrentRow(index);
}

QWidget* SettingsDialog::page(int index) const
{
    return m_pages->widget(index);
}

void SettingsDialog::showFileProblems(const QString& path, const QStringList& problems)
{
    QStringList lines { tr("Some settings in %1 could not be used, so their defaults are:")
                            .arg(QDir::toNativeSeparators(path)) };
    for (const QString& problem : problems)
        lines << QStringLiteral("\u2022 ") + problem;
    m_fileProblems->setText(lines.join(QLatin1Char('\n')));
    m_fileProblems->setVisible(!problems.isEmpty());
}

void SettingsDialog::showSaveProblem(const QString& message)
{
    m_saveProblem->setText(message);
    m_saveProblem->setVisible(!message.isEmpty());
}

} // namespace limber
