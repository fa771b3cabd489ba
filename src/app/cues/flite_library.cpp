#include "flite_library.h"

#include <QLibrary>

#include <type_traits>
#include <utility>

namespace limber {

namespace {

// The soname's version, so no development symlink (flite1-dev) is needed at run time.
constexpr int sonameVersion = 1;

using RegisterVoice = cst_voice* (*)(const char* voiceDirectory);

// What QLibrary says went wrong, after what Limber was doing.
QString failure(const QLibrary& library, const QString& what)
{
    return QStringLiteral("%1 (%2)").arg(what, library.errorString());
}

} // namespace

FliteLibrary::FliteLibrary(QString name)
    : m_name(std::move(name))
{
}

FliteLibrary& FliteLibrary::standard()
{
    static FliteLibrary flite(QStringLiteral("flite"));
    return flite;
}

const FliteLibrary::Functions* FliteLibrary::functions()
{
    if (m_tried)
        return m_loaded ? &m_functions : nullptr;
    m_tried = true;
    // Never unloaded: voices and flite's global state live as long as the process.
    QLibrary library(m_name, sonameVersion);
    const auto resolve = [&library](auto& function, const char* symbol) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
            library.resolve(symbol));
        return function != nullptr;
    };
    if (!library.load()) {
        m_problem = failure(
            library, QStringLiteral("the speech library (Debian: libflite1) cannot be loaded"));
        return nullptr;
    }
    if (!resolve(m_functions.init, "flite_init")
        || !resolve(m_functions.textToWave, "flite_text_to_wave")
        || !resolve(m_functions.setFloatFeature, "feat_set_float")
        || !resolve(m_functions.deleteWave, "delete_wave")) {
        m_problem = failure(library, QStringLiteral("the speech library is not flite's"));
        return nullptr;
    }
    m_functions.init();
    m_loaded = true;
    return &m_functions;
}

cst_voice* FliteLibrary::voice(const QString& name)
{
    if (const auto found = m_voices.find(name); found != m_voices.end())
        return found->second;
    cst_voice* voice = nullptr;
    if (functions()) {
        QLibrary library(QStringLiteral("%1_cmu_us_%2").arg(m_name, name), sonameVersion);
        const auto registerVoice = reinterpret_cast<RegisterVoice>(
            library.resolve(QStringLiteral("register_cmu_us_%1").arg(name).toLatin1().constData()));
        if (registerVoice)
            voice = registerVoice(nullptr);
        else
            m_problem
                = failure(library, QStringLiteral("the voice \"%1\" cannot be loaded").arg(name));
    }
    m_voices.emplace(name, voice);
    return voice;
}

} // namespace limber
