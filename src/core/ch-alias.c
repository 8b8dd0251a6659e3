/* ch-alias.c: one canonical name per person across a corpus
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Outlets transliterate the same Russian, Arabic or Persian name in many
 * ways (Matvienko, Matviyenko, Matvinko; Mohammed Sadegh, Muhammad Sadiq).
 * Each word of a name gets a phonetic key that keeps its first letter and
 * its consonant skeleton: vowels and y/i/j are dropped, kh/gh/dh/zh/sh/ph
 * and q fold onto one consonant, doubled letters collapse, a final -off
 * is -ov. Two spellings
 * name the same person when one's keys are an ordered subsequence of the
 * other's and they agree on the first or the last name, so "Benazir Bhutto"
 * never meets "Bilawal Bhutto Zardari", while "Mushahid Hussain" joins
 * "Mushahid Hussain Sayed". A name told family name first ("Kishida
 * Fumio", "Lee Jae-myung") meets the same words in the other order.
 * Honorifics such as "Syed" and middle initials ("Vladimir A. Chizhov")
 * are ignored.
 */

#define G_LOG_DOMAIN "ch-alias"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ch-alias.h"
#include "ch-event.h"
#include "ch-gazetteer.h"

struct _ChAliases
{
  GObject     parent_instance;

  GHashTable *counts;       /* spelling -> count (GUINT_TO_POINTER) */
  GHashTable *canonical;    /* spelling -> canonical (owned by names) */
  GHashTable *spellings;    /* canonical -> GPtrArray of spellings */
  GHashTable *splits;       /* set of spellings kept apart */
  GStringChunk *names;
};

G_DEFINE_FINAL_TYPE (ChAliases, ch_aliases, G_TYPE_OBJECT)

static const char *honorifics[] = {
  "mr", "mrs", "ms", "dr", "he", "syed", "sayyid", "seyed", "seyyed", "sayyed", NULL,
};

/* The phonetic key of a word's letters (lower-case a-z only) */
static void
key_letters (const GString *letters,
             GString       *out)
{
  char last = 0;

  for (gsize i = 0; i < letters->len; i++)
    {
      char c = letters->str[i];
      char n = i + 1 < letters->len ? letters->str[i + 1] : 0;
      gboolean first = out->len == 0;
      char k;

      /* digraphs: kh -> h (kept), gh -> k, ph -> f, dh zh sh th ch -> d z s t c */
      if (strchr ("kgdzsptc", c) != NULL && n == 'h')
        {
          k = c == 'k' ? 'H' : c == 'g' ? 'k' : c == 'p' ? 'f' : c;
          i++;
        }
      else if (c == 'c' && n == 'k')
        {
          k = 'k';
          i++;
        }
      /* "Smirnoff", "Medvedeff": the older French and German way of
       * writing a Russian -ov or -ev at the end of a word */
      else if (c == 'f' && n == 'f' && i + 2 == letters->len && i >= 3 &&
               strchr ("oe", letters->str[i - 1]) != NULL)
        {
          k = 'v';
          i++;
        }
      else if (c == 'q')
        k = 'k';
      else if (c == 'w')
        k = first ? 'v' : 'a';
      else if (c == 'x')
        {
          if (!first && last != 'k')
            g_string_append_c (out, 'k');
          last = 'k';
          k = 's';
        }
      else if (strchr ("aeiouyj", c) != NULL)
        k = 'a';
      else
        k = c;

      /* the first letter stays (vowels as one class); later vowels and a
       * lone h are dropped, doubled consonants collapse */
      if (!first && (k == 'a' || k == 'h'))
        {
          last = k;
          continue;
        }
      if (k == 'H')
        k = 'h';
      if (!first && k == last)
        continue;
      g_string_append_c (out, k);
      last = k;
    }

}

static void
key_token (const char *word,
           GString    *out)
{
  g_autofree char *ascii = NULL;
  g_autofree char *lower = NULL;
  gboolean plain = TRUE;
  GString *letters = g_string_new (NULL);
  const char *p;

  /* transliterating is slow and most names are plain ASCII already */
  for (const char *q = word; *q != '\0'; q++)
    if ((guchar) *q >= 0x80)
      plain = FALSE;
  ascii = plain ? g_strdup (word) : g_str_to_ascii (word, "C");
  lower = g_ascii_strdown (ascii, -1);

  for (p = lower; *p != '\0'; p++)
    if (*p >= 'a' && *p <= 'z')
      g_string_append_c (letters, *p);

  key_letters (letters, out);
  g_string_free (letters, TRUE);
}

