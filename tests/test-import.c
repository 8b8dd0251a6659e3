/* test-import.c: files -> documents (text, encodings, HTML, feeds, folders)
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ch-import.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>

/* Helpers ---------------------------------------------------------------- */

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("chancery-import-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (!g_file_test (child, G_FILE_TEST_IS_SYMLINK) &&
              g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
write_file (const char *path,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static ChDocument *
import_one_bytes (const char *data,
                  gsize       length,
                  const char *uri)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = ch_import_bytes (bytes, uri, &error);

  g_assert_no_error (error);
  g_assert_nonnull (documents);
  g_assert_cmpuint (documents->len, ==, 1);
  return g_object_ref (documents->pdata[0]);
}

static GPtrArray *
import_fixture (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GError) error = NULL;
  GPtrArray *documents = ch_import_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (documents);
  return documents;
}

static void
assert_import_error (const char   *data,
                     gsize         length,
                     const char   *uri,
                     int           code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = ch_import_bytes (bytes, uri, &error);

  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, uri));
}

static void
assert_day (const ChDay *day,
            guint        year,
            guint        month,
            guint        mday)
{
  g_assert_cmpuint (day->year, ==, year);
  g_assert_cmpuint (day->month, ==, month);
  g_assert_cmpuint (day->day, ==, mday);
}

/* Plain text and encodings ----------------------------------------------- */

static const char french[] =
  "Genève : les ministres se rencontrent\n"
  "Le ministre chilien a rencontré son homologue norvégien à Genève : « des échanges "
  "francs », selon un communiqué. Les deux délégations ont évoqué l’accord commercial, "
  "la pêche et “la coopération polaire” — un dossier ancien.";

static const char latin1[] =
  "Lima reçoit le Danemark\n"
  "La ministre péruvienne a reçu l'ambassadeur du Danemark à Lima ; les délégations ont "
  "évoqué la coopération scientifique, les glaciers andins et l'été prochain à Copenhague.";

static const char russian[] =
  "Встреча в Москве\n"
  "Министр иностранных дел встретился с послом Норвегии в Москве во вторник. Стороны "
  "обсудили торговлю, рыболовство и энергетику, а также подготовку визита в Осло.";

static void
test_text_utf8 (void)
{
  g_autoptr(ChDocument) doc = import_one_bytes (french, strlen (french), "notes/geneva.txt");

  g_assert_cmpstr (ch_document_get_uri (doc), ==, "notes/geneva.txt");
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Genève : les ministres se rencontrent");
  g_assert_cmpstr (ch_document_get_text (doc), ==, french);
  g_assert_cmpuint (ch_document_get_date (doc)->year, ==, 0);
}

static void
test_text_line_endings_nfc (void)
{
  /* CRLF, a lone CR, a decomposed "é" (e + combining acute), a form feed. */
  static const char input[] = "First line\r\nSecond: caf\x65\xcc\x81\rThird\x0c line\r\n\r\n";
  g_autoptr(ChDocument) doc = import_one_bytes (input, strlen (input), "crlf.txt");

  g_assert_cmpstr (ch_document_get_text (doc), ==, "First line\nSecond: café\nThird\n line");
  g_assert_cmpstr (ch_document_get_title (doc), ==, "First line");
}

static void
test_text_date_header (void)
{
  g_autoptr(GPtrArray) documents = import_fixture ("date-header.txt");
  ChDocument *doc = documents->pdata[0];
  const char *text = ch_document_get_text (doc);

  g_assert_cmpuint (documents->len, ==, 1);
  assert_day (ch_document_get_date (doc), 2024, 10, 2);
  g_assert_true (g_str_has_prefix (text, "VALPARAISO: The foreign ministers of Chile"));
  g_assert_null (strstr (text, "date 2024"));
  g_assert_true (g_str_has_suffix (text, "in Tallinn next spring."));
  /* The dateline is the report's place, not its title. */
  g_assert_true (g_str_has_prefix (ch_document_get_title (doc), "The foreign ministers of Chile"));

  /* A header with an impossible date is text, not a header. */
  {
    static const char bad[] = " date 2024-13-40 Text follows.";
    g_autoptr(ChDocument) other = import_one_bytes (bad, strlen (bad), "bad-date.txt");

    g_assert_cmpuint (ch_document_get_date (other)->year, ==, 0);
    g_assert_cmpstr (ch_document_get_text (other), ==, "date 2024-13-40 Text follows.");
  }
}

static void
test_text_long_first_line (void)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(ChDocument) doc = NULL;

  while (line->len < 600)
    g_string_append (line, "The envoys talked again, ");
  doc = import_one_bytes (line->str, line->len, "long.txt");
  g_assert_cmpuint (g_utf8_strlen (ch_document_get_title (doc), -1), <=, 161);
  g_assert_true (g_str_has_suffix (ch_document_get_title (doc), "…"));
  g_assert_true (g_str_has_prefix (ch_document_get_title (doc), "The envoys talked again, "));

  /* A paragraph of sentences: its first one, without the full stop. */
  g_string_truncate (line, 0);
  while (line->len < 600)
    g_string_append (line, "The envoys talked again. ");
  g_clear_object (&doc);
  doc = import_one_bytes (line->str, line->len, "long.txt");
  g_assert_cmpstr (ch_document_get_title (doc), ==, "The envoys talked again");
}

/* A plain text's title is its headline: never the dateline of a lede
 * ("CITY, date (Agency) -"), nor the page furniture above it. */
