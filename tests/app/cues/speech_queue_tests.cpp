// The speech queue on its own: staleness, replacement by priority, and order.
#include "cues/speech_queue.h"

#include <catch2/catch.hpp>

using limber::Phrase;
using limber::SpeechQueue;

namespace {

Phrase phrase(const char* text, int priority, std::int64_t dueMs)
{
    return { QString::fromLatin1(text), priority, dueMs };
}

} // namespace

TEST_CASE("A phrase is stale when more than a second late", "[queue]")
{
    CHECK_FALSE(SpeechQueue::isStale(1'000, 1'000));
    CHECK_FALSE(SpeechQueue::isStale(1'000, 2'000));
    CHECK(SpeechQueue::isStale(1'000, 2'001));
    CHECK_FALSE(SpeechQueue::isStale(5'000, 4'000)); // early is never stale

    SpeechQueue queue;
    CHECK_FALSE(queue.push(phrase("Three", 2, 0), 1'001));
    CHECK(queue.waiting().empty());
}

TEST_CASE("Waiting phrases run from most to least important", "[queue]")
{
    SpeechQueue queue;
    REQUIRE(queue.push(phrase("Left side", 4, 0), 0));
    REQUIRE(queue.push(phrase("Breathe in", 1, 0), 0));
    CHECK(queue.waiting().size() == 2); // the less important waits behind

    // A countdown replaces the breath cue but not the side.
    REQUIRE(queue.push(phrase("Three", 2, 100), 100));
    REQUIRE(queue.waiting().size() == 2);
    CHECK(queue.waiting()[0].text == QStringLiteral("Left side"));
    CHECK(queue.waiting()[1].text == QStringLiteral("Three"));

    // A newer count replaces the older one; the end replaces everything.
    REQUIRE(queue.push(phrase("Two", 2, 1'100), 1'100));
    CHECK(queue.waiting().back().text == QStringLiteral("Two"));
    REQUIRE(queue.push(phrase("Done", 5, 1'200), 1'200));
    REQUIRE(queue.waiting().size() == 1);
    CHECK(queue.waiting().front().text == QStringLiteral("Done"));
}

TEST_CASE("Taking skips what went stale while it waited", "[queue]")
{
    SpeechQueue queue;
    queue.push(phrase("Left side", 4, 0), 0);
    queue.push(phrase("Breathe in", 1, 900), 900);

    // At 1.5 s "Left side" is too late, "Breathe in" is not.
    const auto next = queue.take(1'500);
    REQUIRE(next);
    CHECK(next->text == QStringLiteral("Breathe in"));
    CHECK(queue.waiting().empty());
    CHECK_FALSE(queue.take(1'500));

    queue.push(phrase("One", 2, 2'000), 2'000);
    CHECK_FALSE(queue.take(3'001));
    CHECK(queue.waiting().empty());
}
