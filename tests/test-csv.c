/* test-csv.c: the CSV writer of EVENTS.md
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ch-csv.h"
#include "ch-event.h"

#define HEADER "event_id,date,date_precision,type,cameo,location,location_country,venue," \
               "occasion,participants,roles,countries,organizations,topics,source," \
               "source_title,evidence,confidence,date_text,dateline,reports"

static ChEvent *
make_event (const char *title,
            const char *evidence,
            const char *participant,
            const char *location)
{
  ChEvent *event = ch_event_new ();
  ChDay day = { 2024, 10, 17 };
  const char *participants[] = { participant, "Odile Marchetti", NULL };
  const char *roles[] = { "Minister of Foreign Affairs", "Speaker, \"Lower\" House", NULL };
  const char *countries[] = { "FR", "KZ", NULL };
  const char *sources[] = { "articles/almaty talks.txt", NULL };

  ch_event_set_date (event, &day);
  ch_event_set_event_type (event, CH_EVENT_TYPE_VISIT);
  ch_event_set_location (event, location);
  ch_event_set_location_country (event, "KZ");
  ch_event_set_participants (event, participants, roles);
  ch_event_set_countries (event, countries);
  ch_event_set_sources (event, sources);
  ch_event_set_source_title (event, title);
  ch_event_set_evidence (event, evidence, 10, 10 + strlen (evidence));
  ch_event_set_confidence (event, 0.875);
  ch_event_set_reports (event, 1);
  ch_event_compute_id (event);

  return event;
}

static GListStore *
make_store (ChEvent **events,
            guint     n_events)
{
  GListStore *store = g_list_store_new (CH_TYPE_EVENT);

  g_list_store_splice (store, 0, 0, (gpointer *) events, n_events);

  return store;
}

static char *
write_to_string (GListModel *model,
                 gboolean    bom,
                 gsize      *length)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ch_csv_write (out, model, bom, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_output_stream_close (out, NULL, NULL);

  *length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  /* The memory stream's data is not nul-terminated; copy it into a string. */
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)), *length);
}

static void
test_cell_quoting (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "", "" },
    { "Astana", "Astana" },
    { "Astana, Kazakhstan", "\"Astana, Kazakhstan\"" },
    { "the \"Silk Road\" forum", "\"the \"\"Silk Road\"\" forum\"" },
    { "\"", "\"\"\"\"" },
    { "line one\nline two", "\"line one\nline two\"" },
    { "line one\r\nline two", "\"line one\r\nline two\"" },
    { "ends in CR\r", "\"ends in CR\r\"" },
    { "FR; KZ", "FR; KZ" },
    { "it's fine", "it's fine" },
    /* Non-Latin names pass through byte for byte. */
    { "Сергей Лавров", "Сергей Лавров" },
    { "فيصل بن فرحان", "فيصل بن فرحان" },
    { "王毅, 外交部长", "\"王毅, 外交部长\"" },
    /* The formula guard. */
    { "=HYPERLINK(\"http://example.com\")", "\"'=HYPERLINK(\"\"http://example.com\"\")\"" },
    { "=1+2", "'=1+2" },
    { "+7 727 000", "'+7 727 000" },
    { "-2.5", "'-2.5" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tindented", "'\tindented" },
    { "\rcarriage", "\"'\rcarriage\"" },
    { "a=b", "a=b" },
    { "x-ray", "x-ray" },
    { " =not first", " =not first" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = ch_csv_format_cell (cases[i].in);

      g_assert_cmpstr (cell, ==, cases[i].out);
    }

  {
    g_autofree char *cell = ch_csv_format_cell (NULL);
    g_assert_cmpstr (cell, ==, "");
  }
}

static void
test_header (void)
{
  g_autoptr(GListStore) store = g_list_store_new (CH_TYPE_EVENT);
  g_autofree char *csv = NULL;
  gsize length;

  csv = write_to_string (G_LIST_MODEL (store), FALSE, &length);
  g_assert_cmpstr (csv, ==, HEADER "\r\n");
  g_assert_cmpuint (length, ==, strlen (HEADER) + 2);

  /* The same 21 names the model gives. */
  g_assert_cmpuint (g_strv_length ((char **) ch_event_get_field_names ()), ==, 21);
}

