#include "main_window.h"

#include <limber/describe.h>
#include <limber/plan.h>

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace limber {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QWidget* titled(const QString& title, QWidget* content)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    auto* label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}

QString routineSubtitle(const Library& library, const LibraryEntry<Routine>& entry)
{
    const PlanResult plan = compile(entry.value, library, PlanOptions {}, entry.source);
    const auto count = static_cast<int>(entry.value.items.size());
    QString text = count == 1 ? QObject::tr("1 stretch") : QObject::tr("%1 stretches").arg(count);
    if (plan)
        text = qs(formatMinutesSeconds(plan.plan->totalMs)) + QStringLiteral(" · ") + text;
    if (entry.origin == Origin::User)
        text += QObject::tr(" · yours");
    return text;
}

} // namespace

MainWindow::MainWindow(Library library, QWidget* parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
{
    setWindowTitle(tr("Limber"));
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(titled(tr("&Routines"), createRoutineList()));
    splitter->addWidget(titled(tr("&Exercises"), createExerciseTree()));
    splitter->setStretchFactor(1, 2);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(splitter);
    QWidget* problems = titled(tr("&Problems"), createProblemList());
    vertical->addWidget(problems);
    vertical->setStretchFactor(0, 4);
    problems->setVisible(m_problems->count() > 0);
    setCentralWidget(vertical);

    QString status = tr("%1 exercises and %2 routines loaded")
                         .arg(m_library.exercises().size())
                         .arg(m_library.routines().size());
    if (m_problems->count() > 0)
        status += tr(" · %1 problems, listed below").arg(m_problems->count());
    statusBar()->showMessage(status);
    resize(1000, 640);
}

QWidget* MainWindow::createRoutineList()
{
    m_routines = new QListWidget;
    m_routines->setAccessibleName(tr("Routines"));
    m_routines->setAlternatingRowColors(true);
    for (const auto& entry : m_library.routines()) {
        auto* row = new QListWidgetItem(
            qs(entry.value.name) + QLatin1Char('\n') + routineSubtitle(m_library, entry));
        row->setData(Qt::UserRole, qs(entry.value.id));
        row->setToolTip(qs(entry.value.summary));
        m_routines->addItem(row);
    }
    connect(m_routines, &QListWidget::itemActivated, this, [this](QListWidgetItem* row) {
        emit routineActivated(row->data(Qt::UserRole).toString());
    });
    return m_routines;
}

QWidget* MainWindow::createExerciseTree()
{
    m_exercises = new QTreeWidget;
    m_exercises->setAccessibleName(tr("Exercises"));
    m_exercises->setHeaderLabels({ tr("Stretch"), tr("Position"), tr("Dose") });
    m_exercises->setRootIsDecorated(false);
    m_exercises->setAlternatingRowColors(true);
    for (const auto& entry : m_library.exercises()) {
        const Exercise& exercise = entry.value;
        auto* row = new QTreeWidgetItem({ qs(exercise.name),
            QString::fromLatin1(toString(exercise.position)), qs(describeDoseAndSides(exercise)) });
        row->setData(0, Qt::UserRole, qs(exercise.id));
        row->setToolTip(0, qs(exercise.summary));
        m_exercises->addTopLevelItem(row);
    }
    m_exercises->setSortingEnabled(true);
    m_exercises->sortByColumn(0, Qt::AscendingOrder);
    m_exercises->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_exercises->header()->setStretchLastSection(false);
    m_exercises->resizeColumnToContents(1);
    m_exercises->resizeColumnToContents(2);
    return m_exercises;
}

QWidget* MainWindow::createProblemList()
{
    m_problems = new QListWidget;
    m_problems->setAccessibleName(tr("Problems"));
    for (const Diagnostic& problem : m_library.diagnostics()) {
        auto* row = new QListWidgetItem(qs(formatDiagnostic(problem)));
        row->setIcon(style()->standardIcon(problem.severity == Severity::Error
                ? QStyle::SP_MessageBoxCritical
                : QStyle::SP_MessageBoxWarning));
        m_problems->addItem(row);
    }
    return m_problems;
}

} // namespace limber
