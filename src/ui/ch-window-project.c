/* ch-window-project.c: saving and opening investigations as project files
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-window-private.h"
#include "ch-window-project.h"

/*
 * A project (ch-project.c) holds what the user set up in a window: the
 * files and folders of the corpus, the filters, the timeline's lanes, the
 * selected events and the alias splits. Saving captures it from the
 * window; opening loads the file first, so that a damaged one leaves the
 * window as it was, then imports the sources the ordinary way and applies
 * the rest once that import has finished, because filter values and event
 * ids only mean something once the events are there.
 */

#define PROJECT_SUFFIX ".chancery"

/* The project waiting for its import, on the window. */
#define PENDING_PROJECT_KEY "ch-pending-project"

static const char * const facet_names[CH_N_FACETS] = {
  [CH_FACET_COUNTRY] = "country",
  [CH_FACET_PARTICIPANT] = "participant",
  [CH_FACET_ORGANIZATION] = "organization",
  [CH_FACET_TOPIC] = "topic",
  [CH_FACET_TYPE] = "type",
};

static const char * const lane_modes[] = { "country-pair", "participant", NULL };

/* The filter's date keys are YYYYMMDD with 0 for an unknown month or day,
 * which is a ChDay's sort key. */
static void
day_from_key (guint32  key,
              ChDay   *day)
{
  g_assert (day != NULL);

  day->year = key / 10000;
  day->month = key / 100 % 100;
  day->day = key % 100;
}

/* The filter's key for a project's bound: 0 for none; an end given as a
 * year or a month means its last day, as in the date entries. */
static guint32
key_from_day (const ChDay *day,
              gboolean     is_end)
{
  ChDay bound;

  g_assert (day != NULL);

  if (day->year == 0)
    return 0;

  bound = *day;
  if (is_end && bound.month == 0)
    {
      bound.month = 12;
      bound.day = 31;
    }
  else if (is_end && bound.day == 0)
    bound.day = g_date_get_days_in_month (bound.month, bound.year);

  return ch_day_sort_key (&bound);
}

/* Capturing */

/* The files and folders the user opened; for a corpus whose events were
 * not imported (added by other means), the files the events come from. */
static char **
dup_source_paths (ChWindow *self)
{
  g_auto(GStrv) paths = ch_corpus_dup_paths (self->corpus);
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  guint n;

  if (paths[0] != NULL)
    return g_steal_pointer (&paths);

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  sources = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  for (guint i = 0; i < n; i++)
    {
      const char * const *event_sources = ch_event_get_sources (ch_corpus_get_event (self->corpus, i));

      for (guint j = 0; event_sources[j] != NULL; j++)
        if (g_hash_table_add (seen, (gpointer) event_sources[j]))
          g_ptr_array_add (sources, g_strdup (event_sources[j]));
    }
  g_ptr_array_add (sources, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&sources), FALSE);
}

/**
 * ch_window_capture_project:
 *
 * Returns: (transfer full): a project holding the window's corpus sources,
 *   filters, timeline lanes, selected events and alias splits
 */
ChProject *
ch_window_capture_project (ChWindow *self)
{
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) splits = NULL;
  GtkBitsetIter iter;
  guint32 start, end;
  ChDay start_day, end_day;
  guint position;

  g_return_val_if_fail (CH_IS_WINDOW (self), NULL);

  project = ch_project_new ();

  sources = dup_source_paths (self);
  ch_project_set_sources (project, (const char * const *) sources);

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      g_autoptr(GPtrArray) values = g_ptr_array_new ();
      g_autofree guint *value_ids = NULL;
      guint n = 0;

      value_ids = ch_filter_dup_selected (self->filter, f, &n);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (values, (gpointer) ch_filter_get_value (self->filter, f, value_ids[i]));
      g_ptr_array_add (values, NULL);
      if (n > 0)
        ch_project_set_filter (project, facet_names[f], (const char * const *) values->pdata);
    }

  ch_filter_get_date_range (self->filter, &start, &end);
  day_from_key (start, &start_day);
  day_from_key (end, &end_day);
  ch_project_set_date_range (project, &start_day, &end_day);
  ch_project_set_search_text (project, ch_filter_get_text (self->filter));

  {
    g_autofree char *lanes = g_settings_get_string (self->settings, "timeline-lanes");
    ch_project_set_timeline_lanes (project, lanes);
  }

  ids = g_ptr_array_new ();
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (self->filter), position);
      const char *id = event != NULL ? ch_event_get_event_id (event) : NULL;

      if (id != NULL && id[0] != '\0')
        g_ptr_array_add (ids, (gpointer) g_intern_string (id));
    }
  g_ptr_array_add (ids, NULL);
  ch_project_set_selected_events (project, (const char * const *) ids->pdata);

  splits = ch_aliases_dup_splits (ch_corpus_get_aliases (self->corpus));
  ch_project_set_alias_splits (project, (const char * const *) splits);

  return g_steal_pointer (&project);
}

