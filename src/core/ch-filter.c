/* ch-filter.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-filter"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ch-filter.h"
#include "ch-text-index.h"

/*
 * ChFilter answers "which events does the analyst want to see" for a whole
 * corpus at once, fast enough for a million events.
 *
 * When the corpus changes, an index is built once: every facet value gets
 * an interned id and a posting list (the sorted corpus positions of the
 * events that carry it; a bitset for a value that many events have),
 * every event its date sort key, and the free-text fields are casefolded
 * once (short repeated strings such as names and titles are stored once
 * and referenced by id). The evidence sentences get an index of their
 * words (ch-text-index.c), built on a worker thread; until it is ready a
 * search reads the sentences. A filter change then works on bitsets of
 * corpus positions:
 * OR of the selected values' postings within a facet, AND across facets,
 * the date range and the text match. No per-event callback and no GObject
 * is touched, which is what keeps a refilter of 1,000,000 events in a few
 * milliseconds.
 *
 * ChFilter is also the GListModel the views show: the matching events in
 * the chosen sort order. The orders are permutations of corpus positions,
 * computed once per column and corpus, so that a sorted refilter is one
 * linear pass over a permutation rather than a sort.
 */

/* The fewest events a facet value needs to be kept as a bitset. */
#define DENSE_MIN 4096

#define ALL_FACETS ((1u << CH_N_FACETS) - 1)

/* A bitset over corpus positions; GLib has none. */
typedef struct
{
  guint64 *words;
  guint    n_words;
} Bits;

static void
bits_init (Bits  *bits,
           guint  n_bits)
{
  bits->n_words = (n_bits + 63) / 64;
  bits->words = g_new0 (guint64, MAX (bits->n_words, 1));
}

static void
bits_clear (Bits *bits)
{
  g_clear_pointer (&bits->words, g_free);
  bits->n_words = 0;
}

static inline void
bits_set (Bits  *bits,
          guint  i)
{
  bits->words[i >> 6] |= G_GUINT64_CONSTANT (1) << (i & 63);
}

static inline gboolean
bits_get (const Bits *bits,
          guint       i)
{
  return (bits->words[i >> 6] >> (i & 63)) & 1;
}

static void
bits_fill (Bits  *bits,
           guint  n_bits)
{
  memset (bits->words, 0xff, bits->n_words * sizeof (guint64));
  if (n_bits % 64 != 0)
    bits->words[bits->n_words - 1] = (G_GUINT64_CONSTANT (1) << (n_bits % 64)) - 1;
  else if (n_bits == 0)
    bits->words[0] = 0;
}

static void
bits_zero (Bits *bits)
{
  memset (bits->words, 0, MAX (bits->n_words, 1) * sizeof (guint64));
}

static void
bits_and (Bits       *dest,
          const Bits *src)
{
  for (guint i = 0; i < dest->n_words; i++)
    dest->words[i] &= src->words[i];
}

static void
bits_copy (Bits       *dest,
           const Bits *src)
{
  memcpy (dest->words, src->words, src->n_words * sizeof (guint64));
}

static gboolean
bits_is_subset (const Bits *a,
                const Bits *b)
{
  for (guint i = 0; i < a->n_words; i++)
    if ((a->words[i] & ~b->words[i]) != 0)
      return FALSE;
  return TRUE;
}

typedef struct
{
  GHashTable *ids;        /* value (in the chunk) -> id + 1 */
  GPtrArray  *values;     /* id -> value */
  guint      *offsets;    /* id -> first posting; n_values + 1 entries */
  guint32    *postings;   /* corpus positions, sorted within each value */
  guint      *totals;     /* id -> events with the value */
  guint64   **dense;      /* id -> bitset of a frequent value, else NULL */
  guint      *counts;     /* id -> live count */
  guint8     *selected;   /* id -> selected */
  guint       n_selected;
} FacetIndex;

struct _ChFilter
{
  GObject       parent_instance;

  ChCorpus     *corpus;
  GStringChunk *strings;

  /* The index, rebuilt when the corpus changes */
  guint         n_events;
  ChEvent     **events;          /* borrowed from the corpus */
  FacetIndex    facets[CH_N_FACETS];
  guint32      *date_keys;
  guint32       first_date;
  guint32       last_date;
  GPtrArray    *text_strings;    /* unique casefolded short strings */
  guint        *text_offsets;    /* event -> first text id; n_events + 1 */
  guint32      *text_ids;
  ChTextIndex  *text_index;      /* words of the evidence; NULL until built */
  GCancellable *text_index_cancellable;
  guint32      *orders[CH_N_SORT_COLUMNS];

  /* The filter */
  guint32       range_start;
  guint32       range_end;
  char         *text;
  char         *text_folded;
  ChSortColumn  sort_column;
  gboolean      sort_descending;

  /* The result */
  Bits          facet_bits[CH_N_FACETS];
  Bits          date_bits;
  Bits          text_bits;
  Bits          result;
  Bits          scratch;
  guint         n_matches;
  guint         counts_dirty;    /* a bit per facet whose counts are stale */
  guint32      *visible;
  guint         n_visible;
};

static void list_model_iface_init (GListModelInterface *iface);
static void start_text_index (ChFilter *self);

G_DEFINE_FINAL_TYPE_WITH_CODE (ChFilter, ch_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_N_ITEMS,
  PROP_TEXT,
  PROP_RANGE_START,
  PROP_RANGE_END,
  N_PROPS
};