/* The keys of a name's words, honorifics and initials left out. */
static GPtrArray *
name_keys (const char *name)
{
  g_auto(GStrv) words = NULL;
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *copy = g_strdup (name);

  g_strdelimit (copy, "\"“”‘’'.,()-", ' ');
  words = g_strsplit_set (copy, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      GString *key;
      gboolean skip = FALSE;

      if (g_utf8_strlen (words[i], -1) <= 1)
        continue;
      for (guint h = 0; honorifics[h] != NULL; h++)
        if (strcmp (lower, honorifics[h]) == 0 && keys->len == 0 && words[i + 1] != NULL)
          skip = TRUE;
      if (skip)
        continue;

      key = g_string_new (NULL);
      key_token (words[i], key);
      if (key->len == 0)
        g_string_append (key, lower);
      g_ptr_array_add (keys, g_string_free (key, FALSE));
    }

  return keys;
}

/**
 * ch_alias_name_key:
 * @name: a person's name as written
 *
 * Returns: (transfer full): the phonetic key of @name, its words' keys
 *   joined by spaces
 */
/* ch_alias_name_key() of a plain ASCII name, as name_keys() would make
 * it but in one pass: the extractor keys every name it meets, and
 * splitting, lower-casing and transliterating word by word was most of
 * the work. */
static char *
name_key_ascii (const char *name)
{
  GString *out = g_string_sized_new (32);
  GString *letters = g_string_sized_new (32);
  GString *key = g_string_sized_new (32);
  guint n_keys = 0;
  const char *p = name;

  for (;;)
    {
      const char *start, *end;
      gsize wlen;
      gboolean skip = FALSE;

      /* the separators of name_keys(): g_strdelimit's set and the split set */
      while (*p != '\0' && strchr ("\"'.,()- \t\n", *p) != NULL)
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && strchr ("\"'.,()- \t\n", *p) == NULL)
        p++;
      end = p;
      wlen = end - start;
      if (wlen <= 1)
        continue;

      g_string_truncate (letters, 0);
      g_string_truncate (key, 0);
      if (n_keys == 0 && *end != '\0')
        for (guint h = 0; honorifics[h] != NULL && !skip; h++)
          skip = strlen (honorifics[h]) == wlen &&
                 g_ascii_strncasecmp (start, honorifics[h], wlen) == 0;
      if (skip)
        continue;

      for (const char *q = start; q < end; q++)
        {
          char c = g_ascii_tolower (*q);

          if (c >= 'a' && c <= 'z')
            g_string_append_c (letters, c);
        }
      key_letters (letters, key);
      if (key->len == 0)
        for (const char *q = start; q < end; q++)
          g_string_append_c (key, g_ascii_tolower (*q));

      if (n_keys > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, key->str, key->len);
      n_keys++;
    }

  g_string_free (letters, TRUE);
  g_string_free (key, TRUE);
  return g_string_free (out, FALSE);
}

char *
ch_alias_name_key (const char *name)
{
  g_autoptr(GPtrArray) keys = NULL;
  GString *out;

  g_return_val_if_fail (name != NULL, NULL);

  {
    const char *q = name;

    while (*q != '\0' && (guchar) *q < 0x80)
      q++;
    if (*q == '\0')
      return name_key_ascii (name);
  }

  out = g_string_new (NULL);
  keys = name_keys (name);
  for (guint i = 0; i < keys->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, keys->pdata[i]);
    }
  return g_string_free (out, FALSE);
}

