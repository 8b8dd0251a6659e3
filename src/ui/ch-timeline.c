/* ch-timeline.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-timeline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ch-labels.h"
#include "ch-corpus.h"
#include "ch-filter.h"
#include "ch-timeline-private.h"

/*
 * ChTimeline draws the events of a GListModel on a time axis, one lane per
 * country pair or per participant.
 *
 * Work is split by how often it has to happen:
 *
 *  - When the model or the lane mode changes, every event is projected once
 *    to a span of day numbers (days since 1970-01-01, end exclusive) and
 *    filed into its lanes; each lane keeps its marks sorted by start, so a
 *    frame finds the visible ones with a binary search.
 *  - When the view (pan, zoom, size, style) changes, the static layer (axis,
 *    lanes, labels, marks and histograms) is snapshotted once into a render
 *    node and kept.
 *  - Every frame appends that node and draws only what moves on top of it:
 *    the selection, the hovered event and the brush.
 *
 * Where marks would overlap (two or more events in a few pixels) a lane is
 * drawn as a histogram over bins of BIN_PX pixels instead, so that a
 * million events never become a smear.
 */

#define AXIS_H          28.0
#define LABEL_W        132.0
#define LANE_MIN_H      18.0
#define LANE_MAX_H      40.0
#define LANE_NAT_H      28.0
#define MARK_W           3.0
#define BIN_PX           3
#define SPAN_MIN_PX      8.0
#define MIN_TICK_PX     84.0
#define DRAG_THRESHOLD   4.0
#define MAX_PPD        400.0
#define MAX_HIGHLIGHTS 4096
#define LOD_MIN_MARKS  2048

typedef enum
{
  LANE_MODE_COUNTRY_PAIR,
  LANE_MODE_PARTICIPANT,
} LaneMode;

/* One event in one lane. 16 bytes: a million events cost 16 MB per lane
 * they appear in. */
typedef struct
{
  gint32  start;
  gint32  end;
  guint32 pos;
  guint16 type;
  guint16 is_day;
} Mark;

typedef struct _Lane
{
  char       *name;
  const char *collate_key;   /* borrowed from ChTimeline's cache; for sorting */
  GArray     *marks;
  gint32      max_len;
  gint32      max_end;       /* of a source lane */
  GArray     *own;           /* a shown lane's marks when not its source's */
  guint       src_index;     /* the source lane a shown lane comes from */
  guint       collate_rank;  /* the name's place in collation order */
  struct _Lane *shown;       /* a source lane's shown lane, kept for reuse */

  /* Level of detail for busy lanes: per type, how many point events
   * (days and months) and year events have their centre before each day
   * from lod_lo on. A zoomed-out frame then fills a bin with two lookups
   * per type instead of visiting its events. */
  gint32   lod_lo;
  guint    lod_len;
  guint32 *lod_points;
  guint32 *lod_years;
  GArray  *years;
} Lane;

/* One event of the source, by source position. */
typedef struct
{
  gint32  start;
  gint32  end;
  guint32 lanes_off;
  guint16 n_lanes;
  guint8  type;
  guint8  dated;
  guint8  is_day;
} Projection;

typedef enum
{
  UNIT_DAY,
  UNIT_MONTH,
  UNIT_YEAR,
} TickUnit;

typedef struct
{
  TickUnit unit;
  int      step;
  double   approx_days;
} TickStep;

static const TickStep tick_steps[] = {
  { UNIT_DAY, 1, 1 },
  { UNIT_DAY, 7, 7 },
  { UNIT_MONTH, 1, 30.44 },
  { UNIT_MONTH, 3, 91.31 },
  { UNIT_YEAR, 1, 365.25 },
  { UNIT_YEAR, 2, 730.5 },
  { UNIT_YEAR, 5, 1826.25 },
  { UNIT_YEAR, 10, 3652.5 },
  { UNIT_YEAR, 20, 7305 },
  { UNIT_YEAR, 50, 18262.5 },
  { UNIT_YEAR, 100, 36525 },
  { UNIT_YEAR, 500, 182625 },
  { UNIT_YEAR, 1000, 365250 },
};

struct _ChTimeline
{
  GtkWidget          parent_instance;

  /* Owned references */
  GListModel        *model;
  GtkSelectionModel *selection;
  GskRenderNode     *static_node;
  GHashTable        *collate_keys;   /* lane name -> g_utf8_collate_key() */

  /* Source, rebuilt when the corpus (or a model that is no filter) or
   * the lane mode changes; marks carry source positions */
  GPtrArray         *src_lanes;
  GArray            *events;
  GArray            *lane_refs;
  guint32           *model_of;
  guint64           *dated;          /* a bit per source event with a date */
  /* Bins: the shown lanes, rebuilt when the filter's matches change */
  GPtrArray         *lanes;
  guint32           *lane_display;
  guint32           *chrono;
  guint32           *rank;
  guint              n_chrono;
  guint              n_dated;
  gint32             min_day;
  gint32             max_day;
  gpointer           builder;
  guint              rebuild_id;
  guint              projection_dirty : 1;
  guint              bins_dirty : 1;
  guint              model_of_valid : 1;

  /* View */
  double             view_start;
  double             ppd;
  double             lane_scroll;
  guint              fit_pending : 1;
  /* The range was set from outside (the sidebar, a chip, a project): the
   * view moves to it once the marks it holds are binned. */
  guint              follow_pending : 1;
  /* The range being set is the user's brush, and the view stays put. */
  guint              in_brush : 1;

  /* Interaction */
  double             pointer_x;
  double             pointer_y;
  double             drag_x0;
  double             drag_x1;
  double             zoom_ppd0;
  double             zoom_x;
  guint              hover_pos;
  guint              cursor_pos;
  guint              has_hover : 1;
  guint              has_cursor : 1;
  guint              brushing : 1;

  /* Properties */
  LaneMode           lane_mode;
  guint              range_start;
  guint              range_end;

  /* Style */
  GdkRGBA            fg;
  GdkRGBA            accent;
  GdkRGBA            type_colors[CH_N_EVENT_TYPES];
  guint              colors_valid : 1;
  guint              lod_enabled : 1;
  guint              high_contrast : 1;

  ChTimelineStats    stats;
};

G_DEFINE_FINAL_TYPE (ChTimeline, ch_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTION,
  PROP_LANE_MODE,
  PROP_RANGE_START,
  PROP_RANGE_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Colours of the six event types, from the GNOME palette, in ChEventType
 * order: meeting blue, visit green, third country purple, phone call
 * orange, agreement red, negotiation brown. Each set is chosen for contrast
 * against the background it is used on. */
static const char * const palette_light[CH_N_EVENT_TYPES] = {
  "#1c71d8", "#26a269", "#9141ac", "#e66100", "#c01c28", "#986a44",
};
static const char * const palette_dark[CH_N_EVENT_TYPES] = {
  "#62a0ea", "#33d17a", "#c061cb", "#ffa348", "#f66151", "#cdab8f",
};
static const char * const palette_hc_light[CH_N_EVENT_TYPES] = {
  "#1a5fb4", "#1d7a4c", "#613583", "#a33c00", "#a51d2d", "#63452c",
};
static const char * const palette_hc_dark[CH_N_EVENT_TYPES] = {
  "#99c1f1", "#8ff0a4", "#dc8add", "#ffbe6f", "#ff9a9a", "#e5d0bd",
};

/* Calendar arithmetic on day numbers (days since 1970-01-01, proleptic
 * Gregorian), after Howard Hinnant's days_from_civil. GDate would do, but
 * this runs a million times per projection. */
static gint32
days_from_civil (int      y,
                 unsigned m,
                 unsigned d)
{
  int era;
  unsigned yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (unsigned) (y - era * 400);
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int) doe - 719468;
}

static void
civil_from_days (gint32    z,
                 int      *y,
                 unsigned *m,
                 unsigned *d)
{
  int era;
  unsigned doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (unsigned) (z - era * 146097);
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = (int) yoe + era * 400 + (*m <= 2);
}

static guint32
sort_key_from_days (gint32 z)
{
  int y;
  unsigned m, d;

  civil_from_days (z, &y, &m, &d);
  if (y < 1)
    return 10101;
  if (y > 9999)
    return 99991231;
  return (guint32) y * 10000u + m * 100u + d;
}

/* The first day a sort key covers ("2023" and "20230000" start on 1 January). */
static gint32
days_from_sort_key_start (guint32 key)
{
  unsigned y = key / 10000, m = (key / 100) % 100, d = key % 100;

  return days_from_civil ((int) y, m ? m : 1, d ? d : 1);
}

/* The day after the last day a sort key covers. */
static gint32
days_from_sort_key_end (guint32 key)
{
  unsigned y = key / 10000, m = (key / 100) % 100, d = key % 100;

  if (m == 0)
    return days_from_civil ((int) y + 1, 1, 1);
  if (d == 0)
    return m == 12 ? days_from_civil ((int) y + 1, 1, 1) : days_from_civil ((int) y, m + 1, 1);
  return days_from_civil ((int) y, m, d) + 1;
}

static gboolean
project_day (const ChDay *day,
             gint32      *start,
             gint32      *end)
{
  switch (ch_day_get_precision (day))
    {
    case CH_DATE_PRECISION_DAY:
      *start = days_from_civil (day->year, day->month, day->day);
      *end = *start + 1;
      return TRUE;
    case CH_DATE_PRECISION_MONTH:
      *start = days_from_civil (day->year, day->month, 1);
      *end = day->month == 12 ? days_from_civil (day->year + 1, 1, 1)
                              : days_from_civil (day->year, day->month + 1, 1);
      return TRUE;
    case CH_DATE_PRECISION_YEAR:
      *start = days_from_civil (day->year, 1, 1);
      *end = days_from_civil (day->year + 1, 1, 1);
      return TRUE;
    case CH_DATE_PRECISION_NONE:
    default:
      return FALSE;
    }
}

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  if (lane->shown != NULL)
    {
      Lane *shown = lane->shown;

      /* A shown lane borrows its name and may show its source's marks. */
      g_clear_pointer (&shown->own, g_array_unref);
      g_free (shown->lod_points);
      g_free (shown->lod_years);
      g_clear_pointer (&shown->years, g_array_unref);
      g_free (shown);
    }
  g_free (lane->name);
  g_array_unref (lane->marks);
  g_free (lane->lod_points);
  g_free (lane->lod_years);
  g_clear_pointer (&lane->years, g_array_unref);
  g_free (lane);
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end < mb->end ? -1 : 1;
  return ma->pos < mb->pos ? -1 : ma->pos > mb->pos;
}

/* Geometry */

/* Right to left (Urdu), the lane labels sit on the right, where lines
 * begin, but time still runs from left to right, as in every GNOME chart
 * and as dates are read in those languages too. */
