/* ch-timeline-private.h: what the gestures call, for tests and benchmarks
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-timeline.h"

G_BEGIN_DECLS

/* Counts of what the last static layer drew, so that tests can tell marks
 * from histogram bins without reading pixels. */
typedef struct
{
  guint n_marks;
  guint n_spans;
  guint n_bins;
  guint n_bars;
} ChTimelineStats;

void      _ch_timeline_ensure_projection (ChTimeline      *self);
gboolean  _ch_timeline_is_projection_pending (ChTimeline  *self);
void      _ch_timeline_drop_cache        (ChTimeline      *self);
void      _ch_timeline_set_lod_enabled   (ChTimeline      *self,
                                          gboolean         enabled);
void      _ch_timeline_get_stats         (ChTimeline      *self,
                                          ChTimelineStats *stats);
double    _ch_timeline_x_for_sort_key    (ChTimeline      *self,
                                          guint32          sort_key);
guint32   _ch_timeline_sort_key_at_x     (ChTimeline      *self,
                                          double           x);
double    _ch_timeline_y_for_lane        (ChTimeline      *self,
                                          guint            lane);
gboolean  _ch_timeline_hit_test          (ChTimeline      *self,
                                          double           x,
                                          double           y,
                                          guint           *position);
void      _ch_timeline_brush             (ChTimeline      *self,
                                          double           x0,
                                          double           x1);
void      _ch_timeline_click             (ChTimeline      *self,
                                          double           x,
                                          double           y);
void      _ch_timeline_zoom_at           (ChTimeline      *self,
                                          double           x,
                                          double           factor);
void      _ch_timeline_pan               (ChTimeline      *self,
                                          double           dx);
void      _ch_timeline_get_corner        (ChTimeline      *self,
                                          graphene_rect_t *corner);

G_END_DECLS
