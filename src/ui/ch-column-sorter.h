/* ch-column-sorter.h: a column view sorter that names its column
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-filter.h"

G_BEGIN_DECLS

#define CH_TYPE_COLUMN_SORTER (ch_column_sorter_get_type ())

G_DECLARE_FINAL_TYPE (ChColumnSorter, ch_column_sorter, CH, COLUMN_SORTER, GtkSorter)

GtkSorter    *ch_column_sorter_new           (ChSortColumn  column);
ChSortColumn  ch_column_sorter_get_column    (ChColumnSorter *self);
ChSortColumn  ch_column_sorter_read_primary  (GtkSorter     *column_view_sorter,
                                              gboolean      *descending);

G_END_DECLS