/* Applying */

/* Makes the corpus's alias splits those of @project. Splits outlive
 * rebuilds, so an import that follows consolidates with them. */
static gboolean
set_alias_splits (ChWindow  *self,
                  ChProject *project)
{
  ChAliases *aliases = ch_corpus_get_aliases (self->corpus);
  const char * const *wanted = ch_project_get_alias_splits (project);
  g_auto(GStrv) current = ch_aliases_dup_splits (aliases);
  gboolean changed = FALSE;

  g_assert (CH_IS_WINDOW (self));

  for (guint i = 0; current[i] != NULL; i++)
    if (!g_strv_contains (wanted, current[i]))
      {
        ch_aliases_unsplit (aliases, current[i]);
        changed = TRUE;
      }
  for (guint i = 0; wanted[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) current, wanted[i]))
      {
        ch_aliases_split (aliases, wanted[i]);
        changed = TRUE;
      }

  return changed;
}


static void
apply_selection (ChWindow           *self,
                 const char * const *ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter));

  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (wanted, (gpointer) ids[i]);

  if (g_hash_table_size (wanted) > 0)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (self->filter), i);
        const char *id = ch_event_get_event_id (event);

        if (id != NULL && g_hash_table_contains (wanted, id))
          gtk_bitset_add (selected, i);
      }

  /* Every position in the mask: the saved selection replaces the current one. */
  mask = gtk_bitset_new_range (0, n);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
}

/* Whether the corpus's alias splits are other than @project's. */
static gboolean
splits_differ (ChWindow  *self,
               ChProject *project)
{
  const char * const *wanted = ch_project_get_alias_splits (project);
  g_auto(GStrv) current = ch_aliases_dup_splits (ch_corpus_get_aliases (self->corpus));

  g_assert (CH_IS_WINDOW (self));

  if (g_strv_length ((char **) wanted) != g_strv_length (current))
    return TRUE;
  for (guint i = 0; wanted[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) current, wanted[i]))
      return TRUE;
  return FALSE;
}

typedef struct
{
  ChWindow  *window;
  ChProject *project;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->project);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void apply_filters_and_selection (ChWindow  *self,
                                         ChProject *project);

