#include "standard_keys.h"

#include <QCoreApplication>
#include <QStringList>

namespace limber {

QList<QKeySequence> keysFor(QKeySequence::StandardKey key, const QKeySequence& usual)
{
    QList<QKeySequence> keys { usual };
    for (const QKeySequence& themed : QKeySequence::keyBindings(key)) {
        if (!themed.isEmpty() && !keys.contains(themed))
            keys << themed;
    }
    return keys;
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QCoreApplication::translate("limber::keysText", " or "));
}

} // namespace limber