enum {
  CHANGED,
  INDEX_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Index */

static void
facet_index_clear (FacetIndex *fi)
{
  if (fi->dense != NULL)
    for (guint v = 0; v < fi->values->len; v++)
      g_free (fi->dense[v]);
  g_clear_pointer (&fi->dense, g_free);
  g_clear_pointer (&fi->ids, g_hash_table_unref);
  g_clear_pointer (&fi->values, g_ptr_array_unref);
  g_clear_pointer (&fi->offsets, g_free);
  g_clear_pointer (&fi->postings, g_free);
  g_clear_pointer (&fi->totals, g_free);
  g_clear_pointer (&fi->counts, g_free);
  g_clear_pointer (&fi->selected, g_free);
  fi->n_selected = 0;
}

static void
index_clear (ChFilter *self)
{
  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      facet_index_clear (&self->facets[f]);
      bits_clear (&self->facet_bits[f]);
    }
  for (guint s = 0; s < CH_N_SORT_COLUMNS; s++)
    g_clear_pointer (&self->orders[s], g_free);
  g_clear_pointer (&self->date_keys, g_free);
  g_clear_pointer (&self->events, g_free);
  g_clear_pointer (&self->text_strings, g_ptr_array_unref);
  g_clear_pointer (&self->text_offsets, g_free);
  g_clear_pointer (&self->text_ids, g_free);
  if (self->text_index_cancellable != NULL)
    g_cancellable_cancel (self->text_index_cancellable);
  g_clear_object (&self->text_index_cancellable);
  g_clear_pointer (&self->text_index, ch_text_index_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  bits_clear (&self->date_bits);
  bits_clear (&self->text_bits);
  bits_clear (&self->result);
  bits_clear (&self->scratch);
  self->n_events = 0;
}

/* Calls @func for every value @event has in @facet. */
static void
foreach_event_value (ChEvent  *event,
                     ChFacet   facet,
                     void    (*func) (const char *value, gpointer data),
                     gpointer  data)
{
  const char * const *values = NULL;

  switch (facet)
    {
    case CH_FACET_COUNTRY:
      values = ch_event_get_countries (event);
      break;
    case CH_FACET_PARTICIPANT:
      values = ch_event_get_participants (event);
      break;
    case CH_FACET_ORGANIZATION:
      values = ch_event_get_organizations (event);
      break;
    case CH_FACET_TOPIC:
      values = ch_event_get_topics (event);
      break;
    case CH_FACET_TYPE:
      func (ch_event_type_to_slug (ch_event_get_event_type (event)), data);
      return;
    default:
      g_assert_not_reached ();
    }

  for (guint i = 0; values[i] != NULL; i++)
    if (values[i][0] != '\0')
      func (values[i], data);
}

typedef struct
{
  ChFilter   *self;
  FacetIndex *fi;
  GArray     *pairs;     /* (value id, position) as two guint32 */
  guint32     position;
} CollectData;

static void
collect_value_cb (const char *value,
                  gpointer    data)
{
  CollectData *cd = data;
  gpointer id_plus_one;
  guint32 pair[2];

  id_plus_one = g_hash_table_lookup (cd->fi->ids, value);
  if (id_plus_one == NULL)
    {
      char *stored = g_string_chunk_insert_const (cd->self->strings, value);

      g_ptr_array_add (cd->fi->values, stored);
      id_plus_one = GUINT_TO_POINTER (cd->fi->values->len);
      g_hash_table_insert (cd->fi->ids, stored, id_plus_one);
    }

  pair[0] = GPOINTER_TO_UINT (id_plus_one) - 1;
  pair[1] = cd->position;

  /* An event lists a value once, but a malformed one might not. */
  if (cd->pairs->len > 0)
    {
      const guint32 *last = &g_array_index (cd->pairs, guint32, cd->pairs->len - 2);

      if (last[1] == pair[1] && last[0] == pair[0])
        return;
    }
  g_array_append_vals (cd->pairs, pair, 2);
}

static void
build_facet (ChFilter *self,
             ChFacet   facet)
{
  FacetIndex *fi = &self->facets[facet];
  CollectData cd = { self, fi, NULL, 0 };
  guint n_values;
  guint *fill;

  fi->ids = g_hash_table_new (g_str_hash, g_str_equal);
  fi->values = g_ptr_array_new ();
  cd.pairs = g_array_sized_new (FALSE, FALSE, sizeof (guint32), self->n_events * 4);

  for (guint i = 0; i < self->n_events; i++)
    {
      cd.position = i;
      foreach_event_value (self->events[i], facet, collect_value_cb, &cd);
    }

  /* A value that many events have is kept as a bitset over the corpus,
   * which is then no larger than its posting list: counting it under a
   * filter is a popcount of an AND, not a lookup per event. The others
   * get posting lists, by a counting sort of the pairs; positions come
   * in ascending order, so each list ends up sorted. */
  n_values = fi->values->len;
  fi->totals = g_new0 (guint, MAX (n_values, 1));
  for (guint p = 0; p < cd.pairs->len; p += 2)
    fi->totals[g_array_index (cd.pairs, guint32, p)]++;
  fi->dense = g_new0 (guint64 *, MAX (n_values, 1));
  fi->offsets = g_new0 (guint, n_values + 1);
  for (guint v = 0; v < n_values; v++)
    {
      if (fi->totals[v] >= DENSE_MIN && fi->totals[v] >= self->n_events / 32)
        fi->dense[v] = g_new0 (guint64, (self->n_events + 63) / 64);
      else
        fi->offsets[v + 1] = fi->totals[v];
    }
  for (guint v = 0; v < n_values; v++)
    fi->offsets[v + 1] += fi->offsets[v];

  fi->postings = g_new (guint32, MAX (fi->offsets[n_values], 1));
  fill = g_memdup2 (fi->offsets, sizeof (guint) * (n_values + 1));
  for (guint p = 0; p < cd.pairs->len; p += 2)
    {
      guint32 v = g_array_index (cd.pairs, guint32, p);
      guint32 position = g_array_index (cd.pairs, guint32, p + 1);

      if (fi->dense[v] != NULL)
        fi->dense[v][position >> 6] |= G_GUINT64_CONSTANT (1) << (position & 63);
      else
        fi->postings[fill[v]++] = position;
    }
  g_free (fill);
  g_array_unref (cd.pairs);

  fi->counts = g_new0 (guint, MAX (n_values, 1));
  fi->selected = g_new0 (guint8, MAX (n_values, 1));
  bits_init (&self->facet_bits[facet], self->n_events);
}

static guint32
text_string_id (ChFilter   *self,
                GHashTable *ids,
                const char *value)
{
  gpointer id_plus_one = g_hash_table_lookup (ids, value);

  if (id_plus_one == NULL)
    {
      char *folded = g_utf8_casefold (value, -1);
      char *stored = g_string_chunk_insert_const (self->strings, folded);

      g_free (folded);
      g_ptr_array_add (self->text_strings, stored);
      id_plus_one = GUINT_TO_POINTER (self->text_strings->len);
      /* Keyed by the original spelling, which lives in the chunk too. */
      g_hash_table_insert (ids, g_string_chunk_insert_const (self->strings, value), id_plus_one);
    }

  return GPOINTER_TO_UINT (id_plus_one) - 1;
}

static void
build_text (ChFilter *self)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) text_ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  self->text_strings = g_ptr_array_new ();
  self->text_offsets = g_new (guint, self->n_events + 1);

  for (guint i = 0; i < self->n_events; i++)
    {
      ChEvent *event = self->events[i];
      const char * const *participants = ch_event_get_participants (event);
      const char *singles[] = {
        ch_event_get_location (event),
        ch_event_get_venue (event),
        ch_event_get_occasion (event),
        ch_event_get_source_title (event),
      };

      self->text_offsets[i] = text_ids->len;
      for (guint p = 0; participants[p] != NULL; p++)
        {
          guint32 id = text_string_id (self, ids, participants[p]);
          g_array_append_val (text_ids, id);
        }
      for (guint s = 0; s < G_N_ELEMENTS (singles); s++)
        if (singles[s] != NULL && singles[s][0] != '\0')
          {
            guint32 id = text_string_id (self, ids, singles[s]);
            g_array_append_val (text_ids, id);
          }
    }
  self->text_offsets[self->n_events] = text_ids->len;
  self->text_ids = (guint32 *) (gpointer) g_array_free (g_steal_pointer (&text_ids), FALSE);
}

