// Pango 1.50 shapes a paragraph's items whole, then, as it breaks lines, shapes each line's part of an item
// again: for the plan book, two thirds of the text HarfBuzz shapes is a stretch of text it shaped a moment
// before, with the same font. HarfBuzz marks, on each glyph it outputs, whether the text may be broken before
// that glyph's cluster (no HB_GLYPH_FLAG_UNSAFE_TO_BREAK): if so, shaping the two sides on their own, each
// with the text around it as context, gives the same glyphs and positions as the whole. This process defines
// `hb_buffer_add_utf8` and `hb_shape` (the executable's definitions come before libharfbuzz's when the dynamic
// linker binds Pango's calls, as CFastPrintf's `__snprintf_chk` does for Cairo) and answers such a stretch
// from the glyphs already made, when all of this holds:
//   - the same font: Pango 1.50 shapes each run with a new sub-font of the PangoFont's hb_font, whose
//     functions answer as that parent does (and, for a character it lacks, from the PangoFont) unless the
//     text asks Pango to show spaces or ignorables, which PlanPress never does (no PangoAttrShow, no
//     markup). So the parent names the font (a reference is kept while the run is, so the pointer cannot
//     come to name another), in the same state (its serial, and the sub-font's serial, scale, ppem and ptem);
//   - the same segment properties, buffer flags, cluster level, invisible, replacement and not-found
//     glyphs, and the same features, all of them applying to the whole run;
//   - the stretch's bytes are a part of the earlier run's bytes, and the five scalars of context HarfBuzz
//     keeps before and after it are the scalars that stood there around the earlier run;
//   - left to right, and each end of the stretch either an end of the earlier run or the start of one of
//     its clusters that is safe to break there;
//   - the buffer was filled from empty by `hb_buffer_add_utf8` alone, one call holding the text (calls that
//     give only context are followed), as Pango fills it.
// Anything else is shaped by HarfBuzz, and what HarfBuzz shapes is kept, eight runs per thread. The glyph
// flags of an answered run are those of the earlier run (Pango 1.50 reads glyphs, clusters and positions).
// `PLANPRESS_SHAPE_EVERY_RUN` (or planpress_shape_reuse_set_enabled(0)) shapes every run, for comparing.
#define _GNU_SOURCE
#include "shape_reuse.h"

#include <hb.h>

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    CONTEXT_LENGTH = 5, // HarfBuzz's hb_buffer_t::CONTEXT_LENGTH: the scalars kept on each side of the text
    KEPT_RUNS = 8,
    MAX_FEATURES = 16,
};

typedef void (*add_utf8_function)(hb_buffer_t *, const char *, int, unsigned int, int);
typedef void (*shape_function)(hb_font_t *, hb_buffer_t *, const hb_feature_t *, unsigned int);

static add_utf8_function harfbuzz_add_utf8;
static shape_function harfbuzz_shape;
static pthread_once_t resolved = PTHREAD_ONCE_INIT;
static atomic_int enabled = 1;
static atomic_long runs_shaped, runs_reused;

/// Scalars of context, nearest to the text first (as HarfBuzz keeps them).
typedef struct {
    uint32_t scalars[CONTEXT_LENGTH];
    unsigned count;
} context_t;

/// Everything besides the text and its context that decides what hb_shape outputs.
typedef struct {
    hb_font_t *font; // the run's font's parent, or the font itself if it has none
    unsigned font_serial, run_font_serial;
    int x_scale, y_scale;
    unsigned x_ppem, y_ppem;
    float ptem;
    hb_segment_properties_t properties;
    hb_buffer_flags_t flags;
    hb_buffer_cluster_level_t cluster_level;
    hb_codepoint_t invisible, replacement, not_found;
    unsigned feature_count;
    hb_feature_t features[MAX_FEATURES];
} settings_t;

/// A run HarfBuzz shaped: its text, context and settings, and the glyphs it made.
typedef struct {
    int used;
    unsigned long last_use;
    settings_t settings; // settings.font is referenced while the run is kept
    uintptr_t origin;    // where the text lay when shaped: where to look first, never trusted
    char *text;
    unsigned length, text_capacity;
    unsigned cluster_base; // the cluster (offset in the caller's text) of the run's first byte
    context_t before, after;
    hb_glyph_info_t *infos;
    hb_glyph_position_t *positions;
    unsigned glyph_count, info_capacity, position_capacity;
} kept_run_t;

