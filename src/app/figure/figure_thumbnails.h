// The figure thumbnails a list paints, drawn once per exercise and look and kept by the view or
// delegate that owns this cache: the lists repaint every visible row on every repaint, and a
// figure takes far longer to draw than its image to copy. Bounded: past `limit` images the
// least recently used goes, so a long-running app showing many palettes and sizes keeps a few
// hundred images at most.
//
// Typical use, as a member of a delegate:
//     mutable FigureThumbnails m_thumbnails;
//     painter->drawImage(at, m_thumbnails.image(exercise, size, ratio, option.palette));
#pragma once

#include <limber/figure.h>
#include <limber/model.h>

#include <QImage>
#include <QPalette>
#include <QSize>

#include <cstddef>
#include <list>
#include <map>
#include <string>
#include <tuple>

namespace limber {

class FigureThumbnails {
public:
    explicit FigureThumbnails(std::size_t limit = 256);

    // FigureView::thumbnail of `exercise`, drawn again only when its figure, the size, the ratio
    // or the palette changed since it was kept.
    QImage image(
        const Exercise& exercise, QSize size, qreal devicePixelRatio, const QPalette& palette);

    std::size_t size() const { return m_entries.size(); }
    std::size_t limit() const { return m_limit; }

private:
    using Key = std::tuple<std::string, int, int, qreal, qint64>;
    struct Entry {
        figure::ExerciseFigure figure;
        QImage image;
        std::list<Key>::iterator used; // its place in m_recent
    };

    std::size_t m_limit;
    std::map<Key, Entry> m_entries;
    std::list<Key> m_recent; // most recently used first
};

} // namespace limber
