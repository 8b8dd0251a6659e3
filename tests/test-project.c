/* test-project.c: .chancery project files
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-project"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ch-project.h"

/* A folder with a non-ASCII name, removed after each test. */
typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("chancery-project-XXXXXX", &error);

  g_assert_no_error (error);
  f->dir = g_build_filename (base, "Проект پاکستان", NULL);
  g_assert_cmpint (g_mkdir (f->dir, 0700), ==, 0);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *base = g_path_get_dirname (f->dir);

  remove_tree (base);
  g_free (f->dir);
}

static char **
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static void
assert_strv_equal (const char * const *a,
                   const char * const *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (g_strv_length ((char **) a), ==, g_strv_length ((char **) b));
  for (guint i = 0; a[i]; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static const char * const sources[] = {
  "/home/ана/Статьи/Москва 2024",
  "/home/ana/اخبار/اسلام آباد.html",
  "relative/feed.xml",
  "/tmp/with\nnewline and\ttab",
  "/srv/100% <real> & \"quoted\"",
  "/srv/latin1-\xe9t\xe9.txt",            /* not UTF-8: Latin-1 bytes */
  NULL,
};
static const char * const countries[] = { "RU", "PK", "AF", NULL };
static const char * const participants[] = {
  "Сергей Лавров", "اسحاق ڈار", "Wang Yi", "O'Brien & <Sons>", NULL,
};
static const char * const topics[] = { "trade", "energy", NULL };
static const char * const selected[] = {
  "3f2a9c41d0e7b8a6", "0000000000000001", "ffffffffffffffff", NULL,
};
static const char * const splits[] = { "Dar", "Мухаммад Исхак Дар", "  spaced  ", NULL };

static ChProject *
make_full_project (void)
{
  ChProject *project = ch_project_new ();
  ChDay start = { 2024, 3, 0 };
  ChDay end = { 2025, 1, 31 };

  ch_project_set_sources (project, sources);
  ch_project_set_filter (project, "country", countries);
  ch_project_set_filter (project, "participant", participants);
  ch_project_set_filter (project, "topic", topics);
  ch_project_set_date_range (project, &start, &end);
  ch_project_set_search_text (project, "газ и нефть\nتیل\r\n\t“quoted” 🕊");
  ch_project_set_timeline_lanes (project, "participant");
  ch_project_set_selected_events (project, selected);
  ch_project_set_alias_splits (project, splits);
  return project;
}

static void
assert_full_project (ChProject *project)
{
  g_auto(GStrv) facets = ch_project_dup_filter_facets (project);
  const char * const expected_facets[] = { "country", "participant", "topic", NULL };
  ChDay start, end;

  assert_strv_equal (ch_project_get_sources (project), sources);
  assert_strv_equal ((const char * const *) facets, expected_facets);
  assert_strv_equal (ch_project_get_filter (project, "country"), countries);
  assert_strv_equal (ch_project_get_filter (project, "participant"), participants);
  assert_strv_equal (ch_project_get_filter (project, "topic"), topics);
  g_assert_null (ch_project_get_filter (project, "organization")[0]);
  ch_project_get_date_range (project, &start, &end);
  g_assert_cmpuint (start.year, ==, 2024);
  g_assert_cmpuint (start.month, ==, 3);
  g_assert_cmpuint (start.day, ==, 0);
  g_assert_cmpuint (end.year, ==, 2025);
  g_assert_cmpuint (end.month, ==, 1);
  g_assert_cmpuint (end.day, ==, 31);
  g_assert_cmpstr (ch_project_get_search_text (project), ==, "газ и нефть\nتیل\r\n\t“quoted” 🕊");
  g_assert_cmpstr (ch_project_get_timeline_lanes (project), ==, "participant");
  assert_strv_equal (ch_project_get_selected_events (project), selected);
  assert_strv_equal (ch_project_get_alias_splits (project), splits);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ChProject) project = make_full_project ();
  g_autoptr(ChProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "Переговоры مذاکرات.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  g_assert_true (ch_project_save (project, file, NULL, &error));
  g_assert_no_error (error);

  /* The file is what the MIME package and other tools expect. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                             "<chancery-project version=\"1\""));
  g_assert_true (g_utf8_validate (contents, -1, NULL));
  g_assert_nonnull (strstr (contents, "<value>Сергей Лавров</value>"));
  g_assert_nonnull (strstr (contents, "encoding=\"percent\""));

  loaded = ch_project_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  assert_full_project (loaded);

  /* Saving what was loaded gives the same bytes. */
  {
    g_autoptr(GBytes) a = ch_project_serialize (project, &error);
    g_autoptr(GBytes) b = ch_project_serialize (loaded, &error);

    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (a, b));
  }
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ChProject) project = ch_project_new ();
  g_autoptr(ChProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) facets = NULL;
  ChDay start, end;

  g_assert_true (ch_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  loaded = ch_project_load (file, NULL, &error);
  g_assert_no_error (error);

  g_assert_null (ch_project_get_sources (loaded)[0]);
  facets = ch_project_dup_filter_facets (loaded);
  g_assert_null (facets[0]);
  ch_project_get_date_range (loaded, &start, &end);
  g_assert_cmpuint (start.year, ==, 0);
  g_assert_cmpuint (end.year, ==, 0);
  g_assert_cmpstr (ch_project_get_search_text (loaded), ==, "");
  g_assert_null (ch_project_get_timeline_lanes (loaded));
  g_assert_null (ch_project_get_selected_events (loaded)[0]);
  g_assert_null (ch_project_get_alias_splits (loaded)[0]);
}

static void
test_filters_edit (void)
{
  g_autoptr(ChProject) project = ch_project_new ();
  const char * const one[] = { "PK", NULL };
  const char * const none[] = { NULL };
  g_auto(GStrv) facets = NULL;

  ch_project_set_filter (project, "country", countries);
  ch_project_set_filter (project, "country", one);
  assert_strv_equal (ch_project_get_filter (project, "country"), one);
  ch_project_set_filter (project, "topic", topics);
  ch_project_set_filter (project, "topic", none);
  facets = ch_project_dup_filter_facets (project);
  g_assert_cmpuint (g_strv_length (facets), ==, 1);
  ch_project_clear_filters (project);
  g_assert_null (ch_project_get_filter (project, "country")[0]);

  /* A facet name must be an identifier: it is written as an attribute. */
  g_test_expect_message ("ch-project", G_LOG_LEVEL_CRITICAL,
                         "*is_identifier*");
  ch_project_set_filter (project, "bad name\n", one);
  g_test_assert_expected_messages ();
  g_assert_null (ch_project_get_filter (project, "bad name\n")[0]);
}

typedef struct
{
  const char     *name;
  const char     *contents;
  gssize          length;          /* -1: strlen */
  ChProjectError  code;
  const char     *reason;          /* a part of the message */
} DamagedCase;

static const DamagedCase damaged_cases[] = {
  { "empty", "", 0, CH_PROJECT_ERROR_DAMAGED, "empty" },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, CH_PROJECT_ERROR_DAMAGED, "damaged" },
  { "truncated",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chancery-project version=\"1\">\n"
    "  <sources>\n    <source>/home/a</sou", -1, CH_PROJECT_ERROR_DAMAGED, "line 3" },
  { "unclosed", "<chancery-project version=\"1\"><sources>", -1,
    CH_PROJECT_ERROR_DAMAGED, "incomplete" },
  { "html", "<html><body>hello</body></html>", -1, CH_PROJECT_ERROR_NOT_A_PROJECT, "<html>" },
  { "namespaced", "<chancery-project xmlns=\"urn:other\" version=\"1\"/>", -1,
    CH_PROJECT_ERROR_NOT_A_PROJECT, "not a Chancery project" },
  { "old", "<chancery-project version=\"0\"/>", -1, CH_PROJECT_ERROR_TOO_OLD, "format 0" },
  { "newer", "<chancery-project version=\"7\"><future/></chancery-project>", -1,
    CH_PROJECT_ERROR_TOO_NEW, "newer version" },
  { "no-version", "<chancery-project/>", -1, CH_PROJECT_ERROR_DAMAGED, "version" },
  { "bad-version", "<chancery-project version=\"one\"/>", -1, CH_PROJECT_ERROR_DAMAGED, "version" },
  { "bad-date",
    "<chancery-project version=\"1\"><filters><date-range start=\"2024-13-01\"/></filters>"
    "</chancery-project>", -1, CH_PROJECT_ERROR_DAMAGED, "2024-13-01" },
  { "bad-facet",
    "<chancery-project version=\"1\"><filters><facet><value>x</value></facet></filters>"
    "</chancery-project>", -1, CH_PROJECT_ERROR_DAMAGED, "facet" },
  { "bad-escape",
    "<chancery-project version=\"1\"><sources><source encoding=\"percent\">/a%00b</source>"
    "</sources></chancery-project>", -1, CH_PROJECT_ERROR_DAMAGED, "file name" },
  { "external-entity",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE chancery-project [\n"
    "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
    "<chancery-project version=\"1\"><filters><search>&secret;</search></filters>"
    "</chancery-project>", -1, CH_PROJECT_ERROR_NOT_A_PROJECT, "document type" },
  { "entity-bomb",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE chancery-project [\n"
    "  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
    "  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    "  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
    "<chancery-project version=\"1\"><filters><search>&c;</search></filters>"
    "</chancery-project>", -1, CH_PROJECT_ERROR_NOT_A_PROJECT, "document type" },
};

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (damaged_cases); i++)
    {
      const DamagedCase *c = &damaged_cases[i];
      g_autofree char *basename = g_strdup_printf ("%s.chancery", c->name);
      g_autofree char *path = g_build_filename (f->dir, basename, NULL);
      g_autofree char *display = g_filename_display_name (path);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(ChProject) project = NULL;
      gsize length = c->length < 0 ? strlen (c->contents) : (gsize) c->length;

      g_test_message ("case %s", c->name);
      g_assert_true (g_file_set_contents (path, c->contents, (gssize) length, NULL));
      project = ch_project_load (file, NULL, &error);
      g_assert_null (project);
      g_assert_error (error, CH_PROJECT_ERROR, (int) c->code);
      /* The message names the file and says why. */
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, display));
      if (strstr (error->message, c->reason) == NULL)
        g_error ("case %s: “%s” lacks “%s”", c->name, error->message, c->reason);
      g_assert_null (strstr (error->message, "root:"));
    }
}

