// The folder the single-instance socket and its lock live in: one that only this user can
// enter, so that no other user can answer a launch, read its arguments or take the socket.
#pragma once

#include <QString>

#include <optional>

namespace limber {

// "" when `path` is a real folder (not a symbolic link) owned by this user with mode 0700;
// otherwise what is wrong with it, naming the path.
QString privateDirProblem(const QString& path);

// XDG_RUNTIME_DIR when it is private; otherwise limber-<uid> in the temporary folder, made
// with mode 0700 when missing and checked like the runtime dir every time. Nothing (with a
// warning logged saying why) when neither is private: Limber then runs on its own.
std::optional<QString> privateRuntimeDir();

} // namespace limber
