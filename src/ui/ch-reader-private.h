/* ch-reader-private.h: what the reader's gestures call, for tests
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-reader.h"

G_BEGIN_DECLS

GtkTextView *_ch_reader_get_text_view     (ChReader     *self);
GtkWidget   *_ch_reader_get_legend_toggle (ChReader     *self,
                                           ChEntityKind  kind);
GtkWidget   *_ch_reader_get_spellings_box (ChReader    *self);
gboolean     _ch_reader_is_showing_empty  (ChReader     *self);
gboolean     _ch_reader_click             (ChReader     *self,
                                           double        x,
                                           double        y);
char        *_ch_reader_dup_tooltip_at    (ChReader     *self,
                                           double        x,
                                           double        y);

G_END_DECLS
