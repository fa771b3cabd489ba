// The slot under the builder's toolbar: the note that a built-in routine cannot be changed, or
// the problems of the routine being edited (a plain hint when all it lacks is stretches).
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace limber {

class BuilderBanner : public QWidget {
    Q_OBJECT

public:
    explicit BuilderBanner(QWidget* parent = nullptr);

    // The note for a read-only routine; otherwise the problems, one a line (none: blank).
    void show(bool readOnly, const QStringList& problems, bool onlyNeedsStretches);

private:
    QStackedLayout* m_banners = nullptr; // the note or the problems
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_problemLabel = nullptr;
};

} // namespace limber
