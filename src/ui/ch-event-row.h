/* ch-event-row.h: one row of the event list, showing whichever event is there
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ch-event.h"

G_BEGIN_DECLS

#define CH_TYPE_EVENT_ROW (ch_event_row_get_type ())

G_DECLARE_FINAL_TYPE (ChEventRow, ch_event_row, CH, EVENT_ROW, GObject)

ChEventRow *ch_event_row_new       (ChEvent    *event);
ChEvent    *ch_event_row_get_event (ChEventRow *self);
void        ch_event_row_set_event (ChEventRow *self,
                                    ChEvent    *event);

G_END_DECLS
