// A real full disk for the tests that check no write is lost to one: a small tmpfs mounted
// over a folder, which the test fills to its last byte when it wants writes to fail with
// ENOSPC. Mounting needs root (CI runs as root); elsewhere `mounted()` is false and
// `reason()` says why, so the test can skip with that reason.
#pragma once

#include <QString>

namespace testing {

class FullDisk {
public:
    // Mounts an empty tmpfs of `bytes` over `folder` (made if missing).
    explicit FullDisk(const QString& folder, int bytes = 256 * 1024);
    ~FullDisk();
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

    bool mounted() const { return m_mounted; }
    QString reason() const { return m_reason; }

    // Writes a filler file until the disk has no byte left.
    void fill();
    // The filler's name, to leave out when a test lists what the folder holds.
    static QString fillerName() { return QStringLiteral("filler.bin"); }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace testing
