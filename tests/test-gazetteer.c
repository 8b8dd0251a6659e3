/* test-gazetteer.c: loading the lists and matching them in text
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ch-gazetteer.h"
#include "ch-gazetteer-resources.h"

/* "kind:name" of the longest match at every position, space-separated */
static char *
match_all (ChGazetteer *gazetteer,
           const char  *text)
{
  g_autoptr(GArray) tokens = ch_tokenize (text, strlen (text));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len;)
    {
      ChGazMatch matches[16];
      guint n = ch_gazetteer_match (gazetteer, text, (const ChToken *) tokens->data, tokens->len,
                                    i, matches, G_N_ELEMENTS (matches));
      const ChGazMatch *best = NULL;

      for (guint k = 0; k < n; k++)
        if (best == NULL || matches[k].n_tokens > best->n_tokens)
          best = &matches[k];
      if (best == NULL)
        {
          i++;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s:%s%s", ch_gazetteer_kind_to_string (best->entry->kind),
                              best->entry->code != NULL ? best->entry->code : best->entry->name,
                              (best->entry->flags & CH_GAZ_FLAG_EXCLUDE) ? "(x)" : "");
      i += best->n_tokens;
    }
  return g_string_free (out, FALSE);
}

static ChGazetteer *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "gazetteer", NULL);
  ChGazetteer *gazetteer = ch_gazetteer_new_from_directory (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (gazetteer);
  return gazetteer;
}

static void
test_tokenize (void)
{
  const char *text = "Pakistan’s envoy, the U.S. and Pakistan-Russia ties: 14th\nnew line\n\npara";
  g_autoptr(GArray) tokens = ch_tokenize (text, strlen (text));
  const ChToken *t = (const ChToken *) tokens->data;
  static const char *expected[] = {
    "Pakistan", "’s", "envoy", ",", "the", "U", ".", "S", ".", "and", "Pakistan", "-",
    "Russia", "ties", ":", "14th", "new", "line", "para",
  };

  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < tokens->len; i++)
    {
      g_autofree char *word = g_strndup (text + t[i].start, t[i].len);

      g_assert_cmpstr (word, ==, expected[i]);
    }
  g_assert_true (t[1].flags & CH_TOKEN_POSSESSIVE);
  g_assert_true (t[0].flags & CH_TOKEN_UPPER);
  g_assert_true (t[15].flags & CH_TOKEN_DIGIT);
  g_assert_true (t[16].flags & CH_TOKEN_NEWLINE);
  g_assert_false (t[16].flags & CH_TOKEN_PARAGRAPH);
  g_assert_true (t[18].flags & CH_TOKEN_PARAGRAPH);
}

static void
test_fixture_matching (void)
{
  g_autoptr(ChGazetteer) gazetteer = load_fixture ();
  static const struct { const char *text; const char *expected; } cases[] = {
    { "Pakistan's envoy met US officials", "countries:PK countries:US" },
    { "Pakistan’s envoy", "countries:PK" },
    { "a Pakistani delegation", "countries:PK" },
    { "tell us about it", "" },
    { "PAKISTAN and the U.S.", "countries:PK countries:US" },
    { "Pakistan-United States talks", "countries:PK countries:US" },
    { "The Gambia and the Gambia and Gambia", "countries:GM countries:GM countries:GM" },
    { "in Côte d’Ivoire and Côte d'Ivoire", "countries:CI countries:CI" },
    { "the IT sector; It is", "topics:technology" },
    { "Information Technology and security", "topics:technology topics:security" },
    { "the UN Security Council", "topics:security(x)" },
    { "pakistan", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = match_all (gazetteer, cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (found, ==, cases[i].expected);
    }

  g_assert_nonnull (ch_gazetteer_lookup (gazetteer, CH_GAZ_COUNTRY, "Georgia"));
  g_assert_true (ch_gazetteer_lookup (gazetteer, CH_GAZ_COUNTRY, "Georgia")->flags & CH_GAZ_FLAG_AMBIGUOUS);
  g_assert_true (ch_gazetteer_lookup (gazetteer, CH_GAZ_COUNTRY, "America")->flags & CH_GAZ_FLAG_AMBIGUOUS);
  g_assert_false (ch_gazetteer_lookup (gazetteer, CH_GAZ_COUNTRY, "US")->flags & CH_GAZ_FLAG_AMBIGUOUS);
  g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_COUNTRY), ==, 5);
  g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_TOPIC), ==, 3);
}