static inline gboolean
is_rtl (ChTimeline *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

static double
plot_x (ChTimeline *self)
{
  return is_rtl (self) ? 0.0 : LABEL_W;
}

static double
plot_width (ChTimeline *self)
{
  return MAX (0.0, gtk_widget_get_width (GTK_WIDGET (self)) - LABEL_W);
}

/* Where the plot ends on the right: the widget's edge, or the labels. */
static double
plot_end (ChTimeline *self)
{
  return plot_x (self) + plot_width (self);
}

/* The left edge of the lane labels' column. */
static double
labels_x (ChTimeline *self)
{
  return is_rtl (self) ? plot_width (self) : 0.0;
}

static double
lane_height (ChTimeline *self)
{
  double avail = gtk_widget_get_height (GTK_WIDGET (self)) - AXIS_H;
  guint n = self->lanes->len;

  if (n == 0)
    return LANE_NAT_H;
  return CLAMP (floor (avail / n), LANE_MIN_H, LANE_MAX_H);
}

static double
max_lane_scroll (ChTimeline *self)
{
  double avail = gtk_widget_get_height (GTK_WIDGET (self)) - AXIS_H;

  return MAX (0.0, self->lanes->len * lane_height (self) - avail);
}

static double
x_for_day (ChTimeline *self,
           double      day)
{
  return plot_x (self) + (day - self->view_start) * self->ppd;
}

static double
day_for_x (ChTimeline *self,
           double      x)
{
  return self->view_start + (x - plot_x (self)) / self->ppd;
}

static int
lane_at_y (ChTimeline *self,
           double      y)
{
  double lh = lane_height (self);
  double rel = y - AXIS_H + self->lane_scroll;
  int lane;

  if (y < AXIS_H || rel < 0)
    return -1;
  lane = (int) floor (rel / lh);
  return lane < (int) self->lanes->len ? lane : -1;
}

/* Events dated to a month or a year are drawn as translucent spans over
 * their month or year, as long as that is wide enough to see; a day is
 * always a mark, however far the view is zoomed in. */
static inline gboolean
is_span (gboolean is_day,
         gint32   start,
         gint32   end,
         double   ppd)
{
  return !is_day && (end - start) * ppd >= SPAN_MIN_PX;
}

/* The rectangle of a mark, in widget coordinates, as drawn in the static
 * layer; TRUE when the mark is a span rather than a point. */
static gboolean
mark_rect (ChTimeline      *self,
           gint32           start,
           gint32           end,
           gboolean         is_day,
           guint            lane,
           graphene_rect_t *rect)
{
  double lh = lane_height (self);
  double top = AXIS_H + lane * lh - self->lane_scroll;
  double x0 = x_for_day (self, start);
  double x1 = x_for_day (self, end);

  if (is_span (is_day, start, end, self->ppd))
    {
      graphene_rect_init (rect, x0, top + lh * 0.3, x1 - x0, lh * 0.4);
      return TRUE;
    }
  else
    {
      double cx = (x0 + x1) / 2;
      double w = MAX (MARK_W, x1 - x0);

      graphene_rect_init (rect, cx - w / 2, top + lh * 0.2, w, lh * 0.6);
      return FALSE;
    }
}

/* Projection
 *
 * In two stages. The source is what the marks come from: the corpus under
 * a ChFilter model, by corpus position, or else the model itself. Every
 * source event is projected once per source change (its span, its type and
 * its lanes as small integers, each lane's marks sorted by date); that is
 * the costly part, a lane key and a lookup per event, and it runs in
 * slices from an idle. A filter change then only bins: each lane keeps the
 * marks of the events that match, which are in order already. As marks
 * carry source positions, a sort of the model changes nothing here. */

static void
clear_bins (ChTimeline *self)
{
  g_ptr_array_set_size (self->lanes, 0);
  g_clear_pointer (&self->chrono, g_free);
  g_clear_pointer (&self->rank, g_free);
  self->n_chrono = 0;
  self->n_dated = 0;
  self->min_day = 0;
  self->max_day = 0;
}

static void
clear_projection (ChTimeline *self)
{
  clear_bins (self);
  g_ptr_array_set_size (self->src_lanes, 0);
  g_array_set_size (self->events, 0);
  g_array_set_size (self->lane_refs, 0);
  g_clear_pointer (&self->lane_display, g_free);
  g_clear_pointer (&self->dated, g_free);
  self->model_of_valid = FALSE;
  self->has_hover = FALSE;
}

/* The model's filter, when the source is its corpus. */
static inline ChFilter *
source_filter (ChTimeline *self)
{
  return self->model != NULL && CH_IS_FILTER (self->model) ? CH_FILTER (self->model) : NULL;
}

/* The source position of the model's item at @pos, G_MAXUINT if none. */
static guint
src_of_model (ChTimeline *self,
              guint       pos)
{
  ChFilter *filter = source_filter (self);

  if (self->model == NULL || pos >= g_list_model_get_n_items (self->model))
    return G_MAXUINT;
  return filter != NULL ? ch_filter_get_corpus_position (filter, pos) : pos;
}

/* The model position of the source event at @src, G_MAXUINT when the
 * model does not show it. The inverse of a filter's order is made when
 * first asked for after the model changed. */
static guint
model_of_src (ChTimeline *self,
              guint       src)
{
  ChFilter *filter = source_filter (self);

  if (src >= self->events->len)
    return G_MAXUINT;
  if (filter == NULL)
    return src;

  if (!self->model_of_valid)
    {
      guint n = g_list_model_get_n_items (self->model);

      g_free (self->model_of);
      self->model_of = g_new (guint32, MAX (self->events->len, 1));
      memset (self->model_of, 0xff, MAX (self->events->len, 1) * sizeof (guint32));
      for (guint i = 0; i < n; i++)
        {
          guint cp = ch_filter_get_corpus_position (filter, i);

          if (cp < self->events->len)
            self->model_of[cp] = i;
        }
      self->model_of_valid = TRUE;
    }
  return self->model_of[src] == G_MAXUINT32 ? G_MAXUINT : self->model_of[src];
}

/* The source event at @src, with a reference. */
static ChEvent *
dup_src_event (ChTimeline *self,
               guint       src)
{
  ChFilter *filter = source_filter (self);
  ChCorpus *corpus = filter != NULL ? ch_filter_get_corpus (filter) : NULL;

  if (self->model == NULL)
    return NULL;
  if (corpus != NULL)
    return src < g_list_model_get_n_items (G_LIST_MODEL (corpus))
           ? g_object_ref (ch_corpus_get_event (corpus, src)) : NULL;
  return src < g_list_model_get_n_items (self->model)
         ? g_list_model_get_item (self->model, src) : NULL;
}

/* The source is built in slices of a few milliseconds from an idle, so
 * that a million events never freeze the window: until it is done the
 * previous bins stay on screen (without selection or hover). */
typedef struct
{
  GListModel *model;
  ChCorpus   *corpus;         /* borrowed from the model's filter */
  LaneMode    mode;
  guint       pos;
  guint       n;
  GPtrArray  *lanes;
  GArray     *events;
  GArray     *lane_refs;
  GHashTable *index;
  GHashTable *collate_keys;   /* borrowed */
  GString    *key;
} Builder;

#define BUILD_SLICE_USEC 5000

static void
builder_free (Builder *b)
{
  g_clear_object (&b->model);
  g_clear_pointer (&b->lanes, g_ptr_array_unref);
  g_clear_pointer (&b->events, g_array_unref);
  g_clear_pointer (&b->lane_refs, g_array_unref);
  g_clear_pointer (&b->index, g_hash_table_unref);
  if (b->key != NULL)
    g_string_free (b->key, TRUE);
  g_free (b);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Builder, builder_free)

static Builder *
builder_new (GListModel *model,
             LaneMode    mode,
             GHashTable *collate_keys)
{
  Builder *b = g_new0 (Builder, 1);

  b->collate_keys = collate_keys;

  b->model = model ? g_object_ref (model) : NULL;
  if (model != NULL && CH_IS_FILTER (model))
    b->corpus = ch_filter_get_corpus (CH_FILTER (model));
  b->mode = mode;
  b->n = b->corpus != NULL ? g_list_model_get_n_items (G_LIST_MODEL (b->corpus))
         : model != NULL ? g_list_model_get_n_items (model) : 0;
  b->lanes = g_ptr_array_new_with_free_func (lane_free);
  b->events = g_array_sized_new (FALSE, TRUE, sizeof (Projection), b->n);
  g_array_set_size (b->events, b->n);
  b->lane_refs = g_array_sized_new (FALSE, FALSE, sizeof (guint32), b->n);
  b->index = g_hash_table_new (g_str_hash, g_str_equal);
  b->key = g_string_new (NULL);
  return b;
}

static guint
lookup_lane (Builder    *b,
             const char *name)
{
  gpointer value;
  Lane *lane;

  if (g_hash_table_lookup_extended (b->index, name, NULL, &value))
    return GPOINTER_TO_UINT (value);

  lane = g_new0 (Lane, 1);
  lane->name = g_strdup (name);
  lane->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_ptr_array_add (b->lanes, lane);
  g_hash_table_insert (b->index, lane->name, GUINT_TO_POINTER (b->lanes->len - 1));
  return b->lanes->len - 1;
}

static void
add_mark (Builder    *b,
          guint       lane_index,
          const Mark *mark)
{
  Lane *lane = g_ptr_array_index (b->lanes, lane_index);

  g_array_append_vals (lane->marks, mark, 1);
  g_array_append_val (b->lane_refs, lane_index);
}

static int
compare_collate_keys (gconstpointer a,
                      gconstpointer b)
{
  const Lane *la = *(Lane * const *) a;
  const Lane *lb = *(Lane * const *) b;

  return strcmp (la->collate_key, lb->collate_key);
}

/* Lanes with as many events are in collation order; g_utf8_collate()
 * normalises both strings on every comparison, which for thousands of
 * lanes took most of a rebuild, so each name's key is made once and kept
 * across rebuilds. */
static void
key_lanes (Builder *b)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (b->lanes->len);

  for (guint i = 0; i < b->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (b->lanes, i);

      lane->collate_key = g_hash_table_lookup (b->collate_keys, lane->name);
      if (lane->collate_key == NULL)
        {
          char *key = g_utf8_collate_key (lane->name, -1);

          g_hash_table_insert (b->collate_keys, g_strdup (lane->name), key);
          lane->collate_key = key;
        }
      g_ptr_array_add (sorted, lane);
    }

  /* Ranked once per source, so that binning compares integers. */
  g_ptr_array_sort (sorted, compare_collate_keys);
  for (guint i = 0; i < sorted->len; i++)
    ((Lane *) g_ptr_array_index (sorted, i))->collate_rank = i;
}

/* A source lane's shown lane, emptied: its arrays are reused from one
 * binning to the next instead of freed and made again. @share: the shown
 * lane has every mark of the source, whose array it then shows; its own
 * array is kept for the next filter. */
static Lane *
reset_shown (Lane     *src,
             guint     n_marks,
             gboolean  share)
{
  Lane *lane = src->shown;

  if (lane == NULL)
    {
      lane = src->shown = g_new0 (Lane, 1);
      /* Borrowed: a shown lane lives no longer than its source. */
      lane->name = src->name;
      lane->collate_key = src->collate_key;
      lane->collate_rank = src->collate_rank;
    }
  if (lane->lod_points != NULL)
    {
      g_clear_pointer (&lane->lod_points, g_free);
      g_clear_pointer (&lane->lod_years, g_free);
      g_clear_pointer (&lane->years, g_array_unref);
    }
  lane->lod_lo = 0;
  lane->lod_len = 0;
  lane->max_len = 0;
  if (share)
    {
      lane->marks = src->marks;
      lane->max_len = src->max_len;
      return lane;
    }
  if (lane->own == NULL)
    lane->own = g_array_sized_new (FALSE, FALSE, sizeof (Mark), n_marks);
  g_array_set_size (lane->own, n_marks);
  lane->marks = lane->own;
  return lane;
}

/* Within one start day, days come before months before years; as a
 * month or a year that starts on a day has a fixed end, equal keys mean
 * equal spans, which the static layer draws once. */
static inline guint
mark_class (const Mark *m)
{
  return m->is_day ? 0 : (m->end - m->start > 31 ? 2 : 1);
}

/* A counting sort on (start, class): linear, and stable, so events of one
 * day keep their source order. */
static void
sort_marks (Lane   *lane,
            gint32  min_start,
            gint32  max_start)
{
  const Mark *marks = (const Mark *) (gpointer) lane->marks->data;
  guint n = lane->marks->len;
  gsize n_keys = ((gsize) (max_start - min_start) + 1) * 3;
  g_autofree guint32 *counts = NULL;
  GArray *sorted;

  if (n_keys > 4 * (gsize) n + 4096)
    {
      g_array_sort (lane->marks, compare_marks);
      return;
    }

  counts = g_new0 (guint32, n_keys + 1);
  for (guint i = 0; i < n; i++)
    counts[(gsize) (marks[i].start - min_start) * 3 + mark_class (&marks[i]) + 1]++;
  for (gsize k = 1; k <= n_keys; k++)
    counts[k] += counts[k - 1];

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (Mark), n);
  g_array_set_size (sorted, n);
  for (guint i = 0; i < n; i++)
    {
      gsize k = (gsize) (marks[i].start - min_start) * 3 + mark_class (&marks[i]);
      g_array_index (sorted, Mark, counts[k]++) = marks[i];
    }
  g_array_unref (lane->marks);
  lane->marks = sorted;
}

static inline gint32
mark_center (const Mark *m)
{
  /* An arithmetic shift rounds down for days before 1970 too. */
  return (m->start + m->end) >> 1;
}

