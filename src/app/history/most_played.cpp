#include "most_played.h"

#include "history_text.h"
#include "player/player_style.h"
#include "shared/words.h"

#include <QBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace limber {

namespace {

QString countTable(const std::vector<PlayCount>& counts, const QString& unit, const QColor& muted)
{
    QString rows;
    for (const PlayCount& count : counts) {
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"padding-left:10px; "
                               "white-space:nowrap; color:%2\">%3 · %4</td></tr>")
                    .arg(qs(count.name).toHtmlEscaped(), muted.name(), unit.arg(count.count),
                        durationText(count.playedMs));
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

// Below this width the two lists stand one above the other, each shorter so the page keeps its
// height.
constexpr int stackedBelowWidth = 520;
constexpr std::size_t stackedRows = 3;

QString spokenList(const std::vector<PlayCount>& counts)
{
    QStringList spoken;
    for (const PlayCount& count : counts)
        spoken << MostPlayed::tr("%1, %2 times").arg(qs(count.name)).arg(count.count);
    return spoken.join(QStringLiteral("; "));
}

QLabel* titleLabel(const QString& text)
{
    auto* label = new QLabel(text);
    styleText(*label, 1.0, QFont::DemiBold);
    return label;
}

} // namespace

MostPlayed::MostPlayed(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("history-most-played"));
    m_routines = new QLabel;
    m_routines->setObjectName(QStringLiteral("most-played-routines"));
    m_routines->setTextFormat(Qt::RichText);
    m_routines->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Long names wrap in a narrow window; the numbers beside them never do.
    m_routines->setWordWrap(true);
    m_stretches = new QLabel;
    m_stretches->setObjectName(QStringLiteral("most-played-stretches"));
    m_stretches->setTextFormat(Qt::RichText);
    m_stretches->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stretches->setWordWrap(true);

    auto* routines = new QVBoxLayout;
    routines->addWidget(titleLabel(tr("Routines played most")));
    routines->addWidget(m_routines, 1);
    auto* stretches = new QVBoxLayout;
    stretches->addWidget(titleLabel(tr("Stretches done most")));
    stretches->addWidget(m_stretches, 1);
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(routines);
    m_layout->addLayout(stretches);
    fill();
}

void MostPlayed::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool stacked = width() < stackedBelowWidth;
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    fill();
}

void MostPlayed::setCounts(std::vector<PlayCount> routines, std::vector<PlayCount> stretches)
{
    m_routineCounts = std::move(routines);
    m_stretchCounts = std::move(stretches);
    fill();
}

void MostPlayed::fill()
{
    m_layout->setDirection(m_stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_layout->setSpacing(m_stacked ? 8 : 24);
    const std::size_t rows = m_stacked ? stackedRows : std::numeric_limits<std::size_t>::max();
    const auto first = [rows](const std::vector<PlayCount>& counts) {
        return std::vector<PlayCount>(counts.begin(),
            counts.begin() + static_cast<std::ptrdiff_t>(std::min(rows, counts.size())));
    };
    const QColor muted = mutedTextColor(palette());
    m_routines->setText(countTable(first(m_routineCounts), tr("%1×"), muted));
    m_stretches->setText(countTable(first(m_stretchCounts), tr("%1×"), muted));
    // A screen reader hears every one, whatever fits on screen.
    m_routines->setAccessibleName(tr("Routines played most: %1").arg(spokenList(m_routineCounts)));
    m_stretches->setAccessibleName(tr("Stretches done most: %1").arg(spokenList(m_stretchCounts)));
}

} // namespace limber
