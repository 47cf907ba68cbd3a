#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every fuzzer shares (see CMakeLists.txt for how to add one).

namespace cdesk::fuzz {

// The input as a QByteArray that owns a copy (the parsers may keep what they are given).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Splits off the input's first line (without its '\n'); the rest is left in `input`.
inline QByteArray takeLine(QByteArray *input)
{
    const qsizetype newline = input->indexOf('\n');
    if (newline < 0) {
        const QByteArray line = *input;
        input->clear();
        return line;
    }
    const QByteArray line = input->left(newline);
    input->remove(0, newline + 1);
    return line;
}

} // namespace cdesk::fuzz

// An invariant of the code under test is broken: a crash libFuzzer reports with the input.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::cdesk::fuzz::invariantBroken(#condition, __FILE__, __LINE__);                        \
    } while (false)

namespace cdesk::fuzz {
[[noreturn]] void invariantBroken(const char *condition, const char *file, int line);
}