static void
test_external_entities_refused (void)
{
  g_autoptr(ChGazetteer) gazetteer = load_fixture ();
  g_autoptr(GPtrArray) topics = ch_gazetteer_list (gazetteer, CH_GAZ_TOPIC);
  g_autofree char *found = match_all (gazetteer, "energy root");

  /* the entity pointing at /etc/passwd was not expanded */
  g_assert_cmpstr (found, ==, "topics:energy");
  for (guint i = 0; i < topics->len; i++)
    g_assert_null (strstr (((const ChGazEntry *) topics->pdata[i])->name, "root"));
}

static void
test_malformed (void)
{
  g_autoptr(ChGazetteer) gazetteer = ch_gazetteer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gazetteer", "broken.xml.txt", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  const char *wrong_root = "<cities><city name=\"Paris\" country=\"FR\"/></cities>";

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_false (ch_gazetteer_load_xml (gazetteer, contents, len, "broken.xml", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "broken.xml"));
  g_clear_error (&error);

  g_assert_false (ch_gazetteer_load_xml (gazetteer, wrong_root, strlen (wrong_root), "w.xml", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_CITY), ==, 0);
}

static void
test_members (void)
{
  g_autoptr(ChGazetteer) gazetteer = ch_gazetteer_new ();
  g_autoptr(GError) error = NULL;
  const char *xml =
    "<gazetteer kind=\"organizations\">"
    "<organization acronym=\"TRG\" members=\"AA BB  CC\" name=\"Three River Group\"/>"
    "<organization acronym=\"\" name=\"Loose Forum\"/>"
    "</gazetteer>";
  const char * const *members;

  g_assert_true (ch_gazetteer_load_xml (gazetteer, xml, strlen (xml), "orgs.xml", &error));
  g_assert_no_error (error);
  members = ch_gazetteer_get_members (gazetteer, "TRG");
  g_assert_nonnull (members);
  g_assert_cmpuint (g_strv_length ((char **) members), ==, 3);
  g_assert_cmpstr (members[0], ==, "AA");
  g_assert_cmpstr (members[2], ==, "CC");
  g_assert_null (ch_gazetteer_get_members (gazetteer, "Loose Forum"));

  /* the default lists small, settled groups */
  members = ch_gazetteer_get_members (ch_gazetteer_get_default (), "GCC");
  g_assert_nonnull (members);
  g_assert_cmpuint (g_strv_length ((char **) members), ==, 6);
}

static gpointer
match_in_thread (gpointer data)
{
  ChGazetteer *gazetteer = data;
  guint found = 0;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *m = match_all (gazetteer, "Russia and Pakistan met in Moscow and Tashkent");

      if (strstr (m, "countries:RU") != NULL && strstr (m, "cities:") != NULL)
        found++;
    }
  return GUINT_TO_POINTER (found);
}

static void
test_default (void)
{
  ChGazetteer *gazetteer = ch_gazetteer_get_default ();
  const ChGazEntry *entry;
  GThread *threads[4];

  g_assert_true (gazetteer == ch_gazetteer_get_default ());
  g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_COUNTRY), >=, 190);
  g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_CITY), >=, 200);
  g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_TOPIC), >=, 15);

  entry = ch_gazetteer_lookup (gazetteer, CH_GAZ_COUNTRY, "Russia");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->code, ==, "RU");
  entry = ch_gazetteer_lookup (gazetteer, CH_GAZ_CITY, "Tashkent");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->code, ==, "UZ");

  /* read-only after construction: several threads match at once */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("match", match_in_thread, gazetteer);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 2000);
}

/* When the program ends, the compiled-in bundle takes itself off the
 * process-wide resource list while a worker thread may still be loading
 * the gazetteer. The load reads the bundle itself, so it still finds
 * every file then. */
static void
test_default_off_the_list (void)
{
  if (g_test_subprocess ())
    {
      GResource *bundle = ch_gazetteer_get_resource ();
      ChGazetteer *gazetteer;

      g_resources_unregister (bundle);
      gazetteer = ch_gazetteer_get_default ();
      g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_COUNTRY), >=, 190);
      g_assert_cmpuint (ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_TITLE), >, 0);
      /* back on the list, as the bundle expects to find itself at exit */
      g_resources_register (bundle);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*does not exist*");
}

