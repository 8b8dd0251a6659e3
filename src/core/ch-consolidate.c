/* ch-consolidate.c: raw events of many documents -> the corpus's events
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every document yields its own events; when several outlets report one
 * meeting, the corpus must list it once with all its sources. Two events of
 * different documents are one when their dates are compatible (equal, one
 * a refinement of the other, or a day apart for time zones) and they share
 * a canonical participant, or, lacking named people, they have the same
 * sides, type and place. Only the sources, reports and canonical
 * participants of the events are rewritten, so running it again over the
 * same raw events gives the same result.
 */

#define G_LOG_DOMAIN "ch-consolidate"

#include "config.h"

#include <string.h>

#include "ch-consolidate.h"
#include "ch-date.h"
#include "ch-gazetteer.h"

typedef struct
{
  ChEvent   *event;        /* the representative */
  GPtrArray *sources;      /* char*, not owned */
  GPtrArray *documents;    /* ChDocument*, not owned, to merge only across documents */
  GPtrArray *members;      /* ChEvent*, not owned: every report, the representative first */
} Group;

static gboolean
dates_compatible (const ChDay *a,
                  const ChDay *b)
{
  if (a->year == 0 || b->year == 0)
    return a->year == 0 && b->year == 0;
  if (a->year != b->year)
    {
      ChDay x = *a;

      /* 31 December and 1 January */
      ch_day_add_days (&x, 1);
      return a->day != 0 && b->day != 0 && x.year == b->year && x.month == b->month &&
             x.day == b->day;
    }
  if (a->month == 0 || b->month == 0)
    return TRUE;
  if (a->month != b->month)
    {
      ChDay x = *a, y = *b;

      if (a->day == 0 || b->day == 0)
        return FALSE;
      ch_day_add_days (&x, 1);
      ch_day_add_days (&y, 1);
      return (x.month == b->month && x.day == b->day) || (y.month == a->month && y.day == a->day);
    }
  if (a->day == 0 || b->day == 0)
    return TRUE;
  return ABS ((int) a->day - (int) b->day) <= 1;
}

/* The participants are canonical names by now: ChAliases has put every
 * spelling of a person, in either order of the words ("Kishida Fumio",
 * "Fumio Kishida"), under one name, and a spelling the user split off
 * under its own. Equal names are one person, and only they. */
static gboolean
names_contain (const char * const *names,
               const char         *name)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((char **) a) : 0;
  guint nb = b != NULL ? g_strv_length ((char **) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;
  return TRUE;
}

static gboolean
countries_compatible (const char * const *a,
                      const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((char **) a) : 0;
  guint nb = b != NULL ? g_strv_length ((char **) b) : 0;

  if (na < 2 || nb < 2)
    return TRUE;
  return strv_equal (a, b);
}

static gboolean
has_any (const char * const *v)
{
  return v != NULL && v[0] != NULL;
}

/* "Naypyitaw" in one report and "Naypyidaw" in another: two spellings the
 * gazetteer lists for one city. Two cities of one country that merely share
 * a first letter (Moscow, Murmansk) are not one place. */
static gboolean
one_city_spelt_apart (ChEvent *a,
                      ChEvent *b)
{
  const char *la = ch_event_get_location (a);
  const char *lb = ch_event_get_location (b);
  ChGazetteer *gazetteer;
  const ChGazEntry *ea, *eb;

  if (la == NULL || lb == NULL || *la == '\0' || *lb == '\0' || strcmp (la, lb) == 0 ||
      g_strcmp0 (ch_event_get_location_country (a), ch_event_get_location_country (b)) != 0)
    return FALSE;
  gazetteer = ch_gazetteer_get_default ();
  ea = ch_gazetteer_lookup (gazetteer, CH_GAZ_CITY, la);
  eb = ch_gazetteer_lookup (gazetteer, CH_GAZ_CITY, lb);
  return ea != NULL && eb != NULL && ea->name == eb->name;
}

static gboolean
same_event (ChEvent *a,
            ChEvent *b)
{
  const char *la = ch_event_get_location (a);
  const char *lb = ch_event_get_location (b);
  gboolean spelt_apart = one_city_spelt_apart (a, b);
  gboolean places_agree = la == NULL || lb == NULL || *la == '\0' || *lb == '\0' ||
                          strcmp (la, lb) == 0 || spelt_apart;
  gboolean same_place = la != NULL && lb != NULL && *la != '\0' && (strcmp (la, lb) == 0 || spelt_apart);
  const ChDay *da = ch_event_get_date (a);
  const ChDay *db = ch_event_get_date (b);
  const char * const *pa = ch_event_get_participants (a);
  const char * const *pb = ch_event_get_participants (b);

  if (!dates_compatible (da, db) || !places_agree)
    return FALSE;
  if (!countries_compatible (ch_event_get_countries (a), ch_event_get_countries (b)))
    return FALSE;
  /* without any date, only the same people at the same place */
  if (da->year == 0 && !same_place)
    return FALSE;

  if (has_any (pa) && has_any (pb))
    {
      gboolean overlap = FALSE, extra_a = FALSE, extra_b = FALSE;

      for (guint i = 0; pa[i] != NULL; i++)
        {
          if (names_contain (pb, pa[i]))
            overlap = TRUE;
          else
            extra_a = TRUE;
        }
      for (guint i = 0; pb[i] != NULL; i++)
        if (!names_contain (pa, pb[i]))
          extra_b = TRUE;
      if (!overlap)
        return FALSE;
      /* Lavrov meeting Khar and Lavrov meeting Wang are two meetings: each
       * has someone the other lacks. One report may just name fewer. */
      return !(extra_a && extra_b);
    }

  /* a report naming no one: the same sides, kind and place on that date */
  return da->year != 0 && same_place &&
         ch_event_get_event_type (a) == ch_event_get_event_type (b) &&
         has_any (ch_event_get_countries (a)) &&
         strv_equal (ch_event_get_countries (a), ch_event_get_countries (b));
}

