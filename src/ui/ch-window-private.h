/* ch-window-private.h: what the files of ChWindow share
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-event-selection.h"
#include "ch-window.h"

G_BEGIN_DECLS

struct _ChWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwSplitButton       *open_button;
  GtkToggleButton      *sidebar_button;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  GtkRevealer          *progress_revealer;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  GtkButton            *cancel_button;
  GtkRevealer          *failures_revealer;
  GtkLabel             *failures_label;
  GtkToggleButton      *failures_details_button;
  GtkButton            *failures_close_button;
  GtkListBox           *failures_list;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkPaned             *sidebar_paned;
  GtkWidget            *sidebar;
  GtkBox               *facets_box;
  GtkSearchEntry       *search_entry;
  GtkEntry             *date_from_entry;
  GtkEntry             *date_to_entry;
  GtkPaned             *timeline_paned;
  GtkBox               *timeline_box;
  GtkPaned             *list_paned;
  GtkRevealer          *chips_revealer;
  GtkFlowBox           *chips_box;
  GtkButton            *clear_filters_button;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  GtkLabel             *status_label;
  GtkBox               *reader_box;

  /* Owned */
  GSettings            *settings;
  ChCorpus             *corpus;
  ChFilter             *filter;
  ChEventSelection     *selection;
  GCancellable         *cancellable;
  GtkWidget            *facet_lists[CH_N_FACETS];
  GtkWidget            *timeline;
  GtkWidget            *reader;
  GMenu                *splits_section;
  ChEvent              *current_event;
  char                 *pending_export_path;
  ChExportScope         pending_export_scope;
  gboolean              pending_export_bom;

  gboolean              sidebar_visible;

  /* The reader's width with the divider's, while it is hidden; whether
   * the divider was placed for it once */
  int                   reader_width;
  gboolean              reader_placed;

  /* The event list's horizontal adjustment, whose page is its width */
  GtkAdjustment        *list_hadjustment;
  gboolean              laying_out_columns;
  guint                 layout_columns_tick_id;

  /* The Date column's width, kept for the font (the list's Pango context
   * and its serial) and the locale it was measured in */
  int                   date_width;
  PangoContext         *date_width_context;
  guint                 date_width_serial;
  char                 *date_width_locale;
  guint                 n_date_width_measures;

  /* Import state */
  gboolean              importing;
  guint                 import_pulse_id;

  /* Consolidations after a spelling was separated or merged, running */
  guint                 reconsolidating;
};

void _ch_window_class_actions_init (GtkWidgetClass *widget_class);
void _ch_window_class_import_init  (GtkWidgetClass *widget_class);
void _ch_window_update_actions     (ChWindow       *self);
void _ch_window_update_status      (ChWindow       *self);
void _ch_window_setup_drop         (ChWindow       *self);
void _ch_window_show_failures      (ChWindow       *self,
                                    GPtrArray      *failures);
guint _ch_window_get_n_date_width_measures (ChWindow *self);

G_END_DECLS
