/* test-window-project.c: saving an investigation and opening it again
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ch-test-events.h"
#include "ch-window.h"
#include "ch-window-project.h"

static void
pump_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static ChWindow *
create_window (GPtrArray *events)
{
  ChWindow *window = g_object_new (CH_TYPE_WINDOW, NULL);

  if (events != NULL)
    ch_corpus_add_events (ch_window_get_corpus (window),
                          (ChEvent **) events->pdata, events->len);
  gtk_window_present (GTK_WINDOW (window));
  pump_for (50);

  return window;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The ids of the selected events, sorted. */
static GPtrArray *
dup_selected_ids (ChWindow *window)
{
  GtkSelectionModel *selection = ch_window_get_selection (window);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (selection), position);
      g_ptr_array_add (ids, g_strdup (ch_event_get_event_id (event)));
    }
  g_ptr_array_sort (ids, compare_strings);
  return ids;
}

static char *
lanes_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.chancery.Chancery");

  return g_settings_get_string (settings, "timeline-lanes");
}

static void
set_lanes_setting (const char *lanes)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.chancery.Chancery");

  g_settings_set_string (settings, "timeline-lanes", lanes);
}

/* Sets up a filter, a date range, a search and a selection in one window,
 * saves them, and applies the saved project to another window that holds
 * the same events. */
static void
test_project_apply (void)
{
  g_autoptr(GPtrArray) events = ch_test_make_events (120, 99);
  g_autofree char *dir = g_dir_make_tmp ("chancery-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meetings.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) loaded = NULL;
  g_autoptr(GPtrArray) ids_before = NULL;
  g_autoptr(GPtrArray) ids_after = NULL;
  g_autofree char *lanes = NULL;
  ChWindow *first, *second;
  ChFilter *filter;
  guint country, n_before, n_after;
  const char *value;

  first = create_window (events);
  filter = ch_window_get_filter (first);
  g_assert_cmpuint (ch_filter_get_n_values (filter, CH_FACET_COUNTRY), >, 1);

  country = 0;
  value = ch_filter_get_value (filter, CH_FACET_COUNTRY, country);
  ch_filter_set_selected (filter, CH_FACET_COUNTRY, country, TRUE);
  ch_filter_set_date_range (filter, 20160101, 20241231);
  n_before = g_list_model_get_n_items (G_LIST_MODEL (filter));
  g_assert_cmpuint (n_before, >, 2);
  g_assert_cmpuint (n_before, <, events->len);

  gtk_selection_model_select_item (ch_window_get_selection (first), 0, TRUE);
  gtk_selection_model_select_item (ch_window_get_selection (first), n_before - 1, FALSE);
  ids_before = dup_selected_ids (first);
  g_assert_cmpuint (ids_before->len, ==, 2);

  set_lanes_setting ("participant");
  pump_for (20);

  g_assert_true (ch_window_save_project (first, file, &error));
  g_assert_no_error (error);
  {
    g_autofree char *uri = g_file_get_uri (file);
    g_autoptr(GtkRecentInfo) info =
      gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), uri, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (gtk_recent_info_get_mime_type (info), ==, CH_PROJECT_MIME_TYPE);
  }

  /* The file is a project that names the filter, the range, the lanes,
   * the selection and every source of the corpus. */
  loaded = ch_project_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains (ch_project_get_filter (loaded, "country"), value));
  g_assert_cmpstr (ch_project_get_timeline_lanes (loaded), ==, "participant");
  g_assert_cmpuint (g_strv_length ((char **) ch_project_get_selected_events (loaded)), ==, 2);
  for (guint i = 0; i < events->len; i++)
    g_assert_true (g_strv_contains (ch_project_get_sources (loaded),
                                    ch_event_get_sources (events->pdata[i])[0]));

  /* Another window, with other lanes chosen meanwhile. */
  set_lanes_setting ("country-pair");
  second = create_window (events);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ch_window_get_filter (second))), ==,
                    events->len);

  ch_window_apply_project (second, loaded);
  pump_for (50);

  filter = ch_window_get_filter (second);
  n_after = g_list_model_get_n_items (G_LIST_MODEL (filter));
  g_assert_cmpuint (n_after, ==, n_before);
  g_assert_true (ch_filter_get_selected (filter, CH_FACET_COUNTRY,
                                         ch_filter_lookup_value (filter, CH_FACET_COUNTRY, value)));
  {
    guint32 start, end;

    ch_filter_get_date_range (filter, &start, &end);
    g_assert_cmpuint (start, ==, 20160101);
    g_assert_cmpuint (end, ==, 20241231);
  }
  ids_after = dup_selected_ids (second);
  g_assert_cmpuint (ids_after->len, ==, ids_before->len);
  for (guint i = 0; i < ids_before->len; i++)
    g_assert_cmpstr (ids_after->pdata[i], ==, ids_before->pdata[i]);
  lanes = lanes_setting ();
  g_assert_cmpstr (lanes, ==, "participant");

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  g_unlink (path);
  g_rmdir (dir);
}

/* A save into a folder that does not exist fails with a message and
 * writes nothing. */
static void
test_project_save_error (void)
{
  g_autoptr(GPtrArray) events = ch_test_make_events (10, 7);
  g_autofree char *dir = g_dir_make_tmp ("chancery-project-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "x.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ChWindow *window = create_window (events);

  g_assert_false (ch_window_save_project (window, file, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  data_home = g_dir_make_tmp ("chancery-data-XXXXXX", NULL);

  /* Saved projects go to the recent files, which must not be the user's. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/project/apply", test_project_apply);
  g_test_add_func ("/ui/window/project/save-error", test_project_save_error);

  return g_test_run ();
}