static void
test_text_title_headline (void)
{
  static const struct {
    const char *text;
    const char *title;
  } cases[] = {
    /* Ledes: the dateline goes, the first sentence stays. */
    { "HAVANA (Island Desk) - The two presidents met at the palace on Monday, the "
      "first such visit in decades. They spoke of trade.\n\nMore text.",
      "The two presidents met at the palace on Monday, the first such visit in decades" },
    { "PSARADES, Greece - The foreign ministers signed an agreement on Sunday.\n",
      "The foreign ministers signed an agreement on Sunday" },
    { "SOCHI, Russia, Sept. 4, 2023 (Wire Service) -- The presidents held talks in "
      "the resort on Monday. Grain was on the agenda.",
      "The presidents held talks in the resort on Monday" },
    { "TOKYO, 16 March 2023 \xe2\x80\x94 The leaders agreed to resume visits.",
      "The leaders agreed to resume visits" },
    { "Samarkand, 15 September 2022 (CNS): The prime minister met the president on "
      "Thursday.", "The prime minister met the president on Thursday" },
    { "ISLAMABAD: The minister held talks with his counterpart on Wednesday.\n\nText.",
      "The minister held talks with his counterpart on Wednesday" },
    { "WASHINGTON - U.S. President Carter and the visiting prime minister met on "
      "Tuesday. They dined.", "U.S. President Carter and the visiting prime minister met on Tuesday" },
    /* Headlines that look like datelines stay whole. */
    { "Pakistan, Russia sign protocol on gas pipeline\n\nISLAMABAD: The two sides signed.",
      "Pakistan, Russia sign protocol on gas pipeline" },
    { "ANALYSIS: Why the water quarrels go on\n\nText.", "ANALYSIS: Why the water quarrels go on" },
    { "Talks collapse\n\nThe talks collapsed.", "Talks collapse" },
    /* Page furniture above the headline. */
    { "31\xc2\xb0" "C  Cairo\nFriday, September 20, 2024\n\nHome | Politics | World\n\n"
      "Lavrov in Cairo on the first stop of a tour\n\nThe minister arrived on Sunday.",
      "Lavrov in Cairo on the first stop of a tour" },
    { "Dhaka | June 6, 2015 | Bengal Wire\n\nIndia and Bangladesh put the border "
      "agreement into force on Saturday. Officials watched.",
      "India and Bangladesh put the border agreement into force on Saturday" },
    { "ANALYSIS\n\nWhy the monarchies refuse to pick a side\n\nBy a correspondent",
      "Why the monarchies refuse to pick a side" },
    /* A section's name in ordinary case, under the weather and over the date. */
    { "18 C\nKenya\nMonday, March 3, 2025\n\nNairobi and Addis agree to reopen the "
      "border road\n\nThe ministers met on Sunday.",
      "Nairobi and Addis agree to reopen the border road" },
    /* Nothing but furniture: the first line, as before. */
    { "Home | World\n", "Home | World" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ChDocument) doc = import_one_bytes (cases[i].text, strlen (cases[i].text),
                                                    "title.txt");

      g_assert_cmpstr (ch_document_get_title (doc), ==, cases[i].title);
    }
}

typedef struct
{
  const char *name;
  const char *text;
  const char *charset;
  const char *bom;
  gsize bom_length;
} EncodingCase;

/* A few accented letters, too few for a detector to be sure of. */
static const char short_latin1[] =
  "BOGOTÁ, March 3 (Wire) - The French minister Jean-Noël Dupont met the "
  "president in Bogotá on Monday.";
static const char short_polish[] =
  "GDAŃSK - The two presidents met Lech Wałęsa in the shipyard on Monday.";

static void
test_encodings (void)
{
  static const EncodingCase cases[] = {
    { "short-latin-1", short_latin1, "ISO-8859-1", "", 0 },
    { "short-windows-1250", short_polish, "WINDOWS-1250", "", 0 },
    { "utf8-bom", french, "UTF-8", "\xef\xbb\xbf", 3 },
    { "utf16le-bom", russian, "UTF-16LE", "\xff\xfe", 2 },
    { "utf16be-bom", french, "UTF-16BE", "\xfe\xff", 2 },
    { "utf16le-nobom", latin1, "UTF-16LE", "", 0 },
    { "windows-1252", french, "WINDOWS-1252", "", 0 },
    { "latin-1", latin1, "ISO-8859-1", "", 0 },
    { "windows-1251", russian, "WINDOWS-1251", "", 0 },
    { "koi8-r", russian, "KOI8-R", "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) data = g_string_new_len (cases[i].bom, cases[i].bom_length);
      g_autofree char *encoded = NULL;
      g_autofree char *uri = g_strdup_printf ("%s.txt", cases[i].name);
      g_autoptr(ChDocument) doc = NULL;
      g_autofree char *utf8 = NULL;
      gsize written = 0;

      g_test_message ("encoding case %s", cases[i].name);
      encoded = g_convert (cases[i].text, -1, cases[i].charset, "UTF-8", NULL, &written, &error);
      g_assert_no_error (error);
      g_string_append_len (data, encoded, written);

      doc = import_one_bytes (data->str, data->len, uri);
      g_assert_cmpstr (ch_document_get_text (doc), ==, cases[i].text);

      utf8 = ch_import_to_utf8 (data->str, data->len, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (utf8, ==, cases[i].text);
    }
}

static void
test_encoding_declared (void)
{
  /* A short Cyrillic snippet is too little for a detector to be sure of;
   * the page's own declaration decides. */
  static const char page_utf8[] =
    "<html><head><meta charset=\"windows-1251\"><title>Встреча</title></head>"
    "<body><p>Послы встретились в Минске.</p></body></html>";
  g_autoptr(GError) error = NULL;
  g_autofree char *encoded = NULL;
  g_autoptr(ChDocument) doc = NULL;
  gsize written = 0;

  encoded = g_convert (page_utf8, -1, "WINDOWS-1251", "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  doc = import_one_bytes (encoded, written, "minsk.html");
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Встреча");
  g_assert_cmpstr (ch_document_get_text (doc), ==, "Послы встретились в Минске.");
}

static void
test_encoding_unreadable (void)
{
  guchar junk[240];
  guchar c1[120];
  g_autoptr(GError) error = NULL;
  g_autofree char *utf8 = NULL;

  /* High bytes with no language in any encoding. */
  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    junk[i] = (guchar) (0xa0 + (i * 97) % 96);
  assert_import_error ((const char *) junk, sizeof junk, "junk.txt", CH_IMPORT_ERROR_ENCODING);

  /* Bytes Windows-1252 leaves undefined, between ASCII words. */
  for (guint i = 0; i < G_N_ELEMENTS (c1); i++)
    c1[i] = i % 4 == 3 ? ' ' : (guchar) (0x81 + (i * 7) % 29);
  utf8 = ch_import_to_utf8 ((const char *) c1, sizeof c1, NULL, &error);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_ENCODING);
  g_assert_null (utf8);
}

static void
test_binary (void)
{
  static const guchar png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  };
  guchar noise[512];
  g_autoptr(GBytes) bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = ch_import_bytes (bytes, "notes.bin", &error);

  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_BINARY);
  g_assert_cmpstr (error->message, ==, "notes.bin: not a text file (PNG image)");

  /* No signature, but NUL bytes and control codes everywhere. */
  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    noise[i] = (guchar) ((i * 131 + 7) % 256);
  assert_import_error ((const char *) noise, sizeof noise, "noise.dat", CH_IMPORT_ERROR_BINARY);

  /* Control codes without NULs. */
  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    noise[i] = (guchar) (i % 3 == 0 ? 0x01 + i % 8 : 'a' + i % 26);
  assert_import_error ((const char *) noise, sizeof noise, "ctrl.txt", CH_IMPORT_ERROR_BINARY);
}