static void
build_lod (Lane *lane)
{
  const Mark *marks = (const Mark *) (gpointer) lane->marks->data;
  gint32 lo = G_MAXINT32, hi = G_MININT32;
  guint stride;

  if (lane->marks->len < LOD_MIN_MARKS)
    return;

  for (guint i = 0; i < lane->marks->len; i++)
    {
      lo = MIN (lo, mark_center (&marks[i]));
      hi = MAX (hi, mark_center (&marks[i]));
    }
  /* Worth it, and small (at most 192 bytes per event), only where events
   * are at least one every four days on average. */
  if ((gint64) hi - lo + 1 > 4 * (gint64) lane->marks->len)
    return;

  lane->lod_lo = lo;
  lane->lod_len = (guint) (hi - lo + 1);
  stride = lane->lod_len + 1;
  lane->lod_points = g_new0 (guint32, (gsize) stride * CH_N_EVENT_TYPES);
  lane->lod_years = g_new0 (guint32, (gsize) stride * CH_N_EVENT_TYPES);
  lane->years = g_array_new (FALSE, FALSE, sizeof (Mark));

  for (guint i = 0; i < lane->marks->len; i++)
    {
      const Mark *m = &marks[i];
      gsize k = (gsize) m->type * stride + (gsize) (mark_center (m) - lo) + 1;

      if (mark_class (m) == 2)
        {
          lane->lod_years[k]++;
          g_array_append_vals (lane->years, m, 1);
        }
      else
        lane->lod_points[k]++;
    }

  for (guint t = 0; t < CH_N_EVENT_TYPES; t++)
    for (guint k = 1; k < stride; k++)
      {
        lane->lod_points[t * stride + k] += lane->lod_points[t * stride + k - 1];
        lane->lod_years[t * stride + k] += lane->lod_years[t * stride + k - 1];
      }
}

/* Each source lane's marks in date order, once per source. */
static void
finish_lanes (Builder *b)
{
  for (guint i = 0; i < b->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (b->lanes, i);
      const Mark *marks = (const Mark *) (gpointer) lane->marks->data;
      gint32 min_start = G_MAXINT32, max_start = G_MININT32;
      gboolean sorted = TRUE;

      for (guint j = 0; j < lane->marks->len; j++)
        {
          min_start = MIN (min_start, marks[j].start);
          max_start = MAX (max_start, marks[j].start);
          if (j > 0 && (marks[j].start < marks[j - 1].start ||
                        (marks[j].start == marks[j - 1].start &&
                         mark_class (&marks[j]) < mark_class (&marks[j - 1]))))
            sorted = FALSE;
        }

      /* Corpora are often in date order already; sort only when not. */
      if (!sorted)
        sort_marks (lane, min_start, max_start);

      marks = (const Mark *) (gpointer) lane->marks->data;
      lane->max_len = 0;
      lane->max_end = G_MININT32;
      for (guint j = 0; j < lane->marks->len; j++)
        {
          lane->max_len = MAX (lane->max_len, marks[j].end - marks[j].start);
          lane->max_end = MAX (lane->max_end, marks[j].end);
        }
    }
}

static void
build_lane_key (GString            *key,
                const char * const *values,
                const char         *separator)
{
  g_string_truncate (key, 0);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (key, separator);
      g_string_append (key, values[i]);
    }
}

static void
project_event (Builder *b,
               guint    i,
               ChEvent *event)
{
  Projection *proj = &g_array_index (b->events, Projection, i);
  Mark mark;

  memset (proj, 0, sizeof *proj);
  if (event == NULL || !project_day (ch_event_get_date (event), &proj->start, &proj->end))
    return;

  proj->dated = TRUE;
  proj->is_day = ch_event_get_date_precision (event) == CH_DATE_PRECISION_DAY;
  proj->type = (guint8) MIN ((guint) ch_event_get_event_type (event), CH_N_EVENT_TYPES - 1);
  proj->lanes_off = b->lane_refs->len;
  mark.start = proj->start;
  mark.end = proj->end;
  mark.pos = i;
  mark.type = proj->type;
  mark.is_day = proj->is_day;

  if (b->mode == LANE_MODE_COUNTRY_PAIR)
    {
      build_lane_key (b->key, ch_event_get_countries (event), "–");
      add_mark (b, lookup_lane (b, b->key->len ? b->key->str : _("No country")), &mark);
      proj->n_lanes = 1;
    }
  else
    {
      const char * const *participants = ch_event_get_participants (event);

      for (guint j = 0; participants != NULL && participants[j] != NULL && j < G_MAXUINT16; j++)
        {
          add_mark (b, lookup_lane (b, participants[j]), &mark);
          proj->n_lanes++;
        }
      if (proj->n_lanes == 0)
        {
          add_mark (b, lookup_lane (b, _("No participant")), &mark);
          proj->n_lanes = 1;
        }
    }
}

/* Projects events until @deadline (monotonic time, or -1 for no limit);
 * TRUE once every event is projected and the lanes are sorted. */
static gboolean
builder_step (Builder *b,
              gint64   deadline)
{
  while (b->pos < b->n)
    {
      guint stop = MIN (b->n, b->pos + 2048);

      /* The corpus's events are read where it keeps them, without a
       * reference taken and dropped per event. */
      if (b->corpus != NULL)
        for (; b->pos < stop; b->pos++)
          project_event (b, b->pos, ch_corpus_get_event (b->corpus, b->pos));
      else
        for (; b->pos < stop; b->pos++)
          {
            g_autoptr(ChEvent) event = g_list_model_get_item (b->model, b->pos);
            project_event (b, b->pos, event);
          }

      if (deadline >= 0 && b->pos < b->n && g_get_monotonic_time () >= deadline)
        return FALSE;
    }

  key_lanes (b);
  finish_lanes (b);
  return TRUE;
}

static void update_accessible_label (ChTimeline *self);

/* Whether the source event at @src passes the model's filter. */
static inline gboolean
word_has (const guint64 *words,
          guint          src)
{
  return words == NULL || ((words[src >> 6] >> (src & 63)) & 1);
}

/* Sorts @keys (with @items alongside) by key: a radix sort on 11-bit
 * digits, skipping the digits every key shares. Ordering a country-pair
 * corpus's hundreds of thousands of lanes by comparisons took longer than
 * binning their marks. */
static void
radix_sort (guint64 *keys,
            guint32 *items,
            guint    n)
{
  g_autofree guint64 *tmp_keys = NULL;
  g_autofree guint32 *tmp_items = NULL;
  guint64 all_or = 0, all_and = G_MAXUINT64;

  if (n < 2)
    return;
  for (guint i = 0; i < n; i++)
    {
      all_or |= keys[i];
      all_and &= keys[i];
    }

  tmp_keys = g_new (guint64, n);
  tmp_items = g_new (guint32, n);
  for (guint shift = 0; shift < 64; shift += 11)
    {
      guint counts[2048 + 1];

      /* Every key has the same digit here: nothing to move. */
      if ((((all_or ^ all_and) >> shift) & 2047) == 0)
        continue;

      memset (counts, 0, sizeof counts);
      for (guint i = 0; i < n; i++)
        counts[((keys[i] >> shift) & 2047) + 1]++;
      for (guint d = 1; d <= 2048; d++)
        counts[d] += counts[d - 1];
      for (guint i = 0; i < n; i++)
        {
          guint k = counts[(keys[i] >> shift) & 2047]++;

          tmp_keys[k] = keys[i];
          tmp_items[k] = items[i];
        }
      memcpy (keys, tmp_keys, n * sizeof (guint64));
      memcpy (items, tmp_items, n * sizeof (guint32));
    }
}

/* The marks of the events the model shows, lane by lane: one pass over
 * each source lane's sorted marks, no key, lookup or sort. With nothing
 * filtered out a shown lane shares its source lane's marks. */
static void flush_follow (ChTimeline *self);

static void
bin (ChTimeline *self)
{
  ChFilter *filter = source_filter (self);
  const guint64 *words = NULL;
  guint n_src = self->events->len;
  g_autofree guint64 *keys = NULL;
  g_autofree guint32 *items = NULL;
  guint n_lanes = 0;


  if (filter != NULL)
    {
      guint n_bits = 0;

      words = ch_filter_peek_matches (filter, &n_bits);
      /* The corpus changed and the source is not rebuilt yet. */
      if (n_bits != n_src)
        {
          self->projection_dirty = TRUE;
          return;
        }
      if (ch_filter_get_n_matches (filter) == n_src)
        words = NULL;
    }

  clear_bins (self);
  self->bins_dirty = FALSE;
  self->has_hover = self->has_hover && word_has (words, self->hover_pos);
  g_clear_pointer (&self->static_node, gsk_render_node_unref);

  g_free (self->lane_display);
  self->lane_display = g_new (guint32, MAX (self->src_lanes->len, 1));
  keys = g_new (guint64, MAX (self->src_lanes->len, 1));
  items = g_new (guint32, MAX (self->src_lanes->len, 1));
  self->min_day = G_MAXINT32;
  self->max_day = G_MININT32;
  for (guint l = 0; l < self->src_lanes->len; l++)
    {
      Lane *src = g_ptr_array_index (self->src_lanes, l);
      const Mark *marks = (const Mark *) (gpointer) src->marks->data;
      guint n_marks = src->marks->len;
      gint32 max_end = G_MININT32;
      Lane *lane;

      self->lane_display[l] = G_MAXUINT32;
      if (n_marks == 0)
        continue;

      if (words == NULL)
        {
          lane = reset_shown (src, 0, TRUE);
          max_end = src->max_end;
        }
      else
        {
          Mark *out;
          guint n = 0;

          lane = reset_shown (src, n_marks, FALSE);
          out = (Mark *) (gpointer) lane->marks->data;
          for (guint j = 0; j < n_marks; j++)
            {
              /* Written unconditionally, kept when it passes: no branch
               * to mispredict on a filter that keeps about half. */
              guint pos = marks[j].pos;

              out[n] = marks[j];
              n += (words[pos >> 6] >> (pos & 63)) & 1;
            }
          if (n == 0)
            continue;
          g_array_set_size (lane->marks, n);
          for (guint j = 0; j < n; j++)
            {
              lane->max_len = MAX (lane->max_len, out[j].end - out[j].start);
              max_end = MAX (max_end, out[j].end);
            }
        }

      lane->src_index = l;
      self->min_day = MIN (self->min_day, g_array_index (lane->marks, Mark, 0).start);
      self->max_day = MAX (self->max_day, max_end);
      /* Busiest lanes first, then in collation order. */
      keys[n_lanes] = ((guint64) (G_MAXUINT32 - lane->marks->len) << 32) | src->collate_rank;
      items[n_lanes] = l;
      n_lanes++;
    }

  radix_sort (keys, items, n_lanes);
  g_ptr_array_set_size (self->lanes, n_lanes);
  for (guint i = 0; i < n_lanes; i++)
    {
      Lane *lane = ((Lane *) g_ptr_array_index (self->src_lanes, items[i]))->shown;

      self->lanes->pdata[i] = lane;
      self->lane_display[items[i]] = i;
      /* The count is in the key: most lanes are too small for a level of
       * detail, and are not visited again to find out. */
      if (G_MAXUINT32 - (guint32) (keys[i] >> 32) >= LOD_MIN_MARKS)
        build_lod (lane);
    }

  /* Every dated event has a mark in some lane. */
  self->n_dated = 0;
  for (guint w = 0; w < (n_src + 63) / 64; w++)
    self->n_dated += (guint) __builtin_popcountll (self->dated[w] & (words != NULL ? words[w] : G_MAXUINT64));
  if (self->n_dated == 0)
    self->min_day = self->max_day = 0;

  if (self->fit_pending)
    ch_timeline_zoom_to_fit (self);
  flush_follow (self);
  self->lane_scroll = CLAMP (self->lane_scroll, 0, max_lane_scroll (self));

  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
install_projection (ChTimeline *self,
                    Builder    *b)
{
  g_assert (CH_IS_TIMELINE (self));

  clear_projection (self);
  g_ptr_array_unref (self->src_lanes);
  g_array_unref (self->events);
  g_array_unref (self->lane_refs);
  self->src_lanes = g_steal_pointer (&b->lanes);
  self->events = g_steal_pointer (&b->events);
  self->lane_refs = g_steal_pointer (&b->lane_refs);
  self->dated = g_new0 (guint64, MAX ((self->events->len + 63) / 64, 1));
  for (guint i = 0; i < self->events->len; i++)
    if (g_array_index (self->events, Projection, i).dated)
      self->dated[i >> 6] |= G_GUINT64_CONSTANT (1) << (i & 63);
  self->projection_dirty = FALSE;
  bin (self);
}

/* The displayed lane of the @k-th lane of the source event @src. */
static inline guint
event_lane (ChTimeline       *self,
            const Projection *proj,
            guint             k)
{
  guint l = g_array_index (self->lane_refs, guint32, proj->lanes_off + k);

  return self->lane_display != NULL ? self->lane_display[l] : G_MAXUINT32;
}

void
_ch_timeline_ensure_projection (ChTimeline *self)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  if (self->projection_dirty)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      if (self->builder == NULL)
        self->builder = builder_new (self->model, self->lane_mode, self->collate_keys);
      builder_step (self->builder, -1);
      install_projection (self, self->builder);
      g_clear_pointer (&self->builder, builder_free);
    }
  else if (self->bins_dirty)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      bin (self);
    }
}

