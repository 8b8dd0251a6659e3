/* ch-cell-label.h: one line of text in a cell of the event list
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CH_TYPE_CELL_LABEL (ch_cell_label_get_type ())

G_DECLARE_FINAL_TYPE (ChCellLabel, ch_cell_label, CH, CELL_LABEL, GtkWidget)

GtkWidget  *ch_cell_label_new            (void);
const char *ch_cell_label_get_text       (ChCellLabel *self);
void        ch_cell_label_set_text       (ChCellLabel *self,
                                          const char  *text);
void        ch_cell_label_set_xalign     (ChCellLabel *self,
                                          float        xalign);
void        ch_cell_label_set_numeric    (ChCellLabel *self,
                                          gboolean     numeric);
gboolean    ch_cell_label_is_ellipsized  (ChCellLabel *self);

G_END_DECLS