/* Keys one edit apart (one letter added, dropped or changed) */
static gboolean
one_edit_apart (const char *a,
                const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize i = 0;

  if (la < lb)
    {
      const char *t = a;

      a = b;
      b = t;
      la = strlen (a);
      lb = strlen (b);
    }
  if (la - lb > 1)
    return FALSE;
  while (i < lb && a[i] == b[i])
    i++;
  /* "Luis" and "Luiz", "Jose" and "Joze": an s written z, even in a
   * word too short for any other letter to differ */
  if (la == lb && i < lb && ((a[i] == 's' && b[i] == 'z') || (a[i] == 'z' && b[i] == 's')))
    return strcmp (a + i + 1, b + i + 1) == 0;
  if (lb < 4)
    return FALSE;
  if (la == lb)
    return strcmp (a + i + 1, b + i + 1) == 0;
  return strcmp (a + i + 1, b + i) == 0;
}

/* Word keys are equal, or, once per name, one edit apart: transliterations
 * differ by a letter more often than the skeleton rules can foresee. */
static gboolean
word_equal (const char *a,
            const char *b,
            gboolean   *fuzzy_left)
{
  if (strcmp (a, b) == 0)
    return TRUE;
  if (*fuzzy_left && one_edit_apart (a, b))
    {
      *fuzzy_left = FALSE;
      return TRUE;
    }
  return FALSE;
}

/* "Kishida Fumio" and "Fumio Kishida", "Orbán Viktor" and "Viktor Orbán",
 * "Lee Jae-myung" and "Jae-myung Lee": Japanese, Chinese, Korean and
 * Hungarian writers put the family name first, the foreign press often
 * last. The name moves round by one word as a whole; nothing else may
 * differ, not even by a letter, since people who share a family name share
 * words: "Kim Yo Jong" is no reordering of "Kim Jong Un", nor "Lee Kuan
 * Yew" of "Lee Hsien Loong", nor "Benazir Bhutto" of "Bhutto Zardari".
 * Names of four words and more are not told in two orders. */
static gboolean
words_rotated (GPtrArray *a,
               GPtrArray *b)
{
  guint n = a->len;
  gboolean left = TRUE, right = TRUE;

  if (n < 2 || n > 3 || b->len != n)
    return FALSE;
  for (guint i = 0; i < n && (left || right); i++)
    {
      left = left && strcmp (a->pdata[i], b->pdata[(i + 1) % n]) == 0;
      right = right && strcmp (a->pdata[(i + 1) % n], b->pdata[i]) == 0;
    }
  return left || right;
}

/* The key of two words written as one: the second word's first letter
 * is no longer first, so a vowel there drops out and a consonant the
 * first word ends with is not doubled */
static char *
join_keys (const char *a,
           const char *b)
{
  gsize la = strlen (a);

  if (*b == 'a')
    b++;
  if (la > 0 && *b == a[la - 1])
    b++;
  return g_strconcat (a, b, NULL);
}

/* "Hossein Amirabdollahian" and "Hossein Amir-Abdollahian", "Karim
 * Abdelaziz" and "Karim Abdel Aziz": Arabic and Persian compound names
 * are written as one word or two. @l has one word more than @s; two of
 * its neighbours joined give @s's words, one of them (at most) a letter
 * apart. */
static gboolean
keys_match_joined (GPtrArray *s,
                   GPtrArray *l)
{
  for (guint join = 0; join + 1 < l->len; join++)
    {
      gboolean fuzzy = TRUE;
      gboolean same = TRUE;

      for (guint i = 0, k = 0; same && i < s->len; i++, k++)
        if (k == join)
          {
            g_autofree char *joined = join_keys (l->pdata[k], l->pdata[k + 1]);

            same = word_equal (joined, s->pdata[i], &fuzzy);
            k++;
          }
        else
          same = word_equal (l->pdata[k], s->pdata[i], &fuzzy);
      if (same)
        return TRUE;
    }
  return FALSE;
}

