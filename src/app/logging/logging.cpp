#include "logging.h"

#include <QDir>

#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace limber {

namespace {

constexpr std::size_t maxLogBytes = 1024 * 1024;
constexpr std::size_t keptLogFiles = 3;

} // namespace

void setUpLogging(const QString& logDir, bool verbose)
{
    const auto detail = verbose ? spdlog::level::debug : spdlog::level::info;

    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    // The command-line modes print their results on stdout; stderr only hears of trouble.
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("limber: %^%l%$: %v");
    std::vector<spdlog::sink_ptr> sinks { console };

    // A log file is a convenience: when the state dir cannot be made, log to stderr only.
    if (QDir().mkpath(logDir)) {
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir(logDir).filePath(QStringLiteral("limber.log")).toStdString(), maxLogBytes,
                keptLogFiles);
            file->set_level(detail);
            sinks.push_back(std::move(file));
        } catch (const spdlog::spdlog_ex& error) {
            console->log(spdlog::details::log_msg("limber", spdlog::level::warn,
                std::string("cannot open the log file: ") + error.what()));
        }
    }

    auto logger = std::make_shared<spdlog::logger>("limber", sinks.begin(), sinks.end());
    logger->set_level(detail);
    // Limber stays open all day: what it notes (a reminder due, a snooze) should be in the
    // file when someone looks, not at exit. Debug lines are many and wait for the next flush.
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(std::move(logger));
}

} // namespace limber
