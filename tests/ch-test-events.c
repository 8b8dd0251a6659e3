/* ch-test-events.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ch-test-events.h"

/*
 * Events shaped like the extractor's: two or three sides out of some sixty
 * countries, participants out of a pool of a few thousand names, a city,
 * a couple of topics, now and then an organization, a source with a title
 * shared by the few events of one article, and an evidence sentence of
 * ordinary length. Deterministic for a seed.
 */

static const char * const countries[] = {
  "PK", "RU", "IN", "CN", "UZ", "TR", "IR", "AF", "KZ", "KG", "TJ", "TM",
  "AZ", "AM", "GE", "BY", "UA", "US", "GB", "FR", "DE", "IT", "ES", "JP",
  "KR", "SA", "AE", "QA", "EG", "ZA", "NG", "BR", "AR", "MX", "CA", "AU",
  "ID", "MY", "TH", "VN", "BD", "LK", "NP", "MN", "IQ", "SY", "JO", "IL",
  "PL", "HU", "RS", "GR", "CY", "ET", "KE", "DZ", "MA", "TN", "CU", "VE",
};

static const char * const cities[] = {
  "Moscow", "Islamabad", "New Delhi", "Beijing", "Tashkent", "Ankara",
  "Tehran", "Kabul", "Astana", "Bishkek", "Dushanbe", "Baku", "Geneva",
  "New York", "Samarkand", "Goa", "Saint Petersburg", "Minsk", "Riyadh",
};

static const char * const first_names[] = {
  "Sergey", "Valentina", "Yousaf", "Ishaq", "Wang", "Subrahmanyam", "Bakhtiyor",
  "Hakan", "Abbas", "Amir", "Murat", "Jeenbek", "Sirojiddin", "Jeyhun", "Ararat",
  "Maxim", "Dmytro", "Antony", "David", "Catherine", "Annalena", "Antonio",
  "Jose", "Yoko", "Park", "Faisal", "Abdullah", "Mohammed", "Sameh", "Naledi",
  "Yusuf", "Mauro", "Santiago", "Marcelo", "Melanie", "Penny", "Retno", "Zambry",
};

static const char * const last_names[] = {
  "Lavrov", "Matvienko", "Gilani", "Dar", "Yi", "Jaishankar", "Saidov", "Fidan",
  "Araghchi", "Muttaqi", "Nurtleu", "Kulubaev", "Muhriddin", "Bayramov",
  "Mirzoyan", "Ryzhenkov", "Kuleba", "Blinken", "Lammy", "Colonna", "Baerbock",
  "Tajani", "Albares", "Kamikawa", "Jin", "Farhan", "Al Nahyan", "Al Thani",
  "Shoukry", "Pandor", "Tuggar", "Vieira", "Cafiero", "Ebrard", "Joly", "Wong",
};

static const char * const orgs[] = { "SCO", "UN", "BRICS", "CIS", "EAEU", "ASEAN", "G20", "OIC" };

static const char * const topics[] = {
  "trade", "investment", "finance", "energy", "industry", "agriculture",
  "health", "technology", "connectivity", "defense", "security", "peace",
  "water", "climate", "education_culture", "governance", "parliamentary",
  "multilateral",
};

static const char * const roles[] = {
  "Foreign Minister", "Prime Minister", "President", "Speaker",
  "Chairman of the Senate", "Deputy Foreign Minister", "Ambassador",
};

#define PICK(rand, array) (array[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

GPtrArray *
ch_test_make_events (guint n,
                     guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *events = g_ptr_array_new_full (n, g_object_unref);
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;

  for (guint i = 0; i < n; i++)
    {
      ChEvent *event = ch_event_new ();
      ChDay day = { (guint16) g_rand_int_range (rand, 2015, 2026),
                    (guint8) g_rand_int_range (rand, 1, 13),
                    (guint8) g_rand_int_range (rand, 1, 29) };
      const char *sides[4] = { NULL, NULL, NULL, NULL };
      char *people[4] = { NULL, NULL, NULL, NULL };
      const char *people_roles[4] = { NULL, NULL, NULL, NULL };
      const char *event_orgs[2] = { NULL, NULL };
      const char *event_topics[4] = { NULL, NULL, NULL, NULL };
      const char *sources[2] = { NULL, NULL };
      guint n_sides = g_rand_int_range (rand, 0, 4) == 0 ? 3 : 2;
      guint n_people = g_rand_int_range (rand, 1, 4);
      g_autofree char *evidence = NULL;
      g_autofree char *event_id = NULL;

      /* A few events per article. */
      if (i % 3 == 0)
        {
          g_free (source);
          g_free (title);
          source = g_strdup_printf ("/home/analyst/news/%04u/article-%07u.html",
                                    day.year, i / 3);
          title = g_strdup_printf ("%s and %s discuss %s",
                                   PICK (rand, cities), PICK (rand, cities), PICK (rand, topics));
        }

      if (g_rand_int_range (rand, 0, 20) == 0)
        day = (ChDay) { day.year, 0, 0 };
      else if (g_rand_int_range (rand, 0, 30) == 0)
        day = (ChDay) { 0 };
      ch_event_set_date (event, &day);
      ch_event_set_event_type (event, g_rand_int_range (rand, 0, CH_N_EVENT_TYPES));

      for (guint s = 0; s < n_sides; s++)
        sides[s] = PICK (rand, countries);
      ch_event_set_countries (event, sides);

      for (guint p = 0; p < n_people; p++)
        {
          people[p] = g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, last_names));
          people_roles[p] = PICK (rand, roles);
        }
      ch_event_set_participants (event, (const char * const *) people, people_roles);
      ch_event_set_mentions (event, (const char * const *) people);

      if (g_rand_int_range (rand, 0, 4) == 0)
        event_orgs[0] = PICK (rand, orgs);
      ch_event_set_organizations (event, event_orgs);

      event_topics[0] = PICK (rand, topics);
      if (g_rand_boolean (rand))
        event_topics[1] = PICK (rand, topics);
      ch_event_set_topics (event, event_topics);

      ch_event_set_location (event, PICK (rand, cities));
      ch_event_set_location_country (event, sides[0]);
      sources[0] = source;
      ch_event_set_sources (event, sources);
      ch_event_set_source_title (event, title);

      evidence = g_strdup_printf ("%s met %s in %s on %u %s and discussed %s, %s and regional issues.",
                                  people[0], people[1] ? people[1] : "his counterpart",
                                  ch_event_get_location (event), day.day,
                                  day.month ? "March" : "spring",
                                  event_topics[0], event_topics[1] ? event_topics[1] : "cooperation");
      ch_event_set_evidence (event, evidence, 100 + i % 1000, 100 + i % 1000 + strlen (evidence));
      ch_event_set_confidence (event, 0.5 + g_rand_double (rand) / 2.0);
      event_id = g_strdup_printf ("%016x", g_str_hash (source) ^ (i * 2654435761u));
      ch_event_set_event_id (event, event_id);

      for (guint p = 0; p < n_people; p++)
        g_free (people[p]);

      g_ptr_array_add (events, event);
    }

  return events;
}
