// The usual keys under every platform theme: some themes bind nothing to Quit or Preferences
// (plain X11, the offscreen platform), others a key of their own (KDE's Ctrl+Shift+,).
#pragma once

#include <QKeySequence>
#include <QList>

namespace limber {

// `usual` first, then whatever the theme binds to `key`, without repeats.
QList<QKeySequence> keysFor(QKeySequence::StandardKey key, const QKeySequence& usual);

// The keys as a person reads them: "Ctrl+Q", or "Ctrl+Q or Ctrl+Shift+Q".
QString keysText(const QList<QKeySequence>& keys);

} // namespace limber
