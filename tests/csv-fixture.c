/* csv-fixture.c: writes events with awkward text to a CSV for check-csv.py
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: csv-fixture [--bom] OUT.csv EXPECTED
 *
 * OUT.csv is written by ch_csv_save(); EXPECTED receives every cell's text
 * as ch_event_dup_field() gives it (before quoting and the formula guard),
 * each cell followed by a NUL byte, so that a real CSV parser can check
 * that every field comes back exactly.
 */

#include "config.h"

#include <string.h>

#include "ch-csv.h"
#include "ch-event.h"

static const char * const awkward[] = {
  "plain words",
  "",
  "comma, inside",
  "ends with a comma,",
  ",starts with a comma",
  "a \"quoted\" word",
  "\"",
  "\"\"",
  "line\nbreak",
  "line\r\nbreak",
  "carriage\rreturn",
  "trailing newline\n",
  "  leading and trailing spaces  ",
  "semi; colons; inside",
  "=SUM(A1:A9)",
  "+33 1 00 00 00 00",
  "-minus first",
  "@handle",
  "\tTAB first",
  "\rCR first",
  "'already a quote",
  "Сергей Викторович Лавров",
  "Министерство иностранных дел, Москва",
  "عبد الله بن زايد آل نهيان",
  "وزير الخارجية \"الإماراتي\"",
  "王毅",
  "中华人民共和国外交部，北京",
  "Ngozi Okonjo-Iweala 🌍",
  "mixed: Łódź, Zürich, İzmir\r\n\"end\"",
  "=\"\"",
};

static ChEvent *
make_event (guint i)
{
  guint n = G_N_ELEMENTS (awkward);
  ChEvent *event = ch_event_new ();
  ChDay day = { 2020 + i % 5, 1 + i % 12, i % 3 == 0 ? 0 : 1 + i % 28 };
  const char *participants[] = { awkward[i % n], awkward[(i + 7) % n], NULL };
  const char *roles[] = { awkward[(i + 3) % n], awkward[(i + 11) % n], NULL };
  const char *countries[] = { "RU", i % 2 ? "AE" : "CN", NULL };
  const char *organizations[] = { awkward[(i + 5) % n], NULL };
  const char *topics[] = { "trade", "energy", NULL };
  const char *sources[] = { awkward[(i + 13) % n], "second source.txt", NULL };
  const char *evidence = awkward[(i + 17) % n];

  if (i % 4 != 3)
    ch_event_set_date (event, &day);
  ch_event_set_event_type (event, i % CH_N_EVENT_TYPES);
  ch_event_set_location (event, awkward[(i + 1) % n]);
  ch_event_set_location_country (event, "AE");
  ch_event_set_venue (event, awkward[(i + 2) % n]);
  ch_event_set_occasion (event, awkward[(i + 4) % n]);
  ch_event_set_participants (event, participants, roles);
  ch_event_set_countries (event, countries);
  ch_event_set_organizations (event, organizations);
  ch_event_set_topics (event, topics);
  ch_event_set_sources (event, sources);
  ch_event_set_source_title (event, awkward[(i + 19) % n]);
  ch_event_set_evidence (event, evidence, i * 10, i * 10 + strlen (evidence));
  ch_event_set_confidence (event, (i % 101) / 100.0);
  ch_event_set_date_text (event, awkward[(i + 23) % n]);
  ch_event_set_dateline (event, awkward[(i + 29) % n]);
  ch_event_set_reports (event, 1 + i % 3);
  ch_event_compute_id (event);

  return event;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GListStore) store = g_list_store_new (CH_TYPE_EVENT);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const *names = ch_event_get_field_names ();
  gboolean bom = FALSE;
  int first = 1;

  if (argc > 1 && strcmp (argv[1], "--bom") == 0)
    {
      bom = TRUE;
      first = 2;
    }
  if (argc - first != 2)
    {
      g_printerr ("Usage: %s [--bom] OUT.csv EXPECTED\n", argv[0]);
      return 2;
    }

  /* Three times round the list, so that every string lands in every
   * column at least once. */
  for (guint i = 0; i < 3 * G_N_ELEMENTS (awkward); i++)
    {
      g_autoptr(ChEvent) event = make_event (i);

      for (guint f = 0; names[f] != NULL; f++)
        {
          g_autofree char *value = ch_event_dup_field (event, names[f]);

          g_string_append (expected, value);
          g_string_append_c (expected, '\0');
        }
      g_list_store_append (store, event);
    }

  if (!ch_csv_save (argv[first], G_LIST_MODEL (store), bom, &error) ||
      !g_file_set_contents (argv[first + 1], expected->str, expected->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
