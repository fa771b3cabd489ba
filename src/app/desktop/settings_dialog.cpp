#include "settings_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
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
    auto* layout = new QVBoxLayout(this);
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

int SettingsDialog::currentPage() const
{
    return m_pages->currentIndex();
}

} // namespace limber
