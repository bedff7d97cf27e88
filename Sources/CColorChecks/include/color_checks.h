#ifndef PLANPRESS_COLOR_CHECKS_H
#define PLANPRESS_COLOR_CHECKS_H

/// Turns kept answers on (1) or off (0) for the whole process; off, every question goes to HarfBuzz. The
/// environment's `PLANPRESS_HARFBUZZ_COLOR_CHECKS` (any value but 0) starts the process with them off.
void planpress_color_checks_set_enabled(int enabled);

/// 1 while answers are kept, 0 when HarfBuzz answers every question.
int planpress_color_checks_enabled(void);

/// Questions about a face on this thread answered from what HarfBuzz said of it before (see color_checks.c).
long planpress_color_checks_answered(void);

#endif