static gboolean
keys_match (GPtrArray *a,
            GPtrArray *b)
{
  GPtrArray *s, *l;
  guint j = 0;
  gboolean fuzzy = TRUE;
  gboolean first_same, last_same;

  if (a->len == 0 || b->len == 0)
    return FALSE;
  if (words_rotated (a, b))
    return TRUE;
  s = a->len <= b->len ? a : b;
  l = s == a ? b : a;

  if (s->len == 1)
    return word_equal (s->pdata[0], l->pdata[l->len - 1], &fuzzy);

  first_same = strcmp (s->pdata[0], l->pdata[0]) == 0;
  last_same = strcmp (s->pdata[s->len - 1], l->pdata[l->len - 1]) == 0;
  if (!first_same && !last_same)
    return FALSE;

  /* ordered subsequence */
  for (guint i = 0; i < l->len && j < s->len; i++)
    if (word_equal (l->pdata[i], s->pdata[j], &fuzzy))
      j++;
  if (j == s->len)
    return TRUE;
  return l->len == s->len + 1 && keys_match_joined (s, l);
}

/**
 * ch_alias_names_match:
 *
 * Returns: whether @a and @b may be spellings of one person's name
 */
gboolean
ch_alias_names_match (const char *a,
                      const char *b)
{
  g_autoptr(GPtrArray) ka = NULL;
  g_autoptr(GPtrArray) kb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ka = name_keys (a);
  kb = name_keys (b);
  return keys_match (ka, kb);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
ch_aliases_finalize (GObject *object)
{
  ChAliases *self = (ChAliases *) object;

  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->canonical);
  g_hash_table_unref (self->spellings);
  g_hash_table_unref (self->splits);
  g_string_chunk_free (self->names);

  G_OBJECT_CLASS (ch_aliases_parent_class)->finalize (object);
}

static void
ch_aliases_class_init (ChAliasesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_aliases_finalize;
}

static void
ch_aliases_init (ChAliases *self)
{
  self->names = g_string_chunk_new (4096);
  self->counts = g_hash_table_new (g_str_hash, g_str_equal);
  self->canonical = g_hash_table_new (g_str_hash, g_str_equal);
  self->spellings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) g_ptr_array_unref);
  self->splits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

ChAliases *
ch_aliases_new (void)
{
  return g_object_new (CH_TYPE_ALIASES, NULL);
}

typedef struct
{
  const char *spelling;
  guint       count;
  GPtrArray  *keys;
  guint       cluster;
  const ChGazEntry *listed;   /* the person the gazetteer lists under it */
} Spelling;

typedef struct
{
  GPtrArray *members;   /* Spelling* */
  GPtrArray *keys;      /* of the longest member */
  gboolean   split;
} Cluster;

static int
compare_spellings (gconstpointer a,
                   gconstpointer b)
{
  const Spelling *sa = *(Spelling * const *) a;
  const Spelling *sb = *(Spelling * const *) b;

  if (sa->keys->len != sb->keys->len)
    return (int) sb->keys->len - (int) sa->keys->len;
  if (sa->count != sb->count)
    return (int) sb->count - (int) sa->count;
  return strcmp (sa->spelling, sb->spelling);
}

static void
index_cluster (GHashTable *index,
               const char *key,
               guint       cluster)
{
  GArray *list = g_hash_table_lookup (index, key);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, g_strdup (key), list);
    }
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, guint, i) == cluster)
      return;
  g_array_append_val (list, cluster);
}

typedef struct
{
  const char *name;     /* interned by the gazetteer */
  GPtrArray  *keys;
  GPtrArray  *folds;
} CuratedKeys;

/* A name's words folded to lower-case ASCII letters, honorifics and
 * initials left out as name_keys() leaves them: the words as spelt, where
 * the keys say only how they sound. */
static GPtrArray *
name_folds (const char *name)
{
  g_auto(GStrv) words = NULL;
  GPtrArray *folds = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *copy = g_strdup (name);

  g_strdelimit (copy, "\"“”‘’'.,()-", ' ');
  words = g_strsplit_set (copy, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *ascii = NULL;
      g_autofree char *lower = NULL;
      gboolean skip = FALSE;

      if (g_utf8_strlen (words[i], -1) <= 1)
        continue;
      lower = g_utf8_strdown (words[i], -1);
      for (guint h = 0; honorifics[h] != NULL; h++)
        if (strcmp (lower, honorifics[h]) == 0 && folds->len == 0 && words[i + 1] != NULL)
          skip = TRUE;
      if (skip)
        continue;
      ascii = g_str_to_ascii (lower, "C");
      g_ptr_array_add (folds, g_steal_pointer (&ascii));
    }
  return folds;
}

