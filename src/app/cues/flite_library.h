// Flite, loaded at run time rather than linked: Debian's libflite1 (libflite.so.1 and a
// library per voice) is opened with QLibrary the first time a voice is wanted. Linked, its
// voices cost every launch 6 MiB of resident memory and 136,000 relocations before main(),
// even with the voice off (docs/PERFORMANCE.md); only flite1-dev's headers are needed to
// build. Not thread-safe on its own: speech_synthesis.cpp uses it under flite's own lock.
#pragma once

#include <QString>

#include <flite/flite.h>
#include <map>

namespace limber {

class FliteLibrary {
public:
    // What Limber calls in libflite.so.1, typed as <flite/flite.h> declares it.
    struct Functions {
        decltype(&flite_init) init = nullptr;
        decltype(&flite_text_to_wave) textToWave = nullptr;
        decltype(&feat_set_float) setFloatFeature = nullptr;
        decltype(&delete_wave) deleteWave = nullptr;
    };

    // `name` as QLibrary takes it: "flite" is libflite.so.1, and its voices are
    // libflite_cmu_us_<voice>.so.1.
    explicit FliteLibrary(QString name);

    // The one the app speaks with: Debian's libflite.so.1. One per process, because flite's
    // own state (flite_init, the registered voices) is process-wide and never unloaded.
    static FliteLibrary& standard();

    // The library's functions, loaded (and flite initialised) on the first call; null when it
    // cannot be loaded, which problem() explains and which is not tried again.
    const Functions* functions();
    // One of speechVoices(), loaded and registered on first use and kept for the life of the
    // process; null when it cannot be loaded (problem() says why).
    cst_voice* voice(const QString& name);
    // Why the library or a voice did not load; empty when nothing failed.
    QString problem() const { return m_problem; }

private:
    QString m_name;
    bool m_tried = false;
    bool m_loaded = false;
    Functions m_functions;
    std::map<QString, cst_voice*> m_voices; // null for a voice that did not load
    QString m_problem;
};

} // namespace limber
