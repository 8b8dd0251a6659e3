/* test-date.c: date expressions, datelines and relative dates
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ch-date.h"

static void
test_absolute (void)
{
  static const struct {
    const char *text;
    const char *iso;   /* NULL: not a date */
  } cases[] = {
    { "14 April 2023", "2023-04-14" },
    { "14th April 2023", "2023-04-14" },
    { "14th of April 2023", "2023-04-14" },
    { "14th of April, 2023", "2023-04-14" },
    { "April 14, 2023", "2023-04-14" },
    { "April 14 2023", "2023-04-14" },
    { "Apr. 14, 2023", "2023-04-14" },
    { "Sept. 3, 2022", "2022-09-03" },
    { "2023-04-14", "2023-04-14" },
    { "2023/04/14", "2023-04-14" },
    { "14/04/2023", "2023-04-14" },
    { "04/14/2023", "2023-04-14" },
    { "03/04/2023", "2023-04-03" },
    { "14.04.2023", "2023-04-14" },
    { "September 20, 2024", "2024-09-20" },
    { "Friday, September 20, 2024", "2024-09-20" },
    { "on Friday, September 20, 2024", "2024-09-20" },
    { "Tuesday 1 October 2024", "2024-10-01" },
    { "February 2022", "2022-02" },
    { "February, 2022", "2022-02" },
    { "in 2021", "2021" },
    { "since 2019", "2019" },
    { "31 February 2023", NULL },
    { "2023-13-01", NULL },
    { "32/01/2023", NULL },
    { "hello", NULL },
    { "2021", NULL },
    { "may 2021", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChDay day;
      gboolean ok = ch_date_parse (cases[i].text, NULL, &day);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].iso != NULL);
      if (ok)
        {
          g_autofree char *iso = ch_day_format (&day);

          g_assert_cmpstr (iso, ==, cases[i].iso);
        }
    }
}

