/* ch-text-index.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-text-index"

#include "config.h"

#include <string.h>

#include "ch-text-index.h"

/*
 * Free-text search looks for a string anywhere in casefolded texts (the
 * evidence sentences of a million events, say): a plain scan reads them
 * all, some hundred megabytes, on every search. ChTextIndex answers the
 * same question from an index of the texts' words, and answers it
 * exactly: its matches are those of ch_text_scan(), text for text.
 *
 * A word is a longest run of bytes that are not separators, a separator
 * being any ASCII byte but a letter or a digit (so a word may hold any
 * non-ASCII character: a UTF-8 sequence never contains an ASCII byte).
 * Each word has a posting list, the numbers of the texts that have it,
 * stored as varint gaps: most gaps fit one byte.
 *
 * A needle without separators can only occur inside one word, and it
 * occurs in a text exactly when one of the text's words contains it: the
 * union of the posting lists of the words that contain it is the answer,
 * with no text read. A needle with separators ("new york", "talks,")
 * splits into pieces that a matching text must have as words: the first
 * piece as the end of a word, the middle ones as whole words, the last as
 * the start of a word. The texts that have all of them are candidates,
 * each checked by casefolding it and searching it, as the scan does.
 */

struct _ChTextIndex
{
  guint    n_texts;
  guint    n_words;
  char    *vocab;            /* the words, each ended by a NUL, by id */
  gsize    vocab_len;
  guint32 *word_starts;      /* id -> offset in vocab; n_words + 1 entries */
  guint8  *postings;         /* id -> gaps between the texts that have it */
  gsize   *posting_starts;   /* id -> offset in postings; n_words + 1 entries */
};

static inline gboolean
is_separator (guchar c)
{
  return c < 0x80 && !g_ascii_isalnum (c);
}

/**
 * ch_text_fold_append:
 * @out: where to append
 * @text: any text
 *
 * Appends @text casefolded as g_utf8_casefold() does; ASCII, most of what
 * news text is, without a temporary string.
 */
void
ch_text_fold_append (GString    *out,
                     const char *text)
{
  const char *p;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  for (p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      break;

  if (*p == '\0')
    {
      gsize start = out->len;

      g_string_append_len (out, text, p - text);
      for (gsize i = start; i < out->len; i++)
        out->str[i] = g_ascii_tolower (out->str[i]);
    }
  else
    {
      g_autofree char *folded = g_utf8_casefold (text, -1);

      g_string_append (out, folded);
    }
}

/* Build */

typedef struct
{
  guint8  *data;
  guint32  len;
  guint32  alloc;
  guint32  last;     /* the last text added + 1; 0 for none */
} Building;

static void
put_gap (Building *b,
         guint32   gap)
{
  if (b->len + 5 > b->alloc)
    {
      b->alloc = MAX (8, b->alloc * 2);
      b->data = g_realloc (b->data, b->alloc);
    }
  while (gap >= 0x80)
    {
      b->data[b->len++] = (guint8) ((gap & 0x7f) | 0x80);
      gap >>= 7;
    }
  b->data[b->len++] = (guint8) gap;
}

static void
free_building (GArray *building)
{
  for (guint i = 0; i < building->len; i++)
    g_free (g_array_index (building, Building, i).data);
  g_array_unref (building);
}

/**
 * ch_text_index_new:
 * @get: gives the texts
 * @data: for @get
 * @n_texts: how many texts
 * @cancellable: (nullable): stops the build
 *
 * Indexes the words of @n_texts texts. Meant to run on a worker thread:
 * @get must be safe to call from it.
 *
 * Returns: (transfer full) (nullable): the index, %NULL when cancelled
 */
ChTextIndex *
ch_text_index_new (ChTextIndexGetFunc  get,
                   gpointer            data,
                   guint               n_texts,
                   GCancellable       *cancellable)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GStringChunk *chunk = g_string_chunk_new (16 * 1024);
  GArray *building = g_array_new (FALSE, TRUE, sizeof (Building));
  ChTextIndex *index;
  gsize vocab_len = 0, postings_len = 0;

  g_return_val_if_fail (get != NULL, NULL);

  for (guint i = 0; i < n_texts; i++)
    {
      const char *text, *p, *end;

      if ((i & 4095) == 0 && g_cancellable_is_cancelled (cancellable))
        {
          free_building (building);
          g_string_chunk_free (chunk);
          return NULL;
        }

      text = get (data, i);
      if (text == NULL || text[0] == '\0')
        continue;
      g_string_truncate (folded, 0);
      ch_text_fold_append (folded, text);

      p = folded->str;
      end = p + folded->len;
      while (p < end)
        {
          const char *start;
          gpointer id_plus_one;
          Building *b;

          while (p < end && is_separator (*p))
            p++;
          if (p == end)
            break;
          start = p;
          while (p < end && !is_separator (*p))
            p++;

          g_string_truncate (word, 0);
          g_string_append_len (word, start, p - start);
          id_plus_one = g_hash_table_lookup (ids, word->str);
          if (id_plus_one == NULL)
            {
              char *stored = g_string_chunk_insert_len (chunk, word->str, word->len);

              g_ptr_array_add (names, stored);
              g_array_set_size (building, building->len + 1);
              id_plus_one = GUINT_TO_POINTER (building->len);
              g_hash_table_insert (ids, stored, id_plus_one);
              vocab_len += word->len + 1;
            }

          b = &g_array_index (building, Building, GPOINTER_TO_UINT (id_plus_one) - 1);
          if (b->last == i + 1)
            continue;
          put_gap (b, i + 1 - b->last);
          b->last = i + 1;
        }
    }

  /* Into a few flat arrays, the building's slack dropped. */
  index = g_new0 (ChTextIndex, 1);
  index->n_texts = n_texts;
  index->n_words = building->len;
  for (guint w = 0; w < building->len; w++)
    postings_len += g_array_index (building, Building, w).len;

  index->vocab = g_malloc (MAX (vocab_len, 1));
  index->vocab_len = vocab_len;
  index->word_starts = g_new (guint32, index->n_words + 1);
  index->postings = g_malloc (MAX (postings_len, 1));
  index->posting_starts = g_new (gsize, index->n_words + 1);
  vocab_len = postings_len = 0;
  for (guint w = 0; w < building->len; w++)
    {
      Building *b = &g_array_index (building, Building, w);
      const char *name = g_ptr_array_index (names, w);
      gsize name_len = strlen (name) + 1;

      index->word_starts[w] = (guint32) vocab_len;
      memcpy (index->vocab + vocab_len, name, name_len);
      vocab_len += name_len;

      index->posting_starts[w] = postings_len;
      memcpy (index->postings + postings_len, b->data, b->len);
      postings_len += b->len;
      g_clear_pointer (&b->data, g_free);
    }
  index->word_starts[index->n_words] = (guint32) vocab_len;
  index->posting_starts[index->n_words] = postings_len;

  free_building (building);
  g_string_chunk_free (chunk);
  return index;
}