static void
set_canonical_participants (ChEvent   *event,
                            ChAliases *aliases)
{
  const char * const *mentions = ch_event_get_mentions (event);
  const char * const *participants = ch_event_get_participants (event);
  const char * const *roles = ch_event_get_roles (event);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_roles = g_ptr_array_new ();

  if (mentions == NULL || mentions[0] == NULL)
    mentions = participants;
  if (mentions == NULL)
    return;

  for (guint i = 0; mentions[i] != NULL; i++)
    {
      const char *name = ch_aliases_lookup (aliases, mentions[i]);
      const char *role = roles != NULL && i < g_strv_length ((char **) roles) ? roles[i] : "";
      gboolean seen = FALSE;

      if (name == NULL)
        name = mentions[i];
      for (guint k = 0; k < names->len; k++)
        if (strcmp (names->pdata[k], name) == 0)
          seen = TRUE;
      if (seen)
        continue;
      g_ptr_array_add (names, (gpointer) name);
      g_ptr_array_add (new_roles, (gpointer) role);
    }
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (new_roles, NULL);

  {
    /* copy first: the event frees its old vectors while setting */
    g_auto(GStrv) n = g_strdupv ((char **) names->pdata);
    g_auto(GStrv) r = g_strdupv ((char **) new_roles->pdata);

    ch_event_set_participants (event, (const char * const *) n, (const char * const *) r);
  }
}

static int
compare_events_cb (gconstpointer a,
                   gconstpointer b)
{
  return ch_event_compare (*(ChEvent * const *) a, *(ChEvent * const *) b);
}

static int
compare_confidence_cb (gconstpointer a,
                       gconstpointer b)
{
  ChEvent *ea = *(ChEvent * const *) a;
  ChEvent *eb = *(ChEvent * const *) b;
  double ca = ch_event_get_confidence (ea);
  double cb = ch_event_get_confidence (eb);

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return ch_event_compare (ea, eb);
}

/* Appends to @out the items of @list that it does not hold yet. */
static void
add_missing (GPtrArray          *out,
             const char * const *list)
{
  for (guint k = 0; list != NULL && list[k] != NULL; k++)
    if (!g_ptr_array_find_with_equal_func (out, list[k], g_str_equal, NULL))
      g_ptr_array_add (out, (gpointer) list[k]);
}

static int
compare_strings_cb (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* One outlet reports that the leaders discussed trade and energy, another
 * that they discussed security and a third names the organizations they
 * spoke of: the event's subjects and organizations are those any of its
 * reports gives. The union of the sets is the same however often it is
 * taken, so consolidating again gives the same result. */
static void
merge_subjects (Group *group)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_autoptr(GPtrArray) orgs = g_ptr_array_new ();

  for (guint i = 0; i < group->members->len; i++)
    {
      ChEvent *member = group->members->pdata[i];

      add_missing (topics, ch_event_get_topics (member));
      add_missing (orgs, ch_event_get_organizations (member));
    }
  g_ptr_array_sort (topics, compare_strings_cb);
  g_ptr_array_add (topics, NULL);
  g_ptr_array_add (orgs, NULL);
  {
    /* copy first: the event frees its old vectors while setting */
    g_auto(GStrv) t = g_strdupv ((char **) topics->pdata);
    g_auto(GStrv) o = g_strdupv ((char **) orgs->pdata);

    ch_event_set_topics (group->event, (const char * const *) t);
    ch_event_set_organizations (group->event, (const char * const *) o);
  }
}

static void
group_free (Group *group)
{
  g_ptr_array_unref (group->sources);
  g_ptr_array_unref (group->documents);
  g_ptr_array_unref (group->members);
  g_free (group);
}

/**
 * ch_consolidate:
 * @raw_events: (element-type ChEvent): the events of every document, each
 *   still carrying its own document
 * @aliases: the corpus's aliases, rebuilt here
 *
 * Returns: (transfer container) (element-type ChEvent): the corpus's
 *   events, one per distinct event, in ch_event_compare() order; each one
 *   lists the sources of every document that reports it
 */
