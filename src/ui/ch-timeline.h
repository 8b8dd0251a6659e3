/* ch-timeline.h: events on a time axis, in lanes
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CH_TYPE_TIMELINE (ch_timeline_get_type ())

G_DECLARE_FINAL_TYPE (ChTimeline, ch_timeline, CH, TIMELINE, GtkWidget)

GtkWidget          *ch_timeline_new               (void);
GListModel         *ch_timeline_get_model         (ChTimeline         *self);
void                ch_timeline_set_model         (ChTimeline         *self,
                                                   GListModel         *model);
GtkSelectionModel  *ch_timeline_get_selection     (ChTimeline         *self);
void                ch_timeline_set_selection     (ChTimeline         *self,
                                                   GtkSelectionModel  *selection);
const char         *ch_timeline_get_lane_mode     (ChTimeline         *self);
void                ch_timeline_set_lane_mode     (ChTimeline         *self,
                                                   const char         *lane_mode);
guint               ch_timeline_get_range_start   (ChTimeline         *self);
void                ch_timeline_set_range_start   (ChTimeline         *self,
                                                   guint               range_start);
guint               ch_timeline_get_range_end     (ChTimeline         *self);
void                ch_timeline_set_range_end     (ChTimeline         *self,
                                                   guint               range_end);
void                ch_timeline_set_range         (ChTimeline         *self,
                                                   guint               range_start,
                                                   guint               range_end);
guint               ch_timeline_get_n_lanes       (ChTimeline         *self);
const char         *ch_timeline_get_lane_name     (ChTimeline         *self,
                                                   guint               lane);
void                ch_timeline_zoom_to_fit       (ChTimeline         *self);
void                ch_timeline_get_visible_range (ChTimeline         *self,
                                                   guint              *start_key,
                                                   guint              *end_key);

G_END_DECLS