gboolean
_ch_timeline_is_projection_pending (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), FALSE);

  return self->projection_dirty || self->bins_dirty;
}

static gboolean
rebuild_cb (gpointer user_data)
{
  ChTimeline *self = user_data;

  if (!self->projection_dirty)
    {
      self->rebuild_id = 0;
      if (self->bins_dirty)
        bin (self);
      if (!self->projection_dirty)
        return G_SOURCE_REMOVE;
      self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, rebuild_cb, self, NULL);
      return G_SOURCE_REMOVE;
    }

  if (self->builder == NULL)
    self->builder = builder_new (self->model, self->lane_mode, self->collate_keys);

  if (!builder_step (self->builder, g_get_monotonic_time () + BUILD_SLICE_USEC))
    return G_SOURCE_CONTINUE;

  self->rebuild_id = 0;
  install_projection (self, self->builder);
  g_clear_pointer (&self->builder, builder_free);
  return G_SOURCE_REMOVE;
}

/* A model may report many changes in a row: each one starts the build
 * over, and the projection is installed once the model is quiet for long
 * enough to be read through. */
static void
queue_rebuild (ChTimeline *self)
{
  self->projection_dirty = TRUE;
  self->bins_dirty = TRUE;
  self->model_of_valid = FALSE;
  g_clear_pointer (&self->builder, builder_free);
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, rebuild_cb, self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The filter's matches changed, not the corpus: bin again, once. */
static void
queue_bin (ChTimeline *self)
{
  self->bins_dirty = TRUE;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, rebuild_cb, self, NULL);
}

static int
compare_chrono (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Projection *events = user_data;
  guint32 pa = *(const guint32 *) a, pb = *(const guint32 *) b;

  if (events[pa].start != events[pb].start)
    return events[pa].start < events[pb].start ? -1 : 1;
  return pa < pb ? -1 : pa > pb;
}

/* The shown events in date order, by source position, for keyboard
 * navigation; built on first use. */
static void
ensure_chrono (ChTimeline *self)
{
  const Projection *events;
  ChFilter *filter;
  const guint64 *words = NULL;
  gboolean sorted = TRUE;
  guint n = 0;

  _ch_timeline_ensure_projection (self);
  if (self->chrono != NULL)
    return;

  filter = source_filter (self);
  if (filter != NULL)
    {
      guint n_bits = 0;

      words = ch_filter_peek_matches (filter, &n_bits);
      if (n_bits != self->events->len)
        words = NULL;
    }

  events = (const Projection *) (gpointer) self->events->data;
  self->chrono = g_new (guint32, MAX (self->n_dated, 1));
  self->rank = g_new (guint32, MAX (self->events->len, 1));
  for (guint i = 0; i < self->events->len; i++)
    {
      self->rank[i] = G_MAXUINT32;
      if (!events[i].dated || !word_has (words, i) || n >= self->n_dated)
        continue;
      if (n > 0 && events[self->chrono[n - 1]].start > events[i].start)
        sorted = FALSE;
      self->chrono[n++] = i;
    }
  self->n_chrono = n;
  if (!sorted)
    g_qsort_with_data (self->chrono, n, sizeof (guint32), compare_chrono, (gpointer) events);
  for (guint i = 0; i < n; i++)
    self->rank[self->chrono[i]] = i;
}

/* Style */

static void
ensure_colors (ChTimeline *self)
{
  GtkStyleContext *context;
  const char * const *palette = palette_light;
  gboolean dark = FALSE;

  if (self->colors_valid)
    return;

  self->high_contrast = FALSE;
  if (adw_is_initialized ())
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();

      dark = adw_style_manager_get_dark (manager);
      self->high_contrast = adw_style_manager_get_high_contrast (manager);
    }

  if (self->high_contrast)
    palette = dark ? palette_hc_dark : palette_hc_light;
  else if (dark)
    palette = palette_dark;

  for (guint i = 0; i < CH_N_EVENT_TYPES; i++)
    gdk_rgba_parse (&self->type_colors[i], palette[i]);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &self->fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &self->accent) &&
      !gtk_style_context_lookup_color (context, "theme_selected_bg_color", &self->accent))
    gdk_rgba_parse (&self->accent, dark ? "#78aeed" : "#1c71d8");
  G_GNUC_END_IGNORE_DEPRECATIONS

  self->colors_valid = TRUE;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

static void
style_changed (ChTimeline *self)
{
  self->colors_valid = FALSE;
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The static layer */

static const TickStep *
choose_tick_step (ChTimeline *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    if (tick_steps[i].approx_days * self->ppd >= MIN_TICK_PX)
      return &tick_steps[i];
  return &tick_steps[G_N_ELEMENTS (tick_steps) - 1];
}

static int
floor_mod (int a,
           int b)
{
  int r = a % b;

  return r < 0 ? r + b : r;
}

/* The tick at or before @day, as a day number, and the state to step on. */
static gint32
first_tick (const TickStep *step,
            double          day,
            int            *counter)
{
  gint32 z = (gint32) floor (day);
  int y;
  unsigned m, d;

  civil_from_days (z, &y, &m, &d);
  switch (step->unit)
    {
    case UNIT_DAY:
      if (step->step == 7)
        z -= floor_mod (z + 3, 7); /* align weeks on Mondays; day 0 was a Thursday */
      *counter = z;
      return z;
    case UNIT_MONTH:
      *counter = y * 12 + (int) m - 1;
      *counter -= floor_mod (*counter, step->step);
      return days_from_civil (*counter / 12, (unsigned) (*counter % 12) + 1, 1);
    case UNIT_YEAR:
    default:
      *counter = y - floor_mod (y, step->step);
      return days_from_civil (*counter, 1, 1);
    }
}

static gint32
next_tick (const TickStep *step,
           int            *counter)
{
  *counter += step->step;
  switch (step->unit)
    {
    case UNIT_DAY:
      return *counter;
    case UNIT_MONTH:
      return days_from_civil (*counter / 12, (unsigned) (*counter % 12) + 1, 1);
    case UNIT_YEAR:
    default:
      return days_from_civil (*counter, 1, 1);
    }
}

static char *
format_tick (const TickStep *step,
             gint32          z,
             gboolean        first)
{
  g_autoptr(GDateTime) dt = NULL;
  int y;
  unsigned m, d;

  civil_from_days (z, &y, &m, &d);
  if (step->unit == UNIT_YEAR || y < 1 || y > 9999)
    return g_strdup_printf ("%d", y);

  dt = g_date_time_new_utc (y, (int) m, (int) d, 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%d", y);
  if (step->unit == UNIT_MONTH)
    /* Translators: a month on the timeline axis, see g_date_time_format() */
    return g_date_time_format (dt, _("%b %Y"));
  if (first || (m == 1 && d <= (unsigned) step->step))
    /* Translators: a day on the timeline axis with its year */
    return g_date_time_format (dt, _("%e %b %Y"));
  /* Translators: a day on the timeline axis */
  return g_date_time_format (dt, _("%e %b"));
}

static void
draw_axis (ChTimeline  *self,
           GtkSnapshot *snapshot,
           PangoLayout *layout,
           double       width,
           double       height)
{
  const TickStep *step = choose_tick_step (self);
  GdkRGBA grid = with_alpha (&self->fg, self->high_contrast ? 0.3f : 0.1f);
  GdkRGBA tick = with_alpha (&self->fg, 0.5f);
  GdkRGBA text = with_alpha (&self->fg, 0.8f);
  double end_day = day_for_x (self, plot_end (self));
  gboolean first = TRUE;
  int counter;

  gtk_snapshot_append_color (snapshot, &tick,
                             &GRAPHENE_RECT_INIT (plot_x (self), AXIS_H - 1, plot_width (self), 1));

  for (gint32 z = first_tick (step, self->view_start, &counter);
       z <= end_day;
       z = next_tick (step, &counter))
    {
      double x = round (x_for_day (self, z));
      g_autofree char *label = NULL;
      int label_w;

      if (x < plot_x (self))
        continue;

      gtk_snapshot_append_color (snapshot, &tick, &GRAPHENE_RECT_INIT (x, AXIS_H - 8, 1, 7));
      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (x, AXIS_H, 1, height - AXIS_H));

      label = format_tick (step, z, first);
      first = FALSE;
      pango_layout_set_text (layout, g_strstrip (label), -1);
      pango_layout_get_pixel_size (layout, &label_w, NULL);
      /* A label cut by the right edge reads as another date. */
      if (x + 4 + label_w > plot_end (self))
        continue;
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 4, 4));
      gtk_snapshot_append_layout (snapshot, layout, &text);
      gtk_snapshot_restore (snapshot);
    }
}

/* First of @marks (sorted by start, none longer than @max_len days) that
 * may end after @day. */
