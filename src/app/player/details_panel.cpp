#include "details_panel.h"

#include "player_style.h"
#include "shared/words.h"

#include <limber/plan.h>

#include <QLabel>

namespace limber {

namespace {

QString escaped(const std::string& text, Side side)
{
    return qs(fillSides(text, side)).toHtmlEscaped();
}

QString section(
    const QString& title, const std::vector<std::string>& lines, Side side, const char* listTag)
{
    if (lines.empty())
        return {};
    QString html
        = QStringLiteral("<h3>%1</h3><%2>").arg(title.toHtmlEscaped(), QLatin1String(listTag));
    for (const std::string& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(escaped(line, side));
    return html + QStringLiteral("</%1>").arg(QLatin1String(listTag));
}

} // namespace

DetailsPanel::DetailsPanel(QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("details-panel"));
    setAccessibleName(tr("Steps, what to avoid and cautions"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("details-text"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setMargin(20);
    styleText(*m_text, typeScale::caption);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Resizable first: a fixed-size widget would be sized to its text now, before the window
    // has given it its type scale.
    setWidgetResizable(true);
    setWidget(m_text);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    hide();
}

QSize DetailsPanel::sizeHint() const
{
    return { 420, 480 };
}

QString DetailsPanel::text() const
{
    return m_text->text();
}

void DetailsPanel::showExercise(const Exercise* exercise, Side side)
{
    if (!exercise) {
        m_text->clear();
        m_shownId.clear();
        return;
    }
    if (exercise->id == m_shownId && m_shownSide == side)
        return;
    m_shownId = exercise->id;
    m_shownSide = side;

    QString html = QStringLiteral("<h2>%1</h2>").arg(qs(exercise->name).toHtmlEscaped());
    html += section(tr("Steps"), exercise->steps, side, "ol");
    html += section(tr("Avoid"), exercise->avoid, side, "ul");
    html += section(tr("Cautions"), exercise->cautions, side, "ul");
    if (!exercise->options.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Options").toHtmlEscaped());
        for (const ExerciseOption& option : exercise->options)
            html += QStringLiteral("<p><b>%1:</b> %2</p>")
                        .arg(qs(option.name).toHtmlEscaped(), escaped(option.text, side));
    }
    m_text->setText(html);
}

} // namespace limber