/// What the `hb_buffer_add_utf8` calls since `buffer` was empty put in it, mirroring HarfBuzz's rules.
typedef struct {
    hb_buffer_t *buffer;
    int known;    // 0 once a call does what this file does not follow
    int has_text; // a call added the text (only one may)
    const char *text;
    unsigned length, scalar_count, cluster_base;
    context_t before, after;
} filling_t;

typedef struct {
    filling_t filling;
    kept_run_t runs[KEPT_RUNS];
    unsigned long clock;
} thread_state_t;

static _Thread_local thread_state_t *state;
static pthread_key_t state_key;

static void release_state(void *pointer) {
    thread_state_t *s = pointer;
    for (int i = 0; i < KEPT_RUNS; i++) {
        kept_run_t *run = &s->runs[i];
        if (run->used) hb_font_destroy(run->settings.font);
        free(run->text);
        free(run->infos);
        free(run->positions);
    }
    free(s);
    state = NULL;
}

static void resolve(void) {
    harfbuzz_add_utf8 = (add_utf8_function)dlsym(RTLD_NEXT, "hb_buffer_add_utf8");
    harfbuzz_shape = (shape_function)dlsym(RTLD_NEXT, "hb_shape");
    if (!harfbuzz_add_utf8 || !harfbuzz_shape) {
        fprintf(stderr, "planpress: HarfBuzz's hb_shape and hb_buffer_add_utf8 were not found after this program: %s\n", dlerror());
        abort();
    }
    const char *every = getenv("PLANPRESS_SHAPE_EVERY_RUN");
    if (every && *every && strcmp(every, "0") != 0) atomic_store(&enabled, 0);
    pthread_key_create(&state_key, release_state);
}

static thread_state_t *thread_state(void) {
    if (!state) {
        state = calloc(1, sizeof *state);
        if (state) pthread_setspecific(state_key, state);
    }
    return state;
}

long planpress_shape_runs_shaped(void) { return atomic_load_explicit(&runs_shaped, memory_order_relaxed); }
long planpress_shape_runs_reused(void) { return atomic_load_explicit(&runs_reused, memory_order_relaxed); }

void planpress_shape_reuse_set_enabled(int on) {
    pthread_once(&resolved, resolve);
    atomic_store(&enabled, on ? 1 : 0);
}

int planpress_shape_reuse_enabled(void) {
    pthread_once(&resolved, resolve);
    return atomic_load(&enabled);
}

// MARK: UTF-8, strictly (RFC 3629): anything HarfBuzz would replace is refused, and the run is shaped.

