// The routine open in the builder: its value, the file it belongs to, whether it may be
// changed, and its edit history (QUndoStack). Every change goes through edit(), so every
// change can be undone and none goes unnoticed.
#pragma once

#include <limber/model.h>

#include <QObject>
#include <QString>

class QUndoStack;

namespace limber {

// Which edits merge into one undo step: repeated changes of the same value, in a row.
namespace mergeKeys {
inline constexpr int none = -1;
inline constexpr int leadIn = 1;
inline constexpr int switchTime = 2;
// One field (ItemEditor::Field, below keysPerItem) of one item: each pair has a key of its own,
// from firstItemKey up, above the routine-wide ones.
inline constexpr int firstItemKey = 16;
inline constexpr int keysPerItem = 8;
constexpr int itemField(int field, int row)
{
    return firstItemKey + row * keysPerItem + field;
}
} // namespace mergeKeys

class RoutineDocument : public QObject {
    Q_OBJECT

public:
    explicit RoutineDocument(QObject* parent = nullptr);

    const Routine& routine() const { return m_routine; }
    // The user file it is saved in; empty for a built-in routine and for one never saved.
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isSaved() const { return !m_path.isEmpty(); }
    // Changed since it was opened or last saved, or never saved and not empty.
    bool isModified() const;
    QUndoStack& undoStack() const { return *m_undo; }

    // Shows another routine, with a fresh history.
    void open(Routine routine, QString path, bool readOnly);

    // One change, undoable. Changes with the same `mergeKey` (not mergeKeys::none) in a row merge
    // into one step, so spinning a number is one undo, not twenty.
    void edit(const QString& text, Routine after, int mergeKey = mergeKeys::none);

    // The file now holds the routine as it is.
    void markSaved(const QString& path);

    // The id is the routine's name in files and on the command line, not part of its history:
    // it is set once, when the routine is first saved.
    void setId(const std::string& id);

    // Used by the undo commands: replaces the value (keeping the id) and says so.
    void replace(const Routine& routine);

signals:
    // The routine's value changed (edit, undo, redo or open).
    void changed();
    void modifiedChanged(bool modified);

private:
    Routine m_routine;
    QString m_path;
    bool m_readOnly = false;
    QUndoStack* m_undo = nullptr;
};

} // namespace limber
