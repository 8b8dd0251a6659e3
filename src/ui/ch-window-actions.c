/* ch-window-actions.c: exporting, filters, and the other window actions
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-csv.h"
#include "ch-window-private.h"

#define SUGGESTED_EXPORT_NAME "chancery-events.csv"

/* Export */

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return ch_event_compare (*(ChEvent **) a, *(ChEvent **) b);
}

/**
 * ch_window_dup_export_events:
 *
 * Returns: (transfer full): the events @scope names, in the CSV's row
 *   order (EVENTS.md: by date, then source, then position)
 */
GListModel *
ch_window_dup_export_events (ChWindow      *self,
                             ChExportScope  scope)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;

  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);

  if (scope == CH_EXPORT_SELECTED)
    {
      g_autoptr(GtkBitset) selected =
        gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      GtkBitsetIter iter;
      guint position;

      for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
           ok;
           ok = gtk_bitset_iter_next (&iter, &position))
        g_ptr_array_add (events, g_list_model_get_item (G_LIST_MODEL (self->filter), position));
    }
  else
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter));

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (events, g_list_model_get_item (G_LIST_MODEL (self->filter), i));
    }

  g_ptr_array_sort (events, compare_events);

  store = g_list_store_new (CH_TYPE_EVENT);
  g_list_store_splice (store, 0, 0, events->pdata, events->len);

  return G_LIST_MODEL (store);
}

/**
 * ch_window_export:
 * @n_exported: (out) (optional): how many events were written
 *
 * Writes the events @scope names to @path as the CSV of EVENTS.md,
 * atomically, with a UTF-8 byte order mark when @bom is set. This is what
 * the export dialog does once the user has chosen a file.
 */
gboolean
ch_window_export (ChWindow       *self,
                  ChExportScope   scope,
                  const char     *path,
                  gboolean        bom,
                  guint          *n_exported,
                  GError        **error)
{
  g_autoptr(GListModel) events = NULL;

  g_return_val_if_fail (CH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  events = ch_window_dup_export_events (self, scope);
  if (!ch_csv_save (path, events, bom, error))
    return FALSE;

  if (n_exported != NULL)
    *n_exported = g_list_model_get_n_items (events);
  return TRUE;
}

static void
export_to_path (ChWindow      *self,
                ChExportScope  scope,
                const char    *path,
                gboolean       bom)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!ch_window_export (self, scope, path, bom, &n, &error))
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("Could Not Export"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree char *uri = g_file_get_uri (folder);
      g_autofree char *title =
        g_strdup_printf (ngettext ("Exported %'u event", "Exported %'u events", n), n);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("Open Folder"));
      adw_toast_set_action_name (toast, "win.open-folder-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        ChWindow         *self)
{
  if (g_strcmp0 (response, "replace") == 0 && self->pending_export_path != NULL)
    export_to_path (self, self->pending_export_scope, self->pending_export_path,
                    self->pending_export_bom);
  g_clear_pointer (&self->pending_export_path, g_free);
}

static void
on_export_response_cb (GtkNativeDialog *native,
                       int              response,
                       ChWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  const char *excel;
  gboolean bom;
  ChExportScope scope;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (native);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  path = g_file_get_path (file);
  excel = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "excel");
  bom = g_strcmp0 (excel, "true") == 0;
  scope = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (native), "scope"));
  g_settings_set_boolean (self->settings, "export-excel-bom", bom);
  g_object_unref (native);

  if (path == NULL)
    return;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), name);
      AdwMessageDialog *dialog;

      g_free (self->pending_export_path);
      self->pending_export_path = g_steal_pointer (&path);
      self->pending_export_scope = scope;
      self->pending_export_bom = bom;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("A file with this name already exists. Replacing it overwrites its contents.")));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  export_to_path (self, scope, path, bom);
}

static void
show_export_dialog (ChWindow      *self,
                    ChExportScope  scope)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  const char *title = scope == CH_EXPORT_SELECTED ? _("Export Selected Events")
                                                  : _("Export Filtered Events");

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), SUGGESTED_EXPORT_NAME);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "excel",
                               _("For Microsoft Excel"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "excel",
                               g_settings_get_boolean (self->settings, "export-excel-bom")
                               ? "true" : "false");
  g_object_set_data (G_OBJECT (native), "scope", GUINT_TO_POINTER (scope));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Actions */

static void
export_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  show_export_dialog (CH_WINDOW (widget), CH_EXPORT_SELECTED);
}

static void
export_filtered_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  show_export_dialog (CH_WINDOW (widget), CH_EXPORT_FILTERED);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ChWindow *self = CH_WINDOW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ch_filter_clear (self->filter);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ChWindow *self = CH_WINDOW (widget);

  g_object_set (self, "sidebar-visible", TRUE, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
open_folder_uri_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (param, NULL),
                                          G_APP_LAUNCH_CONTEXT (context), &error))
    adw_toast_overlay_add_toast (CH_WINDOW (widget)->toast_overlay, adw_toast_new (error->message));
}

void
_ch_window_update_actions (ChWindow *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter));

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-selected",
                                 !gtk_bitset_is_empty (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-filtered", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", self->importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters",
                                 ch_filter_is_active (self->filter));
  /* Nothing to save or export before the first article is read. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-project",
                                 g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) > 0);
  /* An import, or an earlier change, consolidates in the background. */
  if (self->reader != NULL)
    {
      gtk_widget_action_set_enabled (self->reader, "reader.separate-spelling",
                                     !self->importing && self->reconsolidating == 0);
      gtk_widget_action_set_enabled (self->reader, "reader.merge-spelling",
                                     !self->importing && self->reconsolidating == 0);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-spelling",
                                 !self->importing && self->reconsolidating == 0);
}

void
_ch_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-selected", NULL, export_selected_action);
  gtk_widget_class_install_action (widget_class, "win.export-filtered", NULL, export_filtered_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder-uri", "s", open_folder_uri_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "sidebar-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-sidebar", NULL);
}