static guint
first_visible_mark_in (const Mark *marks,
                       guint       n_marks,
                       gint32      max_len,
                       double      day)
{
  double from = day - max_len;
  guint lo = 0, hi = n_marks;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (marks[mid].start < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* First mark of @lane that may end after @day. */
static guint
first_visible_mark (const Lane *lane,
                    double      day)
{
  return first_visible_mark_in ((const Mark *) (gpointer) lane->marks->data,
                                lane->marks->len, lane->max_len, day);
}

static inline gboolean
bin_is_dense (const guint32 *counts,
              int            n_bins,
              int            b)
{
  /* Two events in one bin overlap; one event beside an occupied bin nearly
   * does. Either way the stretch is dense. */
  if (counts[b] >= 2)
    return TRUE;
  return counts[b] == 1 && ((b > 0 && counts[b - 1] > 0) || (b + 1 < n_bins && counts[b + 1] > 0));
}

static void
flush_span (ChTimeline  *self,
            GtkSnapshot *snapshot,
            const Mark  *span,
            gboolean     mixed,
            double       top,
            double       lh,
            double       width)
{
  GdkRGBA color;
  double x0, x1;

  if (span == NULL)
    return;

  color = mixed ? with_alpha (&self->fg, 0.3f) : with_alpha (&self->type_colors[span->type], 0.45f);
  x0 = MAX ((span->start - self->view_start) * self->ppd, -2);
  x1 = MIN ((span->end - self->view_start) * self->ppd, width + 2);
  gtk_snapshot_append_color (snapshot, &color,
                             &GRAPHENE_RECT_INIT (plot_x (self) + x0, top + lh * 0.3, x1 - x0, lh * 0.4));
  self->stats.n_spans++;
}

#define MAX_DAY_SLICES 4

/* @n events of one day, from @first on: up to MAX_DAY_SLICES slices in
 * their types' colours, the last one neutral when there are more. */
static void
draw_day_block (ChTimeline  *self,
                GtkSnapshot *snapshot,
                const Mark  *first,
                guint        n,
                double       top,
                double       lh,
                double       width)
{
  double x0 = MAX ((first->start - self->view_start) * self->ppd + 1, -2);
  double x1 = MIN ((first->end - self->view_start) * self->ppd - 1, width + 2);
  guint n_slices = MIN (n, MAX_DAY_SLICES);
  double slice = lh * 0.6 / n_slices;
  GdkRGBA more = with_alpha (&self->fg, 0.45f);

  for (guint k = 0; k < n_slices; k++)
    {
      const GdkRGBA *color = (k + 1 == n_slices && n > n_slices) ? &more : &self->type_colors[first[k].type];

      gtk_snapshot_append_color (snapshot, color,
                                 &GRAPHENE_RECT_INIT (plot_x (self) + x0, top + lh * 0.2 + k * slice,
                                                      x1 - x0, MAX (1, slice - (n_slices > 1 ? 1 : 0))));
    }
  self->stats.n_marks += n;
}

/* Bars take one of eight heights, on a log scale so that a lone busy day
 * does not flatten the rest; fewer distinct heights let neighbouring bins
 * merge into one rectangle. */
static double
bar_height (double  inner,
            guint32 count,
            guint32 max_count)
{
  double frac = 0.2 + 0.8 * log1p (count) / log1p (max_count);

  return round (inner * ceil (frac * 8) / 8);
}

/* The index in @lane of the one point event centred in [lo, hi). */
static guint
find_point (const Lane *lane,
            gint32      lo,
            gint32      hi,
            gboolean    years_are_points)
{
  const Mark *marks = (const Mark *) (gpointer) lane->marks->data;

  for (guint i = first_visible_mark (lane, lo); i < lane->marks->len && marks[i].start < hi; i++)
    {
      gint32 c = mark_center (&marks[i]);

      if (c >= lo && c < hi && (years_are_points || mark_class (&marks[i]) != 2))
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

/* Fills the bins from the lane's level of detail: a bin holds the events
 * whose centre day, plus half a day, falls in its pixels, as pass 1 of
 * draw_lane() would count them. */
static void
count_from_lod (ChTimeline *self,
                const Lane *lane,
                gboolean    years_are_points,
                guint32    *counts,
                guint32    *type_counts,
                guint32    *last_in_bin,
                int         n_bins)
{
  guint stride = lane->lod_len + 1;
  double days_per_bin = BIN_PX / self->ppd;

  for (int b = 0; b < n_bins; b++)
    {
      double from = ceil (self->view_start + b * days_per_bin - 0.5) - lane->lod_lo;
      double to = ceil (self->view_start + (b + 1) * days_per_bin - 0.5) - lane->lod_lo;
      guint lo = (guint) CLAMP (from, 0, lane->lod_len);
      guint hi = (guint) CLAMP (to, 0, lane->lod_len);

      if (hi <= lo)
        continue;

      for (guint t = 0; t < CH_N_EVENT_TYPES; t++)
        {
          guint32 c = lane->lod_points[t * stride + hi] - lane->lod_points[t * stride + lo];

          if (years_are_points)
            c += lane->lod_years[t * stride + hi] - lane->lod_years[t * stride + lo];
          type_counts[b * CH_N_EVENT_TYPES + t] = c;
          counts[b] += c;
        }

      if (counts[b] == 1)
        last_in_bin[b] = find_point (lane, lane->lod_lo + (gint32) lo, lane->lod_lo + (gint32) hi,
                                     years_are_points);
    }
}

/* The type that makes up at least 60% of a bin, or -1. */
static int
bin_color (const guint32 *counts,
           const guint32 *type_counts,
           int            b)
{
  guint best = 0;

  for (guint t = 1; t < CH_N_EVENT_TYPES; t++)
    if (type_counts[b * CH_N_EVENT_TYPES + t] > type_counts[b * CH_N_EVENT_TYPES + best])
      best = t;
  return type_counts[b * CH_N_EVENT_TYPES + best] * 10 >= counts[b] * 6 ? (int) best : -1;
}

static void
draw_lane (ChTimeline  *self,
           GtkSnapshot *snapshot,
           const Lane  *lane,
           double       top,
           double       lh,
           double       width,
           guint32     *counts,
           guint32     *type_counts,
           guint32     *last_in_bin,
           int          n_bins)
{
  const Mark *marks = (const Mark *) (gpointer) lane->marks->data;
  double d0 = self->view_start;
  double d1 = d0 + width / self->ppd;
  double px = plot_x (self);
  double ppd = self->ppd;
  guint first = first_visible_mark (lane, d0);
  guint n_marks = lane->marks->len;
  guint32 max_count = 0;
  const Mark *pending = NULL;
  gboolean pending_mixed = FALSE;
  GdkRGBA mixed;

  memset (counts, 0, sizeof (guint32) * n_bins);
  memset (type_counts, 0, sizeof (guint32) * n_bins * CH_N_EVENT_TYPES);

  /* Zoomed out on a busy lane (every month narrower than a span), the
   * level of detail gives the bins; only year spans remain to visit. */
  if (lane->lod_points != NULL && self->lod_enabled && 31 * ppd < SPAN_MIN_PX)
    {
      gboolean years_are_points = 366 * ppd < SPAN_MIN_PX;

      count_from_lod (self, lane, years_are_points, counts, type_counts, last_in_bin, n_bins);
      if (!years_are_points)
        {
          marks = (const Mark *) (gpointer) lane->years->data;
          n_marks = lane->years->len;
          first = first_visible_mark_in (marks, n_marks, 366, d0);
        }
      else
        n_marks = 0;
    }

  /* Pass 1: spans are drawn at once; points are counted into bins. */
  for (guint i = first; i < n_marks && marks[i].start <= d1; i++)
    {
      const Mark *m = &marks[i];
      double x0 = (m->start - d0) * ppd;
      double x1 = (m->end - d0) * ppd;

      if (x1 <= 0)
        continue;

      /* Zoomed in to where a day is wide, the events of one day share
       * its block in stacked slices instead of piling into one bin. */
      if (m->is_day && ppd >= SPAN_MIN_PX)
        {
          guint n_day = 1;

          while (i + n_day < n_marks && marks[i + n_day].start == m->start && marks[i + n_day].is_day)
            n_day++;
          draw_day_block (self, snapshot, m, n_day, top, lh, width);
          i += n_day - 1;
          continue;
        }

      if (is_span (m->is_day, m->start, m->end, ppd))
        {
          /* Identical spans (a hundred events "in 2021") are drawn once,
           * in their type's colour or, when types mix, in a neutral one. */
          if (pending != NULL && pending->start == m->start && pending->end == m->end)
            {
              pending_mixed |= pending->type != m->type;
              continue;
            }
          flush_span (self, snapshot, pending, pending_mixed, top, lh, width);
          pending = m;
          pending_mixed = FALSE;
        }
      else
        {
          int b = (int) floor ((x0 + x1) * 0.5 / BIN_PX);

          if (b >= 0 && b < n_bins)
            {
              counts[b]++;
              type_counts[b * CH_N_EVENT_TYPES + m->type]++;
              last_in_bin[b] = i;
            }
        }
    }

  flush_span (self, snapshot, pending, pending_mixed, top, lh, width);

  /* Pass 2: a bin that is not dense holds at most one point, whose index
   * pass 1 kept: draw it as a mark, without going over the events again. */
  for (int b = 0; b < n_bins; b++)
    {
      const Mark *m;
      double x0, x1, cx, w;

      if (counts[b] != 1 || bin_is_dense (counts, n_bins, b))
        continue;

      m = &g_array_index (lane->marks, Mark, last_in_bin[b]);
      x0 = (m->start - d0) * ppd;
      x1 = (m->end - d0) * ppd;
      cx = (x0 + x1) * 0.5;
      w = MAX (MARK_W, x1 - x0);
      gtk_snapshot_append_color (snapshot, &self->type_colors[m->type],
                                 &GRAPHENE_RECT_INIT (px + cx - w / 2, top + lh * 0.2, w, lh * 0.6));
      self->stats.n_marks++;
    }

  /* Pass 3: dense stretches as a histogram. A bar takes the colour of its
   * bin's type when most of the bin is of that type, and a neutral colour
   * when types mix, rather than a colour that would only be the winner of
   * a tie. */
  for (int b = 0; b < n_bins; b++)
    if (bin_is_dense (counts, n_bins, b))
      max_count = MAX (max_count, counts[b]);

  if (max_count == 0)
    return;

  mixed = with_alpha (&self->fg, 0.45f);
  for (int b = 0; b < n_bins;)
    {
      double h;
      int color;
      int run;

      if (!bin_is_dense (counts, n_bins, b))
        {
          b++;
          continue;
        }

      color = bin_color (counts, type_counts, b);
      h = bar_height (lh - 4, counts[b], max_count);

      /* Merge neighbouring bins that would draw the same bar. */
      for (run = 1; b + run < n_bins && bin_is_dense (counts, n_bins, b + run); run++)
        if (bar_height (lh - 4, counts[b + run], max_count) != h ||
            bin_color (counts, type_counts, b + run) != color)
          break;

      gtk_snapshot_append_color (snapshot, color < 0 ? &mixed : &self->type_colors[color],
                                 &GRAPHENE_RECT_INIT (px + b * BIN_PX, top + lh - 2 - h,
                                                      run * BIN_PX, h));
      self->stats.n_bins += run;
      self->stats.n_bars++;
      b += run;
    }
}

static void
draw_static (ChTimeline  *self,
             GtkSnapshot *snapshot,
             double       width,
             double       height)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree guint32 *counts = NULL;
  g_autofree guint32 *type_counts = NULL;
  g_autofree guint32 *last_in_bin = NULL;
  PangoAttrList *attrs;
  GdkRGBA stripe = with_alpha (&self->fg, 0.04f);
  GdkRGBA text = with_alpha (&self->fg, 0.85f);
  GdkRGBA rule = with_alpha (&self->fg, self->high_contrast ? 0.5f : 0.15f);
  double lh = lane_height (self);
  int n_bins = (int) ceil (plot_width (self) / BIN_PX) + 1;
  guint first_lane, last_lane;

  memset (&self->stats, 0, sizeof self->stats);

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  first_lane = (guint) floor (self->lane_scroll / lh);
  last_lane = MIN (self->lanes->len, (guint) ceil ((self->lane_scroll + height - AXIS_H) / lh) + 1);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, AXIS_H, width, height - AXIS_H));
  for (guint i = first_lane; i < last_lane; i++)
    if (i % 2 == 1)
      gtk_snapshot_append_color (snapshot, &stripe,
                                 &GRAPHENE_RECT_INIT (0, AXIS_H + i * lh - self->lane_scroll, width, lh));
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (plot_x (self), 0, plot_width (self), height));
  draw_axis (self, snapshot, layout, width, height);
  gtk_snapshot_pop (snapshot);

  if (self->lanes->len == 0 || self->ppd <= 0)
    return;

  counts = g_new (guint32, n_bins);
  type_counts = g_new (guint32, n_bins * CH_N_EVENT_TYPES);
  last_in_bin = g_new (guint32, n_bins);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (plot_x (self), AXIS_H,
                                                         plot_width (self), height - AXIS_H));
  for (guint i = first_lane; i < last_lane; i++)
    draw_lane (self, snapshot, g_ptr_array_index (self->lanes, i),
               AXIS_H + i * lh - self->lane_scroll, lh, plot_width (self),
               counts, type_counts, last_in_bin, n_bins);
  gtk_snapshot_pop (snapshot);

  /* Lane labels at the start of the line: on the left, or on the right
   * and flush with it right to left, whatever the script of the name. */
  pango_layout_set_width (layout, (int) ((LABEL_W - 16) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (labels_x (self), AXIS_H, LABEL_W, height - AXIS_H));
  for (guint i = first_lane; i < last_lane; i++)
    {
      const Lane *lane = g_ptr_array_index (self->lanes, i);
      PangoRectangle logical;
      double x;

      pango_layout_set_text (layout, lane->name, -1);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      x = is_rtl (self) ? labels_x (self) + LABEL_W - 8 - (logical.x + logical.width)
                        : labels_x (self) + 8;
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (x, AXIS_H + i * lh - self->lane_scroll + (lh - logical.height) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &text);
      gtk_snapshot_restore (snapshot);
    }
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_append_color (snapshot, &rule,
                             &GRAPHENE_RECT_INIT (is_rtl (self) ? plot_end (self) : LABEL_W - 1, 0, 1, height));
}

/* The dynamic layer */

static void
outline_rect (GtkSnapshot           *snapshot,
              const graphene_rect_t *rect,
              const GdkRGBA         *color,
              float                  line)
{
  GskRoundedRect outline;
  const float widths[4] = { line, line, line, line };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&outline, rect, 0);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
highlight_event (ChTimeline    *self,
                 GtkSnapshot   *snapshot,
                 guint          pos,
                 const GdkRGBA *color,
                 double         width,
                 double         height)
{
  const Projection *proj;
  double lh = lane_height (self);

  if (pos >= self->events->len)
    return;
  proj = &g_array_index (self->events, Projection, pos);
  if (!proj->dated)
    return;

  for (guint k = 0; k < proj->n_lanes; k++)
    {
      guint lane = event_lane (self, proj, k);
      graphene_rect_t rect;
      double top = AXIS_H + lane * lh - self->lane_scroll;

      if (lane == G_MAXUINT32 || top + lh < AXIS_H || top > height)
        continue;
      mark_rect (self, proj->start, proj->end, proj->is_day, lane, &rect);
      if (rect.origin.x + rect.size.width < plot_x (self) - 4 || rect.origin.x > plot_end (self) + 4)
        continue;
      graphene_rect_inset (&rect, -2, -2);
      gtk_snapshot_append_color (snapshot, &self->type_colors[proj->type], &rect);
      outline_rect (snapshot, &rect, color, 2);
    }
}

