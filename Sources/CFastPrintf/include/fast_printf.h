#ifndef PLANPRESS_FAST_PRINTF_H
#define PLANPRESS_FAST_PRINTF_H

#include <stdarg.h>
#include <stddef.h>

/// Formats one integer conversion the way glibc's vsnprintf does, without glibc's stdio machinery:
/// `format` must be exactly one of `%d %u %x %X %ld %lu %lx %lX`, optionally with a `0` flag and a width
/// (digits, or `*` taken from the arguments), and nothing else. Writes at most `maxlen - 1` characters and a
/// NUL, as snprintf does, and returns the length the whole result has. Returns -1, having written nothing,
/// for any other format (the caller then asks glibc).
int planpress_format_integer(char *s, size_t maxlen, const char *format, va_list ap);

/// How many calls to `__snprintf_chk` on this thread `planpress_format_integer` answered.
long planpress_fast_printf_calls(void);

#endif