static void
test_empty (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  write_file (path, "", 0);
  documents = ch_import_file (path, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_EMPTY);
  g_assert_true (g_str_has_prefix (error->message, path));

  assert_import_error (" \n\t\r\n  ", 7, "blank.txt", CH_IMPORT_ERROR_EMPTY);
  assert_import_error ("\xef\xbb\xbf", 3, "bom-only.txt", CH_IMPORT_ERROR_EMPTY);
  assert_import_error ("<html><body><nav>Home</nav></body></html>", 41, "nav-only.html",
                       CH_IMPORT_ERROR_EMPTY);
  remove_tree (dir);
}

static void
test_too_large (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  gint64 start;
  int fd;

  /* Sparse: 200 MB on paper, no blocks on disk. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 200 * 1024 * 1024), ==, 0);
  close (fd);

  start = g_get_monotonic_time ();
  documents = ch_import_file (path, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  /* Rejected from its size alone, not after reading 200 MB. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 4);

  remove_tree (dir);
}

static void
test_io_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *page = fixture ("page.html");

  documents = ch_import_file (missing, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, missing));
  g_clear_error (&error);

  documents = ch_import_file (dir, NULL, &error);
  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  documents = ch_import_file (page, cancellable, &error);
  g_assert_null (documents);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  remove_tree (dir);
}

/* HTML ------------------------------------------------------------------- */

static void
test_html_page (void)
{
  static const char expected[] =
    "OSLO – The foreign ministers of Chile and Norway signed a fisheries accord on "
    "Tuesday after two days of talks at the Holmenkollen conference centre.\n\n"
    "The agreement covers quotas, research vessels and the exchange of catch data, "
    "according to a joint statement.\n\n"
    "The two ministers after the signing ceremony.\n\n"
    "Next steps\n\n"
    "Officials said a joint commission would meet in Valparaíso before the end of the "
    "year & report to both governments.\n\n"
    "Quotas reviewed every year\n\n"
    "Shared research cruises\n\n"
    "“This is a practical agreement,” the Norwegian minister said.";
  static const char *const furniture[] = {
    "MARKER", "cookies", "Accept all", "World", "Politics", "Business", "Home",
    "Share on", "Email this", "Sign up", "Subscribe", "Your email", "Comments",
    "Post comment", "Write something", "Related", "Lima", "Privacy", "Northern Ledger",
    "dataLayer", "font-family", "Advertisement", "staff reporter",
  };
  g_autoptr(GPtrArray) documents = import_fixture ("page.html");
  ChDocument *doc = documents->pdata[0];
  g_autofree char *path = fixture ("page.html");

  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpstr (ch_document_get_uri (doc), ==, path);
  g_assert_cmpstr (ch_document_get_title (doc), ==,
                   "Chile and Norway sign fisheries accord in Oslo");
  assert_day (ch_document_get_date (doc), 2024, 5, 14);
  g_assert_cmpstr (ch_document_get_text (doc), ==, expected);
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    {
      g_test_message ("furniture %s", furniture[i]);
      g_assert_null (strstr (ch_document_get_text (doc), furniture[i]));
    }
}

static void
test_html_title_and_date_sources (void)
{
  static const struct {
    const char *html;
    const char *title;
    guint year, month, day;
  } cases[] = {
    /* The h1 confirms which part of the title is the headline. */
    { "<html><head><title>Daily Wire - Envoys meet in Rome</title></head><body>"
      "<h1>Envoys meet in Rome</h1><p>Text <time datetime=\"2022-03-09T18:00\">then</time>.</p>"
      "</body></html>", "Envoys meet in Rome", 2022, 3, 9 },
    /* No confirmation: the title stays whole. */
    { "<html><head><title>Talks - day two</title>"
      "<meta itemprop=\"datePublished\" content=\"2021-11-30\"></head><body><p>Text.</p>"
      "</body></html>", "Talks - day two", 2021, 11, 30 },
    /* No <title>: og:title, and an RFC 822 date in a meta name=pubdate. */
    { "<html><head><meta property=\"og:title\" content=\"Ministers confer\">"
      "<meta name=\"pubdate\" content=\"Thu, 04 Jan 2024 09:00:00 GMT\"></head>"
      "<body><p>Text.</p></body></html>", "Ministers confer", 2024, 1, 4 },
    /* Neither: the first h1; DC.date.issued. */
    { "<html><head><meta name=\"DC.date.issued\" content=\"2020-07-01\"></head><body>"
      "<main><h1>A  summit\n ends</h1><p>Text.</p></main></body></html>", "A summit ends",
      2020, 7, 1 },
    /* Only JSON-LD; the title's site part confirmed by og:title. */
    { "<html><head><title>Envoys confer | Wire</title><meta property=\"og:title\" "
      "content=\"Envoys confer\"><script type=\"application/ld+json\">{\"@type\": "
      "\"NewsArticle\", \"datePublished\": \"2018-10-21T07:00:00Z\"}</script></head>"
      "<body><p>Text.</p></body></html>", "Envoys confer", 2018, 10, 21 },
    /* The site name says which part to drop. */
    { "<html><head><title>Harbour Gazette — Envoys meet in Kiel</title>"
      "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
      "<meta name=\"date\" content=\"2017-08-09\"></head><body><h1>Envoys in Kiel</h1>"
      "<p>Text.</p></body></html>", "Envoys meet in Kiel", 2017, 8, 9 },
    /* A <title> that is only the site name gives way to the h1. */
    { "<html><head><title>Harbour Gazette</title>"
      "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body>"
      "<article><h1>Envoys meet in Kiel</h1><p>Text <time datetime=\"2017-08-10\">x</time>"
      "</p></article></body></html>", "Envoys meet in Kiel", 2017, 8, 10 },
    /* parsely-pub-date; a fragment without <html> but with the extension. */
    { "<meta name=\"parsely-pub-date\" content=\"2019-05-06T10:00:00Z\"><h1>Fragment</h1>"
      "<p>Text.</p>", "Fragment", 2019, 5, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ChDocument) doc = import_one_bytes (cases[i].html, strlen (cases[i].html),
                                                    "page.htm");

      g_test_message ("html case %u", i);
      g_assert_cmpstr (ch_document_get_title (doc), ==, cases[i].title);
      assert_day (ch_document_get_date (doc), cases[i].year, cases[i].month, cases[i].day);
    }
}

static void
test_html_paragraphs (void)
{
  static const char html[] =
    "<!DOCTYPE html><html><body><div>First   block\n with <b>bold</b>"
    "<i>glued</i> words.</div><p>Line one<br>line two<br><br>New paragraph"
    "</p><table><tr><td>cell</td><td>next</td></tr></table>"
    "<p>Soft\xc2\xad" "hyphen and zero\xe2\x80\x8bwidth &amp; &lt;tags&gt; &#x41;&#66;</p>"
    "<div hidden>HIDDEN</div><div aria-hidden=\"true\">ARIA</div>"
    "<div role=\"navigation\">ROLE</div><p class=\"byline\">By a reporter</p>"
    "<div class=\"post-meta\">May 2</div><div class=\"tags\">Topics: talks</div>"
    "<div class=\"commentary-text\">Commentary stays.</div>"
    "<p><b>Read more:</b> <a href=\"#\">Another story</a></p><p>Advertisement</p>"
    "<div class=\"read-more-box\">Further stories</div>"
    "<p>Related: talks went on late, officials said, and resumed at dawn.</p></body></html>";
  g_autoptr(ChDocument) doc = import_one_bytes (html, strlen (html), "para");

  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "First block with boldglued words.\n\n"
                   "Line one\nline two\n\nNew paragraph\n\n"
                   "cell next\n\n"
                   "Softhyphen and zerowidth & <tags> AB\n\n"
                   "Commentary stays.");
}