static void
draw_brush (ChTimeline  *self,
            GtkSnapshot *snapshot,
            double       width,
            double       height)
{
  GdkRGBA fill = with_alpha (&self->accent, 0.2f);
  double x0, x1;

  if (self->brushing)
    {
      x0 = MIN (self->drag_x0, self->drag_x1);
      x1 = MAX (self->drag_x0, self->drag_x1);
    }
  else if (self->range_start != 0 && self->range_end != 0)
    {
      x0 = x_for_day (self, days_from_sort_key_start (self->range_start));
      x1 = x_for_day (self, days_from_sort_key_end (self->range_end));
    }
  else
    return;

  x0 = CLAMP (x0, plot_x (self), plot_end (self));
  x1 = CLAMP (x1, plot_x (self), plot_end (self));
  if (x1 <= x0)
    return;

  gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x0, 0, x1 - x0, height));
  gtk_snapshot_append_color (snapshot, &self->accent, &GRAPHENE_RECT_INIT (x0, 0, 1, height));
  gtk_snapshot_append_color (snapshot, &self->accent, &GRAPHENE_RECT_INIT (x1 - 1, 0, 1, height));
}

static void
draw_dynamic (ChTimeline  *self,
              GtkSnapshot *snapshot,
              double       width,
              double       height)
{
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (plot_x (self), 0, plot_width (self), height));

  draw_brush (self, snapshot, width, height);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (plot_x (self), AXIS_H,
                                                         plot_width (self), height - AXIS_H));
  if (self->selection != NULL && self->events->len > 0 && !self->projection_dirty && !self->bins_dirty)
    {
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (self->selection);
      GtkBitsetIter iter;
      guint pos;
      guint n = 0;

      for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &pos);
           ok && n < MAX_HIGHLIGHTS;
           ok = gtk_bitset_iter_next (&iter, &pos), n++)
        highlight_event (self, snapshot, src_of_model (self, pos), &self->accent, width, height);
    }

  if (self->has_hover && !self->projection_dirty && !self->bins_dirty)
    highlight_event (self, snapshot, self->hover_pos, &self->fg, width, height);

  gtk_snapshot_pop (snapshot);
  gtk_snapshot_pop (snapshot);

  /* More lanes than fit: a thin bar on the right says where the visible
   * ones are (Shift+scroll moves them). */
  if (max_lane_scroll (self) > 0)
    {
      double avail = height - AXIS_H;
      double total = self->lanes->len * lane_height (self);
      GdkRGBA thumb = with_alpha (&self->fg, 0.35f);

      gtk_snapshot_append_color (snapshot, &thumb,
                                 &GRAPHENE_RECT_INIT (width - 4,
                                                      AXIS_H + avail * self->lane_scroll / total,
                                                      3, MAX (8, avail * avail / total)));
    }
}

/* Accessibility */

static char *
describe_event (ChEvent *event)
{
  g_autofree char *date = ch_label_for_date (ch_event_get_date (event));
  const char * const *participants = ch_event_get_participants (event);
  g_autofree char *who = NULL;

  who = participants != NULL && participants[0] != NULL
        ? g_strjoinv (", ", (char **) participants)
        : ch_event_join (ch_event_get_countries (event));

  /* Translators: "<type> of <participants> on <date>" */
  return g_strdup_printf (_("%s of %s on %s"),
                          ch_label_for_type (ch_event_get_event_type (event)),
                          who && *who ? who : _("unknown participants"),
                          date != NULL ? date : _("an unknown date"));
}

