/* test-window-project.c: saving an investigation and opening it again
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ch-application.h"
#include "ch-test-events.h"
#include "ch-test-ui.h"
#include "ch-window.h"
#include "ch-window-project.h"

static ChWindow *
create_window (GPtrArray *events)
{
  ChWindow *window = g_object_new (CH_TYPE_WINDOW, NULL);

  if (events != NULL)
    ch_corpus_add_events (ch_window_get_corpus (window),
                          (ChEvent **) events->pdata, events->len);
  gtk_window_present (GTK_WINDOW (window));
  ch_test_pump_for (50);

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
      /* The list's rows show the filter's events at the same positions. */
      g_autoptr(ChEvent) event = g_list_model_get_item (G_LIST_MODEL (ch_window_get_filter (window)), position);
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
  ch_test_pump_for (20);

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
  ch_test_pump_for (50);

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

/* Four short invented reports of meetings, written at test time. */
static const struct { const char *name, *text; } articles[] = {
  { "lavrov-wang.txt",
    "Lavrov and Wang Yi discuss energy ties in Moscow\n\n"
    "MOSCOW, 12 March 2024 — Russian Foreign Minister Sergey Lavrov met Chinese Foreign "
    "Minister Wang Yi in Moscow on Tuesday. The two ministers discussed energy cooperation "
    "and trade, officials said after the talks.\n" },
  { "sharif-erdogan.txt",
    "Pakistan and Turkey sign trade accord\n\n"
    "ANKARA, 3 June 2023 — Pakistani Prime Minister Shehbaz Sharif held talks with Turkish "
    "President Recep Tayyip Erdogan in Ankara on Saturday. The leaders signed an agreement "
    "to expand trade and investment between the two countries.\n" },
  { "blinken-jaishankar.txt",
    "Blinken visits New Delhi for security talks\n\n"
    "NEW DELHI, 9 November 2023 — US Secretary of State Antony Blinken met Indian External "
    "Affairs Minister Subrahmanyam Jaishankar in New Delhi on Thursday. They discussed "
    "defense cooperation and regional security.\n" },
  { "tokayev-mirziyoyev.txt",
    "Kazakh and Uzbek leaders meet on water sharing\n\n"
    "ASTANA, 21 September 2022 — President Kassym-Jomart Tokayev of Kazakhstan received "
    "Uzbek President Shavkat Mirziyoyev in Astana on Wednesday. The presidents talked about "
    "water management and transport links.\n" },
};

static char *
write_articles (const char *dir)
{
  char *folder = g_build_filename (dir, "articles", NULL);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (folder, articles[i].name, NULL);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, articles[i].text, -1, &error);
      g_assert_no_error (error);
    }
  return folder;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static GPtrArray *
dup_corpus_ids (ChWindow *window)
{
  ChCorpus *corpus = ch_window_get_corpus (window);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, g_strdup (ch_event_get_event_id (ch_corpus_get_event (corpus, i))));
  g_ptr_array_sort (ids, compare_strings);
  return ids;
}

static void
assert_same_ids (GPtrArray *a,
                 GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (a->pdata[i], ==, b->pdata[i]);
}

static gboolean
wait_for_project (ChWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (ch_window_is_opening_project (window))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  ch_test_pump_for (50);
  return TRUE;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == parent)
      return l->data;
  return NULL;
}

/* The whole round trip: a window imports real articles, the user filters
 * and selects, the project is saved; a new window opens it, imports the
 * articles again and shows the same events, filter, selection and lanes.
 * Then damaged and old project files leave that window as it was. */