GPtrArray *
ch_consolidate (GPtrArray *raw_events,
                ChAliases *aliases)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GHashTable) by_name = NULL;
  g_autoptr(GHashTable) by_countries = NULL;
  GPtrArray *ret;

  g_return_val_if_fail (raw_events != NULL, NULL);
  g_return_val_if_fail (CH_IS_ALIASES (aliases), NULL);

  for (guint i = 0; i < raw_events->len; i++)
    {
      ChEvent *event = raw_events->pdata[i];
      ChDocument *document = ch_event_get_document (event);
      const char * const *sources = ch_event_get_sources (event);

      if (document != NULL)
        {
          const char *uri[2] = { ch_document_get_uri (document), NULL };

          ch_event_set_sources (event, uri);
        }
      else if (sources != NULL && sources[0] != NULL && sources[1] != NULL)
        {
          g_autofree char *first = g_strdup (sources[0]);
          const char *uri[2] = { first, NULL };

          ch_event_set_sources (event, uri);
        }
      ch_event_set_reports (event, 1);
    }

  ch_aliases_rebuild (aliases, raw_events);
  for (guint i = 0; i < raw_events->len; i++)
    set_canonical_participants (raw_events->pdata[i], aliases);

  /* the most confident report of an event represents it */
  /* not g_ptr_array_copy(): it would take the free function of @raw_events */
  order = g_ptr_array_sized_new (raw_events->len);
  for (guint i = 0; i < raw_events->len; i++)
    g_ptr_array_add (order, raw_events->pdata[i]);
  g_ptr_array_sort (order, compare_confidence_cb);

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  by_countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < order->len; i++)
    {
      ChEvent *event = order->pdata[i];
      ChDocument *document = ch_event_get_document (event);
      const char * const *names = ch_event_get_participants (event);
      g_autofree char *countries = ch_event_dup_field (event, "countries");
      Group *found = NULL;
      GPtrArray *candidates[8];
      guint n_candidates = 0;
      const char *source;

      for (guint k = 0; names != NULL && names[k] != NULL && n_candidates < 7; k++)
        {
          GPtrArray *list = g_hash_table_lookup (by_name, names[k]);

          if (list != NULL)
            candidates[n_candidates++] = list;
        }
      if (g_hash_table_lookup (by_countries, countries) != NULL)
        candidates[n_candidates++] = g_hash_table_lookup (by_countries, countries);

      /* a report of a signing and of the talks around it are both
       * candidates for another outlet's signing: the one of the same kind
       * first, any kind only after */
      for (guint pass = 0; pass < 2 && found == NULL; pass++)
        for (guint c = 0; c < n_candidates && found == NULL; c++)
          for (guint k = 0; k < candidates[c]->len && found == NULL; k++)
            {
              Group *group = candidates[c]->pdata[k];

              if (document != NULL && g_ptr_array_find (group->documents, document, NULL))
                continue;
              if (pass == 0 &&
                  ch_event_get_event_type (group->event) != ch_event_get_event_type (event))
                continue;
              if (same_event (group->event, event))
                found = group;
            }

      source = ch_event_get_sources (event) != NULL ? ch_event_get_sources (event)[0] : NULL;
      if (found == NULL)
        {
          found = g_new0 (Group, 1);
          found->event = event;
          found->sources = g_ptr_array_new ();
          found->documents = g_ptr_array_new ();
          found->members = g_ptr_array_new ();
          g_ptr_array_add (groups, found);

          for (guint k = 0; names != NULL && names[k] != NULL; k++)
            {
              GPtrArray *list = g_hash_table_lookup (by_name, names[k]);

              if (list == NULL)
                {
                  list = g_ptr_array_new ();
                  g_hash_table_insert (by_name, (gpointer) names[k], list);
                }
              g_ptr_array_add (list, found);
            }
          if (*countries != '\0')
            {
              GPtrArray *list = g_hash_table_lookup (by_countries, countries);

              if (list == NULL)
                {
                  list = g_ptr_array_new ();
                  g_hash_table_insert (by_countries, g_strdup (countries), list);
                }
              g_ptr_array_add (list, found);
            }
        }
      if (source != NULL && !g_ptr_array_find_with_equal_func (found->sources, source, g_str_equal, NULL))
        g_ptr_array_add (found->sources, (gpointer) source);
      if (document != NULL)
        g_ptr_array_add (found->documents, document);
      else
        g_ptr_array_add (found->documents, event);
      g_ptr_array_add (found->members, event);
    }

  ret = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = groups->pdata[i];

      if (group->sources->len > 1)
        {
          g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_free);

          /* the representative's own source stays first: its id hashes it */
          for (guint k = 0; k < group->sources->len; k++)
            g_ptr_array_add (copy, g_strdup (group->sources->pdata[k]));
          g_ptr_array_add (copy, NULL);
          ch_event_set_sources (group->event, (const char * const *) copy->pdata);
        }
      ch_event_set_reports (group->event, MAX (1, group->documents->len));
      if (group->members->len > 1)
        merge_subjects (group);
      g_ptr_array_add (ret, g_object_ref (group->event));
    }

  g_ptr_array_sort (ret, compare_events_cb);
  return ret;
}