static void
test_html_old_layout (void)
{
  g_autoptr(GPtrArray) documents = import_fixture ("old-layout.html");
  ChDocument *doc = documents->pdata[0];

  /* No <article> or <main>: the densest block of paragraphs, widened over
   * the article's two halves, without the side columns; Latin-1 as the
   * page declares. */
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Envoys hold talks in Quito");
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Envoys hold talks in Quito\n\n"
                   "QUITO - Envoys from Ecuador and Perú held talks on Thursday about the "
                   "shared border.\n\n"
                   "Both sides described the meeting as constructive and practical.\n\n"
                   "The talks will resume in April in Piura, a spokesman said after the session.");
}

static void
test_html_truncated (void)
{
  g_autoptr(GPtrArray) documents = import_fixture ("truncated.html");
  ChDocument *doc = documents->pdata[0];

  g_assert_cmpstr (ch_document_get_title (doc), ==, "Talks resume in Nairobi");
  assert_day (ch_document_get_date (doc), 2023, 2, 7);
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Delegations from Kenya and Japan resumed talks on Monday.\n\n"
                   "The second round is expected to cover port financing and the trai");
}

/* Feeds ------------------------------------------------------------------ */

static void
test_rss (void)
{
  g_autoptr(GPtrArray) documents = import_fixture ("rss.xml");
  g_autofree char *path = fixture ("rss.xml");
  g_autofree char *uri1 = g_strconcat (path, "#1", NULL);
  g_autofree char *uri3 = g_strconcat (path, "#3", NULL);
  ChDocument *first, *third;

  /* The second item has no text and is skipped; numbering follows the
   * items' positions in the feed. */
  g_assert_cmpuint (documents->len, ==, 2);
  first = documents->pdata[0];
  third = documents->pdata[1];

  g_assert_cmpstr (ch_document_get_uri (first), ==, uri1);
  g_assert_cmpstr (ch_document_get_title (first), ==, "Kenya’s minister meets Japanese envoy");
  g_assert_cmpstr (ch_document_get_link (first), ==, "https://gazette.example/2024/05/kenya-japan");
  assert_day (ch_document_get_date (first), 2024, 5, 7);
  /* &nbsp; became a space, not nothing: no glued words. */
  g_assert_cmpstr (ch_document_get_text (first), ==,
                   "The foreign minister of Kenya received the ambassador of Japan in Nairobi.\n\n"
                   "They discussed port financing—and a visit to Tokyo.");

  g_assert_cmpstr (ch_document_get_uri (third), ==, uri3);
  g_assert_cmpstr (ch_document_get_title (third), ==, "Peru and Denmark renew science pact");
  g_assert_cmpstr (ch_document_get_link (third), ==,
                   "https://gazette.example/2024/05/peru-denmark");
  assert_day (ch_document_get_date (third), 2024, 5, 15);
  /* content:encoded wins over the teaser; unknown entities stay as text. */
  g_assert_cmpstr (ch_document_get_text (third), ==,
                   "LIMA — Peru’s foreign minister and her Danish counterpart renewed a "
                   "science pact on Wednesday.\n\n"
                   "The pact funds joint glacier research. AT&T engineers were not involved; "
                   "the &madeup; lab was.");
}

