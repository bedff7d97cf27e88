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

/// Formats one fixed-point conversion the way glibc's vsnprintf does in the default rounding mode and a
/// locale whose decimal point is `.`: `format` must be exactly `%f`, `%.Nf` (N at most 18) or `%.*f` (the
/// precision taken from the arguments), and the value finite and below 2^63 in magnitude. The digits are
/// exact: the value × 10^precision rounded to the nearest integer, a tie to the even one. Writes and returns
/// as `planpress_format_integer` does; -1, having written nothing, for anything else.
int planpress_format_fixed(char *s, size_t maxlen, const char *format, va_list ap);

/// How many calls to `__snprintf_chk` on this thread `planpress_format_integer` or `planpress_format_fixed` answered.
long planpress_fast_printf_calls(void);

#endif