void
ch_text_index_free (ChTextIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->vocab);
  g_free (index->word_starts);
  g_free (index->postings);
  g_free (index->posting_starts);
  g_free (index);
}

guint
ch_text_index_get_n_texts (ChTextIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);
  return index->n_texts;
}

guint
ch_text_index_get_n_words (ChTextIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);
  return index->n_words;
}

/**
 * ch_text_index_get_size:
 *
 * Returns: the bytes the index holds
 */
gsize
ch_text_index_get_size (ChTextIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return sizeof *index + index->vocab_len + (index->n_words + 1) * sizeof (guint32) +
         index->posting_starts[index->n_words] + (index->n_words + 1) * sizeof (gsize);
}

/* Search */

static inline void
set_bit (guint64 *words,
         guint    i)
{
  words[i >> 6] |= G_GUINT64_CONSTANT (1) << (i & 63);
}

static void
or_postings (ChTextIndex *index,
             guint        id,
             guint64     *words)
{
  const guint8 *p = index->postings + index->posting_starts[id];
  const guint8 *end = index->postings + index->posting_starts[id + 1];
  guint32 last = 0;

  while (p < end)
    {
      guint32 gap = 0;
      guint shift = 0;

      do
        {
          gap |= (guint32) (*p & 0x7f) << shift;
          shift += 7;
        }
      while (*p++ & 0x80);
      last += gap;
      set_bit (words, last - 1);
    }
}

