// Cairo 1.16 writes every number of a PDF (glyph ids, the UTF-16 of each text span, positions, object
// numbers) by calling snprintf once per number: over a million calls for the embedded plan's outputs, a
// seventh of all the instructions a render runs, most of them in glibc's general printf machinery. This
// process defines `__snprintf_chk`, the fortified snprintf that Cairo calls (the executable's definition
// comes before libc's when the dynamic linker binds Cairo's calls): the single integer conversions Cairo
// uses are formatted here, and so are its fixed-point conversions (`%f`, `%.18f`, `%.*f`: positions and
// sizes, each costing glibc's float printing thousands of instructions); every other call goes on to glibc's
// own `__vsnprintf_chk` unchanged.
#define _GNU_SOURCE
#include "fast_printf.h"

#include <fenv.h>
#include <langinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);

static _Thread_local long fast_calls;

long planpress_fast_printf_calls(void) { return fast_calls; }

/// Writes `length` characters of `text` into `s` as snprintf does (at most `maxlen - 1` and a NUL).
static int put(char *s, size_t maxlen, const char *text, int length) {
    if (maxlen > 0) {
        const size_t copied = (size_t)length < maxlen - 1 ? (size_t)length : maxlen - 1;
        memcpy(s, text, copied);
        s[copied] = '\0';
    }
    fast_calls++;
    return length;
}

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
    return put(s, maxlen, p, (int)(end - p));
}

int planpress_format_fixed(char *s, size_t maxlen, const char *format, va_list ap) {
    const char *f = format;
    if (f[0] != '%') return -1;
    f++;
    int precision = 6, star = 0;
    if (*f == '.') {
        f++;
        if (*f == '*') {
            star = 1;
            f++;
        } else {
            precision = 0;
            if (!(*f >= '0' && *f <= '9')) return -1;
            while (*f >= '0' && *f <= '9') {
                precision = precision * 10 + (*f - '0');
                f++;
                if (precision > 18) return -1;
            }
        }
    }
    if (f[0] != 'f' || f[1] != '\0') return -1;
    va_list args;
    va_copy(args, ap);
    if (star) precision = va_arg(args, int);
    const double value = va_arg(args, double);
    va_end(args);
    // A negative precision means the default; beyond 18 digits ten to that power leaves 64 bits: glibc's.
    if (star && precision < 0) precision = 6;
    if (precision > 18) return -1;
    // glibc rounds in the current rounding mode and writes the locale's decimal point: the usual ones only.
    if (fegetround() != FE_TONEAREST) return -1;
    const char *point = nl_langinfo(RADIXCHAR);
    if (point == NULL || point[0] != '.' || point[1] != '\0') return -1;

    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    const int negative = (int)(bits >> 63);
    const int biased = (int)((bits >> 52) & 0x7ff);
    const uint64_t fraction = bits & ((UINT64_C(1) << 52) - 1);
    if (biased == 0x7ff) return -1; // infinity and NaN: glibc's
    // The value is exactly mantissa × 2^exponent.
    const uint64_t mantissa = biased == 0 ? fraction : fraction | (UINT64_C(1) << 52);
    const int exponent = biased == 0 ? -1074 : biased - 1075;
    if (exponent > 10) return -1; // 2^63 and more: glibc's

    uint64_t power = 1;
    for (int i = 0; i < precision; i++) power *= 10;
    // The value × 10^precision, rounded to the nearest integer, a tie to the even one (glibc's rounding):
    // exact, because mantissa × 10^precision < 2^113 fits 128 bits.
    unsigned __int128 scaled;
    if (exponent >= 0) {
        scaled = (unsigned __int128)(mantissa << exponent) * power;
    } else {
        const unsigned __int128 exact = (unsigned __int128)mantissa * power;
        const int shift = -exponent;
        if (shift >= 114) {
            scaled = 0; // less than half of the last digit
        } else {
            scaled = exact >> shift;
            const unsigned __int128 rest = exact - (scaled << shift);
            const unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
            if (rest > half || (rest == half && (scaled & 1))) scaled += 1;
        }
    }
    uint64_t whole = (uint64_t)(scaled / power);
    uint64_t part = (uint64_t)(scaled % power);

    char digits[48];
    char *const end = digits + sizeof digits;
    char *p = end;
    for (int i = 0; i < precision; i++) { *--p = (char)('0' + part % 10); part /= 10; }
    if (precision > 0) *--p = '.';
    do { *--p = (char)('0' + whole % 10); whole /= 10; } while (whole);
    // glibc keeps the sign of a negative value that rounds to zero, and of -0.
    if (negative) *--p = '-';
    return put(s, maxlen, p, (int)(end - p));
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
    int result = -1;
    if (fast && slen >= maxlen) {
        result = planpress_format_integer(s, maxlen, format, ap);
        if (result < 0) result = planpress_format_fixed(s, maxlen, format, ap);
    }
    if (result < 0) result = __vsnprintf_chk(s, maxlen, flag, slen, format, ap);
    va_end(ap);
    return result;
}