static void
test_rss_entities_outside_cdata (void)
{
  static const char feed[] =
    "<rss version=\"2.0\"><channel><title>T</title><item>"
    "<title>Rome&nbsp;talks &ndash; day&#160;two &amp; three &unknownthing; R&D</title>"
    "<description>Envoys&nbsp;of&nbsp;Italy and Chile met in Rome &mdash; again.\n\n"
    "A second paragraph&hellip; with caf&eacute; &amp;amp; more.</description>"
    "</item></channel></rss>";
  g_autoptr(ChDocument) doc = import_one_bytes (feed, strlen (feed), "inline.rss");

  g_assert_cmpstr (ch_document_get_uri (doc), ==, "inline.rss#1");
  g_assert_cmpstr (ch_document_get_title (doc), ==,
                   "Rome talks – day two & three &unknownthing; R&D");
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Envoys of Italy and Chile met in Rome — again.\n\n"
                   "A second paragraph… with café & more.");
}

static void
test_feed_empty_content (void)
{
  static const char rss[] =
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
    "<channel><item><title>One</title><content:encoded><![CDATA[ <p> </p> ]]></content:encoded>"
    "<description>Envoys met in Quito.</description></item></channel></rss>";
  static const char atom[] =
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Two</title>"
    "<content type=\"html\" src=\"https://example.org/full\"/>"
    "<summary type=\"text\">  Envoys met\n  in Accra.  </summary></entry></feed>";
  g_autoptr(ChDocument) from_rss = import_one_bytes (rss, strlen (rss), "empty-content.rss");
  g_autoptr(ChDocument) from_atom = import_one_bytes (atom, strlen (atom), "src-content.atom");

  g_assert_cmpstr (ch_document_get_text (from_rss), ==, "Envoys met in Quito.");
  g_assert_cmpstr (ch_document_get_text (from_atom), ==, "Envoys met\n  in Accra.");
  g_assert_null (ch_document_get_link (from_atom));
}

static void
test_atom (void)
{
  g_autoptr(GPtrArray) documents = import_fixture ("atom.xml");
  g_autofree char *path = fixture ("atom.xml");
  ChDocument *doc;

  g_assert_cmpuint (documents->len, ==, 3);

  doc = documents->pdata[0];
  g_assert_true (g_str_has_suffix (ch_document_get_uri (doc), "atom.xml#1"));
  g_assert_true (g_str_has_prefix (ch_document_get_uri (doc), path));
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Ghana & Brazil hold consultations");
  g_assert_cmpstr (ch_document_get_link (doc), ==, "https://briefings.example/ghana-brazil");
  assert_day (ch_document_get_date (doc), 2024, 6, 1);
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Diplomats from Ghana and Brazil held political consultations in Accra.\n\n"
                   "Cocoa trade was on the agenda.");

  doc = documents->pdata[1];
  g_assert_true (g_str_has_suffix (ch_document_get_uri (doc), "atom.xml#2"));
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Vietnam and Canada discuss education");
  g_assert_cmpstr (ch_document_get_link (doc), ==, "https://briefings.example/vietnam-canada");
  /* Only <updated>: the date as the feed writes it, not moved to UTC. */
  assert_day (ch_document_get_date (doc), 2024, 5, 28);
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Officials of Vietnam and Canada met in Hanoi to discuss student exchanges.\n\n"
                   "A memorandum is expected next year.");

  doc = documents->pdata[2];
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Estonia and Chile: a summary");
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Envoys of Estonia and Chile compared notes on digital government.");
  assert_day (ch_document_get_date (doc), 2024, 5, 20);
}

