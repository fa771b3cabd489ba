#include "figure/figure_thumbnails.h"

#include "figure/figure_view.h"

#include <limber/exercise_figure.h>

#include <algorithm>

namespace limber {

FigureThumbnails::FigureThumbnails(std::size_t limit)
    : m_limit(std::max<std::size_t>(1, limit))
{
}

QImage FigureThumbnails::image(
    const Exercise& exercise, QSize size, qreal devicePixelRatio, const QPalette& palette)
{
    const Key key { exercise.id, size.width(), size.height(), devicePixelRatio,
        palette.cacheKey() };
    figure::ExerciseFigure figure = figureOf(exercise);
    if (const auto found = m_entries.find(key); found != m_entries.end()) {
        m_recent.splice(m_recent.begin(), m_recent, found->second.used);
        // The same exercise may come back changed (a library reloaded in place).
        if (found->second.figure == figure)
            return found->second.image;
        found->second.figure = std::move(figure);
        found->second.image = FigureView::thumbnail(exercise, size, devicePixelRatio, palette);
        return found->second.image;
    }
    if (m_entries.size() >= m_limit) {
        m_entries.erase(m_recent.back());
        m_recent.pop_back();
    }
    m_recent.push_front(key);
    Entry entry { std::move(figure),
        FigureView::thumbnail(exercise, size, devicePixelRatio, palette), m_recent.begin() };
    return m_entries.emplace(key, std::move(entry)).first->second.image;
}

} // namespace limber