/* Whether a name spelt @spelt (keys and folded words) names the listed
 * person @ck. A spelling as long as the listed name may differ in how its
 * words are transliterated; a shorter one leaves words out, and then the
 * words it keeps must be the listed words as spelt, its first and last
 * words the listed given name and surname: "Hasan Mahmud" sounds like two
 * of the words of "Hassan Sheikh Mohamud" but is someone else, and a
 * listed "Mohammad Mustafa" is no name for "Mohammad Ali Mustafa".
 * Returns how close the match is: 3 the same words as spelt, 2 listed
 * words left out, 1 the same words transliterated otherwise, 0 none. */
static guint
curated_match (const CuratedKeys *ck,
               GPtrArray         *keys,
               GPtrArray         *folds)
{
  guint j = 0;
  gboolean as_spelt = folds->len == keys->len && ck->folds->len == ck->keys->len;

  if (keys->len < 2 || ck->keys->len < 2 || keys->len > ck->keys->len)
    return 0;
  if (keys->len == ck->keys->len)
    {
      guint sound_apart = 0, spelt_apart = 0;

      if (!keys_match (ck->keys, keys))
        return 0;
      for (guint i = 0; as_spelt && i < folds->len; i++)
        as_spelt = strcmp (folds->pdata[i], ck->folds->pdata[i]) == 0;
      if (as_spelt)
        return 3;
      /* "Sergey Lavrov" for Sergei Lavrov: one word transliterated
       * otherwise, or words that sound the same; but "Anna Berzina" is
       * not Johnny Briceño, whose keys come within one letter of hers
       * while both words are spelt otherwise */
      for (guint i = 0; i < keys->len; i++)
        {
          sound_apart += strcmp (keys->pdata[i], ck->keys->pdata[i]) != 0;
          if (folds->len == keys->len && ck->folds->len == ck->keys->len)
            spelt_apart += strcmp (folds->pdata[i], ck->folds->pdata[i]) != 0;
        }
      return sound_apart > 0 && spelt_apart > 1 ? 0 : 1;
    }
  if (!as_spelt ||
      strcmp (folds->pdata[0], ck->folds->pdata[0]) != 0 ||
      strcmp (folds->pdata[folds->len - 1], ck->folds->pdata[ck->folds->len - 1]) != 0)
    return 0;
  for (guint i = 0; i < ck->folds->len && j < folds->len; i++)
    if (strcmp (ck->folds->pdata[i], folds->pdata[j]) == 0)
      j++;
  return j == folds->len ? 2 : 0;
}

/* The name keys of every curated person, in gazetteer order, made once:
 * the default gazetteer never changes, and the people list is long enough
 * (over a thousand office holders) that keying it again for every cluster
 * of every consolidation would dominate the run. */
static GArray *
curated_keys (ChGazetteer *gazetteer)
{
  static GArray *list = NULL;

  if (g_once_init_enter (&list))
    {
      g_autoptr(GPtrArray) people = ch_gazetteer_list (gazetteer, CH_GAZ_PERSON);
      GArray *made = g_array_sized_new (FALSE, FALSE, sizeof (CuratedKeys), people->len);

      for (guint i = 0; i < people->len; i++)
        {
          const ChGazEntry *entry = people->pdata[i];
          CuratedKeys ck = { entry->name, name_keys (entry->name), name_folds (entry->name) };

          g_array_append_val (made, ck);
        }
      g_once_init_leave (&list, made);
    }
  return list;
}

