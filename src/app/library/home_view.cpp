#include "home_view.h"

#include "figure/figure_view.h"
#include "history/history_summary.h"
#include "home_card_columns.h"
#include "shared/looks.h"
#include "shared/words.h"

#include <limber/describe.h>
#include <limber/plan.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>

namespace limber {

namespace {

// Three cards a row where the width holds them; fewer in a narrow window.
constexpr int mostColumns = 3;
// A card shows the first few stretches of its routine, small, as a glance at what it asks.
constexpr int cardFigures = 4;
constexpr int cardFigureSize = 44;

// "4:35 · 5 stretches · seated, standing"
QString routineFacts(const Routine& routine, const Library& library, const PlanOptions& options)
{
    QStringList facts;
    const PlanResult plan = compile(routine, library, options, routine.id);
    if (plan)
        facts << qs(formatMinutesSeconds(plan.plan->totalMs));
    const auto count = static_cast<int>(routine.items.size());
    facts << (count == 1 ? QObject::tr("1 stretch") : QObject::tr("%1 stretches").arg(count));
    QStringList positions;
    for (const RoutineItem& item : routine.items) {
        if (const Exercise* exercise = library.findExercise(item.exercise)) {
            const QString position = QString::fromLatin1(toString(exercise->position));
            if (!positions.contains(position))
                positions << position;
        }
    }
    if (!positions.isEmpty())
        facts << positions.join(QStringLiteral(", "));
    return facts.join(QStringLiteral(" · "));
}

QLabel* heading(const QString& text, double scale)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

HomeView::HomeView(const Library& library, const PlanOptions& options, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_planOptions(options)
{
    auto* newRoutine
        = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New routine"));
    newRoutine->setObjectName(QStringLiteral("home-new"));
    connect(newRoutine, &QPushButton::clicked, this, &HomeView::newRoutineRequested);
    auto* import
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import…"));
    import->setObjectName(QStringLiteral("home-import"));
    connect(import, &QPushButton::clicked, this, &HomeView::importRequested);

    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Routines"), 1.6));
    top->addStretch();
    top->addWidget(newRoutine);
    top->addWidget(import);

    m_retired = new QWidget(this);
    m_retired->hide();
    m_content = new QWidget;
    m_sections = new QVBoxLayout(m_content);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the cards' buttons (and scrolls them into view), not to the area itself.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    refresh();
}

void HomeView::refresh()
{
    // Cards are few and cheap: build them again rather than patch them.
    while (QLayoutItem* item = m_sections->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            // Out of sight at once, deleted once any click that led here has returned (or with
            // this view, when no event loop comes round again).
            widget->hide();
            widget->setParent(m_retired);
            widget->deleteLater();
        }
        delete item;
    }
    addSection(tr("Your routines"), Origin::User);
    addSection(tr("Built-in routines"), Origin::BuiltIn);
    m_sections->addStretch(1);
}

void HomeView::setPlanOptions(const PlanOptions& options)
{
    m_planOptions = options;
    refresh();
}

void HomeView::setHistorySummary(HistorySummary* summary)
{
    // Under the title row, above the cards; the hint in the same place.
    m_summary = summary;
    m_historyHint = new QLabel(tr("After your first break, your minutes today, your streak of "
                                  "days and this week's total show here."));
    m_historyHint->setObjectName(QStringLiteral("home-history-hint"));
    m_historyHint->setWordWrap(true);
    setMutedText(m_historyHint);
    auto* column = static_cast<QVBoxLayout*>(layout());
    column->insertWidget(1, summary);
    column->insertWidget(2, m_historyHint);
    m_historyHint->hide();
}

void HomeView::setHistoryStarted(bool started)
{
    if (!m_summary)
        return;
    m_summary->setVisible(started);
    m_historyHint->setVisible(!started);
}

void HomeView::addSection(const QString& title, Origin origin)
{
    auto* section = new QWidget;
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addWidget(heading(title, 1.15));
    auto* cards = new HomeCardColumns(mostColumns);
    cards->setSpacing(12);
    int count = 0;
    for (const auto& entry : m_library.routines()) {
        if (entry.origin != origin)
            continue;
        cards->addWidget(createCard(entry));
        ++count;
    }
    if (count == 0) {
        auto* empty = new QLabel(origin == Origin::User
                ? tr("None yet. New routine opens an empty one: add stretches from the list "
                     "beside it, or tick Favourites only there to choose among those you starred "
                     "in the Library.")
                : tr("None loaded."));
        empty->setObjectName(origin == Origin::User ? QStringLiteral("home-no-routines")
                                                    : QStringLiteral("home-no-built-ins"));
        empty->setWordWrap(true);
        setMutedText(empty);
        layout->addWidget(empty);
    }
    layout->addLayout(cards);
    m_sections->addWidget(section);
}

QWidget* HomeView::createCard(const LibraryEntry<Routine>& entry)
{
    const Routine& routine = entry.value;
    const QString id = qs(routine.id);
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("routine-card"));
    card->setProperty("routineId", id);
    card->setStyleSheet(QStringLiteral("QFrame#routine-card { border: 1px solid palette(mid); "
                                       "border-radius: 8px; background: palette(base); }"));
    card->setMinimumWidth(240);
    // A screen reader enters the card by its routine's name and hears its facts.
    card->setAccessibleName(qs(routine.name));

    auto* name = heading(qs(routine.name), 1.2);
    name->setWordWrap(true);
    auto* summary = new QLabel(qs(routine.summary));
    summary->setWordWrap(true);
    summary->setVisible(!routine.summary.empty());
    summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* facts = new QLabel(routineFacts(routine, m_library, m_planOptions));
    facts->setObjectName(QStringLiteral("routine-facts"));
    facts->setWordWrap(true);
    setMutedText(facts);
    card->setAccessibleDescription(facts->text());

    const bool mine = entry.origin == Origin::User;
    auto* edit = new QPushButton(mine ? tr("Edit") : tr("Open in builder"));
    edit->setObjectName(QStringLiteral("edit-") + id);
    // Every card has these buttons: the routine's name tells them apart out of sight.
    edit->setAccessibleName(mine ? tr("Edit %1").arg(qs(routine.name))
                                 : tr("Open %1 in the builder").arg(qs(routine.name)));
    connect(edit, &QPushButton::clicked, this, [this, id] { emit editRequested(id); });
    // "Play": the card is this routine's start page, so the player begins at once.
    auto* start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"));
    start->setObjectName(QStringLiteral("start-") + id);
    start->setAccessibleName(tr("Play %1").arg(qs(routine.name)));
    connect(start, &QPushButton::clicked, this, [this, id] { emit startRequested(id); });

    auto* figures = new QHBoxLayout;
    figures->setSpacing(2);
    int shown = 0;
    for (const RoutineItem& item : routine.items) {
        if (shown == cardFigures)
            break;
        const Exercise* exercise = m_library.findExercise(item.exercise);
        if (!exercise)
            continue;
        auto* figure = new QLabel;
        figure->setObjectName(QStringLiteral("card-figure"));
        figure->setAccessibleName(qs(exercise->name));
        figure->setToolTip(qs(exercise->name));
        figure->setPixmap(QPixmap::fromImage(FigureView::thumbnail(
            *exercise, QSize(cardFigureSize, cardFigureSize), devicePixelRatioF(), palette())));
        figures->addWidget(figure);
        ++shown;
    }
    figures->addStretch();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(edit);
    buttons->addWidget(start);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(figures);
    layout->addWidget(name);
    layout->addWidget(summary, 1);
    layout->addWidget(facts);
    layout->addLayout(buttons);
    return card;
}

} // namespace limber
