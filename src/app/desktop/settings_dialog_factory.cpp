#include "settings_dialog_factory.h"

#include "settings_dialog.h"
#include "settings_problems.h"

namespace limber {

void SettingsDialogFactory::addPage(const QString& title, PageMaker make)
{
    m_pages.append({ title, std::move(make) });
}

SettingsDialog* SettingsDialogFactory::make(QWidget* parent) const
{
    auto* dialog = new SettingsDialog(parent);
    const SettingsProblems problems = SettingsProblems::check();
    dialog->showFileProblems(problems.path, problems.problems);
    for (const Entry& entry : m_pages)
        dialog->addPage(entry.title, entry.make(*dialog));
    return dialog;
}

} // namespace limber