static void
update_accessible_label (ChTimeline *self)
{
  g_autoptr(GString) label = g_string_new (_("Timeline"));

  if (self->n_dated > 0)
    {
      int y0, y1;
      unsigned m, d;

      civil_from_days (self->min_day, &y0, &m, &d);
      civil_from_days (self->max_day - 1, &y1, &m, &d);
      if (y0 == y1)
        g_string_append_printf (label, ", %d", y0);
      else
        g_string_append_printf (label, ", %d–%d", y0, y1);
    }
  g_string_append (label, ", ");
  g_string_append_printf (label, g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", self->n_dated),
                          self->n_dated);

  if (self->selection != NULL && self->model != NULL)
    {
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (self->selection);

      if (!gtk_bitset_is_empty (selected))
        {
          g_autoptr(ChEvent) event = g_list_model_get_item (self->model, gtk_bitset_get_minimum (selected));

          if (event != NULL)
            {
              g_autofree char *what = describe_event (event);

              g_string_append (label, ", ");
              g_string_append_printf (label, _("selected: %s"), what);
              if (gtk_bitset_get_size (selected) > 1)
                g_string_append_printf (label, _(" and %u more"),
                                        (guint) MIN (gtk_bitset_get_size (selected) - 1, G_MAXUINT));
            }
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
}

/* View changes */

static void
view_changed (ChTimeline *self)
{
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clamp_view (ChTimeline *self)
{
  double w = MAX (plot_width (self), 1);
  double span = self->n_dated > 0 ? self->max_day - self->min_day : 365;
  double min_ppd = w / MAX (4 * span, 3652.5);
  double visible;

  self->ppd = CLAMP (self->ppd, min_ppd, MAX_PPD);
  visible = w / self->ppd;
  if (self->n_dated > 0)
    self->view_start = CLAMP (self->view_start,
                              self->min_day - visible * 0.9,
                              self->max_day - visible * 0.1);
  self->lane_scroll = CLAMP (self->lane_scroll, 0, max_lane_scroll (self));
}

void
_ch_timeline_zoom_at (ChTimeline *self,
                      double      x,
                      double      factor)
{
  double day;

  g_return_if_fail (CH_IS_TIMELINE (self));
  g_return_if_fail (factor > 0);

  flush_follow (self);

  day = day_for_x (self, x);
  self->ppd *= factor;
  clamp_view (self);
  /* Keep the day under the pointer where it was. */
  self->view_start = day - (x - plot_x (self)) / self->ppd;
  clamp_view (self);
  view_changed (self);
}

void
_ch_timeline_pan (ChTimeline *self,
                  double      dx)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  flush_follow (self);

  self->view_start += dx / self->ppd;
  clamp_view (self);
  view_changed (self);
}

static void
scroll_lanes (ChTimeline *self,
              double      dy)
{
  self->lane_scroll = CLAMP (self->lane_scroll + dy, 0, max_lane_scroll (self));
  view_changed (self);
}

/* @pos: a source position */
static void
reveal_event (ChTimeline *self,
              guint       pos)
{
  const Projection *proj = &g_array_index (self->events, Projection, pos);
  double x0 = x_for_day (self, proj->start);
  double x1 = x_for_day (self, proj->end);
  double lh = lane_height (self);
  double avail = gtk_widget_get_height (GTK_WIDGET (self)) - AXIS_H;

  if (x1 < plot_x (self) || x0 > plot_end (self))
    {
      self->view_start = (proj->start + proj->end) / 2.0 - plot_width (self) / self->ppd / 2;
      clamp_view (self);
      view_changed (self);
    }

  if (proj->n_lanes > 0 && event_lane (self, proj, 0) != G_MAXUINT32)
    {
      guint lane = event_lane (self, proj, 0);
      double top = lane * lh;

      if (top < self->lane_scroll || top + lh > self->lane_scroll + avail)
        scroll_lanes (self, top - self->lane_scroll - (avail - lh) / 2);
    }
}

/* @pos: a source position */
static void
select_event (ChTimeline *self,
              guint       pos)
{
  guint model_pos = model_of_src (self, pos);

  self->cursor_pos = pos;
  self->has_cursor = TRUE;
  if (self->selection != NULL && model_pos != G_MAXUINT)
    gtk_selection_model_select_item (self->selection, model_pos, TRUE);
  reveal_event (self, pos);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_cursor (ChTimeline *self,
             int         direction)
{
  guint rank;

  ensure_chrono (self);
  if (self->n_chrono == 0)
    return;

  if (!self->has_cursor || self->cursor_pos >= self->events->len ||
      self->rank[self->cursor_pos] == G_MAXUINT32)
    {
      gboolean found = FALSE;

      if (self->selection != NULL)
        {
          g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (self->selection);

          guint src = gtk_bitset_is_empty (selected)
                       ? G_MAXUINT : src_of_model (self, gtk_bitset_get_minimum (selected));

          if (src < self->events->len && self->rank[src] != G_MAXUINT32)
            {
              self->cursor_pos = src;
              found = TRUE;
            }
        }

      if (!found)
        {
          /* Nothing to move from: start at the first event in view. */
          const Projection *events = (const Projection *) (gpointer) self->events->data;
          guint i = 0;

          while (i < self->n_chrono && events[self->chrono[i]].end <= self->view_start)
            i++;
          select_event (self, self->chrono[MIN (i, self->n_chrono - 1)]);
          return;
        }
    }

  rank = self->rank[self->cursor_pos];
  if (direction > 0 && rank + 1 < self->n_chrono)
    rank++;
  else if (direction < 0 && rank > 0)
    rank--;
  select_event (self, self->chrono[rank]);
}

/* Hit testing and gestures */

/* The events of the day under @day drawn as one block of stacked slices
 * (draw_lane() groups a day's events the same way): the index of the first
 * in @lane, and their number in @n_day, 0 when the day has none. */
static guint
day_block_at (const Lane *lane,
              double      day,
              guint      *n_day)
{
  const Mark *marks = (const Mark *) (gpointer) lane->marks->data;
  gint32 d = (gint32) floor (day);

  g_assert (n_day != NULL);

  *n_day = 0;
  for (guint i = first_visible_mark (lane, d); i < lane->marks->len && marks[i].start <= d; i++)
    if (marks[i].is_day && marks[i].start == d)
      {
        while (i + *n_day < lane->marks->len &&
               marks[i + *n_day].start == d && marks[i + *n_day].is_day)
          (*n_day)++;
        return i;
      }
  return 0;
}

/* The event of the slice under @y in a day block of @n_day events drawn as
 * draw_day_block() does; a pointer above or below the block takes the
 * nearest slice. The last slice stands for every event it could not show,
 * and counts them all. */
static guint
hit_day_block (ChTimeline *self,
               const Mark *first,
               guint       n_day,
               int         lane_index,
               double      y,
               guint      *position)
{
  double lh = lane_height (self);
  double top = AXIS_H + lane_index * lh - self->lane_scroll;
  guint n_slices = MIN (n_day, MAX_DAY_SLICES);
  double slice = lh * 0.6 / n_slices;
  int k = (int) floor ((y - (top + lh * 0.2)) / slice);

  g_assert (n_day > 0);

  k = CLAMP (k, 0, (int) n_slices - 1);
  *position = first[k].pos;
  if ((guint) k + 1 == n_slices && n_day > n_slices)
    return n_day - (guint) k;
  return 1;
}

static guint
hit_test_full (ChTimeline *self,
               double      x,
               double      y,
               guint      *position)
{
  const Mark *marks;
  const Lane *lane;
  double day, tol, best = G_MAXDOUBLE;
  guint n_near = 0;
  int lane_index;

  _ch_timeline_ensure_projection (self);
  if (x < plot_x (self) || x > plot_end (self) || self->ppd <= 0)
    return 0;
  lane_index = lane_at_y (self, y);
  if (lane_index < 0)
    return 0;

  lane = g_ptr_array_index (self->lanes, lane_index);
  marks = (const Mark *) (gpointer) lane->marks->data;
  day = day_for_x (self, x);
  tol = (MARK_W / 2 + 2) / self->ppd;

  if (self->ppd >= SPAN_MIN_PX)
    {
      guint n_day = 0;
      guint first = day_block_at (lane, day, &n_day);

      if (n_day > 0)
        return hit_day_block (self, marks + first, n_day, lane_index, y, position);
    }

  for (guint i = first_visible_mark (lane, day - tol);
       i < lane->marks->len && marks[i].start <= day + tol;
       i++)
    {
      double dist;

      if (marks[i].end < day - tol)
        continue;

      if (is_span (marks[i].is_day, marks[i].start, marks[i].end, self->ppd))
        {
          if (day < marks[i].start || day > marks[i].end)
            continue;
          /* A point mark wins over a span it lies on. */
          dist = tol;
        }
      else
        {
          dist = fabs ((marks[i].start + marks[i].end) / 2.0 - day);
          if (dist > tol + (marks[i].end - marks[i].start) / 2.0)
            continue;
        }

      n_near++;
      if (dist < best)
        {
          best = dist;
          *position = marks[i].pos;
        }
    }

  return n_near;
}

gboolean
_ch_timeline_hit_test (ChTimeline *self,
                       double      x,
                       double      y,
                       guint      *position)
{
  guint pos = 0;

  g_return_val_if_fail (CH_IS_TIMELINE (self), FALSE);

  if (hit_test_full (self, x, y, &pos) == 0)
    return FALSE;
  pos = model_of_src (self, pos);
  if (pos == G_MAXUINT)
    return FALSE;
  if (position != NULL)
    *position = pos;
  return TRUE;
}

void
_ch_timeline_brush (ChTimeline *self,
                    double      x0,
                    double      x1)
{
  double lo, hi;

  g_return_if_fail (CH_IS_TIMELINE (self));

  lo = CLAMP (MIN (x0, x1), plot_x (self), plot_end (self));
  hi = CLAMP (MAX (x0, x1), plot_x (self), plot_end (self));
  /* A day belongs to the brush when the brush covers any of it. */
  self->in_brush = TRUE;
  ch_timeline_set_range (self,
                         sort_key_from_days ((gint32) floor (day_for_x (self, lo))),
                         sort_key_from_days ((gint32) floor (day_for_x (self, hi))));
  self->in_brush = FALSE;
}

void
_ch_timeline_click (ChTimeline *self,
                    double      x,
                    double      y)
{
  guint pos;

  g_return_if_fail (CH_IS_TIMELINE (self));

  _ch_timeline_ensure_projection (self);
  if (hit_test_full (self, x, y, &pos) > 0)
    select_event (self, pos);
  else if (x >= plot_x (self) && x <= plot_end (self) && y >= AXIS_H)
    ch_timeline_set_range (self, 0, 0);
}

static void
drag_begin_cb (ChTimeline     *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  self->brushing = FALSE;
  self->drag_x0 = self->drag_x1 = x;
  if (gtk_widget_get_focusable (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (ChTimeline     *self,
                double          dx,
                double          dy,
                GtkGestureDrag *gesture)
{
  if (self->drag_x0 < plot_x (self) || self->drag_x0 > plot_end (self))
    return;
  if (!self->brushing && fabs (dx) >= DRAG_THRESHOLD)
    self->brushing = TRUE;
  if (self->brushing)
    {
      self->drag_x1 = self->drag_x0 + dx;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
drag_end_cb (ChTimeline     *self,
             double          dx,
             double          dy,
             GtkGestureDrag *gesture)
{
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  if (self->brushing)
    {
      self->brushing = FALSE;
      _ch_timeline_brush (self, self->drag_x0, self->drag_x0 + dx);
    }
  else if (fabs (dx) < DRAG_THRESHOLD && fabs (dy) < DRAG_THRESHOLD)
    _ch_timeline_click (self, x, y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (ChTimeline               *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (state & GDK_CONTROL_MASK)
    _ch_timeline_zoom_at (self, self->pointer_x, wheel ? pow (1.25, -dy) : exp (-dy * 0.01));
  else if (state & GDK_SHIFT_MASK)
    scroll_lanes (self, (dy + dx) * (wheel ? lane_height (self) * 2 : 1));
  else
    _ch_timeline_pan (self, (dx + dy) * (wheel ? 48 : 1));
  return TRUE;
}

static void
zoom_begin_cb (ChTimeline     *self,
               GdkEventSequence *sequence,
               GtkGestureZoom *gesture)
{
  double y;

  self->zoom_ppd0 = self->ppd;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &self->zoom_x, &y))
    self->zoom_x = plot_x (self) + plot_width (self) / 2;
}

static void
zoom_scale_changed_cb (ChTimeline     *self,
                       double          scale,
                       GtkGestureZoom *gesture)
{
  if (self->ppd > 0 && self->zoom_ppd0 > 0)
    _ch_timeline_zoom_at (self, self->zoom_x, self->zoom_ppd0 * scale / self->ppd);
}

static void
motion_cb (ChTimeline               *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  guint pos = 0;
  gboolean hit;

  self->pointer_x = x;
  self->pointer_y = y;
  /* Hovering must not force a million-event projection to finish. */
  if (self->brushing || self->projection_dirty || self->bins_dirty)
    return;
  hit = hit_test_full (self, x, y, &pos) > 0;
  if (hit != self->has_hover || (hit && pos != self->hover_pos))
    {
      self->has_hover = hit;
      self->hover_pos = pos;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (ChTimeline               *self,
          GtkEventControllerMotion *controller)
{
  if (self->has_hover)
    {
      self->has_hover = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
items_changed_cb (ChTimeline *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  /* Under a filter the marks are the corpus's, told apart from a refilter
   * or a sort by the filter's own signals: the order only moves the
   * model's positions, which are looked up when needed. */
  if (CH_IS_FILTER (model))
    {
      self->model_of_valid = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  queue_rebuild (self);
}

static void
filter_changed_cb (ChTimeline     *self,
                   ChFilterChange  change,
                   ChFilter       *filter)
{
  queue_bin (self);
}

static void
index_changed_cb (ChTimeline *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ChFilter   *filter)
{
  queue_rebuild (self);
}

static void
selection_changed_cb (ChTimeline        *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_manager_changed_cb (ChTimeline *self)
{
  style_changed (self);
}

/* Actions */

static void
next_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  move_cursor (CH_TIMELINE (widget), +1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  move_cursor (CH_TIMELINE (widget), -1);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  ChTimeline *self = CH_TIMELINE (widget);

  _ch_timeline_zoom_at (self, plot_x (self) + plot_width (self) / 2, 1.5);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  ChTimeline *self = CH_TIMELINE (widget);

  _ch_timeline_zoom_at (self, plot_x (self) + plot_width (self) / 2, 1 / 1.5);
}

static void
zoom_to_fit_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  ch_timeline_zoom_to_fit (CH_TIMELINE (widget));
}

static void
clear_range_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  ch_timeline_set_range (CH_TIMELINE (widget), 0, 0);
}

/* GtkWidget */

static void
ch_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) LABEL_W + 120;
      *natural = (int) LABEL_W + 600;
    }
  else
    {
      *minimum = (int) (AXIS_H + 2 * LANE_MIN_H);
      *natural = (int) (AXIS_H + 6 * LANE_NAT_H);
    }
}

static void
ch_timeline_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  ChTimeline *self = CH_TIMELINE (widget);

  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  if (self->fit_pending && !self->projection_dirty)
    ch_timeline_zoom_to_fit (self);
  else
    clamp_view (self);
  flush_follow (self);
}

static void
ch_timeline_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  ChTimeline *self = CH_TIMELINE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);

  if (width <= LABEL_W || height <= AXIS_H)
    return;

  /* The idle normally got here first; this only covers a frame that
   * raced it. */
  _ch_timeline_ensure_projection (self);
  flush_follow (self);
  ensure_colors (self);

  if (self->static_node == NULL)
    {
      GtkSnapshot *layer = gtk_snapshot_new ();

      draw_static (self, layer, width, height);
      self->static_node = gtk_snapshot_free_to_node (layer);
    }

  if (self->static_node != NULL)
    gtk_snapshot_append_node (snapshot, self->static_node);
  draw_dynamic (self, snapshot, width, height);
}

static gboolean
ch_timeline_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  ChTimeline *self = CH_TIMELINE (widget);
  g_autoptr(ChEvent) event = NULL;
  g_autofree char *date = NULL;
  g_autofree char *who = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GString) markup = NULL;
  guint pos = 0;
  guint n_near;

  if (self->projection_dirty || self->bins_dirty)
    return FALSE;

  if (keyboard)
    {
      if (!self->has_cursor)
        return FALSE;
      pos = self->cursor_pos;
      n_near = 1;
    }
  else if ((n_near = hit_test_full (self, x, y, &pos)) == 0)
    return FALSE;

  if ((event = dup_src_event (self, pos)) == NULL)
    return FALSE;

  date = ch_label_for_date (ch_event_get_date (event));
  if (date == NULL)
    date = g_strdup ("");
  who = ch_event_get_participants (event) != NULL
        ? g_strjoinv (", ", (char **) ch_event_get_participants (event))
        : g_strdup ("");
  where = ch_event_join (ch_event_get_countries (event));

  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>  %s", ch_label_for_type (ch_event_get_event_type (event)), date);
  if (*who)
    {
      g_autofree char *escaped = g_markup_escape_text (who, -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }
  if (where != NULL && *where)
    {
      g_autofree char *escaped = g_markup_escape_text (where, -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }
  if (ch_event_get_location (event) != NULL && *ch_event_get_location (event))
    {
      g_autofree char *escaped = g_markup_escape_text (ch_event_get_location (event), -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }
  if (n_near > 1)
    {
      g_string_append (markup, "\n<i>");
      g_string_append_printf (markup,
                              g_dngettext (GETTEXT_PACKAGE, "and %u more event here", "and %u more events here", n_near - 1),
                              n_near - 1);
      g_string_append (markup, "</i>");
    }

  gtk_tooltip_set_markup (tooltip, markup->str);
  return TRUE;
}

static void
ch_timeline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ch_timeline_parent_class)->css_changed (widget, change);
  style_changed (CH_TIMELINE (widget));
}

/* The labels change sides: the cached static layer is out of date. */
static void
ch_timeline_direction_changed (GtkWidget        *widget,
                               GtkTextDirection  previous)
{
  ChTimeline *self = CH_TIMELINE (widget);

  GTK_WIDGET_CLASS (ch_timeline_parent_class)->direction_changed (widget, previous);
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  gtk_widget_queue_draw (widget);
}

/* GObject */

static void
ch_timeline_dispose (GObject *object)
{
  ChTimeline *self = CH_TIMELINE (object);

  ch_timeline_set_model (self, NULL);
  ch_timeline_set_selection (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->builder, builder_free);
  g_clear_pointer (&self->static_node, gsk_render_node_unref);

  G_OBJECT_CLASS (ch_timeline_parent_class)->dispose (object);
}

static void
ch_timeline_finalize (GObject *object)
{
  ChTimeline *self = CH_TIMELINE (object);

  clear_projection (self);
  g_ptr_array_unref (self->lanes);
  g_ptr_array_unref (self->src_lanes);
  g_array_unref (self->events);
  g_array_unref (self->lane_refs);
  g_free (self->model_of);
  g_hash_table_unref (self->collate_keys);

  G_OBJECT_CLASS (ch_timeline_parent_class)->finalize (object);
}

static void
ch_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ChTimeline *self = CH_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, ch_timeline_get_model (self));
      break;
    case PROP_SELECTION:
      g_value_set_object (value, ch_timeline_get_selection (self));
      break;
    case PROP_LANE_MODE:
      g_value_set_string (value, ch_timeline_get_lane_mode (self));
      break;
    case PROP_RANGE_START:
      g_value_set_uint (value, ch_timeline_get_range_start (self));
      break;
    case PROP_RANGE_END:
      g_value_set_uint (value, ch_timeline_get_range_end (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ChTimeline *self = CH_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      ch_timeline_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      ch_timeline_set_selection (self, g_value_get_object (value));
      break;
    case PROP_LANE_MODE:
      ch_timeline_set_lane_mode (self, g_value_get_string (value));
      break;
    case PROP_RANGE_START:
      ch_timeline_set_range_start (self, g_value_get_uint (value));
      break;
    case PROP_RANGE_END:
      ch_timeline_set_range_end (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_timeline_class_init (ChTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_timeline_dispose;
  object_class->finalize = ch_timeline_finalize;
  object_class->get_property = ch_timeline_get_property;
  object_class->set_property = ch_timeline_set_property;

  widget_class->measure = ch_timeline_measure;
  widget_class->size_allocate = ch_timeline_size_allocate;
  widget_class->snapshot = ch_timeline_snapshot;
  widget_class->query_tooltip = ch_timeline_query_tooltip;
  widget_class->css_changed = ch_timeline_css_changed;
  widget_class->direction_changed = ch_timeline_direction_changed;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, GTK_TYPE_SELECTION_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANE_MODE] =
    g_param_spec_string ("lane-mode", NULL, NULL, "country-pair",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANGE_START] =
    g_param_spec_uint ("range-start", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANGE_END] =
    g_param_spec_uint ("range-end", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-fit", NULL, zoom_to_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.clear-range", NULL, clear_range_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.zoom-to-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "timeline.zoom-to-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "timeline.clear-range", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ch_timeline_init (ChTimeline *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  /* The shown lanes belong to their source lanes. */
  self->lanes = g_ptr_array_new ();
  self->src_lanes = g_ptr_array_new_with_free_func (lane_free);
  self->collate_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->events = g_array_new (FALSE, FALSE, sizeof (Projection));
  self->lane_refs = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->lane_mode = LANE_MODE_COUNTRY_PAIR;
  self->fit_pending = TRUE;
  self->lod_enabled = TRUE;
  self->ppd = 1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  if (adw_is_initialized ())
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();

      g_signal_connect_object (manager, "notify::dark",
                               G_CALLBACK (style_manager_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (manager, "notify::high-contrast",
                               G_CALLBACK (style_manager_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update_accessible_label (self);
}

/* Private API */

void
_ch_timeline_drop_cache (ChTimeline *self)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  g_clear_pointer (&self->static_node, gsk_render_node_unref);
}

void
_ch_timeline_set_lod_enabled (ChTimeline *self,
                              gboolean    enabled)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  self->lod_enabled = !!enabled;
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
}

void
_ch_timeline_get_stats (ChTimeline      *self,
                        ChTimelineStats *stats)
{
  g_return_if_fail (CH_IS_TIMELINE (self));
  g_return_if_fail (stats != NULL);

  *stats = self->stats;
}

double
_ch_timeline_x_for_sort_key (ChTimeline *self,
                             guint32     sort_key)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), 0);

  _ch_timeline_ensure_projection (self);
  return x_for_day (self, (days_from_sort_key_start (sort_key) + days_from_sort_key_end (sort_key)) / 2.0);
}

guint32
_ch_timeline_sort_key_at_x (ChTimeline *self,
                            double      x)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), 0);

  _ch_timeline_ensure_projection (self);
  return sort_key_from_days ((gint32) floor (day_for_x (self, x)));
}

double
_ch_timeline_y_for_lane (ChTimeline *self,
                         guint       lane)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), 0);

  _ch_timeline_ensure_projection (self);
  return AXIS_H + (lane + 0.5) * lane_height (self) - self->lane_scroll;
}