static void
test_relative (void)
{
  /* Thursday 10 April 2025 */
  static const ChDay ref = { 2025, 4, 10 };
  static const struct {
    const char *text;
    const char *iso;
  } cases[] = {
    { "on Tuesday", "2025-04-08" },
    { "on Thursday", "2025-04-10" },
    { "on Friday", "2025-04-04" },
    { "on Monday evening", "2025-04-07" },
    { "last Thursday", "2025-04-03" },
    { "yesterday", "2025-04-09" },
    { "today", "2025-04-10" },
    { "the previous day", "2025-04-09" },
    { "last week", "2025-04" },
    { "last month", "2025-03" },
    { "last year", "2024" },
    { "this year", "2025" },
    { "earlier this month", "2025-04" },
    { "early February last year", "2024-02" },
    { "February last year", "2024-02" },
    { "March 2 last year", "2024-03-02" },
    { "2 March this year", "2025-03-02" },
    { "in February", "2025-02" },
    { "in June", "2024-06" },
    { "April 8", "2025-04-08" },
    { "8 April", "2025-04-08" },
    { "14th of April", "2025-04-14" },
    { "December 28", "2024-12-28" },
    { "last December", "2024-12" },
    { "last April", "2024-04" },
    { "this March", "2025-03" },
    { "last January", "2025-01" },
    { "in late June", "2024-06" },
    { "in mid-March", "2025-03" },
    { "early February", "2025-02" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChDay day;
      g_autofree char *iso = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_true (ch_date_parse (cases[i].text, &ref, &day));
      iso = ch_day_format (&day);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_relative_without_reference (void)
{
  /* no document date: nothing is invented, the words are still found */
  static const char *texts[] = {
    "on Tuesday", "yesterday", "last year", "early February last year", "April 8",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GArray) matches = ch_date_scan (texts[i], strlen (texts[i]), NULL);
      const ChDateMatch *m;

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (matches->len, ==, 1);
      m = &g_array_index (matches, ChDateMatch, 0);
      g_assert_true (m->relative);
      g_assert_cmpuint (m->day.year, ==, 0);
      g_assert_cmpuint (m->start, ==, 0);
      g_assert_cmpuint (m->end, ==, strlen (texts[i]));
    }
}

static void
test_scan_in_text (void)
{
  const char *text = "Pakistan and Russia on Tuesday reaffirmed ties. In 2021, the two countries "
                     "signed an MoU. The minister made a visit to Moscow in early February last year; "
                     "he may return. The General Election 2024 was held.";
  static const ChDay ref = { 2023, 5, 18 };
  static const struct { const char *words; const char *iso; } expected[] = {
    { "on Tuesday", "2023-05-16" },
    { "In 2021", "2021" },
    { "early February last year", "2022-02" },
  };
  g_autoptr(GArray) matches = ch_date_scan (text, strlen (text), &ref);

  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < matches->len; i++)
    {
      const ChDateMatch *m = &g_array_index (matches, ChDateMatch, i);
      g_autofree char *words = g_strndup (text + m->start, m->end - m->start);
      g_autofree char *iso = ch_day_format (&m->day);

      g_assert_cmpstr (words, ==, expected[i].words);
      g_assert_cmpstr (iso, ==, expected[i].iso);
    }
}

/* ch_date_scan_tokens_classes() with the date words marked, and a scan
 * without reference resolved afterwards, find what the plain scan with
 * the reference finds */
static void
test_scan_classes_and_resolve (void)
{
  const char *text = "On Friday, September 20, 2024 the envoys met; yesterday evening they "
                     "spoke again, as last week and earlier this month. In mid-March and in "
                     "February, since 2019, on Tuesday and the previous day: 14/04/2023, "
                     "Sept. 3 and last December. The May talks; Theresa May in May 2020. "
                     "Today the THIS week, on monday.";
  static const ChDay ref = { 2023, 5, 18 };
  g_autoptr(GArray) tokens = ch_tokenize (text, strlen (text));
  const ChToken *toks = (const ChToken *) tokens->data;
  g_autofree guint16 *classes = g_new0 (guint16, tokens->len);
  g_autoptr(GArray) plain = ch_date_scan_tokens (text, toks, tokens->len, &ref);
  g_autoptr(GArray) with_classes = NULL;
  guint n_words;
  const char *const *words = ch_date_get_words (&n_words);

  for (guint i = 0; i < tokens->len; i++)
    for (guint k = 0; k < n_words; k++)
      if ((toks[i].flags & CH_TOKEN_WORD) && toks[i].len == strlen (words[k]) &&
          g_ascii_strncasecmp (text + toks[i].start, words[k], toks[i].len) == 0)
        classes[i] |= 1 << 3;

  with_classes = ch_date_scan_tokens_classes (text, toks, tokens->len, classes, 1 << 3, NULL);
  g_assert_cmpuint (plain->len, >=, 10);
  g_assert_cmpuint (with_classes->len, ==, plain->len);
  ch_date_resolve (text, toks, tokens->len, with_classes, &ref);
  for (guint i = 0; i < plain->len; i++)
    {
      const ChDateMatch *a = &g_array_index (plain, ChDateMatch, i);
      const ChDateMatch *b = &g_array_index (with_classes, ChDateMatch, i);

      g_assert_cmpuint (a->first_token, ==, b->first_token);
      g_assert_cmpuint (a->n_tokens, ==, b->n_tokens);
      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpint (a->relative, ==, b->relative);
      g_assert_cmpuint (a->day.year, ==, b->day.year);
      g_assert_cmpuint (a->day.month, ==, b->day.month);
      g_assert_cmpuint (a->day.day, ==, b->day.day);
    }
}

static void
test_dateline (void)
{
  static const struct {
    const char *text;
    const char *city;
    const char *iso;
    const char *agency;
    const char *rest;
  } cases[] = {
    { "Samarkand, 14 April 2023 (TDI): Hina Rabbani Khar met", "Samarkand", "2023-04-14", "TDI", " Hina" },
    { "NEW DELHI, July 8 (Reuters) - India said", "NEW DELHI", "2024-07-08", "Reuters", " India" },
    { "ISLAMABAD: Senate Chairman said", "ISLAMABAD", "", NULL, " Senate" },
    { "Islamabad, Senator Mushahid hosted", "Islamabad", "", NULL, " Senator" },
    { "MOSCOW (AP) — Russia and", "MOSCOW", "", "AP", " Russia" },
    { "date 2025-04-06 ISLAMABAD: Senate Chairman", "ISLAMABAD", "2025-04-06", NULL, " Senate" },
    { "ST. PETERSBURG, June 5 - Talks", "ST. PETERSBURG", "2024-06-05", NULL, " Talks" },
    { "ISTANBUL - Russia and Ukraine signed", "ISTANBUL", "", NULL, " Russia" },
    { "NUR-SULTAN: Talks", "NUR-SULTAN", "", NULL, " Talks" },
  };
  static const ChDay ref = { 2024, 9, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ChDateline dl;
      g_autofree char *city = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_true (ch_date_parse_dateline (cases[i].text, strlen (cases[i].text), &ref, &dl));
      city = g_strndup (cases[i].text + dl.city_start, dl.city_end - dl.city_start);
      iso = ch_day_format (&dl.day);
      g_assert_cmpstr (city, ==, cases[i].city);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      if (cases[i].agency != NULL)
        {
          g_autofree char *agency = g_strndup (cases[i].text + dl.agency_start,
                                               dl.agency_end - dl.agency_start);

          g_assert_cmpstr (agency, ==, cases[i].agency);
        }
      g_assert_true (g_str_has_prefix (cases[i].text + dl.end, cases[i].rest));
    }

  {
    ChDateline dl;
    const char *text = "the two sides met in Moscow";

    g_assert_false (ch_date_parse_dateline (text, strlen (text), NULL, &dl));
  }
}

/* The dateline read from a document's tokens is the one read from its
 * text, also when the 400 bytes looked at end inside a word or a
 * character, or the line starts with a possessive. */
static void
test_dateline_tokens (void)
{
  static const char *const lines[] = {
    "Samarkand, 14 April 2023 (TDI): Hina Rabbani Khar met",
    "NEW DELHI, July 8 (Reuters) - India said",
    "date 2025-04-06 ISLAMABAD: Senate Chairman",
    "ST. PETERSBURG, June 5 - Talks",
    "’s MOSCOW: Talks",
    "the two sides met in Moscow",
  };
  static const char *const tails[] = {
    "14 September 2023 (TDI): Talks",
    "(Agência Brasil) — Talks",
    "September 14, 2023 — Talks",
  };
  static const ChDay ref = { 2024, 9, 1 };
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_ptr_array_add (texts, g_strdup (lines[i]));
  /* a dateline whose words run past the 400th byte, cut at each byte */
  for (guint t = 0; t < G_N_ELEMENTS (tails); t++)
    for (guint pad = 360; pad < 400; pad++)
      g_ptr_array_add (texts, g_strdup_printf ("MOSCOW,%*s%s", (int) pad, "", tails[t]));

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *text = g_strconcat ("A headline\n\n", texts->pdata[i], NULL);
      g_autoptr(GArray) tokens = ch_tokenize (text, strlen (text));
      const ChToken *toks = (const ChToken *) tokens->data;
      guint first = 2;   /* "A", "headline" */
      gsize base = toks[first].start;
      ChDateline a, b;
      gboolean found_a, found_b;

      g_test_message ("%s", (const char *) texts->pdata[i]);
      found_a = ch_date_parse_dateline (text + base, strlen (text) - base, &ref, &a);
      found_b = ch_date_parse_dateline_tokens (text, strlen (text), toks, tokens->len, first,
                                               &ref, &b);
      g_assert_cmpint (found_a, ==, found_b);
      g_assert_cmpuint (a.city_start, ==, b.city_start);
      g_assert_cmpuint (a.city_end, ==, b.city_end);
      g_assert_cmpuint (a.end, ==, b.end);
      g_assert_cmpuint (a.agency_start, ==, b.agency_start);
      g_assert_cmpuint (a.agency_end, ==, b.agency_end);
      g_assert_cmpuint (ch_day_sort_key (&a.day), ==, ch_day_sort_key (&b.day));
    }
  g_ptr_array_unref (texts);

  {
    /* from a possessive on: alone, "’" and "s" are two tokens */
    const char *text = "Moscow’s ANKARA: Talks";
    g_autoptr(GArray) tokens = ch_tokenize (text, strlen (text));
    const ChToken *toks = (const ChToken *) tokens->data;
    ChDateline a, b;

    g_assert_true (toks[1].flags & CH_TOKEN_POSSESSIVE);
    g_assert_cmpint (ch_date_parse_dateline (text + toks[1].start, strlen (text) - toks[1].start,
                                             NULL, &a), ==,
                     ch_date_parse_dateline_tokens (text, strlen (text), toks, tokens->len, 1,
                                                    NULL, &b));
    g_assert_cmpuint (a.end, ==, b.end);
  }
}

