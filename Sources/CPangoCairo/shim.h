// The C libraries PlanPress renders with: Pango (Thai shaping and line breaking through HarfBuzz and
// libthai), Cairo (PDF and PNG surfaces), fontconfig (the application font folder), and zlib and libdeflate (how
// Cairo's PDF streams are compressed).
#ifndef PLANPRESS_CPANGOCAIRO_H
#define PLANPRESS_CPANGOCAIRO_H
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <zlib.h>
#include <libdeflate.h>
#endif