static const char *
curated_name (Cluster *cluster)
{
  ChGazetteer *gazetteer = ch_gazetteer_get_default ();
  g_autoptr(GPtrArray) folds = NULL;
  const Spelling *longest;
  const char *best = NULL;
  guint best_quality = 0;
  gboolean tied = FALSE;
  GArray *people;

  for (guint i = 0; i < cluster->members->len; i++)
    {
      const Spelling *s = cluster->members->pdata[i];
      const ChGazEntry *entry = ch_gazetteer_lookup (gazetteer, CH_GAZ_PERSON, s->spelling);

      if (entry != NULL)
        return entry->name;
    }

  if (cluster->keys->len < 2 || ch_gazetteer_get_n_entries (gazetteer, CH_GAZ_PERSON) == 0)
    return NULL;

  /* a curated spelling that is a transliteration variant of this one;
   * the cluster's keys are those of its longest member */
  longest = cluster->members->pdata[0];
  folds = name_folds (longest->spelling);
  people = curated_keys (gazetteer);
  /* the closest listed person; two as close name no one for sure */
  for (guint i = 0; i < people->len; i++)
    {
      const CuratedKeys *ck = &g_array_index (people, CuratedKeys, i);
      guint quality = curated_match (ck, cluster->keys, folds);

      if (quality > best_quality)
        {
          best_quality = quality;
          best = ck->name;
          tied = FALSE;
        }
      else if (quality > 0 && quality == best_quality && ck->name != best)
        tied = TRUE;
    }
  if (best != NULL || folds->len != cluster->keys->len)
    return tied ? NULL : best;

  /* "Ishiba Shigeru" for a listed "Shigeru Ishiba": the listed words, as
   * spelt, in the other order */
  for (guint i = 0; i < people->len; i++)
    {
      const CuratedKeys *ck = &g_array_index (people, CuratedKeys, i);

      if (words_rotated (ck->keys, cluster->keys) && words_rotated (ck->folds, folds) &&
          ck->name != best)
        {
          if (best != NULL)
            return NULL;
          best = ck->name;
        }
    }
  return best;
}

/* "Maryam Nawaz Sharif" is Nawaz Sharif's daughter, "Hamza Shehbaz
 * Sharif" Shehbaz Sharif's son: where a name is made of one's own given
 * name and the father's name, a longer name ending in a listed person's
 * whole name is someone else's. The listed person's own longer forms are
 * listed with them ("Mian Nawaz Sharif"); "Muhammad" (or "Md") in front
 * is the one word commonly added to a name without a list saying so. */
static gboolean
another_given_name_in_front (const Cluster  *cluster,
                             const Spelling *s)
{
  const Spelling *head = cluster->members->pdata[0];
  const char *front = cluster->keys->pdata[0];

  if (s->listed == NULL || head->listed == s->listed || cluster->keys->len <= s->keys->len)
    return FALSE;
  if (strcmp (front, s->keys->pdata[0]) == 0)
    return FALSE;
  return strcmp (front, "mmd") != 0 && strcmp (front, "md") != 0;
}

