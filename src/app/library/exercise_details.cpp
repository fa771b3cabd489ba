#include "exercise_details.h"

#include "figure/figure_view.h"
#include "shared/looks.h"
#include "shared/words.h"
#include "star.h"
#include "storage/favourites.h"

#include <limber/describe.h>
#include <limber/plan.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace limber {

namespace {

QString html(const std::string& text)
{
    return qs(text).toHtmlEscaped();
}

QString section(const QString& title, const QString& body)
{
    return QStringLiteral("<h3>") + title.toHtmlEscaped() + QStringLiteral("</h3>") + body;
}

QString list(const std::vector<std::string>& items, Side side, const char* tag = "ul")
{
    QString out = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const std::string& item : items)
        out += QStringLiteral("<li>") + html(fillSides(item, side)) + QStringLiteral("</li>");
    return out + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

QString joined(const std::vector<std::string>& items)
{
    QStringList list;
    for (const std::string& item : items)
        list << qs(item);
    return list.join(QStringLiteral(", "));
}

QString sidesText(const Exercise& exercise)
{
    switch (exercise.sides) {
    case Sides::Each:
        return QObject::tr("Each side, %1 first.")
            .arg(QString::fromLatin1(toString(exercise.firstSide)));
    case Sides::Alternate:
        return QObject::tr("Alternating sides within each set, %1 first.")
            .arg(QString::fromLatin1(toString(exercise.firstSide)));
    case Sides::None:
        break;
    }
    return QObject::tr("Both sides at once.");
}

QString bodyHtml(const Exercise& exercise)
{
    const Side side = exercise.firstSide;
    QString out;
    if (!exercise.summary.empty())
        out += QStringLiteral("<p>") + html(exercise.summary) + QStringLiteral("</p>");
    QString facts = QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4")
                        .arg(QObject::tr("Dose:"), html(describeDose(exercise.dose)),
                            QObject::tr("Sides:"), sidesText(exercise).toHtmlEscaped());
    if (!exercise.targets.empty())
        facts += QStringLiteral("<br><b>%1</b> %2")
                     .arg(QObject::tr("Targets:"), joined(exercise.targets).toHtmlEscaped());
    if (!exercise.equipment.empty())
        facts += QStringLiteral("<br><b>%1</b> %2")
                     .arg(QObject::tr("Equipment:"), joined(exercise.equipment).toHtmlEscaped());
    out += facts + QStringLiteral("</p>");
    if (!exercise.setup.empty())
        out += section(QObject::tr("Setup"), list(exercise.setup, side));
    out += section(QObject::tr("Steps"), list(exercise.steps, side, "ol"));
    if (!exercise.avoid.empty())
        out += section(QObject::tr("Avoid"), list(exercise.avoid, side));
    if (!exercise.cautions.empty())
        out += section(QObject::tr("Cautions"), list(exercise.cautions, side));
    if (!exercise.options.empty()) {
        QString options = QStringLiteral("<ul>");
        for (const ExerciseOption& option : exercise.options)
            options += QStringLiteral("<li><b>") + html(option.name) + QStringLiteral(":</b> ")
                + html(fillSides(option.text, side)) + QStringLiteral("</li>");
        out += section(QObject::tr("Options"), options + QStringLiteral("</ul>"));
    }
    return out;
}

} // namespace

ExerciseDetails::ExerciseDetails(Favourites& favourites, QWidget* parent)
    : QWidget(parent)
    , m_favourites(favourites)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("exercise-title"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setWordWrap(true);
    setMutedText(m_subtitle);

    m_star = new QToolButton;
    m_star->setObjectName(QStringLiteral("details-star"));
    m_star->setCheckable(true);
    m_star->setAutoRaise(true);
    m_star->setIconSize(QSize(28, 28));
    connect(m_star, &QToolButton::clicked, this, [this](bool on) { m_favourites.set(m_id, on); });
    connect(&m_favourites, &Favourites::changed, this, [this](const QString& id) {
        if (id == m_id)
            updateStar();
    });

    m_add = new QPushButton(tr("Add to routine"));
    m_add->setObjectName(QStringLiteral("details-add"));
    connect(m_add, &QPushButton::clicked, this, [this] { emit addRequested(m_id); });

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("override-note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setStyleSheet(noteStyleSheet(palette(), NoteTone::Caution));

    m_body = new QTextBrowser;
    m_body->setObjectName(QStringLiteral("exercise-body"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);

    // The stretch's hold, still: the details pane shows what it looks like, not its timing.
    m_figure = new FigureView;
    m_figure->setObjectName(QStringLiteral("details-figure"));
    m_figure->setMotionReduced(true);
    m_figure->setFixedSize(96, 96);

    auto* heading = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    // The button under the title rather than beside it: in a narrow pane a long name wraps
    // within the pane's width instead of running under the button.
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_add, 0, Qt::AlignLeft);
    heading->addWidget(m_star, 0, Qt::AlignTop);
    heading->addWidget(m_figure, 0, Qt::AlignTop);
    heading->addLayout(titles, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_note);
    layout->addWidget(m_body, 1);
    showExercise(nullptr);
}

void ExerciseDetails::showExercise(const LibraryEntry<Exercise>* entry)
{
    m_id = entry ? qs(entry->value.id) : QString();
    m_star->setVisible(entry);
    m_add->setVisible(entry);
    m_subtitle->setVisible(entry);
    m_figure->setVisible(entry);
    m_figure->setExercise(entry ? &entry->value : nullptr);
    if (entry) {
        figure::Moment hold;
        hold.side = entry->value.sides != Sides::None && entry->value.firstSide == Side::Right
            ? figure::BodySide::Right
            : figure::BodySide::Left;
        m_figure->setMoment(hold);
    }
    if (!entry) {
        m_title->setText(tr("Pick a stretch"));
        m_note->hide();
        m_body->setHtml(tr("<p>Its steps, what to avoid and its options show here.</p>"));
        return;
    }
    const Exercise& exercise = entry->value;
    m_title->setText(qs(exercise.name));
    m_subtitle->setText(QString::fromLatin1(toString(exercise.position)) + QStringLiteral(" · ")
        + qs(describeDoseAndSides(exercise)));
    m_note->setVisible(entry->origin == Origin::User);
    if (entry->overridesBuiltIn)
        m_note->setText(tr("Your file %1 replaces the built-in exercise with the id “%2”.")
                            .arg(qs(entry->source), m_id));
    else
        m_note->setText(tr("Your own exercise, from %1.").arg(qs(entry->source)));
    m_body->setHtml(bodyHtml(exercise));
    updateStar();
}

QString ExerciseDetails::text() const
{
    QStringList parts { m_title->text(), m_subtitle->text() };
    if (!m_note->isHidden())
        parts << m_note->text();
    parts << m_body->toPlainText();
    return parts.join(QLatin1Char('\n'));
}

void ExerciseDetails::updateStar()
{
    const bool on = m_favourites.contains(m_id);
    m_star->setChecked(on);
    m_star->setIcon(starIcon(on, palette().color(QPalette::WindowText)));
    m_star->setToolTip(on ? tr("Remove from favourites") : tr("Add to favourites"));
    // The stretch's name with its state: the button alone says nothing of which stretch.
    const QString name = m_title->text();
    m_star->setAccessibleName(on ? tr("%1, starred").arg(name) : tr("%1, not starred").arg(name));
    m_star->setAccessibleDescription(m_star->toolTip());
}

} // namespace limber