static void
test_feed_errors (void)
{
  g_autofree char *path = fixture ("no-items.rss");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = ch_import_file (path, NULL, &error);
  g_autofree char *message = g_strconcat (path, ": the feed has no items", NULL);
  static const char broken[] = "<?xml version=\"1.0\"?><rss><channel><item><title>x</item>";
  static const char other[] = "<?xml version=\"1.0\"?><inventory><box>Talks</box></inventory>";
  static const char no_text[] =
    "<rss version=\"2.0\"><channel><item><title>Only a title</title></item></channel></rss>";

  g_assert_null (documents);
  g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_NO_ITEMS);
  g_assert_cmpstr (error->message, ==, message);

  assert_import_error (broken, strlen (broken), "broken.xml", CH_IMPORT_ERROR_PARSE);
  /* the line number once, not again at the end of libxml2's reason */
  {
    static const char cut[] = "<?xml version=\"1.0\"?>\n<rss><channel><item><title>Talks";
    g_autoptr(GBytes) bytes = g_bytes_new_static (cut, strlen (cut));
    g_autoptr(GError) cut_error = NULL;
    g_autoptr(GPtrArray) none = ch_import_bytes (bytes, "cut.xml", &cut_error);

    g_assert_null (none);
    g_assert_error (cut_error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE);
    g_assert_true (g_str_has_prefix (cut_error->message, "cut.xml: not a well-formed feed (line 2: "));
    g_assert_null (strstr (cut_error->message + strlen ("cut.xml: not a well-formed feed (line 2: "),
                           "line"));
    g_assert_true (g_str_has_suffix (cut_error->message, ")"));
  }
  assert_import_error (other, strlen (other), "inventory.xml", CH_IMPORT_ERROR_UNSUPPORTED);
  assert_import_error (no_text, strlen (no_text), "titles.rss", CH_IMPORT_ERROR_EMPTY);
}

static void
test_feed_dates (void)
{
  static const struct {
    const char *date;
    guint year, month, day;
  } cases[] = {
    { "Tue, 07 May 2024 10:30:00 +0300", 2024, 5, 7 },
    { "7 May 2024", 2024, 5, 7 },
    { "Sat, 1 Jun 24 23:59:59 EST", 2024, 6, 1 },
    { "May 7, 2024 10:00", 2024, 5, 7 },
    { "2024-05-07T23:30:00-05:00", 2024, 5, 7 },
    { "Mon, 31 Feb 2024 10:00:00 GMT", 0, 0, 0 },
    { "yesterday", 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *feed = g_strdup_printf ("<rss version=\"2.0\"><channel><item>"
                                               "<title>T</title><pubDate>%s</pubDate>"
                                               "<description>Text.</description>"
                                               "</item></channel></rss>", cases[i].date);
      g_autoptr(ChDocument) doc = import_one_bytes (feed, strlen (feed), "dates.rss");

      g_test_message ("date %s", cases[i].date);
      assert_day (ch_document_get_date (doc), cases[i].year, cases[i].month, cases[i].day);
    }
}

/* XML safety ------------------------------------------------------------- */

static void
assert_no_leak (GPtrArray  *documents,
                const char *secret)
{
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      g_assert_null (strstr (ch_document_get_text (documents->pdata[i]), secret));
      g_assert_null (strstr (ch_document_get_title (documents->pdata[i]), secret));
    }
}

static void
test_xxe (void)
{
  g_autoptr(GPtrArray) documents = import_fixture ("xxe.xml");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *feed = g_build_filename (dir, "feed.xml", NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) leaked = NULL;
  g_autoptr(GError) error = NULL;
  ChDocument *doc;

  /* The internal entity is text; the external one (/etc/passwd) is not read. */
  g_assert_cmpuint (documents->len, ==, 1);
  doc = documents->pdata[0];
  g_assert_cmpstr (ch_document_get_title (doc), ==, "Envoys from Malta meet officials");
  g_assert_cmpstr (ch_document_get_text (doc), ==,
                   "Envoys from Malta met officials of Tunisia in Valletta.");
  assert_no_leak (documents, "root:");

  /* The same with a file of our own, in the title, body and a parameter
   * entity, and as a system DTD. */
  write_file (secret, "CANARY-7f3a9", -1);
  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE rss SYSTEM \"file://%s\" [\n"
                         "  <!ENTITY leak SYSTEM \"file://%s\">\n"
                         "  <!ENTITY %% pe SYSTEM \"file://%s\">\n"
                         "  %%pe;\n"
                         "]>\n"
                         "<rss version=\"2.0\"><channel><item><title>A &leak;</title>"
                         "<description>Talks. &leak;</description></item></channel></rss>\n",
                         secret, secret, secret);
  write_file (feed, xml, -1);
  leaked = ch_import_file (feed, NULL, &error);
  if (leaked == NULL)
    {
      g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE);
      g_assert_null (strstr (error->message, "CANARY"));
    }
  else
    {
      g_assert_cmpuint (leaked->len, ==, 1);
      g_assert_cmpstr (ch_document_get_text (leaked->pdata[0]), ==, "Talks.");
    }
  assert_no_leak (leaked, "CANARY");

  remove_tree (dir);
}