static void
index_build (ChFilter *self)
{
  self->n_events = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  self->strings = g_string_chunk_new (64 * 1024);

  /* The corpus's events, fetched once: the loops below and the model's
   * get_item() then skip the corpus's checks per call. */
  self->events = g_new (ChEvent *, MAX (self->n_events, 1));
  for (guint i = 0; i < self->n_events; i++)
    self->events[i] = ch_corpus_get_event (self->corpus, i);

  for (guint f = 0; f < CH_N_FACETS; f++)
    build_facet (self, f);

  self->date_keys = g_new (guint32, MAX (self->n_events, 1));
  self->first_date = G_MAXUINT32;
  self->last_date = 0;
  for (guint i = 0; i < self->n_events; i++)
    {
      guint32 key = ch_day_sort_key (ch_event_get_date (self->events[i]));

      self->date_keys[i] = key;
      if (key != G_MAXUINT32)
        {
          self->first_date = MIN (self->first_date, key);
          self->last_date = MAX (self->last_date, key);
        }
    }
  if (self->first_date == G_MAXUINT32)
    self->first_date = 0;

  build_text (self);
  start_text_index (self);

  bits_init (&self->date_bits, self->n_events);
  bits_init (&self->text_bits, self->n_events);
  bits_init (&self->result, self->n_events);
  bits_init (&self->scratch, self->n_events);
}

/* Sort orders */

/* What an order sorts on, packed so the sort touches one array. */
typedef struct
{
  guint64 rank;
  guint32 date;
  guint32 position;
} SortItem;

static int
compare_sort_items (const void *a,
                    const void *b)
{
  const SortItem *ia = a;
  const SortItem *ib = b;

  if (ia->rank != ib->rank)
    return ia->rank < ib->rank ? -1 : 1;
  if (ia->date != ib->date)
    return ia->date < ib->date ? -1 : 1;
  return ia->position < ib->position ? -1 : (ia->position > ib->position);
}

typedef struct
{
  const char *text;
  char       *key;
} RankEntry;

static int
compare_rank_entries (const void *a,
                      const void *b)
{
  const RankEntry *ea = a;
  const RankEntry *eb = b;

  return strcmp (ea->key, eb->key);
}

/* Ranks distinct strings in case-insensitive order: each is casefolded
 * once, however many events share it. Returns string -> rank + 1. */
static GHashTable *
rank_strings (GHashTable *strings)
{
  g_autofree RankEntry *entries = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n = g_hash_table_size (strings), i = 0;
  GHashTable *ranks = g_hash_table_new (g_str_hash, g_str_equal);

  entries = g_new (RankEntry, MAX (n, 1));
  g_hash_table_iter_init (&iter, strings);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      entries[i].text = key;
      entries[i].key = g_utf8_casefold (key, -1);
      i++;
    }
  qsort (entries, n, sizeof (RankEntry), compare_rank_entries);
  for (i = 0; i < n; i++)
    {
      g_hash_table_insert (ranks, (gpointer) entries[i].text, GUINT_TO_POINTER (i + 1));
      g_free (entries[i].key);
    }
  return ranks;
}

static const char * const *
sort_values (ChEvent      *event,
             ChSortColumn  column,
             const char   *single[2])
{
  switch (column)
    {
    case CH_SORT_PARTICIPANTS:
      return ch_event_get_participants (event);
    case CH_SORT_TOPICS:
      return ch_event_get_topics (event);
    case CH_SORT_PLACE:
      single[0] = ch_event_get_location (event);
      break;
    case CH_SORT_SOURCE:
      single[0] = ch_event_get_source_title (event);
      break;
    case CH_SORT_NONE:
    case CH_SORT_DATE:
    case CH_SORT_TYPE:
    case CH_SORT_CONFIDENCE:
    default:
      g_assert_not_reached ();
    }
  if (single[0] != NULL && single[0][0] == '\0')
    single[0] = NULL;
  single[1] = NULL;
  return single;
}

/* Ranks events by a text column. The distinct values (names, topics,
 * places, titles) are far fewer than the events, so they are ranked once
 * and each event gets a 64-bit key from the ranks of its first three
 * values: the order of the joined cell, without building a string per
 * event. Empty cells go last. */
static void
rank_by_text (ChEvent     **events,
              guint         n_events,
              ChSortColumn  column,
              guint64      *keys)
{
  g_autoptr(GHashTable) strings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ranks = NULL;

  for (guint i = 0; i < n_events; i++)
    {
      const char *single[2];
      const char * const *values = sort_values (events[i], column, single);

      for (guint v = 0; values[v] != NULL && v < 3; v++)
        g_hash_table_add (strings, (gpointer) values[v]);
    }
  ranks = rank_strings (strings);

  for (guint i = 0; i < n_events; i++)
    {
      const char *single[2];
      const char * const *values = sort_values (events[i], column, single);
      guint64 key = 0;
      gboolean ended = FALSE;

      if (values[0] == NULL)
        {
          keys[i] = G_MAXUINT64;
          continue;
        }
      /* Ranks start at 1, so "A" sorts before "A; B". */
      for (guint v = 0; v < 3; v++)
        {
          guint64 rank = 0;

          if (!ended && values[v] != NULL)
            rank = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, values[v]));
          else
            ended = TRUE;
          key = (key << 21) | MIN (rank, (G_GUINT64_CONSTANT (1) << 21) - 1);
        }
      keys[i] = key;
    }
}