static void
test_truncated_saved_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ChProject) project = make_full_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ch_project_serialize (project, &error);
  gsize length = 0;
  const char *contents = g_bytes_get_data (bytes, &length);

  g_assert_no_error (error);
  /* Every cut of a real file is refused cleanly, never half loaded. */
  for (gsize cut = 0; cut < length - 2; cut += 7)
    {
      g_autoptr(GError) cut_error = NULL;
      g_autoptr(ChProject) loaded = ch_project_new_from_data (contents, cut, "cut.chancery",
                                                              &cut_error);

      g_assert_null (loaded);
      g_assert_error (cut_error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_DAMAGED);
      g_assert_nonnull (strstr (cut_error->message, "cut.chancery"));
    }
}

static void
test_missing_and_large (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.chancery", NULL);
  g_autofree char *large = g_build_filename (f->dir, "large.chancery", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) large_file = g_file_new_for_path (large);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = NULL;
  int fd;

  project = ch_project_load (missing_file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A sparse file: refused by its size before anything is read. */
  fd = g_open (large, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) CH_PROJECT_MAX_SIZE + 1), ==, 0);
  close (fd);
  project = ch_project_load (large_file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "large.chancery"));
}

static void
test_atomic_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ChProject) project = ch_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "existing.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *old = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;
  const char * const one[] = { "/one/source", NULL };
  gsize length = 0;
  GStatBuf before, after;

  /* An existing, longer file: a save that wrote in place would leave its
   * tail behind. */
  old = g_strnfill (100000, 'x');
  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  ch_project_set_sources (project, one);
  g_assert_true (ch_project_save (project, file, NULL, &error));
  g_assert_no_error (error);

  expected = ch_project_serialize (project, &error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  /* A new file replaced the old one (new inode), and no temporary file is
   * left beside it. */
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  names = list_dir (f->dir);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_assert_cmpstr (names[0], ==, "existing.chancery");
}