/* The header row's cell above the lane names, where nothing is drawn: the
 * window puts its "Fit All" button there. */
void
_ch_timeline_get_corner (ChTimeline      *self,
                         graphene_rect_t *corner)
{
  g_return_if_fail (CH_IS_TIMELINE (self));
  g_return_if_fail (corner != NULL);

  graphene_rect_init (corner, labels_x (self), 0, LABEL_W, AXIS_H);
}

/* Public API */

/**
 * ch_timeline_new:
 *
 * Returns: (transfer full): a new, empty timeline
 */
GtkWidget *
ch_timeline_new (void)
{
  return g_object_new (CH_TYPE_TIMELINE, NULL);
}

/**
 * ch_timeline_get_model:
 *
 * Returns: (transfer none) (nullable): the events shown
 */
GListModel *
ch_timeline_get_model (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), NULL);

  return self->model;
}

/**
 * ch_timeline_set_model:
 * @model: (nullable): a #GListModel of #ChEvent
 *
 * Sets the events to show. The timeline follows the model's changes and
 * fits its view to the events the first time there are any.
 */
void
ch_timeline_set_model (ChTimeline *self,
                       GListModel *model)
{
  g_return_if_fail (CH_IS_TIMELINE (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
      if (CH_IS_FILTER (self->model))
        {
          g_signal_handlers_disconnect_by_func (self->model, filter_changed_cb, self);
          g_signal_handlers_disconnect_by_func (self->model, index_changed_cb, self);
        }
    }
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb),
                               self, G_CONNECT_SWAPPED);
      if (CH_IS_FILTER (model))
        {
          g_signal_connect_object (model, "changed", G_CALLBACK (filter_changed_cb),
                                   self, G_CONNECT_SWAPPED);
          g_signal_connect_object (model, "index-changed", G_CALLBACK (index_changed_cb),
                                   self, G_CONNECT_SWAPPED);
        }
    }

  self->fit_pending = TRUE;
  self->has_cursor = FALSE;
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * ch_timeline_get_selection:
 *
 * Returns: (transfer none) (nullable): the selection model followed
 */
GtkSelectionModel *
ch_timeline_get_selection (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), NULL);

  return self->selection;
}

/**
 * ch_timeline_set_selection:
 * @selection: (nullable): a selection model over the same items as the model
 *
 * The timeline draws the selected events and selects the events the user
 * clicks or reaches with the keyboard.
 */
void
ch_timeline_set_selection (ChTimeline        *self,
                           GtkSelectionModel *selection)
{
  g_return_if_fail (CH_IS_TIMELINE (self));
  g_return_if_fail (selection == NULL || GTK_IS_SELECTION_MODEL (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_object (selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                             self, G_CONNECT_SWAPPED);

  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

/**
 * ch_timeline_get_lane_mode:
 *
 * Returns: "country-pair" or "participant"
 */
const char *
ch_timeline_get_lane_mode (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), NULL);

  return self->lane_mode == LANE_MODE_PARTICIPANT ? "participant" : "country-pair";
}

/**
 * ch_timeline_set_lane_mode:
 * @lane_mode: "country-pair" (one lane per set of countries, such as
 *   "PK–RU") or "participant" (one lane per person; an event appears in
 *   each of its participants' lanes)
 */
void
ch_timeline_set_lane_mode (ChTimeline *self,
                           const char *lane_mode)
{
  LaneMode mode;

  g_return_if_fail (CH_IS_TIMELINE (self));

  if (g_strcmp0 (lane_mode, "participant") == 0)
    mode = LANE_MODE_PARTICIPANT;
  else if (lane_mode == NULL || g_strcmp0 (lane_mode, "country-pair") == 0)
    mode = LANE_MODE_COUNTRY_PAIR;
  else
    {
      g_warning ("Unknown timeline lane mode “%s”", lane_mode);
      return;
    }

  if (self->lane_mode == mode)
    return;

  self->lane_mode = mode;
  self->lane_scroll = 0;
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
}

/* A range set from outside the timeline brings it into view; the user's
 * own brush does not move what they are looking at, and a cleared range
 * leaves the view where it is. The move waits for both ends, which come
 * one property at a time. */
static void
note_range_set (ChTimeline *self)
{
  self->follow_pending = !self->in_brush && (self->range_start != 0 || self->range_end != 0);
}

guint
ch_timeline_get_range_start (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), 0);

  return self->range_start;
}

/**
 * ch_timeline_set_range_start:
 * @range_start: a ChDay sort key (yyyymmdd), or 0 for no range
 */
void
ch_timeline_set_range_start (ChTimeline *self,
                             guint       range_start)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  if (self->range_start == range_start)
    return;
  self->range_start = range_start;
  note_range_set (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_START]);
}

guint
ch_timeline_get_range_end (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), 0);

  return self->range_end;
}

/**
 * ch_timeline_set_range_end:
 * @range_end: a ChDay sort key (yyyymmdd) of the last day in the range,
 *   or 0 for no range
 */
void
ch_timeline_set_range_end (ChTimeline *self,
                           guint       range_end)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  if (self->range_end == range_end)
    return;
  self->range_end = range_end;
  note_range_set (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_END]);
}

/**
 * ch_timeline_set_range:
 * @range_start: the sort key of the first day, or 0
 * @range_end: the sort key of the last day, or 0
 *
 * Sets both ends of the brushed range, notifying each that changed.
 */
void
ch_timeline_set_range (ChTimeline *self,
                       guint       range_start,
                       guint       range_end)
{
  g_return_if_fail (CH_IS_TIMELINE (self));

  g_object_freeze_notify (G_OBJECT (self));
  ch_timeline_set_range_start (self, range_start);
  ch_timeline_set_range_end (self, range_end);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ch_timeline_get_n_lanes:
 *
 * Returns: how many lanes the current model and lane mode give
 */
guint
ch_timeline_get_n_lanes (ChTimeline *self)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), 0);

  _ch_timeline_ensure_projection (self);
  return self->lanes->len;
}

/**
 * ch_timeline_get_lane_name:
 * @lane: a lane index, from the top
 *
 * Returns: (nullable): the lane's label, such as "PK–RU"
 */
const char *
ch_timeline_get_lane_name (ChTimeline *self,
                           guint       lane)
{
  g_return_val_if_fail (CH_IS_TIMELINE (self), NULL);

  _ch_timeline_ensure_projection (self);
  if (lane >= self->lanes->len)
    return NULL;
  return ((Lane *) g_ptr_array_index (self->lanes, lane))->name;
}

/* Shows the days [@lo, @hi) with a small margin on each side. */
static void
show_days (ChTimeline *self,
           double      lo,
           double      hi)
{
  double w = plot_width (self);
  double span = MAX (hi - lo, 1);
  double margin = span * 0.03 + 1;

  g_assert (w > 0);

  self->ppd = w / (span + 2 * margin);
  self->view_start = lo - margin;
  self->lane_scroll = 0;
  clamp_view (self);
  view_changed (self);
}

/* Moves the view to the range set from outside, once the widget has a
 * width and the matching marks are binned (an open end shows as far as
 * they reach). */
static void
flush_follow (ChTimeline *self)
{
  double lo, hi;

  if (!self->follow_pending || plot_width (self) <= 0)
    return;
  /* The view is clamped to the matching marks: the stale ones of the
   * filter before this range would pull it back. */
  if (self->projection_dirty || self->bins_dirty)
    return;

  self->follow_pending = FALSE;
  if (self->range_start == 0 && self->range_end == 0)
    return;

  if (self->range_start != 0)
    lo = days_from_sort_key_start (self->range_start);
  else
    lo = self->n_dated > 0 ? self->min_day : days_from_sort_key_end (self->range_end) - 365;
  if (self->range_end != 0)
    hi = days_from_sort_key_end (self->range_end);
  else
    hi = self->n_dated > 0 ? MAX (self->max_day, lo + 1) : lo + 365;

  /* A view that was waiting to fit the first events is now placed. */
  self->fit_pending = FALSE;
  show_days (self, lo, MAX (hi, lo + 1));
}

/**
 * ch_timeline_zoom_to_fit:
 *
 * Shows every event that passes the model's filter, with a small margin
 * on each side.
 */
void
ch_timeline_zoom_to_fit (ChTimeline *self)
{
  double w;

  g_return_if_fail (CH_IS_TIMELINE (self));

  _ch_timeline_ensure_projection (self);
  w = plot_width (self);
  if (w <= 0)
    {
      self->fit_pending = TRUE;
      return;
    }

  /* Asked for now, a fit replaces a move that was still waiting. */
  self->follow_pending = FALSE;
  if (self->n_dated == 0)
    {
      GDateTime *now = g_date_time_new_now_utc ();
      double lo = days_from_civil (g_date_time_get_year (now), 1, 1);

      g_date_time_unref (now);
      self->ppd = w / 365.0;
      self->view_start = lo;
      self->lane_scroll = 0;
      clamp_view (self);
      view_changed (self);
    }
  else
    {
      self->fit_pending = FALSE;
      show_days (self, self->min_day, self->max_day);
    }
}

/**
 * ch_timeline_get_visible_range:
 * @start_key: (out) (optional): the sort key (yyyymmdd) of the first day
 *   the plot shows, in whole or in part
 * @end_key: (out) (optional): the sort key of the last such day
 *
 * Tells which days the view shows now.
 */
void
ch_timeline_get_visible_range (ChTimeline *self,
                               guint      *start_key,
                               guint      *end_key)
{
  double w;

  g_return_if_fail (CH_IS_TIMELINE (self));

  _ch_timeline_ensure_projection (self);
  flush_follow (self);
  w = MAX (plot_width (self), 1);
  if (start_key != NULL)
    *start_key = sort_key_from_days ((gint32) floor (self->view_start));
  if (end_key != NULL)
    *end_key = sort_key_from_days ((gint32) ceil (self->view_start + w / self->ppd) - 1);
}
