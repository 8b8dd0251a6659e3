/* ch-window-import.c: opening articles and importing them
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-window-private.h"
#include "ch-window-project.h"

/* Sample corpus */

static char *
dup_samples_dir (void)
{
  const char *dir = g_getenv ("CHANCERY_SAMPLES_DIR");

  if (dir != NULL && dir[0] != '\0')
    return g_strdup (dir);
  return g_build_filename (PKGDATADIR, "samples", NULL);
}

/* Import */

static void
update_progress (ChWindow *self)
{
  guint done = ch_corpus_get_n_files_done (self->corpus);
  guint total = ch_corpus_get_n_files_total (self->corpus);
  g_autofree char *text = NULL;

  if (total == 0)
    /* Translators: shown while the files to import are being listed */
    text = g_strdup (_("Looking for articles…"));
  else
    /* Translators: import progress, "12 of 340 articles" */
    text = g_strdup_printf (ngettext ("%'u of %'u article", "%'u of %'u articles", total), done, total);

  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, ch_corpus_get_progress (self->corpus));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
on_corpus_progress_cb (ChWindow   *self,
                       GParamSpec *pspec,
                       ChCorpus   *corpus)
{
  update_progress (self);
}

/* The header bar shows progress for every import the corpus runs, the
 * window's own and a project's. */
static void
on_corpus_importing_cb (ChWindow   *self,
                        GParamSpec *pspec,
                        ChCorpus   *corpus)
{
  self->importing = ch_corpus_get_importing (corpus);
  gtk_revealer_set_reveal_child (self->progress_revealer, self->importing);
  if (self->importing)
    update_progress (self);
  _ch_window_update_status (self);
}

static void
clear_failures (ChWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->failures_list))) != NULL)
    gtk_list_box_remove (self->failures_list, child);
  gtk_revealer_set_reveal_child (self->failures_revealer, FALSE);
  gtk_toggle_button_set_active (self->failures_details_button, FALSE);
}

/**
 * _ch_window_show_failures:
 * @failures: (element-type GError): why files could not be read; each
 *   message names its file
 *
 * Lists the files that could not be read in the dismissable bar.
 */
void
_ch_window_show_failures (ChWindow  *self,
                          GPtrArray *failures)
{
  g_autofree char *title = NULL;
  guint n = 0;

  g_assert (CH_IS_WINDOW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->failures_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      const GError *error = g_ptr_array_index (failures, i);
      GtkWidget *label = gtk_label_new (error->message);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (self->failures_list, label);
      n++;
    }

  if (n == 0)
    return;

  title = g_strdup_printf (ngettext ("%'u file could not be read",
                                     "%'u files could not be read", n), n);
  gtk_label_set_text (self->failures_label, title);
  gtk_revealer_set_reveal_child (self->failures_revealer, TRUE);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ChWindow) self = user_data;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;

  if (!ch_corpus_import_finish (CH_CORPUS (object), result, &failures, &error) &&
      self->corpus == CH_CORPUS (object))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* A closed window has nothing to show it on. */
          if (self->corpus != NULL)
            adw_toast_overlay_add_toast (self->toast_overlay,
                                         adw_toast_new (_("Import cancelled")));
        }
      else
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, error);
          _ch_window_show_failures (self, one);
        }
    }
  if (self->corpus == CH_CORPUS (object))
    _ch_window_show_failures (self, failures);
}

static void
start_import (ChWindow           *self,
              const char * const *paths)
{
  g_assert (CH_IS_WINDOW (self));

  if (g_cancellable_is_cancelled (self->cancellable))
    g_set_object (&self->cancellable, g_cancellable_new ());

  ch_corpus_import_async (self->corpus, paths, self->cancellable,
                          import_done_cb, g_object_ref (self));
}

/**
 * ch_window_open:
 * @files: (array length=n_files): files and folders of articles
 * @replace: whether they replace the open corpus rather than add to it
 *
 * Imports @files in the background. The sample corpus is always replaced
 * by the user's own articles. What is open is remembered for next time.
 */