static void
test_unsavable_text (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ChProject) project = ch_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "keep.chancery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  ch_project_set_search_text (project, "bell\a");
  g_assert_false (ch_project_save (project, file, NULL, &error));
  g_assert_error (error, CH_PROJECT_ERROR, CH_PROJECT_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "keep.chancery"));
  g_assert_nonnull (strstr (error->message, "search text"));

  /* The file the user had is untouched. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous");
  names = list_dir (f->dir);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
}

static void
test_unknown_elements (void)
{
  const char *data =
    "<?xml version=\"1.0\"?>\n"
    "<chancery-project version=\"1\">\n"
    "  <annotations><note>later versions may add this</note></annotations>\n"
    "  <sources><source>/a</source><other/><source><![CDATA[/b & c]]></source></sources>\n"
    "  <!-- a comment -->\n"
    "  <selection><event>e1</event></selection>\n"
    "</chancery-project>\n";
  const char * const expected_sources[] = { "/a", "/b & c", NULL };
  const char * const expected_events[] = { "e1", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ChProject) project = ch_project_new_from_data (data, strlen (data), "x", &error);

  g_assert_no_error (error);
  assert_strv_equal (ch_project_get_sources (project), expected_sources);
  assert_strv_equal (ch_project_get_selected_events (project), expected_events);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/project/round-trip", test_round_trip);
  ADD ("/core/project/empty", test_empty);
  g_test_add_func ("/core/project/filters-edit", test_filters_edit);
  ADD ("/core/project/damaged", test_damaged);
  ADD ("/core/project/truncated", test_truncated_saved_file);
  ADD ("/core/project/missing-and-large", test_missing_and_large);
  ADD ("/core/project/atomic-save", test_atomic_save);
  ADD ("/core/project/unsavable-text", test_unsavable_text);
  g_test_add_func ("/core/project/unknown-elements", test_unknown_elements);

  return g_test_run ();
}
