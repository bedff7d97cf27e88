// Pango 1.50 asks HarfBuzz, for every glyph it shapes, whether the glyph is drawn in color: the glyph's
// layers in the font's COLR table, then whether the font has PNG (CBDT, sbix) or SVG glyphs at all. Each
// question walks the font's tables again: 133 instructions a glyph, 54 million for the plan book's 403,112
// glyphs. A font's tables do not change once HarfBuzz has it, and a face without a COLR table has no layers
// for any glyph. This process defines `hb_ot_color_has_png`, `hb_ot_color_has_svg` and
// `hb_ot_color_glyph_get_layers` (the executable's definitions come before libharfbuzz's when the dynamic
// linker binds Pango's calls, as CShapeReuse's `hb_shape` does) and answers them from what HarfBuzz said of
// the face the first time: the last four faces each thread asked about are kept, each with a reference
// held, so that a kept pointer cannot come to name another face. A face with layers has each glyph's
// layers asked of HarfBuzz, as before. `PLANPRESS_HARFBUZZ_COLOR_CHECKS` (any value but 0), or
// planpress_color_checks_set_enabled(0), asks HarfBuzz every time, for comparing.
#define _GNU_SOURCE
#include "color_checks.h"

#include <hb-ot.h>

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KEPT_FACES = 4 };

typedef hb_bool_t (*has_function)(hb_face_t *);
typedef unsigned int (*layers_function)(hb_face_t *, hb_codepoint_t, unsigned int, unsigned int *, hb_ot_color_layer_t *);

static has_function harfbuzz_has_layers, harfbuzz_has_png, harfbuzz_has_svg;
static layers_function harfbuzz_glyph_get_layers;
static pthread_once_t resolved = PTHREAD_ONCE_INIT;
static atomic_int enabled = 1;
static atomic_int ready; // set once `resolve` has run
static _Thread_local long answered;

/// What HarfBuzz said of a face.
typedef struct {
    hb_face_t *face; // referenced while kept
    hb_bool_t layers, png, svg;
    unsigned long last_use;
} kept_face_t;

typedef struct {
    kept_face_t faces[KEPT_FACES];
    kept_face_t *last; // the face asked about last: a run's glyphs ask about one face in a row
    unsigned long clock;
} thread_faces_t;

static _Thread_local thread_faces_t *faces;
static pthread_key_t faces_key;

static void release_faces(void *pointer) {
    thread_faces_t *kept = pointer;
    for (int i = 0; i < KEPT_FACES; i++) {
        if (kept->faces[i].face) hb_face_destroy(kept->faces[i].face);
    }
    free(kept);
    faces = NULL;
}

static void resolve(void) {
    harfbuzz_has_layers = (has_function)dlsym(RTLD_NEXT, "hb_ot_color_has_layers");
    harfbuzz_has_png = (has_function)dlsym(RTLD_NEXT, "hb_ot_color_has_png");
    harfbuzz_has_svg = (has_function)dlsym(RTLD_NEXT, "hb_ot_color_has_svg");
    harfbuzz_glyph_get_layers = (layers_function)dlsym(RTLD_NEXT, "hb_ot_color_glyph_get_layers");
    if (!harfbuzz_has_layers || !harfbuzz_has_png || !harfbuzz_has_svg || !harfbuzz_glyph_get_layers) {
        fprintf(stderr, "planpress: HarfBuzz's hb_ot_color functions were not found after this program: %s\n", dlerror());
        abort();
    }
    const char *every = getenv("PLANPRESS_HARFBUZZ_COLOR_CHECKS");
    if (every && *every && strcmp(every, "0") != 0) atomic_store(&enabled, 0);
    pthread_key_create(&faces_key, release_faces);
    atomic_store(&ready, 1);
}

void planpress_color_checks_set_enabled(int on) {
    pthread_once(&resolved, resolve);
    atomic_store(&enabled, on ? 1 : 0);
}

int planpress_color_checks_enabled(void) {
    pthread_once(&resolved, resolve);
    return atomic_load(&enabled);
}

long planpress_color_checks_answered(void) { return answered; }

/// `kept`'s search of the kept faces, and HarfBuzz asked about a face not kept.
__attribute__((noinline)) static const kept_face_t *search(hb_face_t *face) {
    if (!atomic_load_explicit(&ready, memory_order_acquire)) pthread_once(&resolved, resolve);
    if (!face || !atomic_load_explicit(&enabled, memory_order_relaxed)) return NULL;
    if (!faces) {
        faces = calloc(1, sizeof *faces);
        if (!faces) return NULL;
        pthread_setspecific(faces_key, faces);
    }
    faces->clock++; // counts the searches: the last face asked about is answered before it
    kept_face_t *oldest = &faces->faces[0];
    for (int i = 0; i < KEPT_FACES; i++) {
        kept_face_t *entry = &faces->faces[i];
        if (entry->face == face) {
            entry->last_use = faces->clock;
            faces->last = entry;
            answered++;
            return entry;
        }
        if (!entry->face || (oldest->face && entry->last_use < oldest->last_use)) oldest = entry;
    }
    if (oldest->face) hb_face_destroy(oldest->face);
    oldest->face = hb_face_reference(face);
    oldest->layers = harfbuzz_has_layers(face);
    oldest->png = harfbuzz_has_png(face);
    oldest->svg = harfbuzz_has_svg(face);
    oldest->last_use = faces->clock;
    faces->last = oldest;
    return oldest;
}

/// What HarfBuzz said of `face`, asked once while it is kept; NULL when answers are not kept (switched off,
/// no face, no memory): the caller asks HarfBuzz. The kept faces are searched by `search`; the face asked
/// about last is answered here (a thread's faces exist only once `resolve` has run).
static inline const kept_face_t *kept(hb_face_t *face) {
    thread_faces_t *kept_here = faces;
    if (kept_here && kept_here->last && kept_here->last->face == face && face
        && atomic_load_explicit(&enabled, memory_order_relaxed)) {
        answered++;
        return kept_here->last;
    }
    return search(face);
}

hb_bool_t hb_ot_color_has_png(hb_face_t *face) {
    const kept_face_t *entry = kept(face);
    return entry ? entry->png : harfbuzz_has_png(face);
}

hb_bool_t hb_ot_color_has_svg(hb_face_t *face) {
    const kept_face_t *entry = kept(face);
    return entry ? entry->svg : harfbuzz_has_svg(face);
}

unsigned int hb_ot_color_glyph_get_layers(hb_face_t *face, hb_codepoint_t glyph, unsigned int start_offset,
                                          unsigned int *layer_count, hb_ot_color_layer_t *layers) {
    const kept_face_t *entry = kept(face);
    if (entry && !entry->layers) {
        // No COLR table: no glyph has layers (what HarfBuzz answers, count and total both 0).
        if (layer_count) *layer_count = 0;
        return 0;
    }
    return harfbuzz_glyph_get_layers(face, glyph, start_offset, layer_count, layers);
}