/* ch_gaz_index_tokenize() gives the tokens of ch_tokenize() and the
 * words and classes of ch_gaz_index_scan(), in one pass */
static void
test_index_tokenize (void)
{
  g_autoptr(ChGazetteer) cues = ch_gazetteer_new ();
  ChGazetteer *both[2];
  g_autoptr(ChGazIndex) index = NULL;
  static const char *texts[] = {
    "The Prime Minister of Pakistan met the President of the United States in New York on Monday.",
    "talks were held  in\n\nUnited\n\nStates, and in the United Arab Emirates; Côte d’Ivoire’s envoy",
    "A verylongwordindeedhere and CounterTerrorismCooperation with NATO's SECRETARYGENERAL met",
    "United",
    "new york",
    "Über München, São Paulo — held talks: 12th round; 2024-05-01, U.S. and U.K. officials.",
    "held talks held talks HELD TALKS Held Talks held\ttalks held",
    "",
  };

  both[0] = cues;
  both[1] = ch_gazetteer_get_default ();
  ch_gazetteer_add (cues, CH_GAZ_CUE, "held talks", "talks", NULL, NULL, CH_GAZ_FLAG_CASE_INSENSITIVE, 3);
  ch_gazetteer_add (cues, CH_GAZ_CUE, "met", "met", NULL, NULL, CH_GAZ_FLAG_CASE_INSENSITIVE, 4);
  ch_gazetteer_add (cues, CH_GAZ_CUE, "Counterterrorismcooperation", "ct", NULL, NULL, 0, 5);
  index = ch_gaz_index_new (both, G_N_ELEMENTS (both));
  g_assert_true (ch_gaz_index_add_class (index, "the", 1));
  g_assert_true (ch_gaz_index_add_class (index, "in", 2));
  g_assert_true (ch_gaz_index_add_class (index, "verylongwordindeedhere", 4));
  g_assert_true (ch_gaz_index_add_class (index, "monday", 8));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];
      gsize len = strlen (text);
      g_autoptr(GArray) tokens = ch_tokenize (text, len);
      g_autoptr(GArray) fused = NULL;
      g_autofree guint32 *words = g_new0 (guint32, tokens->len + 1);
      g_autofree guint16 *classes = g_new0 (guint16, tokens->len + 1);
      ChGazScan scan = { 0 };
      guint n_words = 0, n_starts = 0;

      g_test_message ("%s", text);
      ch_gaz_index_scan (index, text, (const ChToken *) tokens->data, tokens->len, words, classes);
      fused = ch_gaz_index_tokenize (index, text, len, &scan);
      g_assert_cmpuint (fused->len, ==, tokens->len);
      g_assert_cmpmem (fused->data, fused->len * sizeof (ChToken),
                       tokens->data, tokens->len * sizeof (ChToken));
      g_assert_cmpmem (scan.words, tokens->len * sizeof (guint32),
                       words, tokens->len * sizeof (guint32));
      g_assert_cmpmem (scan.classes, tokens->len * sizeof (guint16),
                       classes, tokens->len * sizeof (guint16));
      g_assert_cmpuint (scan.words[tokens->len], ==, 0);
      g_assert_cmpuint (scan.classes[tokens->len], ==, 0);
      for (guint k = 0; k < tokens->len; k++)
        {
          n_words += words[k] != 0;
          n_starts += CH_GAZ_INDEX_STARTS (words[k], 0) || CH_GAZ_INDEX_STARTS (words[k], 1);
        }
      /* the texts have words of the index, and matches to start */
      if (len > 10)
        {
          g_assert_cmpuint (n_words, >, 0);
          g_assert_cmpuint (n_starts, >, 0);
        }
      ch_gaz_scan_clear (&scan);
      g_assert_null (scan.words);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/gazetteer/tokenize", test_tokenize);
  g_test_add_func ("/core/gazetteer/index-tokenize", test_index_tokenize);
  g_test_add_func ("/core/gazetteer/matching", test_fixture_matching);
  g_test_add_func ("/core/gazetteer/external-entities", test_external_entities_refused);
  g_test_add_func ("/core/gazetteer/malformed", test_malformed);
  g_test_add_func ("/core/gazetteer/default", test_default);
  g_test_add_func ("/core/gazetteer/default-off-the-list", test_default_off_the_list);
  g_test_add_func ("/core/gazetteer/members", test_members);

  return g_test_run ();
}