static void
test_project_roundtrip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chancery-project-XXXXXX", NULL);
  g_autofree char *folder = write_articles (dir);
  g_autofree char *path = g_build_filename (dir, "south-asia.chancery", NULL);
  g_autofree char *damaged_path = g_build_filename (dir, "damaged.chancery", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) damaged = g_file_new_for_path (damaged_path);
  g_autoptr(GFile) old = g_file_new_for_path (old_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) corpus_before = NULL;
  g_autoptr(GPtrArray) corpus_after = NULL;
  g_autoptr(GPtrArray) selected_before = NULL;
  g_autoptr(GPtrArray) selected_after = NULL;
  g_auto(GStrv) splits = NULL;
  g_autofree char *lanes = NULL;
  const char *sources[] = { folder, NULL };
  ChWindow *first, *second;
  ChFilter *filter;
  AdwMessageDialog *dialog;
  guint turkey, n_filtered;

  /* The first window imports the folder, as "Open Folder…" does. */
  first = create_window (NULL);
  g_assert_true (ch_corpus_import_sync (ch_window_get_corpus (first), sources, NULL, NULL, &error));
  g_assert_no_error (error);
  ch_test_pump_for (50);
  corpus_before = dup_corpus_ids (first);
  g_assert_cmpuint (corpus_before->len, >=, 4);

  filter = ch_window_get_filter (first);
  turkey = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "TR");
  g_assert_cmpuint (turkey, !=, CH_FILTER_NO_VALUE);
  ch_filter_set_selected (filter, CH_FACET_COUNTRY, turkey, TRUE);
  n_filtered = g_list_model_get_n_items (G_LIST_MODEL (filter));
  g_assert_cmpuint (n_filtered, >=, 1);
  g_assert_cmpuint (n_filtered, <, corpus_before->len);
  gtk_selection_model_select_item (ch_window_get_selection (first), n_filtered - 1, TRUE);
  selected_before = dup_selected_ids (first);
  g_assert_cmpuint (selected_before->len, ==, 1);
  ch_aliases_split (ch_corpus_get_aliases (ch_window_get_corpus (first)), "Erdogan");
  set_lanes_setting ("participant");

  g_assert_true (ch_window_save_project (first, file, &error));
  g_assert_no_error (error);

  /* A new window, other lanes meanwhile: the project brings it all back. */
  set_lanes_setting ("country-pair");
  gtk_window_destroy (GTK_WINDOW (first));
  second = create_window (NULL);
  g_assert_true (ch_window_open_project (second, file, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_project (second));

  corpus_after = dup_corpus_ids (second);
  assert_same_ids (corpus_before, corpus_after);
  filter = ch_window_get_filter (second);
  turkey = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "TR");
  g_assert_true (ch_filter_get_selected (filter, CH_FACET_COUNTRY, turkey));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, n_filtered);
  selected_after = dup_selected_ids (second);
  assert_same_ids (selected_before, selected_after);
  lanes = lanes_setting ();
  g_assert_cmpstr (lanes, ==, "participant");
  splits = ch_aliases_dup_splits (ch_corpus_get_aliases (ch_window_get_corpus (second)));
  g_assert_true (g_strv_contains ((const char * const *) splits, "Erdogan"));

  /* A damaged file: an error naming it, a dialog, and the window unchanged. */
  g_file_set_contents (damaged_path, "<chancery-project version=\"1\"><sources><source>", -1, &error);
  g_assert_no_error (error);
  g_assert_false (ch_window_open_project (second, damaged, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "damaged.chancery"));
  g_clear_error (&error);

  ch_window_open_project_file (second, damaged);
  ch_test_pump_for (50);
  dialog = find_message_dialog (GTK_WINDOW (second));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "damaged.chancery"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A project of a format this version no longer reads. */
  g_file_set_contents (old_path, "<chancery-project version=\"0\"/>", -1, &error);
  g_assert_no_error (error);
  g_assert_false (ch_window_open_project (second, old, &error));
  g_assert_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_TOO_OLD);
  g_clear_error (&error);

  g_assert_false (ch_window_is_opening_project (second));
  g_clear_pointer (&corpus_after, g_ptr_array_unref);
  corpus_after = dup_corpus_ids (second);
  assert_same_ids (corpus_before, corpus_after);
  g_assert_true (ch_filter_get_selected (filter, CH_FACET_COUNTRY, turkey));
  g_clear_pointer (&selected_after, g_ptr_array_unref);
  selected_after = dup_selected_ids (second);
  assert_same_ids (selected_before, selected_after);

  gtk_window_destroy (GTK_WINDOW (second));
  remove_tree (dir);
}

