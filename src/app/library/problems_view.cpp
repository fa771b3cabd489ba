#include "problems_view.h"

#include "shared/words.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace limber {

namespace {

constexpr int fileRole = Qt::UserRole;

// The file a session problem is about: it starts "PATH: what went wrong". The first prefix
// before a ": " that exists is it (a path may hold ": " itself); failing that, the first one
// that looks like a path, for a file that is gone.
QString fileOfMessage(const QString& message)
{
    QString guess;
    for (qsizetype at = message.indexOf(QStringLiteral(": ")); at > 0;
         at = message.indexOf(QStringLiteral(": "), at + 1)) {
        const QString prefix = QDir::fromNativeSeparators(message.left(at));
        if (QFileInfo::exists(prefix))
            return prefix;
        if (guess.isEmpty() && QDir::isAbsolutePath(prefix))
            guess = prefix;
    }
    return guess;
}

} // namespace

ProblemsView::ProblemsView(UrlOpener opener, QWidget* parent)
    : QWidget(parent)
    , m_opener(opener ? std::move(opener) : UrlOpener(&QDesktopServices::openUrl))
{
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("problems-intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("problems-list"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProblemsView::currentChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ProblemsView::openFile);

    const auto action = [this](const QIcon& icon, const QString& text, const char* name,
                            void (ProblemsView::*slot)()) {
        auto* a = new QAction(icon, text, this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        m_list->addAction(a);
        return a;
    };
    m_openFile = action(style()->standardIcon(QStyle::SP_FileIcon), tr("Open &file"),
        "problem-open-file", &ProblemsView::openFile);
    m_openFolder = action(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open f&older"),
        "problem-open-folder", &ProblemsView::openFolder);
    // The styles have no copy icon; the desktop's theme may.
    m_copy = action(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy message"),
        "problem-copy", &ProblemsView::copyMessage);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);

    auto* buttons = new QHBoxLayout;
    for (QAction* a : { m_openFile, m_openFolder, m_copy }) {
        auto* button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    currentChanged();
}

void ProblemsView::setProblems(
    const Diagnostics& fileProblems, const QStringList& sessionProblems, const QString& userFolder)
{
    m_userFolder = userFolder;
    m_list->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Diagnostic& problem : fileProblems)
        add(problem.severity == Severity::Error ? error : warning, qs(formatDiagnostic(problem)),
            qs(problem.file));
    // A session problem names a file too; escaped like a diagnostic, it stays on one line.
    for (const QString& problem : sessionProblems)
        add(error, qs(displayable(problem.toStdString())), fileOfMessage(problem));
    const QString folder = QDir::toNativeSeparators(userFolder);
    if (m_list->count() == 0)
        m_intro->setText(tr("No problems: every file loaded."));
    else if (!hasErrors(fileProblems) && sessionProblems.isEmpty())
        m_intro->setText(
            tr("Every file loaded; the warnings below are worth a look. Your files are in %1.")
                .arg(folder));
    else
        m_intro->setText(tr("Files with errors, and files that could not be read, are left "
                            "exactly as they are and skipped; everything else loaded. Fix a "
                            "file, then choose File ▸ Reload files. Your files are in %1.")
                             .arg(folder));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    currentChanged();
}

int ProblemsView::count() const
{
    return m_list->count();
}

QStringList ProblemsView::lines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines << m_list->item(row)->text();
    return lines;
}

void ProblemsView::openFile()
{
    const QString file = currentFile();
    if (QFileInfo(file).isFile())
        m_opener(QUrl::fromLocalFile(file));
}

void ProblemsView::openFolder()
{
    // The folder the file is in, or the person's own folder for a problem about no one file.
    const QString file = currentFile();
    const QString folder = file.isEmpty() ? m_userFolder : QFileInfo(file).absolutePath();
    if (QFileInfo(folder).isDir())
        m_opener(QUrl::fromLocalFile(folder));
}

void ProblemsView::copyMessage()
{
    // The selected problems, or the current one: each on its own line, as shown.
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected())
            texts << m_list->item(row)->text();
    }
    if (texts.isEmpty() && m_list->currentItem())
        texts << m_list->currentItem()->text();
    if (!texts.isEmpty())
        QGuiApplication::clipboard()->setText(texts.join(QLatin1Char('\n')));
}

void ProblemsView::currentChanged()
{
    const QString file = currentFile();
    const bool any = m_list->currentItem() != nullptr;
    m_openFile->setEnabled(QFileInfo(file).isFile());
    m_openFolder->setEnabled(
        any && QFileInfo(file.isEmpty() ? m_userFolder : QFileInfo(file).absolutePath()).isDir());
    m_copy->setEnabled(any);
}

QString ProblemsView::currentFile() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(fileRole).toString() : QString();
}

void ProblemsView::add(const QIcon& icon, const QString& text, const QString& file)
{
    auto* item = new QListWidgetItem(icon, text, m_list);
    // Built-in files are named "data/…" inside the program: nothing the desktop can open.
    if (QDir::isAbsolutePath(file)) {
        item->setData(fileRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
}

} // namespace limber