static void
recluster (ChAliases *self)
{
  g_autoptr(GPtrArray) spellings = g_ptr_array_new ();
  g_autoptr(GPtrArray) clusters = g_ptr_array_new ();
  g_autoptr(GHashTable) by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) by_last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove_all (self->canonical);
  g_hash_table_remove_all (self->spellings);

  g_hash_table_iter_init (&iter, self->counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Spelling *s = g_new0 (Spelling, 1);

      s->spelling = key;
      s->count = GPOINTER_TO_UINT (value);
      s->keys = name_keys (key);
      if (s->keys->len >= 2)
        s->listed = ch_gazetteer_lookup (ch_gazetteer_get_default (), CH_GAZ_PERSON, key);
      g_ptr_array_add (spellings, s);
    }
  g_ptr_array_sort (spellings, compare_spellings);

  for (guint i = 0; i < spellings->len; i++)
    {
      Spelling *s = spellings->pdata[i];
      gboolean split = g_hash_table_contains (self->splits, s->spelling);
      gint found = -1;
      gboolean ambiguous = FALSE;

      if (!split && s->keys->len > 0)
        {
          GArray *lists[4] = { NULL, NULL, NULL, NULL };

          lists[0] = g_hash_table_lookup (by_first, s->keys->pdata[0]);
          lists[1] = g_hash_table_lookup (by_last, s->keys->pdata[s->keys->len - 1]);
          /* a person whose name this one tells in the other order */
          if (s->keys->len >= 2)
            {
              lists[2] = g_hash_table_lookup (by_last, s->keys->pdata[0]);
              lists[3] = g_hash_table_lookup (by_first, s->keys->pdata[s->keys->len - 1]);
            }
          for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
            for (guint k = 0; lists[l] != NULL && k < lists[l]->len; k++)
              {
                guint c = g_array_index (lists[l], guint, k);
                Cluster *cluster = clusters->pdata[c];

                if (cluster->split || (gint) c == found)
                  continue;
                if (keys_match (cluster->keys, s->keys) && !another_given_name_in_front (cluster, s))
                  {
                    if (found >= 0)
                      ambiguous = TRUE;
                    else
                      found = (gint) c;
                  }
              }
        }

      /* a surname alone joins a person only when just one person has it */
      if (found >= 0 && ambiguous && s->keys->len == 1)
        found = -1;

      if (found < 0)
        {
          Cluster *cluster = g_new0 (Cluster, 1);

          cluster->members = g_ptr_array_new ();
          cluster->keys = s->keys;
          cluster->split = split;
          found = (gint) clusters->len;
          g_ptr_array_add (clusters, cluster);
          if (s->keys->len > 0 && !split)
            {
              index_cluster (by_first, s->keys->pdata[0], found);
              index_cluster (by_last, s->keys->pdata[s->keys->len - 1], found);
            }
        }
      g_ptr_array_add (((Cluster *) clusters->pdata[found])->members, s);
    }

  for (guint c = 0; c < clusters->len; c++)
    {
      Cluster *cluster = clusters->pdata[c];
      /* A spelling the user kept apart keeps its own name: the curated
       * one would fold it into the person it was separated from. */
      const char *name = cluster->split ? NULL : curated_name (cluster);
      const Spelling *best = NULL;
      GPtrArray *list;

      if (name == NULL)
        {
          for (guint i = 0; i < cluster->members->len; i++)
            {
              const Spelling *s = cluster->members->pdata[i];

              if (best == NULL ||
                  (s->keys->len >= 2) > (best->keys->len >= 2) ||
                  ((s->keys->len >= 2) == (best->keys->len >= 2) &&
                   (s->count > best->count ||
                    (s->count == best->count && strcmp (s->spelling, best->spelling) < 0))))
                best = s;
            }
          name = best->spelling;
        }
      name = g_string_chunk_insert_const (self->names, name);

      list = g_hash_table_lookup (self->spellings, name);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (self->spellings, (gpointer) name, list);
        }
      for (guint i = 0; i < cluster->members->len; i++)
        {
          const Spelling *s = cluster->members->pdata[i];

          g_hash_table_insert (self->canonical, (gpointer) s->spelling, (gpointer) name);
          g_ptr_array_add (list, (gpointer) s->spelling);
        }
      g_ptr_array_sort (list, compare_strings);
      g_ptr_array_unref (cluster->members);
      g_free (cluster);
    }

  for (guint i = 0; i < spellings->len; i++)
    {
      Spelling *s = spellings->pdata[i];

      g_ptr_array_unref (s->keys);
      g_free (s);
    }
}

/**
 * ch_aliases_rebuild:
 * @events: (element-type ChEvent): every event of the corpus
 *
 * Groups the participant spellings of @events (their mentions, as the
 * documents spell them) into persons and picks each one's canonical name.
 */
void
ch_aliases_rebuild (ChAliases *self,
                    GPtrArray *events)
{
  g_return_if_fail (CH_IS_ALIASES (self));
  g_return_if_fail (events != NULL);

  g_hash_table_remove_all (self->canonical);
  g_hash_table_remove_all (self->spellings);
  g_hash_table_remove_all (self->counts);

  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *event = events->pdata[i];
      const char * const *names = ch_event_get_mentions (event);

      if (names == NULL || names[0] == NULL)
        names = ch_event_get_participants (event);
      for (guint k = 0; names != NULL && names[k] != NULL; k++)
        {
          const char *spelling;
          guint count;

          if (*names[k] == '\0')
            continue;
          spelling = g_string_chunk_insert_const (self->names, names[k]);
          count = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, spelling));
          g_hash_table_insert (self->counts, (gpointer) spelling, GUINT_TO_POINTER (count + 1));
        }
    }

  recluster (self);
}

/**
 * ch_aliases_lookup:
 * @spelling: a name as a document spells it
 *
 * Returns: (nullable): the canonical name of @spelling, or %NULL when the
 *   last rebuild did not see it
 */
