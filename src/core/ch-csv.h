/* ch-csv.h: events -> the CSV of EVENTS.md
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-event.h"

G_BEGIN_DECLS

char     *ch_csv_format_cell (const char     *value);
void      ch_csv_append_row  (GString        *out,
                              ChEvent        *event);
void      ch_csv_append_header (GString      *out);
gboolean  ch_csv_write       (GOutputStream  *out,
                              GListModel     *events,
                              gboolean        bom,
                              GCancellable   *cancellable,
                              GError        **error);
gboolean  ch_csv_save        (const char     *path,
                              GListModel     *events,
                              gboolean        bom,
                              GError        **error);
gboolean  ch_csv_save_full   (const char     *path,
                              GListModel     *events,
                              gboolean        bom,
                              GCancellable   *cancellable,
                              GError        **error);

G_END_DECLS