static void
test_bom (void)
{
  g_autoptr(ChEvent) event = make_event ("Talks", "They met.", "Arman Seitkali", "Almaty");
  g_autoptr(GListStore) store = make_store (&event, 1);
  g_autofree char *plain = NULL;
  g_autofree char *marked = NULL;
  gsize plain_length, marked_length;

  plain = write_to_string (G_LIST_MODEL (store), FALSE, &plain_length);
  marked = write_to_string (G_LIST_MODEL (store), TRUE, &marked_length);

  g_assert_true (g_str_has_prefix (plain, "event_id,"));
  g_assert_true (g_str_has_prefix (marked, "\xef\xbb\xbf" "event_id,"));
  g_assert_cmpuint (marked_length, ==, plain_length + 3);
  g_assert_cmpstr (marked + 3, ==, plain);
  g_assert_true (g_utf8_validate (plain, plain_length, NULL));
}

static void
test_rows (void)
{
  g_autoptr(ChEvent) a = NULL;
  g_autoptr(ChEvent) b = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;
  ChEvent *events[2];
  gsize length;

  a = make_event ("Talks in Almaty, day one", "The ministers said: \"we agree\".\nThen they left.",
                  "Сергей Лавров", "Almaty");
  b = make_event ("=cmd|' /C calc'!A0", "-- a dash first", "王毅", "@Astana");
  ch_event_set_dateline (b, "ASTANA");
  ch_event_set_date_text (b, "\ton Tuesday");
  events[0] = a;
  events[1] = b;
  store = make_store (events, 2);

  csv = write_to_string (G_LIST_MODEL (store), FALSE, &length);

  expected = g_strdup_printf (HEADER "\r\n"
                              "%s,2024-10-17,day,visit,042,Almaty,KZ,,,"
                              "Сергей Лавров; Odile Marchetti,"
                              "\"Minister of Foreign Affairs; Speaker, \"\"Lower\"\" House\","
                              "FR; KZ,,,articles/almaty talks.txt,\"Talks in Almaty, day one\","
                              "\"The ministers said: \"\"we agree\"\".\nThen they left.\","
                              "0.88,,,1\r\n"
                              "%s,2024-10-17,day,visit,042,'@Astana,KZ,,,"
                              "王毅; Odile Marchetti,"
                              "\"Minister of Foreign Affairs; Speaker, \"\"Lower\"\" House\","
                              "FR; KZ,,,articles/almaty talks.txt,'=cmd|' /C calc'!A0,"
                              "'-- a dash first,"
                              "0.88,'\ton Tuesday,ASTANA,1\r\n",
                              ch_event_get_event_id (a), ch_event_get_event_id (b));
  g_assert_cmpstr (csv, ==, expected);
}

static void
test_line_ends (void)
{
  g_autoptr(ChEvent) a = make_event ("One\ntwo", "Three\rfour", "Arman Seitkali", "Almaty");
  g_autoptr(GListStore) store = make_store (&a, 1);
  g_autofree char *csv = NULL;
  gboolean quoted = FALSE;
  guint records = 0;
  gsize length;

  csv = write_to_string (G_LIST_MODEL (store), FALSE, &length);

  /* Outside quotes every line break is CRLF; a bare CR or LF occurs only
   * inside a quoted field. */
  for (gsize i = 0; i < length; i++)
    {
      if (csv[i] == '"')
        quoted = !quoted;
      else if (!quoted && csv[i] == '\r')
        {
          g_assert_cmpint (csv[i + 1], ==, '\n');
          records++;
          i++;
        }
      else if (!quoted && csv[i] == '\n')
        g_assert_not_reached ();
    }
  g_assert_false (quoted);
  g_assert_cmpuint (records, ==, 2);
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
}