/* What a file manager or "chancery FILE…" does: the application's open
 * handler gives the project to the project loader and imports the other
 * files, in the one window. */
/* A project whose alias splits differ from the window's consolidates
 * the events again in a worker thread, as a split in the reader does,
 * and applies its filters and selection once that is done. */
static void
test_project_apply_splits (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chancery-project-XXXXXX", NULL);
  g_autofree char *folder = write_articles (dir);
  const char *sources[] = { folder, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  g_autoptr(GPtrArray) selected_before = NULL;
  g_autoptr(GPtrArray) selected_after = NULL;
  g_auto(GStrv) splits = NULL;
  ChWindow *first, *second;
  ChFilter *filter;
  guint turkey, n_all, n_filtered;

  first = create_window (NULL);
  g_assert_true (ch_corpus_import_sync (ch_window_get_corpus (first), sources, NULL, NULL, &error));
  g_assert_no_error (error);
  ch_test_pump_for (50);
  filter = ch_window_get_filter (first);
  turkey = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "TR");
  g_assert_cmpuint (turkey, !=, CH_FILTER_NO_VALUE);
  ch_filter_set_selected (filter, CH_FACET_COUNTRY, turkey, TRUE);
  n_filtered = g_list_model_get_n_items (G_LIST_MODEL (filter));
  gtk_selection_model_select_item (ch_window_get_selection (first), 0, TRUE);
  selected_before = dup_selected_ids (first);
  g_assert_cmpuint (selected_before->len, ==, 1);
  ch_aliases_split (ch_corpus_get_aliases (ch_window_get_corpus (first)), "Erdogan");
  project = ch_window_capture_project (first);
  gtk_window_destroy (GTK_WINDOW (first));

  /* The same articles, read without the split */
  second = create_window (NULL);
  g_assert_true (ch_corpus_import_sync (ch_window_get_corpus (second), sources, NULL, NULL, &error));
  g_assert_no_error (error);
  ch_test_pump_for (50);
  filter = ch_window_get_filter (second);
  n_all = g_list_model_get_n_items (G_LIST_MODEL (filter));
  g_assert_cmpuint (n_filtered, <, n_all);

  ch_window_apply_project (second, project);

  /* It returned at once: the worker consolidates, the aliases take the
   * split when it is done, and the filters wait for the new events. */
  g_assert_true (ch_window_is_opening_project (second));
  splits = ch_aliases_dup_splits (ch_corpus_get_aliases (ch_window_get_corpus (second)));
  g_assert_false (g_strv_contains ((const char * const *) splits, "Erdogan"));
  g_clear_pointer (&splits, g_strfreev);
  g_assert_false (ch_filter_is_active (filter));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, n_all);

  g_assert_true (wait_for_project (second));
  splits = ch_aliases_dup_splits (ch_corpus_get_aliases (ch_window_get_corpus (second)));
  g_assert_true (g_strv_contains ((const char * const *) splits, "Erdogan"));
  turkey = ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "TR");
  g_assert_true (ch_filter_get_selected (filter, CH_FACET_COUNTRY, turkey));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filter)), ==, n_filtered);
  selected_after = dup_selected_ids (second);
  assert_same_ids (selected_before, selected_after);

  gtk_window_destroy (GTK_WINDOW (second));
  remove_tree (dir);
}