const char *
ch_aliases_lookup (ChAliases  *self,
                   const char *spelling)
{
  g_return_val_if_fail (CH_IS_ALIASES (self), NULL);
  g_return_val_if_fail (spelling != NULL, NULL);

  return g_hash_table_lookup (self->canonical, spelling);
}

/**
 * ch_aliases_dup_spellings:
 * @canonical: a canonical name
 *
 * Returns: (transfer full): the spellings merged into @canonical, sorted
 */
char **
ch_aliases_dup_spellings (ChAliases  *self,
                          const char *canonical)
{
  GPtrArray *list;
  GPtrArray *ret;

  g_return_val_if_fail (CH_IS_ALIASES (self), NULL);
  g_return_val_if_fail (canonical != NULL, NULL);

  ret = g_ptr_array_new ();
  list = g_hash_table_lookup (self->spellings, canonical);
  for (guint i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (ret, g_strdup (list->pdata[i]));
  g_ptr_array_add (ret, NULL);
  return (char **) g_ptr_array_free (ret, FALSE);
}

/**
 * ch_aliases_split:
 * @spelling: a spelling the user wants kept apart
 *
 * Undoes a merge: @spelling becomes a person of its own, now and after
 * every rebuild, until ch_aliases_unsplit().
 */
void
ch_aliases_split (ChAliases  *self,
                  const char *spelling)
{
  g_return_if_fail (CH_IS_ALIASES (self));
  g_return_if_fail (spelling != NULL);

  g_hash_table_add (self->splits, g_strdup (spelling));
  recluster (self);
}

void
ch_aliases_unsplit (ChAliases  *self,
                    const char *spelling)
{
  g_return_if_fail (CH_IS_ALIASES (self));
  g_return_if_fail (spelling != NULL);

  if (g_hash_table_remove (self->splits, spelling))
    recluster (self);
}

/**
 * ch_aliases_dup_splits:
 *
 * Returns: (transfer full): the spellings kept apart, sorted
 */
char **
ch_aliases_dup_splits (ChAliases *self)
{
  g_autofree gpointer *keys = NULL;
  guint n;
  char **ret;

  g_return_val_if_fail (CH_IS_ALIASES (self), NULL);

  keys = g_hash_table_get_keys_as_array (self->splits, &n);
  ret = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    ret[i] = g_strdup (keys[i]);
  qsort (ret, n, sizeof (char *), compare_strings);
  return ret;
}

/**
 * ch_aliases_take:
 * @self: the aliases to replace
 * @other: aliases built elsewhere
 *
 * Makes @self what @other is (spellings, clusters and splits) without
 * working anything out again: consolidation builds its aliases in a worker
 * thread, where reclustering some thousands of names takes half a second,
 * and the main thread only copies the result in. Names @self returned
 * before stay valid, as after ch_aliases_rebuild().
 */
void
ch_aliases_take (ChAliases *self,
                 ChAliases *other)
{
  GHashTableIter iter;
  gpointer key, value;
  GHashTable *splits;

  g_return_if_fail (CH_IS_ALIASES (self));
  g_return_if_fail (CH_IS_ALIASES (other));

  if (self == other)
    return;

  g_hash_table_remove_all (self->counts);
  g_hash_table_remove_all (self->canonical);
  g_hash_table_remove_all (self->spellings);

  g_hash_table_iter_init (&iter, other->counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->counts, g_string_chunk_insert_const (self->names, key), value);

  g_hash_table_iter_init (&iter, other->canonical);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->canonical,
                         g_string_chunk_insert_const (self->names, key),
                         g_string_chunk_insert_const (self->names, value));

  g_hash_table_iter_init (&iter, other->spellings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;
      GPtrArray *copy = g_ptr_array_sized_new (list->len);

      for (guint i = 0; i < list->len; i++)
        g_ptr_array_add (copy, g_string_chunk_insert_const (self->names, list->pdata[i]));
      g_hash_table_insert (self->spellings, g_string_chunk_insert_const (self->names, key), copy);
    }

  /* The splits own their strings: they can change hands. */
  splits = self->splits;
  self->splits = g_steal_pointer (&other->splits);
  g_hash_table_remove_all (splits);
  other->splits = splits;
}
