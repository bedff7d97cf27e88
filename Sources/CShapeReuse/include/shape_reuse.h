#ifndef PLANPRESS_SHAPE_REUSE_H
#define PLANPRESS_SHAPE_REUSE_H

/// Runs shaped in this process by HarfBuzz itself (`hb_shape` called through to libharfbuzz).
long planpress_shape_runs_shaped(void);

/// Runs answered from an earlier shaping of text that held them (see shape_reuse.c).
long planpress_shape_runs_reused(void);

/// Turns reuse on (1) or off (0) for the whole process, from the next run on; off, every run is shaped
/// by HarfBuzz and nothing is kept. The environment's `PLANPRESS_SHAPE_EVERY_RUN` (any value but 0) starts
/// the process with it off.
void planpress_shape_reuse_set_enabled(int enabled);

/// 1 while runs may be reused, 0 when every run is shaped.
int planpress_shape_reuse_enabled(void);

#endif