void
ch_window_open (ChWindow  *self,
                GFile    **files,
                guint      n_files,
                gboolean   replace)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  g_auto(GStrv) remembered = NULL;

  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  if (paths[0] == NULL)
    return;

  /* The user's own articles replace the sample corpus, but not the
   * sources of a project that is being opened. */
  if (g_settings_get_boolean (self->settings, "load-sample") &&
      !ch_window_is_opening_project (self))
    replace = TRUE;

  if (replace)
    {
      if (self->importing)
        {
          g_cancellable_cancel (self->cancellable);
          g_set_object (&self->cancellable, g_cancellable_new ());
        }
      clear_failures (self);
      ch_filter_clear (self->filter);
      ch_corpus_clear (self->corpus);
      remembered = g_strdupv (paths);
    }
  else
    {
      g_autoptr(GStrvBuilder) all = g_strv_builder_new ();
      g_auto(GStrv) old = g_settings_get_strv (self->settings, "corpus-paths");

      g_strv_builder_addv (all, (const char **) old);
      for (guint i = 0; paths[i] != NULL; i++)
        if (!g_strv_contains ((const char * const *) old, paths[i]))
          g_strv_builder_add (all, paths[i]);
      remembered = g_strv_builder_end (all);
    }

  g_settings_set_boolean (self->settings, "load-sample", FALSE);
  g_settings_set_strv (self->settings, "corpus-paths", (const char * const *) remembered);

  start_import (self, (const char * const *) paths);
}

/**
 * ch_window_load_sample:
 *
 * Replaces the corpus with the bundled sample articles.
 */
void
ch_window_load_sample (ChWindow *self)
{
  g_autofree char *dir = dup_samples_dir ();
  const char *paths[] = { dir, NULL };

  g_return_if_fail (CH_IS_WINDOW (self));

  if (self->importing)
    {
      g_cancellable_cancel (self->cancellable);
      g_set_object (&self->cancellable, g_cancellable_new ());
    }
  clear_failures (self);
  ch_filter_clear (self->filter);
  ch_corpus_clear (self->corpus);

  g_settings_set_boolean (self->settings, "load-sample", TRUE);
  g_settings_set_strv (self->settings, "corpus-paths", NULL);

  start_import (self, paths);
}

/**
 * ch_window_restore_corpus:
 *
 * Opens what was open last time: the sample corpus on first start.
 */
void
ch_window_restore_corpus (ChWindow *self)
{
  g_auto(GStrv) paths = NULL;

  g_return_if_fail (CH_IS_WINDOW (self));

  if (g_settings_get_boolean (self->settings, "load-sample"))
    {
      ch_window_load_sample (self);
      return;
    }

  paths = g_settings_get_strv (self->settings, "corpus-paths");
  if (paths[0] != NULL)
    start_import (self, (const char * const *) paths);
}

/* Open dialogs */

static void
on_open_response_cb (GtkNativeDialog *native,
                     int              response,
                     ChWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      ch_window_open (self, (GFile **) array->pdata, array->len, FALSE);
    }
  g_object_unref (native);
}

static void
show_open_dialog (ChWindow *self,
                  gboolean  folder)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (folder ? _("Open Folder") : _("Open Files"),
                                        GTK_WINDOW (self),
                                        folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                               : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (articles, _("Articles and feeds"));
      gtk_file_filter_add_mime_type (articles, "text/plain");
      gtk_file_filter_add_mime_type (articles, "text/html");
      gtk_file_filter_add_mime_type (articles, "application/rss+xml");
      gtk_file_filter_add_mime_type (articles, "application/atom+xml");
      gtk_file_filter_add_mime_type (articles, "application/xml");
      gtk_file_filter_add_suffix (articles, "txt");
      gtk_file_filter_add_suffix (articles, "html");
      gtk_file_filter_add_suffix (articles, "htm");
      gtk_file_filter_add_suffix (articles, "rss");
      gtk_file_filter_add_suffix (articles, "atom");
      gtk_file_filter_add_suffix (articles, "xml");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), articles);
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Drag and drop */

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            ChWindow      *self)
{
  GSList *files;
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  if (array->len == 0)
    return FALSE;

  ch_window_open (self, (GFile **) array->pdata, array->len, FALSE);
  return TRUE;
}

void
_ch_window_setup_drop (ChWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  g_signal_connect_object (self->corpus, "notify::n-files-done",
                           G_CALLBACK (on_corpus_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus, "notify::n-files-total",
                           G_CALLBACK (on_corpus_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus, "notify::progress",
                           G_CALLBACK (on_corpus_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus, "notify::importing",
                           G_CALLBACK (on_corpus_importing_cb), self, G_CONNECT_SWAPPED);
}

static void
open_files_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  show_open_dialog (CH_WINDOW (widget), FALSE);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_open_dialog (CH_WINDOW (widget), TRUE);
}

static void
load_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ch_window_load_sample (CH_WINDOW (widget));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ChWindow *self = CH_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
dismiss_failures_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  clear_failures (CH_WINDOW (widget));
}

void
_ch_window_class_import_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-files", NULL, open_files_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, load_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-failures", NULL, dismiss_failures_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-folder", NULL);
}