/// The scalar starting at `p`, and the byte after it; NULL if the bytes there are not well-formed UTF-8.
static const unsigned char *next_scalar(const unsigned char *p, const unsigned char *end, uint32_t *scalar) {
    const unsigned c = p[0];
    if (c < 0x80) { *scalar = c; return p + 1; }
    unsigned count;
    uint32_t u, minimum;
    if (c >= 0xC2 && c <= 0xDF) { count = 1; u = c & 0x1F; minimum = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { count = 2; u = c & 0x0F; minimum = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { count = 3; u = c & 0x07; minimum = 0x10000; }
    else return NULL;
    if ((size_t)(end - p) <= count) return NULL;
    for (unsigned i = 1; i <= count; i++) {
        if ((p[i] & 0xC0) != 0x80) return NULL;
        u = (u << 6) | (p[i] & 0x3F);
    }
    if (u < minimum || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) return NULL;
    *scalar = u;
    return p + count + 1;
}

/// The scalar ending just before `p` (not before `start`), and where it starts; NULL if not well-formed.
static const unsigned char *previous_scalar(const unsigned char *p, const unsigned char *start, uint32_t *scalar) {
    const unsigned char *lead = p - 1;
    while (lead > start && (*lead & 0xC0) == 0x80 && p - lead < 4) lead--;
    return next_scalar(lead, p, scalar) == p ? lead : NULL;
}

/// The scalars of [start, end): how many, or -1 if not well-formed.
static long count_scalars(const unsigned char *p, const unsigned char *end) {
    long count = 0;
    uint32_t u;
    while (p < end) {
        if (!(p = next_scalar(p, end, &u))) return -1;
        count++;
    }
    return count;
}

/// Up to CONTEXT_LENGTH scalars before `p`, back to `start`, as HarfBuzz installs a pre-context.
static int read_context_before(const unsigned char *start, const unsigned char *p, context_t *context) {
    context->count = 0;
    while (p > start && context->count < CONTEXT_LENGTH) {
        if (!(p = previous_scalar(p, start, &context->scalars[context->count]))) return 0;
        context->count++;
    }
    return 1;
}

/// Up to CONTEXT_LENGTH scalars from `p` on, up to `end`, as HarfBuzz installs a post-context.
static int read_context_after(const unsigned char *p, const unsigned char *end, context_t *context) {
    context->count = 0;
    while (p < end && context->count < CONTEXT_LENGTH) {
        if (!(p = next_scalar(p, end, &context->scalars[context->count]))) return 0;
        context->count++;
    }
    return 1;
}

// MARK: Following the buffer as it fills

void hb_buffer_add_utf8(hb_buffer_t *buffer, const char *text, int text_length, unsigned int item_offset, int item_length) {
    pthread_once(&resolved, resolve);
    thread_state_t *s = atomic_load_explicit(&enabled, memory_order_relaxed) ? thread_state() : NULL;
    if (!s) {
        if (state) state->filling.buffer = NULL;
        harfbuzz_add_utf8(buffer, text, text_length, item_offset, item_length);
        return;
    }
    const unsigned length_before = hb_buffer_get_length(buffer);
    harfbuzz_add_utf8(buffer, text, text_length, item_offset, item_length);

    filling_t *f = &s->filling;
    if (f->buffer != buffer || (length_before == 0 && f->has_text)) {
        // A buffer seen filling from empty (as Pango's come: new, or reset after their last run).
        memset(f, 0, sizeof *f);
        f->buffer = buffer;
        f->known = length_before == 0;
    }
    if (!f->known) return;

    // HarfBuzz's reading of the arguments (hb_buffer_add_utf in hb-buffer.cc).
    if (text_length == -1) text_length = (int)strlen(text);
    if (item_length == -1) item_length = text_length - (int)item_offset;
    if (text_length < 0 || item_length < 0 || item_offset > (unsigned)text_length ||
        (unsigned)item_length > (unsigned)text_length - item_offset) {
        f->known = 0;
        return;
    }
    const unsigned char *start = (const unsigned char *)text;
    const unsigned char *item = start + item_offset;
    const unsigned char *item_end = item + item_length;
    // The pre-context is installed when the buffer is empty and there is text before the item.
    if (length_before == 0 && item_offset > 0 && !read_context_before(start, item, &f->before)) {
        f->known = 0;
        return;
    }
    if (item_length > 0) {
        const long scalars = count_scalars(item, item_end);
        if (f->has_text || length_before != 0 || scalars < 0) {
            f->known = 0;
            return;
        }
        f->has_text = 1;
        f->text = (const char *)item;
        f->length = (unsigned)item_length;
        f->scalar_count = (unsigned)scalars;
        f->cluster_base = item_offset;
    }
    // The post-context is replaced by every call.
    if (!read_context_after(item_end, start + text_length, &f->after)) f->known = 0;
}

// MARK: Shaping

/// The settings of a run about to be shaped from `f`; 0 if the run is not one this file answers or keeps.
static int read_settings(hb_font_t *font, hb_buffer_t *buffer, const hb_feature_t *features, unsigned feature_count,
                         const filling_t *f, settings_t *settings) {
    if (f->buffer != buffer || !f->known || !f->has_text) return 0;
    if (hb_buffer_get_content_type(buffer) != HB_BUFFER_CONTENT_TYPE_UNICODE || !hb_buffer_allocation_successful(buffer)) return 0;
    if (hb_buffer_get_length(buffer) != f->scalar_count) return 0; // something besides the text (a hyphen)
    if (hb_buffer_get_glyph_infos(buffer, NULL)[0].cluster != f->cluster_base) return 0;
    const hb_buffer_cluster_level_t level = hb_buffer_get_cluster_level(buffer);
    if (level != HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES && level != HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS) return 0;
    if (feature_count > MAX_FEATURES) return 0;
    memset(settings, 0, sizeof *settings);
    for (unsigned i = 0; i < feature_count; i++) {
        if (features[i].start != HB_FEATURE_GLOBAL_START || features[i].end != HB_FEATURE_GLOBAL_END) return 0;
        settings->features[i] = features[i];
    }
    settings->feature_count = feature_count;
    hb_buffer_get_segment_properties(buffer, &settings->properties);
    if (settings->properties.direction != HB_DIRECTION_LTR) return 0;
    hb_font_t *parent = hb_font_get_parent(font);
    settings->font = parent && parent != hb_font_get_empty() ? parent : font;
    settings->font_serial = hb_font_get_serial(settings->font);
    settings->run_font_serial = hb_font_get_serial(font);
    hb_font_get_scale(font, &settings->x_scale, &settings->y_scale);
    hb_font_get_ppem(font, &settings->x_ppem, &settings->y_ppem);
    settings->ptem = hb_font_get_ptem(font);
    settings->flags = hb_buffer_get_flags(buffer);
    settings->cluster_level = level;
    settings->invisible = hb_buffer_get_invisible_glyph(buffer);
    settings->replacement = hb_buffer_get_replacement_codepoint(buffer);
    settings->not_found = hb_buffer_get_not_found_glyph(buffer);
    return 1;
}

static int same_settings(const settings_t *a, const settings_t *b) {
    return a->font == b->font && a->font_serial == b->font_serial && a->run_font_serial == b->run_font_serial &&
           a->x_scale == b->x_scale && a->y_scale == b->y_scale && a->x_ppem == b->x_ppem && a->y_ppem == b->y_ppem &&
           a->ptem == b->ptem &&
           hb_segment_properties_equal(&a->properties, &b->properties) && a->flags == b->flags &&
           a->cluster_level == b->cluster_level && a->invisible == b->invisible && a->replacement == b->replacement &&
           a->not_found == b->not_found && a->feature_count == b->feature_count &&
           memcmp(a->features, b->features, a->feature_count * sizeof a->features[0]) == 0;
}

/// The context HarfBuzz had before byte `offset` of the kept run: the run's own scalars before it, then the
/// run's pre-context. 0 if the run's text is not well-formed there.
static int context_before_in(const kept_run_t *run, unsigned offset, context_t *context) {
    if (!read_context_before((const unsigned char *)run->text, (const unsigned char *)run->text + offset, context)) return 0;
    for (unsigned i = 0; context->count < CONTEXT_LENGTH && i < run->before.count; i++)
        context->scalars[context->count++] = run->before.scalars[i];
    return 1;
}

/// The context HarfBuzz had after byte `offset` of the kept run: the run's own scalars from there, then the
/// run's post-context.
static int context_after_in(const kept_run_t *run, unsigned offset, context_t *context) {
    if (!read_context_after((const unsigned char *)run->text + offset, (const unsigned char *)run->text + run->length, context)) return 0;
    for (unsigned i = 0; context->count < CONTEXT_LENGTH && i < run->after.count; i++)
        context->scalars[context->count++] = run->after.scalars[i];
    return 1;
}

static int same_context(const context_t *a, const context_t *b) {
    return a->count == b->count && memcmp(a->scalars, b->scalars, a->count * sizeof a->scalars[0]) == 0;
}

/// The first glyph of the kept run whose cluster is at or after byte `offset` of its text.
static unsigned first_glyph_at(const kept_run_t *run, unsigned from, unsigned offset) {
    unsigned low = from, high = run->glyph_count;
    while (low < high) {
        const unsigned middle = low + (high - low) / 2;
        if (run->infos[middle].cluster - run->cluster_base < offset) low = middle + 1;
        else high = middle;
    }
    return low;
}

/// Whether the text may be split before glyph `index`, whose cluster must start at byte `offset`.
static int splits_before(const kept_run_t *run, unsigned index, unsigned offset) {
    if (index == run->glyph_count) return offset == run->length;
    const hb_glyph_info_t *info = &run->infos[index];
    if (info->cluster - run->cluster_base != offset) return 0; // inside a cluster
    return offset == 0 || offset == run->length || !(hb_glyph_info_get_glyph_flags(info) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK);
}

/// Fills `buffer` with the glyphs of the filling's text from a kept run that holds it; 0 if none does.
static int answer_from_kept(thread_state_t *s, const settings_t *settings, const filling_t *f, hb_buffer_t *buffer) {
    for (int i = 0; i < KEPT_RUNS; i++) {
        kept_run_t *run = &s->runs[i];
        if (!run->used || run->length < f->length || !same_settings(&run->settings, settings)) continue;
        // Where the text lies in the run: where it lay in memory, or the whole run.
        const uintptr_t here = (uintptr_t)f->text;
        unsigned offset;
        if (here >= run->origin && here - run->origin <= run->length - f->length &&
            memcmp(run->text + (here - run->origin), f->text, f->length) == 0) {
            offset = (unsigned)(here - run->origin);
        } else if (run->length == f->length && memcmp(run->text, f->text, f->length) == 0) {
            offset = 0;
        } else {
            continue;
        }
        const unsigned end = offset + f->length;
        context_t before, after;
        if (!context_before_in(run, offset, &before) || !same_context(&before, &f->before) ||
            !context_after_in(run, end, &after) || !same_context(&after, &f->after)) continue;
        const unsigned first = first_glyph_at(run, 0, offset);
        const unsigned last = first_glyph_at(run, first, end);
        if (first >= last || !splits_before(run, first, offset) || !splits_before(run, last, end)) continue;

        const unsigned count = last - first;
        if (!hb_buffer_set_length(buffer, count)) return 0;
        hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(buffer, NULL);
        for (unsigned g = 0; g < count; g++) {
            infos[g] = run->infos[first + g];
            infos[g].cluster = run->infos[first + g].cluster - run->cluster_base - offset + f->cluster_base;
        }
        hb_buffer_set_content_type(buffer, HB_BUFFER_CONTENT_TYPE_GLYPHS);
        hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(buffer, NULL);
        memcpy(positions, run->positions + first, count * sizeof positions[0]);
        run->last_use = ++s->clock;
        return 1;
    }
    return 0;
}

static int reserve(void **pointer, unsigned *capacity, unsigned count, size_t size) {
    if (count <= *capacity) return 1;
    unsigned wanted = *capacity ? *capacity : 64;
    while (wanted < count) wanted *= 2;
    void *grown = realloc(*pointer, (size_t)wanted * size);
    if (!grown) return 0;
    *pointer = grown;
    *capacity = wanted;
    return 1;
}

/// Keeps the run HarfBuzz just shaped into `buffer`, in place of the one used longest ago.
static void keep(thread_state_t *s, const settings_t *settings, const filling_t *f, hb_buffer_t *buffer) {
    if (hb_buffer_get_content_type(buffer) != HB_BUFFER_CONTENT_TYPE_GLYPHS) return;
    unsigned count = 0;
    const hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(buffer, NULL);
    // Clusters in order, within the text: the only output answer_from_kept can split.
    for (unsigned g = 0; g < count; g++) {
        const unsigned cluster = infos[g].cluster;
        if (cluster < f->cluster_base || cluster - f->cluster_base >= f->length || (g > 0 && cluster < infos[g - 1].cluster)) return;
    }
    kept_run_t *run = &s->runs[0];
    for (int i = 0; i < KEPT_RUNS; i++) {
        if (!s->runs[i].used) { run = &s->runs[i]; break; }
        if (s->runs[i].last_use < run->last_use) run = &s->runs[i];
    }
    if (run->used) hb_font_destroy(run->settings.font);
    run->used = 0;
    if (!reserve((void **)&run->text, &run->text_capacity, f->length, 1)) return;
    if (!reserve((void **)&run->infos, &run->info_capacity, count, sizeof run->infos[0]) ||
        !reserve((void **)&run->positions, &run->position_capacity, count, sizeof run->positions[0])) return;

    memcpy(run->text, f->text, f->length);
    memcpy(run->infos, infos, count * sizeof infos[0]);
    memcpy(run->positions, positions, count * sizeof positions[0]);
    run->settings = *settings;
    run->settings.font = hb_font_reference(settings->font);
    run->origin = (uintptr_t)f->text;
    run->length = f->length;
    run->cluster_base = f->cluster_base;
    run->before = f->before;
    run->after = f->after;
    run->glyph_count = count;
    run->last_use = ++s->clock;
    run->used = 1;
}

void hb_shape(hb_font_t *font, hb_buffer_t *buffer, const hb_feature_t *features, unsigned int num_features) {
    pthread_once(&resolved, resolve);
    thread_state_t *s = atomic_load_explicit(&enabled, memory_order_relaxed) ? thread_state() : NULL;
    settings_t settings;
    if (!s || !read_settings(font, buffer, features, num_features, &s->filling, &settings)) {
        if (state) state->filling.buffer = NULL;
        harfbuzz_shape(font, buffer, features, num_features);
        atomic_fetch_add_explicit(&runs_shaped, 1, memory_order_relaxed);
        return;
    }
    const filling_t filling = s->filling;
    s->filling.buffer = NULL;
    if (answer_from_kept(s, &settings, &filling, buffer)) {
        atomic_fetch_add_explicit(&runs_reused, 1, memory_order_relaxed);
        return;
    }
    harfbuzz_shape(font, buffer, features, num_features);
    atomic_fetch_add_explicit(&runs_shaped, 1, memory_order_relaxed);
    keep(s, &settings, &filling, buffer);
}
