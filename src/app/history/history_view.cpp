#include "history_view.h"

#include "calendar_heatmap.h"
#include "history_text.h"
#include "most_played.h"
#include "player/player_style.h"
#include "session_details.h"
#include "session_list_model.h"
#include "shared/words.h"
#include "week_chart.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

namespace {

enum Page { EmptyPage, ContentPage, LoadingPage };

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    styleText(*label, 1.1, QFont::DemiBold);
    return label;
}

} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("history-view"));
    auto* title = new QLabel(tr("History"));
    styleText(*title, typeScale::large, QFont::Bold);
    m_glanceLabel = new QLabel;
    m_glanceLabel->setObjectName(QStringLiteral("history-glance"));
    styleText(*m_glanceLabel, 1.0, QFont::Normal, true);

    auto* exportMenu = new QMenu(this);
    QAction* csv = exportMenu->addAction(tr("As CSV…"));
    csv->setObjectName(QStringLiteral("history-export-csv"));
    connect(csv, &QAction::triggered, this, &HistoryView::exportCsvRequested);
    QAction* json = exportMenu->addAction(tr("As JSON…"));
    json->setObjectName(QStringLiteral("history-export-json"));
    connect(json, &QAction::triggered, this, &HistoryView::exportJsonRequested);
    m_export = new QToolButton;
    m_export->setObjectName(QStringLiteral("history-export"));
    m_export->setText(tr("Export"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(exportMenu);
    m_deleteAll = new QPushButton(tr("Delete all…"));
    m_deleteAll->setObjectName(QStringLiteral("history-delete-all"));
    connect(m_deleteAll, &QPushButton::clicked, this, &HistoryView::deleteAllRequested);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title);
    top->addWidget(m_glanceLabel, 1, Qt::AlignBottom);
    top->addWidget(m_export);
    top->addWidget(m_deleteAll);

    auto* empty = new QLabel(tr("Nothing here yet. Each routine you play is kept here: your days "
                                "on a calendar, your weeks, and what every session did."));
    empty->setObjectName(QStringLiteral("history-empty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    styleText(*empty, 1.1, QFont::Normal, true);

    auto* loading = new QLabel(tr("Loading the history…"));
    loading->setObjectName(QStringLiteral("history-loading"));
    loading->setAlignment(Qt::AlignCenter);
    styleText(*loading, 1.1, QFont::Normal, true);

    m_pages = new QStackedWidget;
    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(ContentPage, createContent());
    m_pages->insertWidget(LoadingPage, loading);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    setSessions({}, m_today);
}

QWidget* HistoryView::createContent()
{
    m_calendar = new CalendarHeatmap;
    m_weeks = new WeekChart;
    m_mostPlayed = new MostPlayed;

    m_routineFilter = new QComboBox;
    m_routineFilter->setObjectName(QStringLiteral("history-routine-filter"));
    m_routineFilter->setAccessibleName(tr("Routine"));
    m_routineFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("history-from"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("history-to"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_shownCount = new QLabel;
    m_shownCount->setObjectName(QStringLiteral("history-shown-count"));
    styleText(*m_shownCount, 1.0, QFont::Normal, true);
    connect(m_routineFilter, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);

    m_model = new SessionListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("history-sessions"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and section sizes: the view never measures 36,500 rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The routine's name takes the room there is; the other columns are as wide as their words.
    m_table->horizontalHeader()->setSectionResizeMode(
        SessionListModel::Routine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(SessionListModel::When, digit * 18);
    m_table->setColumnWidth(SessionListModel::Played, digit * 8);
    m_table->setColumnWidth(SessionListModel::Stretches, digit * 7);
    m_table->setColumnWidth(SessionListModel::Ended, digit * 9);
    m_table->setMinimumHeight(100);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showSelected);
    auto* deleteKey = new QAction(tr("Delete session"), m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteKey);

    m_details = new SessionDetails;
    m_details->setMinimumWidth(240);
    connect(
        m_details, &SessionDetails::deleteRequested, this, &HistoryView::deleteSessionRequested);
    connect(deleteKey, &QAction::triggered, this, [this] {
        if (const SessionRecord* session = m_model->sessionAt(m_table->currentIndex().row()))
            emit deleteSessionRequested(session->id);
    });

    auto* weeks = new QVBoxLayout;
    weeks->addWidget(sectionTitle(tr("Minutes per week")));
    weeks->addWidget(m_weeks, 1);
    auto* middle = new QHBoxLayout;
    middle->setSpacing(24);
    middle->addLayout(weeks, 3);
    middle->addWidget(m_mostPlayed, 2);

    auto* filters = new QHBoxLayout;
    filters->addWidget(sectionTitle(tr("Sessions")));
    filters->addSpacing(12);
    filters->addWidget(m_routineFilter);
    filters->addWidget(new QLabel(tr("from")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_shownCount);
    auto* list = new QHBoxLayout;
    list->setSpacing(16);
    list->addWidget(m_table, 5);
    list->addWidget(m_details, 3);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_calendar);
    layout->addLayout(middle);
    layout->addLayout(filters);
    layout->addLayout(list, 1);
    return content;
}

void HistoryView::setSessions(std::vector<SessionRecord> sessions, LocalDate today)
{
    m_today = today;
    m_days = dailyTotals(sessions);
    m_calendar->setDays(m_days, today);
    m_weeks->setWeeks(weeklyTotals(m_days, today, weeksShown));
    std::vector<PlayCount> routines = routineCounts(sessions);
    fillRoutineFilter(routines);
    // Most played first: the played ones, at the front.
    std::vector<PlayCount> mostPlayed;
    for (const PlayCount& routine : routines) {
        if (routine.count == 0 || mostPlayed.size() == static_cast<std::size_t>(mostPlayedShown))
            break;
        mostPlayed.push_back(routine);
    }
    m_mostPlayed->setCounts(std::move(mostPlayed), mostPlayedStretches(sessions, mostPlayedShown));
    const bool any = !sessions.empty();
    m_model->setSessions(std::move(sessions));
    fillDateRange();
    applyFilter();
    m_pages->setCurrentIndex(any ? ContentPage : EmptyPage);
    m_export->setEnabled(any);
    m_deleteAll->setEnabled(any);
    // The newest session, chosen, shows what a session's details look like.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateGlance();
}

void HistoryView::setLoading()
{
    m_pages->setCurrentIndex(LoadingPage);
    m_glanceLabel->setText(tr("Loading…"));
    m_export->setEnabled(false);
    m_deleteAll->setEnabled(false);
}

void HistoryView::setToday(LocalDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    m_calendar->setDays(m_days, today);
    m_weeks->setWeeks(weeklyTotals(m_days, today, weeksShown));
    fillDateRange();
    applyFilter();
    updateGlance();
}

void HistoryView::setGoal(const DailyGoal& goal)
{
    m_goal = goal;
    updateGlance();
}

void HistoryView::updateGlance()
{
    m_glance = glanceAt(m_days, m_goal, m_today);
    m_glanceLabel->setText(
        tr("Today %1 · streak %2 · this week %3 · goal %4")
            .arg(durationText(m_glance.today.playedMs), daysText(m_glance.streakDays),
                durationText(m_glance.thisWeek.playedMs), goalText(m_goal)));
    emit glanceChanged(m_glance);
}

void HistoryView::fillRoutineFilter(std::vector<PlayCount> routines)
{
    // Each routine once, by its latest name, in name order.
    std::sort(routines.begin(), routines.end(),
        [](const PlayCount& a, const PlayCount& b) { return a.name < b.name; });
    // Filled whole before it filters: no half-filled list filters on its way.
    const QSignalBlocker blocker(m_routineFilter);
    const QString chosen = m_routineFilter->currentData().toString();
    m_routineFilter->clear();
    m_routineFilter->addItem(tr("All routines"));
    for (const PlayCount& routine : routines)
        m_routineFilter->addItem(qs(routine.name), qs(routine.id));
    m_routineFilter->setCurrentIndex(std::max(0, m_routineFilter->findData(chosen)));
}

void HistoryView::fillDateRange()
{
    // From the first session's day to today (or the last session's, if later).
    const QSignalBlocker from(m_from);
    const QSignalBlocker to(m_to);
    const auto& sessions = m_model->sessions();
    const QDate today = toQDate(m_today);
    const QDate first = sessions.empty() ? today : toQDate(localDayOf(sessions.front()));
    const QDate last
        = sessions.empty() ? today : std::max(today, toQDate(localDayOf(sessions.back())));
    m_from->setDateRange(first, last);
    m_to->setDateRange(first, last);
    m_from->setDate(first);
    m_to->setDate(last);
}

void HistoryView::applyFilter()
{
    SessionFilter filter;
    const QString routine = m_routineFilter->currentData().toString();
    if (!routine.isEmpty())
        filter.routine = routine.toStdString();
    // The whole range is no filter: a new session on a later day still shows.
    if (m_from->date() > m_from->minimumDate())
        filter.from = fromQDate(m_from->date());
    if (m_to->date() < m_to->maximumDate())
        filter.to = fromQDate(m_to->date());
    m_model->setFilter(filter);
    const int shown = m_model->rowCount();
    const auto all = static_cast<int>(m_model->sessions().size());
    m_shownCount->setText(shown == all ? sessionsText(all) : tr("%1 of %2").arg(shown).arg(all));
}

void HistoryView::showSelected()
{
    m_details->setSession(m_model->sessionAt(m_table->currentIndex().row()));
}

} // namespace limber