static void
test_entity_bomb (void)
{
  g_autofree char *path = fixture ("bomb.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  gint64 start = g_get_monotonic_time ();

  documents = ch_import_file (path, NULL, &error);
  /* Either refused as malformed or read without expanding: never a
   * billion "lol"s. */
  if (documents == NULL)
    g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE);
  else
    for (guint i = 0; i < documents->len; i++)
      g_assert_cmpuint (ch_document_get_text_length (documents->pdata[i]), <, 4096);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static char *
root_text (xmlDocPtr doc)
{
  xmlChar *content = doc != NULL ? xmlNodeGetContent (xmlDocGetRootElement (doc)) : NULL;
  char *text = g_strdup (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return text;
}

static void
test_entity_loader (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.xml", NULL);
  g_autofree char *hostile = g_build_filename (dir, "hostile.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) documents = import_fixture ("rss.xml");
  xmlDocPtr doc;

  /* The importer has installed its loader by now. Even a reader that asks
   * for entity substitution gets no external entity through it... */
  write_file (secret, "CANARY-51d0", -1);
  xml = g_strdup_printf ("<!DOCTYPE r [<!ENTITY e SYSTEM \"file://%s\">]><r>x&e;y</r>", secret);
  write_file (hostile, xml, -1);
  doc = xmlReadMemory (xml, (int) strlen (xml), NULL, NULL, XML_PARSE_NOENT | XML_PARSE_NOERROR);
  text = root_text (doc);
  g_assert_null (strstr (text, "CANARY"));
  g_clear_pointer (&doc, xmlFreeDoc);
  g_clear_pointer (&text, g_free);

  doc = xmlReadFile (hostile, NULL, XML_PARSE_NOENT | XML_PARSE_NOERROR);
  text = root_text (doc);
  g_assert_null (strstr (text, "CANARY"));
  g_clear_pointer (&doc, xmlFreeDoc);
  g_clear_pointer (&text, g_free);

  /* ... while a file some other part of the program reads on purpose
   * still opens. */
  write_file (plain, "<countries><country>Chile</country></countries>", -1);
  doc = xmlReadFile (plain, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  text = root_text (doc);
  g_assert_cmpstr (text, ==, "Chile");
  xmlFreeDoc (doc);

  remove_tree (dir);
}

static void
test_entity_quadratic (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  gint64 start;

  /* One level of entities, but a 100 kB one referenced 20,000 times. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (xml, 'A');
  g_string_append (xml, "\">]><rss version=\"2.0\"><channel><item><title>Quadratic</title>"
                        "<description>Talks in Rome.");
  for (guint i = 0; i < 20000; i++)
    g_string_append (xml, "&e;");
  g_string_append (xml, "</description></item></channel></rss>");
  bytes = g_string_free_to_bytes (g_steal_pointer (&xml));

  start = g_get_monotonic_time ();
  documents = ch_import_bytes (bytes, "quadratic.xml", &error);
  if (documents == NULL)
    g_assert_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE);
  else
    {
      g_assert_cmpuint (documents->len, ==, 1);
      g_assert_true (g_str_has_prefix (ch_document_get_text (documents->pdata[0]), "Talks in Rome."));
      g_assert_cmpuint (ch_document_get_text_length (documents->pdata[0]), <=, 2 * 1024 * 1024);
    }
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

/* Threads ---------------------------------------------------------------- */

static char *
summarize (GPtrArray *documents)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < documents->len; i++)
    g_string_append_printf (out, "%s|%s|%s\n", ch_document_get_uri (documents->pdata[i]),
                            ch_document_get_title (documents->pdata[i]),
                            ch_document_get_text (documents->pdata[i]));
  return g_string_free (out, FALSE);
}

static char *
summarize_all (void)
{
  static const char *const names[] = { "page.html", "rss.xml", "atom.xml", "xxe.xml", "bomb.xml" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture (names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) documents = ch_import_file (path, NULL, &error);

      if (documents != NULL)
        {
          g_autofree char *summary = summarize (documents);
          g_string_append (out, summary);
        }
      else
        g_string_append_printf (out, "%s\n", error->message);
    }
  return g_string_free (out, FALSE);
}

static gpointer
import_worker (gpointer data)
{
  const char *expected = data;

  for (guint round = 0; round < 20; round++)
    {
      g_autofree char *summary = summarize_all ();

      if (g_strcmp0 (summary, expected) != 0)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  g_autofree char *expected = summarize_all ();
  GThread *threads[2];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("import", import_worker, expected);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

/* Damaged input ---------------------------------------------------------- */

static void
mutate (GByteArray *data,
        GRand      *rand)
{
  static const char *const inserts[] = {
    "&nbsp;", "&", "<", ">", "<![CDATA[", "]]>", "<!--", "&#x;", "&#99999999;",
    "\xff\xfe", "\xc3", "</p>", "<article>", "<br>", "\r", "<item>", "</item>",
    "<entry>", "<!DOCTYPE x [<!ENTITY a \"&b;\">]>", "&a;", "\x01",
  };
  guint pos = data->len > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) data->len) : 0;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      if (data->len > 0)
        data->data[pos] = (guint8) g_rand_int_range (rand, 0, 256);
      break;
    case 1:
      {
        guint n = (guint) g_rand_int_range (rand, 1, 40);

        n = MIN (n, data->len - pos);

        if (n > 0)
          g_byte_array_remove_range (data, pos, n);
      }
      break;
    case 2:
      {
        const char *insert = inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))];
        g_autoptr(GByteArray) tail = g_byte_array_new ();

        g_byte_array_append (tail, data->data + pos, data->len - pos);
        g_byte_array_set_size (data, pos);
        g_byte_array_append (data, (const guint8 *) insert, strlen (insert));
        g_byte_array_append (data, tail->data, tail->len);
      }
      break;
    default:
      g_byte_array_set_size (data, pos);
      break;
    }
}

static void
test_damaged_input (void)
{
  static const char *const names[] = {
    "page.html", "truncated.html", "old-layout.html", "rss.xml", "atom.xml", "xxe.xml", "bomb.xml",
    "no-items.rss", "date-header.txt",
  };
  static const char *const uris[] = { "d.txt", "d.html", "d.xml", "d.rss", "d" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240514);
  GBytes *originals[G_N_ELEMENTS (names)];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture (names[i]);
      g_autoptr(GError) error = NULL;
      char *contents;
      gsize length;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      originals[i] = g_bytes_new_take (contents, length);
    }

  /* Whatever the damage: documents with valid, non-empty text, or an
   * error that names the file. Sanitizer builds make this a fuzzer. */
  for (guint round = 0; round < 3000; round++)
    {
      GBytes *original = originals[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))];
      const char *uri = uris[g_rand_int_range (rand, 0, G_N_ELEMENTS (uris))];
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) documents = NULL;
      gint n_mutations = g_rand_int_range (rand, 1, 10);

      g_byte_array_append (data, g_bytes_get_data (original, NULL), g_bytes_get_size (original));
      for (gint m = 0; m < n_mutations; m++)
        mutate (data, rand);
      bytes = g_bytes_new (data->data, data->len);

      documents = ch_import_bytes (bytes, uri, &error);
      if (documents == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, uri));
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (documents->len, >, 0);
      for (guint i = 0; i < documents->len; i++)
        {
          const char *text = ch_document_get_text (documents->pdata[i]);

          g_assert_true (g_utf8_validate (text, -1, NULL));
          g_assert_cmpstr (text, !=, "");
          g_assert_null (strchr (text, '\r'));
          g_assert_true (g_utf8_validate (ch_document_get_title (documents->pdata[i]), -1, NULL));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_bytes_unref (originals[i]);
}

