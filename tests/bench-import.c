/* bench-import.c: how fast files become documents
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing about time. Run:
 *   meson test -C build --benchmark --suite core --verbose
 */

#include "config.h"

#include "ch-import.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

static const char paragraph[] =
  "The foreign ministers of Chile and Norway met in Oslo on Tuesday to discuss "
  "fisheries, trade and polar research, and agreed to meet again in Santiago. ";

static double
seconds_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

static void
time_bytes (const char *label,
            GString    *data,
            const char *uri)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data->str, data->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  documents = ch_import_bytes (bytes, uri, &error);
  elapsed = seconds_since (start);
  g_assert_no_error (error);
  printf ("%-34s %7.1f MB %7.3f s %7.1f MB/s  %u documents\n", label, data->len / 1e6, elapsed,
          data->len / 1e6 / elapsed, documents->len);
}

static void
bench_large_inputs (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) latin = NULL;
  g_autoptr(GString) html = g_string_new ("<html><head><title>Talks</title></head><body><article>");
  g_autoptr(GString) feed = g_string_new ("<rss version=\"2.0\"><channel><title>Wire</title>");
  g_autofree char *encoded = NULL;
  gsize written = 0;

  for (guint i = 0; text->len < 50 * 1000 * 1000; i++)
    {
      g_string_append (text, paragraph);
      if (i % 5 == 4)
        g_string_append (text, "\n\n");
    }
  time_bytes ("plain text, UTF-8", text, "big.txt");

  g_string_append (text, "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d, Z\xc3\xbcrich.");
  encoded = g_convert (text->str, text->len, "WINDOWS-1252", "UTF-8", NULL, &written, NULL);
  g_assert_nonnull (encoded);
  latin = g_string_new_len (encoded, written);
  time_bytes ("plain text, Windows-1252", latin, "big.txt");

  while (html->len < 20 * 1000 * 1000)
    g_string_append_printf (html, "<p class=\"body\">%s<a href=\"#\">more</a> &amp; more</p>\n",
                            paragraph);
  g_string_append (html, "</article><aside class=\"related\">Other</aside></body></html>");
  time_bytes ("HTML page", html, "big.html");

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (feed, "<item><title>Item&nbsp;%u</title><link>https://wire.example/%u</link>"
                                  "<pubDate>Tue, 07 May 2024 10:30:00 GMT</pubDate>"
                                  "<description>&lt;p&gt;%s&lt;/p&gt;</description></item>",
                            i, i, paragraph);
  g_string_append (feed, "</channel></rss>");
  time_bytes ("RSS feed, 5,000 items", feed, "wire.rss");
}

static void
bench_many_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("chancery-bench-XXXXXX", &error);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GString) page = g_string_new (NULL);
  guint n_documents = 0;
  gint64 start;
  double elapsed;

  g_assert_no_error (error);
  g_string_append (page, "<!DOCTYPE html><html><head><title>Envoys meet | Wire</title>"
                         "<meta property=\"article:published_time\" content=\"2024-05-14\">"
                         "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Envoys meet</h1>");
  for (guint i = 0; i < 6; i++)
    g_string_append_printf (page, "<p>%s%s</p>", paragraph, paragraph);
  g_string_append (page, "</article><footer>Wire</footer></body></html>");

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/%02u", dir, i % 100);
      g_autofree char *path = g_strdup_printf ("%s/%05u.%s", sub, i, i % 2 ? "html" : "txt");

      g_mkdir_with_parents (sub, 0755);
      if (i % 2)
        g_file_set_contents (path, page->str, page->len, &error);
      else
        g_file_set_contents (path, paragraph, -1, &error);
      g_assert_no_error (error);
    }

  start = g_get_monotonic_time ();
  ch_import_collect (dir, files, failures);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GPtrArray) documents = ch_import_file (files->pdata[i], NULL, &error);

      g_assert_no_error (error);
      n_documents += documents->len;
    }
  elapsed = seconds_since (start);
  printf ("%-34s %7u files %6.3f s %7.0f files/s  %u documents\n",
          "10,000 files (text and HTML)", files->len, elapsed, files->len / elapsed, n_documents);

  for (guint i = 0; i < files->len; i++)
    g_unlink (files->pdata[i]);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/%02u", dir, i);
      g_rmdir (sub);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  bench_large_inputs ();
  bench_many_files ();
  return 0;
}