/* An order of the corpus by @column, ties by date, then by position.
 * Touches nothing but its arguments, so that a worker thread can make the
 * slow ones ahead of the first click on their column. */
static guint32 *
compute_order (ChEvent       **events,
               const guint32  *date_keys,
               guint           n_events,
               ChSortColumn    column)
{
  g_autofree guint64 *ranks = NULL;
  g_autofree SortItem *items = NULL;
  guint32 *order;

  ranks = g_new (guint64, MAX (n_events, 1));
  switch (column)
    {
    case CH_SORT_DATE:
      /* Unknown dates have the largest key, so they come last. */
      for (guint i = 0; i < n_events; i++)
        ranks[i] = date_keys[i];
      break;
    case CH_SORT_TYPE:
      for (guint i = 0; i < n_events; i++)
        ranks[i] = ch_event_get_event_type (events[i]);
      break;
    case CH_SORT_CONFIDENCE:
      for (guint i = 0; i < n_events; i++)
        ranks[i] = (guint32) (ch_event_get_confidence (events[i]) * 10000.0);
      break;
    case CH_SORT_PARTICIPANTS:
    case CH_SORT_PLACE:
    case CH_SORT_TOPICS:
    case CH_SORT_SOURCE:
      rank_by_text (events, n_events, column, ranks);
      break;
    case CH_SORT_NONE:
    default:
      g_assert_not_reached ();
    }

  items = g_new (SortItem, MAX (n_events, 1));
  for (guint i = 0; i < n_events; i++)
    {
      items[i].rank = ranks[i];
      items[i].date = date_keys[i];
      items[i].position = i;
    }
  qsort (items, n_events, sizeof (SortItem), compare_sort_items);

  order = g_new (guint32, MAX (n_events, 1));
  for (guint i = 0; i < n_events; i++)
    order[i] = items[i].position;
  return order;
}

/* The columns whose order the worker makes ahead: the text columns, slow
 * to rank, and the date, the most used. */
static const ChSortColumn ahead_columns[] = {
  CH_SORT_DATE, CH_SORT_PARTICIPANTS, CH_SORT_PLACE, CH_SORT_TOPICS, CH_SORT_SOURCE,
};

static const guint32 *
get_order (ChFilter     *self,
           ChSortColumn  column)
{
  g_assert (column != CH_SORT_NONE);

  if (self->orders[column] == NULL)
    self->orders[column] = compute_order (self->events, self->date_keys, self->n_events, column);
  return self->orders[column];
}

/* Filtering */

static void
compute_facet_bits (ChFilter *self,
                    ChFacet   facet)
{
  FacetIndex *fi = &self->facets[facet];
  Bits *bits = &self->facet_bits[facet];

  bits_zero (bits);
  for (guint v = 0; v < fi->values->len; v++)
    {
      if (!fi->selected[v])
        continue;
      if (fi->dense[v] != NULL)
        for (guint w = 0; w < bits->n_words; w++)
          bits->words[w] |= fi->dense[v][w];
      else
        for (guint p = fi->offsets[v]; p < fi->offsets[v + 1]; p++)
          bits_set (bits, fi->postings[p]);
    }
}

static void
compute_date_bits (ChFilter *self)
{
  guint32 start = self->range_start;
  guint32 end = self->range_end != 0 ? self->range_end : G_MAXUINT32 - 1;

  bits_zero (&self->date_bits);
  for (guint i = 0; i < self->n_events; i++)
    {
      guint32 key = self->date_keys[i];

      if (key >= start && key <= end)
        bits_set (&self->date_bits, i);
    }
}

static const char *
get_evidence_cb (gpointer data,
                 guint    i)
{
  ChEvent **events = data;

  return ch_event_get_evidence (events[i]);
}

static void
compute_text_bits (ChFilter *self)
{
  g_autofree guint8 *string_hits = NULL;
  const char *needle = self->text_folded;
  gboolean any_hit = FALSE;

  bits_zero (&self->text_bits);

  /* The short strings, each once however many events share it */
  string_hits = g_new0 (guint8, MAX (self->text_strings->len, 1));
  for (guint s = 0; s < self->text_strings->len; s++)
    {
      string_hits[s] = strstr (g_ptr_array_index (self->text_strings, s), needle) != NULL;
      any_hit |= string_hits[s];
    }

  if (any_hit)
    for (guint i = 0; i < self->n_events; i++)
      for (guint t = self->text_offsets[i]; t < self->text_offsets[i + 1]; t++)
        if (string_hits[self->text_ids[t]])
          {
            bits_set (&self->text_bits, i);
            break;
          }

  /* The evidence, from the index once it is built, until then by reading
   * every sentence; both give the same events. */
  if (self->text_index != NULL)
    ch_text_index_search (self->text_index, needle, get_evidence_cb, self->events,
                          self->text_bits.words);
  else
    ch_text_scan (needle, get_evidence_cb, self->events, self->n_events, self->text_bits.words);
}

/* The text index and the slow sort orders are made on a worker thread
 * from the events, with a reference on each, so that a corpus changed
 * meanwhile frees none of them under it. */
typedef struct
{
  GPtrArray *events;
  guint32   *date_keys;
} BuildData;

typedef struct
{
  ChTextIndex *index;
  guint32     *orders[CH_N_SORT_COLUMNS];
} Built;

static void
build_data_free (BuildData *data)
{
  g_clear_pointer (&data->events, g_ptr_array_unref);
  g_free (data->date_keys);
  g_free (data);
}

static void
built_free (Built *built)
{
  ch_text_index_free (built->index);
  for (guint c = 0; c < CH_N_SORT_COLUMNS; c++)
    g_free (built->orders[c]);
  g_free (built);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BuildData *data = task_data;
  ChEvent **events = (ChEvent **) data->events->pdata;
  guint n = data->events->len;
  Built *built = g_new0 (Built, 1);

  built->index = ch_text_index_new (get_evidence_cb, events, n, cancellable);
  for (guint k = 0; k < G_N_ELEMENTS (ahead_columns) && built->index != NULL; k++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      built->orders[ahead_columns[k]] = compute_order (events, data->date_keys, n, ahead_columns[k]);
    }

  /* The references are dropped here, not on the main thread. */
  g_ptr_array_set_size (data->events, 0);
  if (built->index == NULL || g_cancellable_is_cancelled (cancellable))
    {
      built_free (built);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
    }
  else
    g_task_return_pointer (task, built, (GDestroyNotify) built_free);
}

