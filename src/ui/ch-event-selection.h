/* ch-event-selection.h: the event list's rows and the selection every view shares
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-filter.h"

G_BEGIN_DECLS

#define CH_TYPE_EVENT_SELECTION (ch_event_selection_get_type ())

G_DECLARE_FINAL_TYPE (ChEventSelection, ch_event_selection, CH, EVENT_SELECTION, GObject)

ChEventSelection *ch_event_selection_new          (ChFilter         *filter);
ChFilter         *ch_event_selection_get_filter   (ChEventSelection *self);
guint             ch_event_selection_get_n_selected (ChEventSelection *self);
gboolean          ch_event_selection_is_event_selected (ChEventSelection *self,
                                                        ChEvent          *event);

G_END_DECLS