static void
test_project_application_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chancery-project-XXXXXX", NULL);
  g_autofree char *folder = write_articles (dir);
  g_autofree char *path = g_build_filename (dir, "tokayev.chancery", NULL);
  g_autofree char *extra_path = g_build_filename (dir, "extra.txt", NULL);
  g_autoptr(ChProject) project = ch_project_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) extra = g_file_new_for_path (extra_path);
  g_autoptr(ChApplication) app = ch_application_new ();
  g_autoptr(GError) error = NULL;
  const char *sources[] = { folder, NULL };
  const char *countries[] = { "KZ", NULL };
  GFile *files[2];
  GList *windows;
  ChWindow *window;
  ChFilter *filter;
  gint64 deadline;
  guint n_before;

  ch_project_set_sources (project, sources);
  ch_project_set_filter (project, "country", countries);
  g_assert_true (ch_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  g_file_set_contents (extra_path,
                       "Sharif and Erdogan meet again\n\n"
                       "ISTANBUL, 14 January 2025 — Pakistani Prime Minister Shehbaz Sharif met "
                       "Turkish President Recep Tayyip Erdogan in Istanbul on Tuesday to discuss "
                       "trade and defense.\n", -1, &error);
  g_assert_no_error (error);

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  files[0] = file;
  files[1] = extra;
  g_application_open (G_APPLICATION (app), files, 2, "");

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_nonnull (windows);
  g_assert_null (windows->next);
  window = CH_WINDOW (windows->data);
  g_assert_true (wait_for_project (window));
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (ch_corpus_get_importing (ch_window_get_corpus (window)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ch_test_pump_for (50);

  /* The folder's articles and the extra one, with the project's filter. */
  filter = ch_window_get_filter (window);
  n_before = g_list_model_get_n_items (G_LIST_MODEL (ch_window_get_corpus (window)));
  g_assert_cmpuint (n_before, >=, 5);
  g_assert_true (ch_filter_get_selected (filter, CH_FACET_COUNTRY,
                                         ch_filter_lookup_value (filter, CH_FACET_COUNTRY, "KZ")));
  {
    g_auto(GStrv) paths = ch_corpus_dup_paths (ch_window_get_corpus (window));

    g_assert_true (g_strv_contains ((const char * const *) paths, folder));
    g_assert_true (g_strv_contains ((const char * const *) paths, extra_path));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ch_test_pump_for (20);
  remove_tree (dir);
}

/* A project whose articles were moved away still opens: the corpus stays
 * empty, the missing folder is reported, nothing crashes. */
static void
test_project_missing_sources (void)
{
  g_autofree char *dir = g_dir_make_tmp ("chancery-project-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "moved-away", NULL);
  g_autofree char *path = g_build_filename (dir, "moved.chancery", NULL);
  g_autoptr(ChProject) project = ch_project_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *sources[] = { missing, NULL };
  ChWindow *window;

  ch_project_set_sources (project, sources);
  g_assert_true (ch_project_save (project, file, NULL, &error));
  g_assert_no_error (error);

  window = create_window (NULL);
  g_assert_true (ch_window_open_project (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for_project (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ch_window_get_corpus (window))), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* Project files are told by their name or their content type. */
static void
test_project_file_type (void)
{
  g_autoptr(GFile) project = g_file_new_for_path ("/nonexistent/Talks.chancery");
  g_autoptr(GFile) article = g_file_new_for_path ("/nonexistent/talks.txt");

  g_assert_true (ch_file_is_project (project));
  g_assert_false (ch_file_is_project (article));
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
  ch_test_allow_unallocated_snapshots ();
  adw_init ();

  g_test_add_func ("/ui/window/project/apply", test_project_apply);
  g_test_add_func ("/ui/window/project/save-error", test_project_save_error);
  g_test_add_func ("/ui/window/project/roundtrip", test_project_roundtrip);
  g_test_add_func ("/ui/window/project/apply-splits", test_project_apply_splits);
  g_test_add_func ("/ui/window/project/missing-sources", test_project_missing_sources);
  g_test_add_func ("/ui/window/project/file-type", test_project_file_type);
  g_test_add_func ("/ui/window/project/application-open", test_project_application_open);

  return g_test_run ();
}