/* Collecting files ------------------------------------------------------- */

static void
test_collect (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", NULL);
  g_autofree char *image = g_build_filename (dir, "photo.PNG", NULL);
  static const char *const created[] = {
    "a.txt", "b.HTML", "notes", "Z.md", "photo.PNG", "archive.zip", "report.docx",
    ".hidden.txt", ".git/config", ".git/HEAD.txt", "sub/c.xml", "sub/d.pdf",
    "sub/deeper/e.rss", "sub/deeper/f.atom", "sub/deeper/g.htm", "sub/deeper/backup.txt~",
    "sub/.cache/h.txt",
  };
  static const char *const expected[] = {
    "Z.md", "a.txt", "b.HTML", "notes", "sub/c.xml", "sub/deeper/e.rss", "sub/deeper/f.atom",
    "sub/deeper/g.htm",
  };

  for (guint i = 0; i < G_N_ELEMENTS (created); i++)
    {
      g_autofree char *path = g_build_filename (dir, created[i], NULL);
      g_autofree char *parent = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
      write_file (path, "Envoys met.", -1);
    }
  /* A link back up the tree, a link to a file already listed, a dangling one. */
  {
    g_autofree char *loop = g_build_filename (dir, "sub", "deeper", "loop", NULL);
    g_autofree char *twin = g_build_filename (dir, "sub", "twin.txt", NULL);
    g_autofree char *dangling = g_build_filename (dir, "sub", "gone.txt", NULL);

    g_assert_cmpint (symlink ("../..", loop), ==, 0);
    g_assert_cmpint (symlink ("../a.txt", twin), ==, 0);
    g_assert_cmpint (symlink ("nowhere.txt", dangling), ==, 0);
  }

  ch_import_collect (dir, files, failures);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (files->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (dir, expected[i], NULL);

      g_assert_cmpstr (files->pdata[i], ==, path);
    }

  /* A missing path is a failure naming it, and what follows still runs. */
  ch_import_collect (missing, files, failures);
  g_assert_cmpuint (failures->len, ==, 1);
  g_assert_error ((GError *) failures->pdata[0], CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO);
  g_assert_true (g_str_has_prefix (((GError *) failures->pdata[0])->message, missing));

  /* A file named directly is listed whatever its extension. */
  ch_import_collect (image, files, failures);
  g_assert_cmpuint (files->len, ==, G_N_ELEMENTS (expected) + 1);
  g_assert_cmpstr (files->pdata[files->len - 1], ==, image);
  g_assert_cmpuint (failures->len, ==, 1);

  /* Every collected file imports, whatever its extension suggested. */
  for (guint i = 0; i + 1 < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) documents = ch_import_file (files->pdata[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (ch_document_get_text (documents->pdata[0]), ==, "Envoys met.");
    }

  remove_tree (dir);
}

/* Main ------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/import/text/utf8", test_text_utf8);
  g_test_add_func ("/core/import/text/line-endings-nfc", test_text_line_endings_nfc);
  g_test_add_func ("/core/import/text/date-header", test_text_date_header);
  g_test_add_func ("/core/import/text/long-first-line", test_text_long_first_line);
  g_test_add_func ("/core/import/text/title-headline", test_text_title_headline);
  g_test_add_func ("/core/import/encoding/detect", test_encodings);
  g_test_add_func ("/core/import/encoding/declared", test_encoding_declared);
  g_test_add_func ("/core/import/encoding/unreadable", test_encoding_unreadable);
  g_test_add_func ("/core/import/binary", test_binary);
  g_test_add_func ("/core/import/empty", test_empty);
  g_test_add_func ("/core/import/too-large", test_too_large);
  g_test_add_func ("/core/import/io-errors", test_io_errors);
  g_test_add_func ("/core/import/html/page", test_html_page);
  g_test_add_func ("/core/import/html/title-and-date", test_html_title_and_date_sources);
  g_test_add_func ("/core/import/html/paragraphs", test_html_paragraphs);
  g_test_add_func ("/core/import/html/old-layout", test_html_old_layout);
  g_test_add_func ("/core/import/html/truncated", test_html_truncated);
  g_test_add_func ("/core/import/feed/rss", test_rss);
  g_test_add_func ("/core/import/feed/rss-entities", test_rss_entities_outside_cdata);
  g_test_add_func ("/core/import/feed/atom", test_atom);
  g_test_add_func ("/core/import/feed/empty-content", test_feed_empty_content);
  g_test_add_func ("/core/import/feed/errors", test_feed_errors);
  g_test_add_func ("/core/import/feed/dates", test_feed_dates);
  g_test_add_func ("/core/import/xml/external-entity", test_xxe);
  g_test_add_func ("/core/import/xml/entity-bomb", test_entity_bomb);
  g_test_add_func ("/core/import/xml/entity-quadratic", test_entity_quadratic);
  g_test_add_func ("/core/import/xml/entity-loader", test_entity_loader);
  g_test_add_func ("/core/import/damaged-input", test_damaged_input);
  g_test_add_func ("/core/import/threads", test_threads);
  g_test_add_func ("/core/import/collect", test_collect);

  return g_test_run ();
}