static void
test_wrong_item_type (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_false (ch_csv_write (out, G_LIST_MODEL (store), FALSE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* A list model that cancels a cancellable when a given row is fetched, to
 * fail a save midway through its rows. */
#define TEST_TYPE_CANCELLING_LIST (test_cancelling_list_get_type ())
G_DECLARE_FINAL_TYPE (TestCancellingList, test_cancelling_list, TEST, CANCELLING_LIST, GObject)

struct _TestCancellingList
{
  GObject       parent_instance;
  ChEvent      *event;
  GCancellable *cancellable;
  guint         n_items;
  guint         cancel_at;
};

static GType
cancelling_list_get_item_type (GListModel *model)
{
  return CH_TYPE_EVENT;
}

static guint
cancelling_list_get_n_items (GListModel *model)
{
  return TEST_CANCELLING_LIST (model)->n_items;
}

static gpointer
cancelling_list_get_item (GListModel *model,
                          guint       position)
{
  TestCancellingList *self = TEST_CANCELLING_LIST (model);

  if (position >= self->n_items)
    return NULL;
  if (position == self->cancel_at)
    g_cancellable_cancel (self->cancellable);
  return g_object_ref (self->event);
}

static void
cancelling_list_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cancelling_list_get_item_type;
  iface->get_n_items = cancelling_list_get_n_items;
  iface->get_item = cancelling_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestCancellingList, test_cancelling_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cancelling_list_iface_init))

static void
test_cancelling_list_finalize (GObject *object)
{
  TestCancellingList *self = TEST_CANCELLING_LIST (object);

  g_clear_object (&self->event);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (test_cancelling_list_parent_class)->finalize (object);
}

static void
test_cancelling_list_class_init (TestCancellingListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_cancelling_list_finalize;
}

static void
test_cancelling_list_init (TestCancellingList *self)
{
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_save_atomic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chancery-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *second = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(ChEvent) event = make_event ("Talks", "They met, and agreed.", "Arman Seitkali", "Almaty");
  g_autoptr(GListStore) store = make_store (&event, 1);
  g_autoptr(TestCancellingList) big = NULL;
  GStatBuf before, after;
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "events.csv", NULL);
  second = g_build_filename (dir, "old-events.csv", NULL);

  /* A new file. */
  g_assert_true (ch_csv_save (path, G_LIST_MODEL (store), FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  expected = write_to_string (G_LIST_MODEL (store), FALSE, &length);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_pointer (&contents, g_free);

  /* Replacing an existing file goes through a new file renamed over it:
   * a second name for the old file still sees the old contents, the
   * path gets a new inode, and no temporary file stays behind. */
  g_assert_true (g_file_set_contents (path, "old contents\n", -1, NULL));
  g_assert_cmpint (link (path, second), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_true (ch_csv_save (path, G_LIST_MODEL (store), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  g_assert_true (g_file_get_contents (second, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents\n");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" HEADER "\r\n"));
  g_assert_cmpstr (contents + 3, ==, expected);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpuint (count_entries (dir), ==, 2);

  /* A save that fails midway (here: cancelled after 5,000 of 20,000 rows,
   * past the first chunk written) leaves the existing file whole and no
   * temporary file. */
  big = g_object_new (TEST_TYPE_CANCELLING_LIST, NULL);
  big->event = g_object_ref (event);
  big->cancellable = g_cancellable_new ();
  big->n_items = 20000;
  big->cancel_at = 5000;
  g_assert_false (ch_csv_save_full (path, G_LIST_MODEL (big), FALSE, big->cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents + 3, ==, expected);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpuint (count_entries (dir), ==, 2);

  /* The same failure on a file that did not exist leaves nothing. */
  g_cancellable_reset (big->cancellable);
  g_unlink (second);
  g_unlink (path);
  g_assert_false (ch_csv_save_full (path, G_LIST_MODEL (big), FALSE, big->cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (dir), ==, 0);

  /* A folder that does not exist: an error naming the path. */
  {
    g_autofree char *nowhere = g_build_filename (dir, "missing", "events.csv", NULL);

    g_assert_false (ch_csv_save (nowhere, G_LIST_MODEL (store), FALSE, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, nowhere));
    g_clear_error (&error);
  }

  /* Saving through a symbolic link updates the file it names. */
  {
    g_autofree char *target = g_build_filename (dir, "target.csv", NULL);
    g_autofree char *symlink_path = g_build_filename (dir, "via-link.csv", NULL);

    g_assert_true (g_file_set_contents (target, "old\n", -1, NULL));
    g_assert_cmpint (symlink ("target.csv", symlink_path), ==, 0);
    g_assert_true (ch_csv_save (symlink_path, G_LIST_MODEL (store), FALSE, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (symlink_path, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, expected);
    g_clear_pointer (&contents, g_free);
    g_assert_cmpuint (count_entries (dir), ==, 2);
    g_unlink (symlink_path);
    g_unlink (target);
  }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/cell-quoting", test_cell_quoting);
  g_test_add_func ("/core/csv/header", test_header);
  g_test_add_func ("/core/csv/bom", test_bom);
  g_test_add_func ("/core/csv/rows", test_rows);
  g_test_add_func ("/core/csv/line-ends", test_line_ends);
  g_test_add_func ("/core/csv/wrong-item-type", test_wrong_item_type);
  g_test_add_func ("/core/csv/save-atomic", test_save_atomic);

  return g_test_run ();
}
