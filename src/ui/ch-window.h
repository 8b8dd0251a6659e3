/* ch-window.h: the explorer window
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-corpus.h"
#include "ch-filter.h"

G_BEGIN_DECLS

#define CH_TYPE_WINDOW (ch_window_get_type ())

G_DECLARE_FINAL_TYPE (ChWindow, ch_window, CH, WINDOW, AdwApplicationWindow)

/**
 * ChExportScope:
 * @CH_EXPORT_SELECTED: the selected events
 * @CH_EXPORT_FILTERED: every event the filters let through
 */
typedef enum
{
  CH_EXPORT_SELECTED,
  CH_EXPORT_FILTERED,
} ChExportScope;

ChWindow          *ch_window_new              (GtkApplication  *application);
ChCorpus          *ch_window_get_corpus       (ChWindow        *self);
ChFilter          *ch_window_get_filter       (ChWindow        *self);
GtkSelectionModel *ch_window_get_selection    (ChWindow        *self);
GtkWidget         *ch_window_get_facet_list   (ChWindow        *self,
                                               ChFacet          facet);
GtkWidget         *ch_window_get_search_entry (ChWindow        *self);
GtkWidget         *ch_window_get_column_view  (ChWindow        *self);
const char        *ch_window_get_status_text  (ChWindow        *self);
void               ch_window_open             (ChWindow        *self,
                                               GFile          **files,
                                               guint            n_files,
                                               gboolean         replace);
void               ch_window_load_sample      (ChWindow        *self);
void               ch_window_restore_corpus   (ChWindow        *self);
GListModel        *ch_window_dup_export_events (ChWindow       *self,
                                                ChExportScope   scope);
gboolean           ch_window_export           (ChWindow        *self,
                                               ChExportScope    scope,
                                               const char      *path,
                                               gboolean         bom,
                                               guint           *n_exported,
                                               GError         **error);

G_END_DECLS
