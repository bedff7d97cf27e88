// Cairo 1.16 writes every number of a PDF (glyph ids, the UTF-16 of each text span, positions, object
// numbers) by calling snprintf once per number: over a million calls for the embedded plan's outputs, a
// seventh of all the instructions a render runs, most of them in glibc's general printf machinery. This
// process defines `__snprintf_chk`, the fortified snprintf that Cairo calls (the executable's definition
// comes before libc's when the dynamic linker binds Cairo's calls): the single integer conversions Cairo
// uses are formatted here, and every other call goes on to glibc's own `__vsnprintf_chk` unchanged.
#define _GNU_SOURCE
#include "fast_printf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);

static _Thread_local long fast_calls;

long planpress_fast_printf_calls(void) { return fast_calls; }

int planpress_format_integer(char *s, size_t maxlen, const char *format, va_list ap) {
    const char *f = format;
    if (f[0] != '%') return -1;
    f++;
    int zero = 0, star = 0, width = 0, is_long = 0;
    if (*f == '0') { zero = 1; f++; }
    if (*f == '*') {
        star = 1;
        f++;
    } else {
        while (*f >= '0' && *f <= '9') {
            width = width * 10 + (*f - '0');
            f++;
            if (width > 64) return -1;
        }
    }
    if (*f == 'l') { is_long = 1; f++; }
    const char conversion = *f;
    if (!(conversion == 'd' || conversion == 'u' || conversion == 'x' || conversion == 'X') || f[1] != '\0') return -1;

    va_list args;
    va_copy(args, ap);
    if (star) width = va_arg(args, int);
    unsigned long magnitude;
    int negative = 0;
    if (conversion == 'd') {
        const long value = is_long ? va_arg(args, long) : (long)va_arg(args, int);
        negative = value < 0;
        magnitude = negative ? 0UL - (unsigned long)value : (unsigned long)value;
    } else {
        magnitude = is_long ? va_arg(args, unsigned long) : (unsigned long)va_arg(args, unsigned int);
    }
    va_end(args);
    // A negative or large width, padding with spaces, or a sign inside zero padding: glibc's.
    if (width < 0 || width > 64 || (width > 0 && !zero) || (negative && width > 0)) return -1;

    char digits[96];
    char *const end = digits + sizeof digits;
    char *p = end;
    if (conversion == 'd' || conversion == 'u') {
        do { *--p = (char)('0' + magnitude % 10); magnitude /= 10; } while (magnitude);
    } else {
        const char *hex = conversion == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
        do { *--p = hex[magnitude & 15]; magnitude >>= 4; } while (magnitude);
    }
    while (end - p < width) *--p = '0';
    if (negative) *--p = '-';
    const int length = (int)(end - p);
    if (maxlen > 0) {
        const size_t copied = (size_t)length < maxlen - 1 ? (size_t)length : maxlen - 1;
        memcpy(s, p, copied);
        s[copied] = '\0';
    }
    fast_calls++;
    return length;
}

/// 1: integers formatted here; 0: every call is glibc's (`PLANPRESS_LIBC_PRINTF` set, for comparing); -1: not read yet.
static int fast_path = -1;

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, ...) {
    int fast = __atomic_load_n(&fast_path, __ATOMIC_RELAXED);
    if (fast < 0) {
        fast = getenv("PLANPRESS_LIBC_PRINTF") == NULL;
        __atomic_store_n(&fast_path, fast, __ATOMIC_RELAXED);
    }
    va_list ap;
    va_start(ap, format);
    // slen < maxlen is an overflow glibc reports (and aborts on): leave it to glibc.
    int result = fast && slen >= maxlen ? planpress_format_integer(s, maxlen, format, ap) : -1;
    if (result < 0) result = __vsnprintf_chk(s, maxlen, flag, slen, format, ap);
    va_end(ap);
    return result;
}