/* The id of the word at @offset of the vocabulary. */
static guint
word_at (ChTextIndex *index,
         gsize        offset)
{
  guint lo = 0, hi = index->n_words;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (index->word_starts[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static void
fill_all (guint64 *words,
          guint    n_bits)
{
  guint n_words = (n_bits + 63) / 64;

  memset (words, 0xff, n_words * sizeof (guint64));
  if (n_bits % 64 != 0)
    words[n_words - 1] = (G_GUINT64_CONSTANT (1) << (n_bits % 64)) - 1;
}

/* Whether the casefolded @i-th text contains @needle; @scratch is reused. */
static inline gboolean
text_has (ChTextIndexGetFunc  get,
          gpointer            data,
          guint               i,
          const char         *needle,
          gsize               needle_len,
          GString            *scratch)
{
  const char *text = get (data, i);

  g_string_truncate (scratch, 0);
  if (text != NULL)
    ch_text_fold_append (scratch, text);
  return memmem (scratch->str, scratch->len, needle, needle_len) != NULL;
}

/**
 * ch_text_index_search:
 * @needle: casefolded (g_utf8_casefold()) text to look for
 * @get: gives the texts the index was built from, for the needles that
 *   need checking
 * @data: for @get
 * @words: a bitset of ch_text_index_get_n_texts() bits
 *
 * Sets in @words the bit of each text whose casefolded form contains
 * @needle: the bits ch_text_scan() would set.
 */
void
ch_text_index_search (ChTextIndex        *index,
                      const char         *needle,
                      ChTextIndexGetFunc  get,
                      gpointer            data,
                      guint64            *words)
{
  g_autofree guint64 *candidates = NULL;
  g_autofree guint64 *piece_bits = NULL;
  g_autoptr(GString) scratch = NULL;
  gsize len, start = 0;
  guint n_words64;
  gboolean has_separator = FALSE;

  g_return_if_fail (index != NULL);
  g_return_if_fail (needle != NULL);
  g_return_if_fail (get != NULL);
  g_return_if_fail (words != NULL);

  len = strlen (needle);
  if (len == 0)
    {
      if (index->n_texts > 0)
        {
          g_autofree guint64 *all = g_new (guint64, (index->n_texts + 63) / 64);

          fill_all (all, index->n_texts);
          for (guint w = 0; w < (index->n_texts + 63) / 64; w++)
            words[w] |= all[w];
        }
      return;
    }

  for (gsize i = 0; i < len; i++)
    has_separator |= is_separator (needle[i]);

  if (!has_separator)
    {
      const char *at = index->vocab;
      const char *end = index->vocab + index->vocab_len;
      const char *hit;

      /* The NULs between words keep a hit inside one word. */
      while (at < end && (hit = memmem (at, end - at, needle, len)) != NULL)
        {
          guint id = word_at (index, hit - index->vocab);

          or_postings (index, id, words);
          at = index->vocab + index->word_starts[id + 1];
        }
      return;
    }

  n_words64 = (index->n_texts + 63) / 64;
  candidates = g_new (guint64, MAX (n_words64, 1));
  piece_bits = g_new (guint64, MAX (n_words64, 1));
  if (n_words64 == 0)
    return;
  fill_all (candidates, index->n_texts);

  while (start < len)
    {
      gsize end;
      gboolean open_left, open_right;

      while (start < len && is_separator (needle[start]))
        start++;
      if (start == len)
        break;
      end = start;
      while (end < len && !is_separator (needle[end]))
        end++;

      /* What comes before the first piece and after the last is not in
       * the needle: a word may go on there. */
      open_left = start == 0;
      open_right = end == len;
      memset (piece_bits, 0, n_words64 * sizeof (guint64));
      for (guint id = 0; id < index->n_words; id++)
        {
          const char *w = index->vocab + index->word_starts[id];
          gsize w_len = index->word_starts[id + 1] - index->word_starts[id] - 1;
          gsize p_len = end - start;
          gboolean ok;

          if (w_len < p_len)
            continue;
          if (open_left)
            ok = memcmp (w + w_len - p_len, needle + start, p_len) == 0;
          else if (open_right)
            ok = memcmp (w, needle + start, p_len) == 0;
          else
            ok = w_len == p_len && memcmp (w, needle + start, p_len) == 0;
          if (ok)
            or_postings (index, id, piece_bits);
        }
      for (guint w = 0; w < n_words64; w++)
        candidates[w] &= piece_bits[w];
      start = end;
    }

  scratch = g_string_new (NULL);
  for (guint w = 0; w < n_words64; w++)
    {
      guint64 word = candidates[w];

      while (word != 0)
        {
          guint i = w * 64 + (guint) __builtin_ctzll (word);

          word &= word - 1;
          if (text_has (get, data, i, needle, len, scratch))
            set_bit (words, i);
        }
    }
}

/**
 * ch_text_scan:
 * @needle: casefolded text to look for
 * @get: gives the texts
 * @data: for @get
 * @n_texts: how many
 * @words: a bitset of @n_texts bits
 *
 * Sets in @words the bit of each text whose casefolded form contains
 * @needle, reading every text: what an index answers without reading.
 */
void
ch_text_scan (const char         *needle,
              ChTextIndexGetFunc  get,
              gpointer            data,
              guint               n_texts,
              guint64            *words)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  gsize len;

  g_return_if_fail (needle != NULL);
  g_return_if_fail (get != NULL);
  g_return_if_fail (words != NULL || n_texts == 0);

  len = strlen (needle);
  for (guint i = 0; i < n_texts; i++)
    if (text_has (get, data, i, needle, len, scratch))
      set_bit (words, i);
}