/* The task holds the filter by a weak reference: a filter let go of while
 * its index is built is finalized at once, and the index dropped. */
static void
built_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(ChFilter) self = g_weak_ref_get (weak);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  Built *built = g_task_propagate_pointer (G_TASK (result), NULL);

  g_weak_ref_clear (weak);
  g_free (weak);

  /* Only the build for the current corpus is kept. */
  if (self == NULL || built == NULL || cancellable != self->text_index_cancellable ||
      ch_text_index_get_n_texts (built->index) != self->n_events)
    {
      if (built != NULL)
        built_free (built);
      return;
    }
  g_clear_pointer (&self->text_index, ch_text_index_free);
  self->text_index = g_steal_pointer (&built->index);
  /* An order the user asked for meanwhile is the same; it stays. */
  for (guint c = 0; c < CH_N_SORT_COLUMNS; c++)
    if (self->orders[c] == NULL)
      self->orders[c] = g_steal_pointer (&built->orders[c]);
  built_free (built);
  g_clear_object (&self->text_index_cancellable);
}

static void
start_text_index (ChFilter *self)
{
  g_autoptr(GTask) task = NULL;
  BuildData *data;
  GWeakRef *weak;

  if (self->n_events == 0)
    return;

  data = g_new0 (BuildData, 1);
  data->events = g_ptr_array_new_full (self->n_events, g_object_unref);
  for (guint i = 0; i < self->n_events; i++)
    g_ptr_array_add (data->events, g_object_ref (self->events[i]));
  data->date_keys = g_memdup2 (self->date_keys, sizeof (guint32) * self->n_events);

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  self->text_index_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->text_index_cancellable, built_cb, weak);
  g_task_set_source_tag (task, start_text_index);
  g_task_set_task_data (task, data, (GDestroyNotify) build_data_free);
  g_task_run_in_thread (task, build_thread);
}

/* The constraints except @skip (CH_N_FACETS for none) ANDed into @dest.
 * Returns FALSE when there is no constraint, leaving @dest undefined. */
static gboolean
combine (ChFilter *self,
         guint     skip,
         Bits     *dest)
{
  gboolean any = FALSE;

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      if (f == skip || self->facets[f].n_selected == 0)
        continue;
      if (!any)
        bits_copy (dest, &self->facet_bits[f]);
      else
        bits_and (dest, &self->facet_bits[f]);
      any = TRUE;
    }
  if (self->range_start != 0 || self->range_end != 0)
    {
      if (!any)
        bits_copy (dest, &self->date_bits);
      else
        bits_and (dest, &self->date_bits);
      any = TRUE;
    }
  if (self->text_folded != NULL)
    {
      if (!any)
        bits_copy (dest, &self->text_bits);
      else
        bits_and (dest, &self->text_bits);
      any = TRUE;
    }

  return any;
}

/* The live counts of the facets whose counts may have changed: a facet's
 * counts follow every constraint but its own, so ticking a value leaves
 * its own facet's counts as they were. */
static void
compute_counts (ChFilter *self)
{
  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      FacetIndex *fi = &self->facets[f];
      guint n_words = self->scratch.n_words;

      if (!(self->counts_dirty & (1u << f)))
        continue;

      if (!combine (self, f, &self->scratch))
        {
          memcpy (fi->counts, fi->totals, fi->values->len * sizeof (guint));
          continue;
        }

      for (guint v = 0; v < fi->values->len; v++)
        {
          guint count = 0;

          if (fi->dense[v] != NULL)
            {
              const guint64 *a = fi->dense[v];
              const guint64 *b = self->scratch.words;

              for (guint w = 0; w < n_words; w++)
                count += (guint) __builtin_popcountll (a[w] & b[w]);
            }
          else
            for (guint p = fi->offsets[v]; p < fi->offsets[v + 1]; p++)
              count += bits_get (&self->scratch, fi->postings[p]);
          fi->counts[v] = count;
        }
    }
  self->counts_dirty = 0;
}

static void
compute_visible (ChFilter *self)
{
  guint32 *visible = g_new (guint32, MAX (self->n_matches, 1));
  guint n = 0;

  if (self->sort_column == CH_SORT_NONE)
    {
      for (guint w = 0; w < self->result.n_words; w++)
        {
          guint64 word = self->result.words[w];

          while (word != 0)
            {
              visible[n++] = w * 64 + (guint) __builtin_ctzll (word);
              word &= word - 1;
            }
        }
    }
  else
    {
      const guint32 *order = get_order (self, self->sort_column);

      if (!self->sort_descending)
        {
          for (guint i = 0; i < self->n_events; i++)
            if (bits_get (&self->result, order[i]))
              visible[n++] = order[i];
        }
      else
        {
          for (guint i = self->n_events; i > 0; i--)
            if (bits_get (&self->result, order[i - 1]))
              visible[n++] = order[i - 1];
        }
    }

  g_assert (n == self->n_matches);
  g_free (self->visible);
  self->visible = visible;
  self->n_visible = n;
}

/* Replaces the visible list and reports the change as one items-changed
 * spanning only the part that differs, so selections before and after it
 * stay put. */
static void
publish (ChFilter *self,
         guint32  *old_visible,
         guint     old_n)
{
  guint prefix = 0, suffix = 0;
  guint new_n = self->n_visible;
  guint removed, added;

  while (prefix < old_n && prefix < new_n && old_visible[prefix] == self->visible[prefix])
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         old_visible[old_n - 1 - suffix] == self->visible[new_n - 1 - suffix])
    suffix++;
  removed = old_n - prefix - suffix;
  added = new_n - prefix - suffix;

  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static guint
popcount_bits (const Bits *bits)
{
  guint n = 0;

  for (guint w = 0; w < bits->n_words; w++)
    n += (guint) __builtin_popcountll (bits->words[w]);
  return n;
}

/* Recomputes the result from the current bitsets, the counts and the
 * visible list, and tells the views. @reindexed: the corpus changed, so
 * the old positions mean nothing. */