static void
test_long_input (void)
{
  /* 200 KB of digits, slashes and month names: linear and bounded */
  GString *s = g_string_new (NULL);
  g_autoptr(GArray) matches = NULL;

  while (s->len < 200000)
    g_string_append (s, "12/ May 2020- April 3 4.5.6 on Monday ");
  matches = ch_date_scan (s->str, s->len, NULL);
  g_assert_cmpuint (matches->len, >, 0);
  g_string_free (s, TRUE);
}

/* After a capitalised word, "May" is a surname ("when Theresa May hosted
 * the summit") unless a number follows it or the word before introduces
 * a month ("In May", "Tuesday, May 5"). */
static void
test_may_after_a_name (void)
{
  static const struct { const char *text; guint n; } cases[] = {
    { "when Theresa May hosted the summit in Kent", 0 },
    { "Prime Minister Theresa May said", 0 },
    { "In May 2019 the leaders met", 1 },
    { "the talks of Tuesday May 5 2020 ended", 1 },
    { "held in early May 2018", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) matches = ch_date_scan (cases[i].text, strlen (cases[i].text), NULL);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (matches->len, ==, cases[i].n);
    }
}

/* Days of the year known by name: the latest one on or before the
 * reference */
static void
test_named_days (void)
{
  const char *text = "The leaders met on New Year's Day and spoke again on Christmas Eve; the "
                     "talks on new year plans went on.";
  static const ChDay ref = { 2024, 12, 12 };
  static const struct { const char *words; const char *iso; } expected[] = {
    { "on New Year's Day", "2024-01-01" },
    { "on Christmas Eve", "2023-12-24" },
  };
  g_autoptr(GArray) matches = ch_date_scan (text, strlen (text), &ref);

  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < matches->len; i++)
    {
      const ChDateMatch *m = &g_array_index (matches, ChDateMatch, i);
      g_autofree char *words = g_strndup (text + m->start, m->end - m->start);
      g_autofree char *iso = ch_day_format (&m->day);

      g_assert_cmpstr (words, ==, expected[i].words);
      g_assert_cmpstr (iso, ==, expected[i].iso);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/absolute", test_absolute);
  g_test_add_func ("/core/date/relative", test_relative);
  g_test_add_func ("/core/date/relative-without-reference", test_relative_without_reference);
  g_test_add_func ("/core/date/scan", test_scan_in_text);
  g_test_add_func ("/core/date/scan-classes-resolve", test_scan_classes_and_resolve);
  g_test_add_func ("/core/date/dateline", test_dateline);
  g_test_add_func ("/core/date/dateline-tokens", test_dateline_tokens);
  g_test_add_func ("/core/date/long-input", test_long_input);
  g_test_add_func ("/core/date/may-after-a-name", test_may_after_a_name);
  g_test_add_func ("/core/date/named-days", test_named_days);

  return g_test_run ();
}