static void
on_project_reconsolidated_cb (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  g_autoptr(GError) error = NULL;
  ChWindow *self = data->window;

  if (!ch_corpus_reconsolidate_finish (CH_CORPUS (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not consolidate the events again: %s", error->message);

  /* A window closed meanwhile has nothing to apply to. */
  if (self->corpus != CH_CORPUS (source))
    return;
  self->reconsolidating--;
  _ch_window_update_actions (self);

  /* A project opened meanwhile replaced this one; otherwise the rest
   * applies to the events there are, consolidated again or, when an
   * import replaced them meanwhile, consolidated by it. */
  if (g_object_get_data (G_OBJECT (self), PENDING_PROJECT_KEY) != data->project)
    return;
  apply_filters_and_selection (self, data->project);
  g_object_set_data (G_OBJECT (self), PENDING_PROJECT_KEY, NULL);
}

/**
 * ch_window_apply_project:
 *
 * Applies @project's alias splits, filters, timeline lanes and selection
 * to the events the window holds now. Facet values and events the corpus
 * no longer has are left out.
 *
 * Other alias splits change which events there are, so the corpus
 * consolidates again first, in a worker thread as a split or a merge in
 * the reader does (10,000 events take seconds); the filters and the
 * selection apply when it is done, and until then
 * ch_window_is_opening_project() is %TRUE.
 */
void
ch_window_apply_project (ChWindow  *self,
                         ChProject *project)
{
  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (CH_IS_PROJECT (project));

  if (splits_differ (self, project))
    {
      OpenData *data = g_new0 (OpenData, 1);

      data->window = g_object_ref (self);
      data->project = g_object_ref (project);
      g_object_set_data_full (G_OBJECT (self), PENDING_PROJECT_KEY,
                              g_object_ref (project), g_object_unref);
      self->reconsolidating++;
      _ch_window_update_actions (self);
      /* The aliases take the splits when the worker is done. */
      ch_corpus_reconsolidate_async (self->corpus, ch_project_get_alias_splits (project),
                                     self->cancellable, on_project_reconsolidated_cb, data);
      return;
    }

  apply_filters_and_selection (self, project);
}

static void
apply_filters_and_selection (ChWindow  *self,
                             ChProject *project)
{
  const char *lanes;
  const char *text;
  ChDay start_day, end_day;

  g_assert (CH_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ch_filter_clear (self->filter);

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      const char * const *values = ch_project_get_filter (project, facet_names[f]);

      for (guint i = 0; values[i] != NULL; i++)
        {
          guint id = ch_filter_lookup_value (self->filter, f, values[i]);

          if (id != CH_FILTER_NO_VALUE)
            ch_filter_set_selected (self->filter, f, id, TRUE);
        }
    }

  ch_project_get_date_range (project, &start_day, &end_day);
  ch_filter_set_date_range (self->filter, key_from_day (&start_day, FALSE),
                            key_from_day (&end_day, TRUE));

  text = ch_project_get_search_text (project);
  if (text != NULL && text[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      /* The entry reports its change later; the filter must match now. */
      ch_filter_set_text (self->filter, text);
    }

  lanes = ch_project_get_timeline_lanes (project);
  if (lanes != NULL && g_strv_contains (lane_modes, lanes))
    g_settings_set_string (self->settings, "timeline-lanes", lanes);

  apply_selection (self, ch_project_get_selected_events (project));
}

/* Saving */

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) CH_PROJECT_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "chancery %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/**
 * ch_window_save_project:
 *
 * Writes the window's investigation to @file, atomically, and lists it
 * among the recent files. This is what the save dialog does once the user
 * has chosen a file (the dialog asks before replacing one).
 */
gboolean
ch_window_save_project (ChWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(ChProject) project = NULL;

  g_return_val_if_fail (CH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  project = ch_window_capture_project (self);
  if (!ch_project_save (project, file, NULL, error))
    return FALSE;

  add_to_recent (file);
  return TRUE;
}

static void
show_error (ChWindow   *self,
            const char *heading,
            GError     *error)
{
  AdwMessageDialog *dialog;

  g_assert (CH_IS_WINDOW (self));
  g_assert (error != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_response_cb (GtkNativeDialog *native,
                     int              response,
                     ChWindow        *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  if (chosen == NULL)
    return;

  /* The file chooser confirmed replacing the name the user chose; a
   * suffix added here could name another existing file, so it is only
   * added when that file does not exist. */
  basename = g_file_get_basename (chosen);
  if (basename != NULL && !g_str_has_suffix (basename, PROJECT_SUFFIX))
    {
      g_autofree char *name = g_strconcat (basename, PROJECT_SUFFIX, NULL);
      g_autoptr(GFile) parent = g_file_get_parent (chosen);
      g_autoptr(GFile) with_suffix = parent != NULL ? g_file_get_child (parent, name) : NULL;

      if (with_suffix != NULL && !g_file_query_exists (with_suffix, NULL))
        file = g_steal_pointer (&with_suffix);
    }
  if (file == NULL)
    file = g_object_ref (chosen);

  if (!ch_window_save_project (self, file, &error))
    show_error (self, _("Could Not Save Project"), error);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
}

static GtkFileFilter *
new_project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Chancery projects"));
  gtk_file_filter_add_mime_type (filter, CH_PROJECT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "chancery");

  return filter;
}

static void
save_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ChWindow *self = CH_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_project_filter ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  /* Translators: the suggested file name of a saved project; keep the .chancery */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("Investigation.chancery"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Opening */

static void
report_failures (ChWindow  *self,
                 GPtrArray *failures)
{
  g_assert (CH_IS_WINDOW (self));

  /* The same dismissable bar as any import's, one line per file. */
  _ch_window_show_failures (self, failures);
}

static void
on_project_imported_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  ChWindow *self = data->window;
  gboolean ok;

  ok = ch_corpus_import_finish (CH_CORPUS (source), result, &failures, &error);

  /* A window closed meanwhile has nothing to apply to, and a project
   * opened meanwhile replaced this one. */
  if (self->corpus != CH_CORPUS (source) ||
      g_object_get_data (G_OBJECT (self), PENDING_PROJECT_KEY) != data->project)
    return;

  report_failures (self, failures);
  if (!ok && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));

  /* After a cancelled import the project applies to what was read. The
   * import consolidated with the project's splits, so this applies at
   * once, unless a spelling was separated or merged meanwhile. */
  g_object_set_data (G_OBJECT (self), PENDING_PROJECT_KEY, NULL);
  ch_window_apply_project (self, data->project);
}

/**
 * ch_window_open_project:
 *
 * Reads the project @file and, when it is sound, replaces the window's
 * investigation with it: the corpus is emptied and the project's sources
 * imported, and the filters, lanes and selection are applied once that
 * import has finished (until then ch_window_is_opening_project() is %TRUE).
 * A file that cannot be read or is not a sound project sets @error
 * (naming the file and the reason) and leaves the window as it was.
 */
gboolean
ch_window_open_project (ChWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(ChProject) project = NULL;
  OpenData *data;

  g_return_val_if_fail (CH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  project = ch_project_load (file, NULL, error);
  if (project == NULL)
    return FALSE;

  add_to_recent (file);

  /* The old filters would hide the new events as they arrive. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ch_filter_clear (self->filter);
  ch_corpus_clear (self->corpus);
  set_alias_splits (self, project);

  data = g_new0 (OpenData, 1);
  data->window = g_object_ref (self);
  data->project = g_object_ref (project);
  g_object_set_data_full (G_OBJECT (self), PENDING_PROJECT_KEY,
                          g_steal_pointer (&project), g_object_unref);
  ch_corpus_import_async (self->corpus, ch_project_get_sources (data->project), self->cancellable,
                          on_project_imported_cb, data);

  return TRUE;
}

/**
 * ch_window_is_opening_project:
 *
 * Returns: whether a project opened in the window waits for its import
 *   before its filters and selection apply
 */
gboolean
ch_window_is_opening_project (ChWindow *self)
{
  g_return_val_if_fail (CH_IS_WINDOW (self), FALSE);

  return g_object_get_data (G_OBJECT (self), PENDING_PROJECT_KEY) != NULL;
}

static void
open_project_and_report (ChWindow *self,
                         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!ch_window_open_project (self, file, &error))
    show_error (self, _("Could Not Open Project"), error);
}

static void
on_open_response_cb (GtkNativeDialog *native,
                     int              response,
                     ChWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);

  if (file != NULL)
    open_project_and_report (self, file);
}

static void
open_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ChWindow *self = CH_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_project_filter ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (on_open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * ch_window_open_project_file:
 *
 * What the open dialog does with the chosen file: opens the project, or
 * tells the user in a dialog why it cannot be opened.
 */
void
ch_window_open_project_file (ChWindow *self,
                             GFile    *file)
{
  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open_project_and_report (self, file);
}

/**
 * ch_window_open_from_outside:
 *
 * Opens files given on the command line or by the file manager: a project
 * replaces the investigation (the last one, when there are several) and
 * other files and folders are imported into the corpus.
 */
void
ch_window_open_from_outside (ChWindow  *self,
                             GFile    **files,
                             guint      n_files)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  GFile *project = NULL;

  g_return_if_fail (CH_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (guint i = 0; i < n_files; i++)
    {
      if (ch_file_is_project (files[i]))
        project = files[i];
      else if (g_file_is_native (files[i]))
        g_ptr_array_add (others, files[i]);
      else
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          /* Translators: %s is the address of a file that is not on this computer */
          g_autofree char *title = g_strdup_printf (_("Cannot read “%s”: only local files can be opened"), uri);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
        }
    }

  /* The project first: it empties the corpus, and the corpus imports the
   * other files once the project's sources are in. */
  if (project != NULL)
    open_project_and_report (self, project);

  if (others->len > 0)
    ch_window_open (self, (GFile **) others->pdata, others->len, FALSE);
}

/**
 * ch_file_is_project:
 *
 * Returns: whether @file is a Chancery project, by its name or, for a
 *   name without the suffix, by the content type the system gives it
 */
gboolean
ch_file_is_project (GFile *file)
{
  g_autofree char *basename = NULL;
  g_autoptr(GFileInfo) info = NULL;
  const char *type;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  basename = g_file_get_basename (file);
  if (basename != NULL && g_str_has_suffix (basename, PROJECT_SUFFIX))
    return TRUE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  type = info != NULL ? g_file_info_get_content_type (info) : NULL;

  return type != NULL && g_content_type_is_mime_type (type, CH_PROJECT_MIME_TYPE);
}

void
_ch_window_class_project_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-project", NULL, save_project_action);
  gtk_widget_class_install_action (widget_class, "win.open-project", NULL, open_project_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save-project", NULL);
  /* Ctrl+O opens files and Ctrl+Shift+O a folder, so a project takes Ctrl+Alt+O. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.open-project", NULL);
}