static void
refilter (ChFilter *self,
          gboolean  reindexed)
{
  g_autofree guint32 *old_visible = g_steal_pointer (&self->visible);
  guint old_n = self->n_visible;
  ChFilterChange change = CH_FILTER_CHANGE_DIFFERENT;
  Bits old_result = { NULL, 0 };

  if (!reindexed && self->result.words != NULL)
    {
      bits_init (&old_result, self->n_events);
      bits_copy (&old_result, &self->result);
    }

  if (!combine (self, CH_N_FACETS, &self->result))
    bits_fill (&self->result, self->n_events);
  self->n_matches = popcount_bits (&self->result);

  if (old_result.words != NULL)
    {
      if (bits_is_subset (&self->result, &old_result))
        change = CH_FILTER_CHANGE_MORE_STRICT;
      else if (bits_is_subset (&old_result, &self->result))
        change = CH_FILTER_CHANGE_LESS_STRICT;
      bits_clear (&old_result);
    }

  compute_counts (self);
  compute_visible (self);

  if (reindexed)
    {
      if (old_n > 0 || self->n_visible > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_visible);
      if (old_n != self->n_visible)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  else
    publish (self, old_visible, old_n);

  g_signal_emit (self, signals[CHANGED], 0, change);
}

static void
reindex (ChFilter *self,
         guint     position,
         guint     removed,
         guint     added)
{
  /* Selected values survive a rebuild by name. */
  GPtrArray *kept[CH_N_FACETS];

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      FacetIndex *fi = &self->facets[f];

      kept[f] = g_ptr_array_new_with_free_func (g_free);
      if (fi->values != NULL)
        for (guint v = 0; v < fi->values->len; v++)
          if (fi->selected[v])
            g_ptr_array_add (kept[f], g_strdup (g_ptr_array_index (fi->values, v)));
    }

  index_clear (self);
  index_build (self);

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      FacetIndex *fi = &self->facets[f];

      for (guint k = 0; k < kept[f]->len; k++)
        {
          gpointer id_plus_one = g_hash_table_lookup (fi->ids, g_ptr_array_index (kept[f], k));

          if (id_plus_one != NULL)
            {
              fi->selected[GPOINTER_TO_UINT (id_plus_one) - 1] = TRUE;
              fi->n_selected++;
            }
        }
      g_ptr_array_unref (kept[f]);
      compute_facet_bits (self, f);
    }
  compute_date_bits (self);
  if (self->text_folded != NULL)
    compute_text_bits (self);

  g_signal_emit (self, signals[INDEX_CHANGED], 0, position, removed, added);
  self->counts_dirty = ALL_FACETS;
  refilter (self, TRUE);
}

static void
on_corpus_items_changed_cb (ChFilter   *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *corpus)
{
  reindex (self, position, removed, added);
}

/* GListModel */

static GType
ch_filter_get_item_type (GListModel *model)
{
  return CH_TYPE_EVENT;
}

static guint
ch_filter_get_n_items (GListModel *model)
{
  return CH_FILTER (model)->n_visible;
}

static gpointer
ch_filter_get_item (GListModel *model,
                    guint       position)
{
  ChFilter *self = CH_FILTER (model);

  if (position >= self->n_visible)
    return NULL;

  return g_object_ref (self->events[self->visible[position]]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ch_filter_get_item_type;
  iface->get_n_items = ch_filter_get_n_items;
  iface->get_item = ch_filter_get_item;
}

/* GObject */

static void
ch_filter_dispose (GObject *object)
{
  ChFilter *self = (ChFilter *) object;

  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (ch_filter_parent_class)->dispose (object);
}

static void
ch_filter_finalize (GObject *object)
{
  ChFilter *self = (ChFilter *) object;

  index_clear (self);
  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->text_folded, g_free);

  G_OBJECT_CLASS (ch_filter_parent_class)->finalize (object);
}

static void
ch_filter_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChFilter *self = CH_FILTER (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_visible);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_RANGE_START:
      g_value_set_uint (value, self->range_start);
      break;
    case PROP_RANGE_END:
      g_value_set_uint (value, self->range_end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_filter_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ChFilter *self = CH_FILTER (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    case PROP_TEXT:
      ch_filter_set_text (self, g_value_get_string (value));
      break;
    case PROP_RANGE_START:
      ch_filter_set_date_range (self, g_value_get_uint (value), self->range_end);
      break;
    case PROP_RANGE_END:
      ch_filter_set_date_range (self, self->range_start, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_filter_constructed (GObject *object)
{
  ChFilter *self = (ChFilter *) object;

  G_OBJECT_CLASS (ch_filter_parent_class)->constructed (object);

  g_assert (CH_IS_CORPUS (self->corpus));

  g_signal_connect_swapped (self->corpus, "items-changed",
                            G_CALLBACK (on_corpus_items_changed_cb), self);
  index_build (self);
  for (guint f = 0; f < CH_N_FACETS; f++)
    compute_facet_bits (self, f);
  self->counts_dirty = ALL_FACETS;
  refilter (self, TRUE);
}

static void
ch_filter_class_init (ChFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ch_filter_dispose;
  object_class->finalize = ch_filter_finalize;
  object_class->get_property = ch_filter_get_property;
  object_class->set_property = ch_filter_set_property;
  object_class->constructed = ch_filter_constructed;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, CH_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANGE_START] =
    g_param_spec_uint ("range-start", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANGE_END] =
    g_param_spec_uint ("range-end", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChFilter::changed:
   * @change: a #ChFilterChange
   *
   * The matching events or their counts changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * ChFilter::index-changed:
   * @position: where the corpus changed
   * @removed: how many events it lost there
   * @added: how many it gained there
   *
   * The corpus changed: facet value ids were reassigned, and corpus
   * positions from @position on moved. Emitted before the items-changed
   * that shows the new events.
   */
  signals[INDEX_CHANGED] =
    g_signal_new ("index-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
ch_filter_init (ChFilter *self)
{
  self->sort_column = CH_SORT_NONE;
}

/* Public API */

/**
 * ch_filter_new:
 * @corpus: the events to filter
 *
 * Returns: (transfer full): a filter that lets every event through
 */
ChFilter *
ch_filter_new (ChCorpus *corpus)
{
  g_return_val_if_fail (CH_IS_CORPUS (corpus), NULL);

  return g_object_new (CH_TYPE_FILTER, "corpus", corpus, NULL);
}

/**
 * ch_filter_get_corpus:
 *
 * Returns: (transfer none): the corpus
 */
ChCorpus *
ch_filter_get_corpus (ChFilter *self)
{
  g_return_val_if_fail (CH_IS_FILTER (self), NULL);
  return self->corpus;
}

guint
ch_filter_get_n_values (ChFilter *self,
                        ChFacet   facet)
{
  g_return_val_if_fail (CH_IS_FILTER (self), 0);
  g_return_val_if_fail (facet < CH_N_FACETS, 0);

  return self->facets[facet].values->len;
}

/**
 * ch_filter_get_value:
 *
 * Returns: the value (an ISO code, a name, an acronym, a topic or type
 *   slug) with id @value_id
 */
const char *
ch_filter_get_value (ChFilter *self,
                     ChFacet   facet,
                     guint     value_id)
{
  g_return_val_if_fail (CH_IS_FILTER (self), NULL);
  g_return_val_if_fail (facet < CH_N_FACETS, NULL);
  g_return_val_if_fail (value_id < self->facets[facet].values->len, NULL);

  return g_ptr_array_index (self->facets[facet].values, value_id);
}

/**
 * ch_filter_lookup_value:
 *
 * Returns: the id of @value in @facet, or %CH_FILTER_NO_VALUE when no
 *   event has it
 */
guint
ch_filter_lookup_value (ChFilter   *self,
                        ChFacet     facet,
                        const char *value)
{
  gpointer id_plus_one;

  g_return_val_if_fail (CH_IS_FILTER (self), CH_FILTER_NO_VALUE);
  g_return_val_if_fail (facet < CH_N_FACETS, CH_FILTER_NO_VALUE);
  g_return_val_if_fail (value != NULL, CH_FILTER_NO_VALUE);

  id_plus_one = g_hash_table_lookup (self->facets[facet].ids, value);
  return id_plus_one != NULL ? GPOINTER_TO_UINT (id_plus_one) - 1 : CH_FILTER_NO_VALUE;
}

/**
 * ch_filter_get_total:
 *
 * Returns: how many events of the corpus have the value
 */
guint
ch_filter_get_total (ChFilter *self,
                     ChFacet   facet,
                     guint     value_id)
{
  const FacetIndex *fi;

  g_return_val_if_fail (CH_IS_FILTER (self), 0);
  g_return_val_if_fail (facet < CH_N_FACETS, 0);
  fi = &self->facets[facet];
  g_return_val_if_fail (value_id < fi->values->len, 0);

  return fi->totals[value_id];
}

/**
 * ch_filter_get_count:
 *
 * Returns: how many events have the value and pass every active filter
 *   except the one on @facet itself: the number a facet list shows beside
 *   the value
 */
guint
ch_filter_get_count (ChFilter *self,
                     ChFacet   facet,
                     guint     value_id)
{
  g_return_val_if_fail (CH_IS_FILTER (self), 0);
  g_return_val_if_fail (facet < CH_N_FACETS, 0);
  g_return_val_if_fail (value_id < self->facets[facet].values->len, 0);

  return self->facets[facet].counts[value_id];
}

void
ch_filter_set_selected (ChFilter *self,
                        ChFacet   facet,
                        guint     value_id,
                        gboolean  selected)
{
  FacetIndex *fi;

  g_return_if_fail (CH_IS_FILTER (self));
  g_return_if_fail (facet < CH_N_FACETS);
  fi = &self->facets[facet];
  g_return_if_fail (value_id < fi->values->len);

  selected = !!selected;
  if (fi->selected[value_id] == selected)
    return;

  fi->selected[value_id] = selected;
  fi->n_selected += selected ? 1 : -1;
  compute_facet_bits (self, facet);
  self->counts_dirty |= ALL_FACETS & ~(1u << facet);
  refilter (self, FALSE);
}

gboolean
ch_filter_get_selected (ChFilter *self,
                        ChFacet   facet,
                        guint     value_id)
{
  g_return_val_if_fail (CH_IS_FILTER (self), FALSE);
  g_return_val_if_fail (facet < CH_N_FACETS, FALSE);
  g_return_val_if_fail (value_id < self->facets[facet].values->len, FALSE);

  return self->facets[facet].selected[value_id];
}

/**
 * ch_filter_dup_selected:
 * @n_selected: (out): how many
 *
 * Returns: (transfer full) (array length=n_selected): the selected ids
 */
guint *
ch_filter_dup_selected (ChFilter *self,
                        ChFacet   facet,
                        guint    *n_selected)
{
  const FacetIndex *fi;
  guint *ids;
  guint n = 0;

  g_return_val_if_fail (CH_IS_FILTER (self), NULL);
  g_return_val_if_fail (facet < CH_N_FACETS, NULL);
  g_return_val_if_fail (n_selected != NULL, NULL);

  fi = &self->facets[facet];
  ids = g_new (guint, fi->n_selected + 1);
  for (guint v = 0; v < fi->values->len; v++)
    if (fi->selected[v])
      ids[n++] = v;
  *n_selected = n;

  return ids;
}

/**
 * ch_filter_set_date_range:
 * @start: the first day's sort key (ch_day_sort_key()), or 0 for no bound
 * @end: the last day's sort key, or 0 for no bound
 *
 * Keeps the events dated within [@start, @end]. While a bound is set,
 * events without a date are left out.
 */
void
ch_filter_set_date_range (ChFilter *self,
                          guint32   start,
                          guint32   end)
{
  g_return_if_fail (CH_IS_FILTER (self));

  if (self->range_start == start && self->range_end == end)
    return;

  if (self->range_start != start)
    {
      self->range_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_START]);
    }
  if (self->range_end != end)
    {
      self->range_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_END]);
    }

  compute_date_bits (self);
  self->counts_dirty = ALL_FACETS;
  refilter (self, FALSE);
}

void
ch_filter_get_date_range (ChFilter *self,
                          guint32  *start,
                          guint32  *end)
{
  g_return_if_fail (CH_IS_FILTER (self));

  if (start != NULL)
    *start = self->range_start;
  if (end != NULL)
    *end = self->range_end;
}

/**
 * ch_filter_get_date_bounds:
 *
 * The sort keys of the earliest and latest dated events of the corpus,
 * both 0 when no event has a date.
 */
void
ch_filter_get_date_bounds (ChFilter *self,
                           guint32  *first,
                           guint32  *last)
{
  g_return_if_fail (CH_IS_FILTER (self));

  if (first != NULL)
    *first = self->first_date;
  if (last != NULL)
    *last = self->last_date;
}

/**
 * ch_filter_set_text:
 * @text: (nullable): words to look for, case-insensitively, in the
 *   participants, places, source titles and evidence; %NULL or blank for
 *   none
 */
void
ch_filter_set_text (ChFilter   *self,
                    const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (CH_IS_FILTER (self));

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (stripped[0] == '\0')
    g_clear_pointer (&stripped, g_free);

  if (g_strcmp0 (self->text, stripped) == 0)
    return;

  g_free (self->text);
  self->text = g_steal_pointer (&stripped);
  g_clear_pointer (&self->text_folded, g_free);
  if (self->text != NULL)
    {
      self->text_folded = g_utf8_casefold (self->text, -1);
      compute_text_bits (self);
    }
  self->counts_dirty = ALL_FACETS;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  refilter (self, FALSE);
}

const char *
ch_filter_get_text (ChFilter *self)
{
  g_return_val_if_fail (CH_IS_FILTER (self), NULL);
  return self->text;
}

/**
 * ch_filter_clear:
 *
 * Drops every facet value, the date range and the text, with one refilter.
 */
void
ch_filter_clear (ChFilter *self)
{
  g_return_if_fail (CH_IS_FILTER (self));

  if (!ch_filter_is_active (self))
    return;

  for (guint f = 0; f < CH_N_FACETS; f++)
    {
      FacetIndex *fi = &self->facets[f];

      if (fi->n_selected == 0)
        continue;
      memset (fi->selected, 0, fi->values->len);
      fi->n_selected = 0;
      bits_zero (&self->facet_bits[f]);
    }
  if (self->range_start != 0 || self->range_end != 0)
    {
      self->range_start = self->range_end = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_START]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_END]);
    }
  if (self->text != NULL)
    {
      g_clear_pointer (&self->text, g_free);
      g_clear_pointer (&self->text_folded, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
  self->counts_dirty = ALL_FACETS;
  refilter (self, FALSE);
}

gboolean
ch_filter_is_active (ChFilter *self)
{
  g_return_val_if_fail (CH_IS_FILTER (self), FALSE);

  for (guint f = 0; f < CH_N_FACETS; f++)
    if (self->facets[f].n_selected > 0)
      return TRUE;
  return self->range_start != 0 || self->range_end != 0 || self->text != NULL;
}

/**
 * ch_filter_has_text_index:
 *
 * Free-text search reads every evidence sentence until the index of
 * their words, built on a worker thread after the corpus changes, is
 * ready; the matches are the same either way.
 *
 * Returns: whether the index is ready
 */
gboolean
ch_filter_has_text_index (ChFilter *self)
{
  g_return_val_if_fail (CH_IS_FILTER (self), FALSE);

  return self->text_index != NULL || self->n_events == 0;
}

/**
 * ch_filter_matches:
 * @position: a position in the corpus
 *
 * Returns: whether the event at @position passes the filter
 */
gboolean
ch_filter_matches (ChFilter *self,
                   guint     position)
{
  g_return_val_if_fail (CH_IS_FILTER (self), FALSE);
  g_return_val_if_fail (position < self->n_events, FALSE);

  return bits_get (&self->result, position);
}

guint
ch_filter_get_n_matches (ChFilter *self)
{
  g_return_val_if_fail (CH_IS_FILTER (self), 0);
  return self->n_matches;
}

/**
 * ch_filter_peek_matches:
 * @n_positions: (out): the number of corpus positions the set covers
 *
 * The matching corpus positions as a bitset (bit i of word i / 64), for
 * views that bin the matches without asking position by position. It
 * belongs to the filter and changes with it.
 *
 * Returns: (transfer none): the words of the set
 */
const guint64 *
ch_filter_peek_matches (ChFilter *self,
                        guint    *n_positions)
{
  static const guint64 none = 0;

  g_return_val_if_fail (CH_IS_FILTER (self), NULL);
  g_return_val_if_fail (n_positions != NULL, NULL);

  *n_positions = self->result.words != NULL ? self->n_events : 0;
  return self->result.words != NULL ? self->result.words : &none;
}

/**
 * ch_filter_set_sort:
 * @column: the order, %CH_SORT_NONE for the corpus's own
 * @descending: reverse it
 *
 * Orders the model's items. The first sort by a column computes its
 * order; later ones reuse it until the corpus changes.
 */
void
ch_filter_set_sort (ChFilter     *self,
                    ChSortColumn  column,
                    gboolean      descending)
{
  g_autofree guint32 *old_visible = NULL;
  guint old_n;

  g_return_if_fail (CH_IS_FILTER (self));
  g_return_if_fail (column < CH_N_SORT_COLUMNS);

  descending = !!descending && column != CH_SORT_NONE;
  if (self->sort_column == column && self->sort_descending == descending)
    return;

  self->sort_column = column;
  self->sort_descending = descending;

  old_visible = g_steal_pointer (&self->visible);
  old_n = self->n_visible;
  compute_visible (self);
  publish (self, old_visible, old_n);
}

ChSortColumn
ch_filter_get_sort (ChFilter *self,
                    gboolean *descending)
{
  g_return_val_if_fail (CH_IS_FILTER (self), CH_SORT_NONE);

  if (descending != NULL)
    *descending = self->sort_descending;
  return self->sort_column;
}

/**
 * ch_filter_get_corpus_position:
 * @position: a position in this model
 *
 * Returns: the corpus position of the item at @position
 */
guint
ch_filter_get_corpus_position (ChFilter *self,
                               guint     position)
{
  g_return_val_if_fail (CH_IS_FILTER (self), G_MAXUINT);
  g_return_val_if_fail (position < self->n_visible, G_MAXUINT);

  return self->visible[position];
}

/**
 * ch_filter_find_event:
 *
 * Returns: the position of @event in this model, or %G_MAXUINT when it is
 *   filtered out or not in the corpus
 */
guint
ch_filter_find_event (ChFilter *self,
                      ChEvent  *event)
{
  g_return_val_if_fail (CH_IS_FILTER (self), G_MAXUINT);
  g_return_val_if_fail (CH_IS_EVENT (event), G_MAXUINT);

  for (guint i = 0; i < self->n_visible; i++)
    if (self->events[self->visible[i]] == event)
      return i;
  return G_MAXUINT;
}
