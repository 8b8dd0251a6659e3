/* ch-gazetteer.c: the curated lists of data/gazetteer compiled into matchers
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every name, alias, demonym and term is cut into tokens with the same
 * tokenizer the extractor runs over documents, and the token sequences go
 * into one trie whose edges live in an open-addressing hash table keyed by
 * (parent node, normalised token). Matching at a token position walks at
 * most a handful of edges, so matching a whole document is linear in its
 * length and allocates nothing. Tokens are compared case-folded; each entry
 * remembers which of its words start upper case so that "US" is not found
 * in "us" while "MOSCOW" in a dateline still is. Possessives ("Pakistan's")
 * need no variant because the tokenizer makes "'s" a token of its own, and
 * hyphenated compounds ("Pakistan-Russia") split at the hyphen the same way.
 *
 * After construction a gazetteer is never modified, so worker threads may
 * match against it concurrently.
 */

#define G_LOG_DOMAIN "ch-gazetteer"

#include "config.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ch-gazetteer.h"
#include "ch-gazetteer-resources.h"
#include "ch-xml.h"

#define MAX_XML_SIZE   (32 * 1024 * 1024)
#define MAX_KEY_LEN    64
#define MAX_DEPTH      16
#define RESOURCE_DIR   RESOURCE_BASE "/gazetteer/"

typedef struct
{
  guint32 parent;
  guint32 hash;
  guint32 child;
  guint32 key_off;
  guint32 key_len;
} Edge;

typedef struct
{
  guint32 entry;
  guint32 next;
} Link;

/* A node of the trie: its entries, and the key of the edge leading to it,
 * so that a root slot needs no more than the hash and the node. */
typedef struct
{
  guint32 head;         /* first Link + 1, 0 = none */
  guint32 key_off;
  guint32 key_len;
  /* a bit per child, by child_bit() of its key's hash: most words after
   * a word that starts an entry continue none, and a clear bit says so
   * without probing the edges; 0 = no children */
  guint64 child_bits;
} Node;

static inline guint64
child_bit (guint32 hash)
{
  return G_GUINT64_CONSTANT (1) << (hash >> 26);
}

/* The edges leaving the root, once more in a table of their own: every
 * word of every document is looked up there, and most find nothing. A
 * slot of 8 bytes, a quarter full at most, turns a miss into one or two
 * loads. */
typedef struct
{
  guint32 hash;
  guint32 child;        /* 0 = empty */
} RootSlot;

/* Where the probe for @hash starts in a table of 2^(32 - @shift) slots;
 * the roots of a gazetteer and the index of first words are both such
 * tables, probed linearly */
static inline guint
slot_of (guint32 hash,
         guint   shift)
{
  return (hash * 0x9e3779b1u) >> shift;
}

struct _ChGazetteer
{
  GObject     parent_instance;

  GPtrArray  *entries;          /* ChGazEntry*, owned */
  GArray     *nodes;            /* Node; node 0 is the root */
  GArray     *links;            /* Link */
  Edge       *edges;
  guint       n_edges;
  guint       edge_mask;
  GString    *keys;
  RootSlot   *roots;
  guint       n_roots;
  guint       root_shift;       /* 32 - log2 (number of root slots) */
  guint       root_mask;
  GHashTable *names[CH_GAZ_N_KINDS];   /* canonical name -> first entry */
  GHashTable *members;          /* organization's canonical name -> GStrv of interned codes */
  guint       counts[CH_GAZ_N_KINDS];  /* canonical entries per kind */
};

G_DEFINE_FINAL_TYPE (ChGazetteer, ch_gazetteer, G_TYPE_OBJECT)

static GType gazetteer_type;   /* set by class_init, for ch_gazetteer_match() */

static const char *kind_names[CH_GAZ_N_KINDS] = {
  [CH_GAZ_COUNTRY]      = "countries",
  [CH_GAZ_CITY]         = "cities",
  [CH_GAZ_VENUE]        = "venues",
  [CH_GAZ_ORGANIZATION] = "organizations",
  [CH_GAZ_INSTITUTION]  = "institutions",
  [CH_GAZ_TITLE]        = "titles",
  [CH_GAZ_TOPIC]        = "topics",
  [CH_GAZ_PERSON]       = "people",
  [CH_GAZ_CUE]          = "cues",
};

/* Index of first words */

typedef struct
{
  /* what ch_gaz_index_scan() reads of a word it finds, first: the
   * first eight bytes of the key (zero bytes after a shorter one), in
   * the order load64_le() reads them */
  guint64 key8;
  /* the child_bits of the gazetteers in cont, together: a word after
   * this one none of whose bit is set continues no match */
  guint64 cont_bits;
  guint32 hash;
  guint32 key_len;
  /* the word's number, shifted, and the bits of the gazetteers where
   * the word is an entry, for ch_gaz_index_scan() */
  guint32 code;
  guint32 cont;                     /* the bits of those where it only starts longer entries */
  guint16 classes;                  /* ch_gaz_index_add_class() */
  guint32 key_off;
  guint32 node[CH_GAZ_INDEX_MAX];   /* per gazetteer, the root's child; 0 = none */
  guint64 child_bits[CH_GAZ_INDEX_MAX];   /* that node's */
  /* per gazetteer: the node has entries (ROOT_ENTRIES), and all of them
   * match a word in any case (ROOT_PLAIN), so that the longest match
   * is known without a walk when no second word can follow */
  guint8  root[CH_GAZ_INDEX_MAX];
  guint16 single[CH_GAZ_INDEX_MAX];       /* ROOT_PLAIN: the value ch_gaz_index_longest() keeps */
} IndexWord;

enum
{
  ROOT_ENTRIES = 1 << 0,
  ROOT_PLAIN   = 1 << 1,
};

/* Whether the token after @pos may continue a match from a node whose
 * children's hash bits are @child_bits, as match_from() tests it */
static inline gboolean
may_continue (const ChToken *tokens,
              guint          n_tokens,
              guint          pos,
              guint64        child_bits)
{
  const ChToken *next = &tokens[pos + 1];

  return child_bits != 0 && pos + 1 < n_tokens && !(next->flags & CH_TOKEN_PARAGRAPH) &&
         next->len <= MAX_KEY_LEN && (child_bits & child_bit (next->hash)) != 0;
}

struct _ChGazIndex
{
  ChGazetteer *gazetteers[CH_GAZ_INDEX_MAX];
  guint        n_gazetteers;
  GArray      *words;     /* IndexWord; word 0 is no word */
  GString     *keys;      /* padded like ChGazetteer.keys */
  RootSlot    *slots;     /* hash -> word, a quarter full at most */
  guint        shift;
  guint        mask;
};

/* Tokenizer */

/* A token's hash is that of its normalised key (see token_key()), taken
 * eight bytes at a time: a word's bytes, folded to lower case, are
 * multiplied in a word at a time rather than a byte at a time. The last
 * chunk is padded with zero bytes, which no key contains. */
#define HASH_SEED G_GUINT64_CONSTANT (0x6a09e667f3bcc908)

static inline guint64
hash_chunk (guint64 h,
            guint64 chunk)
{
  return (h ^ chunk) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
}

static inline guint32
hash_finish (guint64 h)
{
  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  h ^= h >> 32;
  return (guint32) h;
}

/* The hash of key bytes fed one at a time, for the tokens that are not
 * plain ASCII words */
typedef struct
{
  guint64 h;
  guint64 acc;
  guint   n;
} KeyHasher;

static inline void
key_hasher_init (KeyHasher *kh)
{
  kh->h = HASH_SEED;
  kh->acc = 0;
  kh->n = 0;
}

static inline void
key_hasher_add (KeyHasher *kh,
                guchar     c)
{
  kh->acc |= (guint64) c << (8 * (kh->n & 7));
  kh->n++;
  if ((kh->n & 7) == 0)
    {
      kh->h = hash_chunk (kh->h, kh->acc);
      kh->acc = 0;
    }
}

static inline guint32
key_hasher_finish (const KeyHasher *kh)
{
  guint64 h = kh->h;

  if ((kh->n & 7) != 0)
    h = hash_chunk (h, kh->acc);
  return hash_finish (h);
}

/* the hash of the one-byte key @c */
static inline guint32
hash_char (guchar c)
{
  return hash_finish (hash_chunk (HASH_SEED, c));
}

/* eight bytes in little-endian order: byte k of a key in bits 8k up */
static inline guint64
load64_le (const void *p)
{
  guint64 v;

  memcpy (&v, p, sizeof v);
  return GUINT64_FROM_LE (v);
}

/* the hash of the key "'s" */
static inline guint32
possessive_hash (void)
{
  return hash_finish (hash_chunk (HASH_SEED, '\'' | ('s' << 8)));
}

/* The hash of a word of @len ASCII letters and digits at @p: folded to
 * lower case by setting the 0x20 bit of every byte, which digits have */
static inline guint32
ascii_word_hash (const guchar *p,
                 gsize         len)
{
  guint64 h = HASH_SEED;
  guint64 tail = 0;

  for (; len >= 8; p += 8, len -= 8)
    h = hash_chunk (h, load64_le (p) | G_GUINT64_CONSTANT (0x2020202020202020));
  if (len > 0)
    {
      for (gsize k = 0; k < len; k++)
        tail |= (guint64) (p[k] | 0x20) << (8 * k);
      h = hash_chunk (h, tail);
    }
  return hash_finish (h);
}

static inline gboolean
is_ascii_alnum (guchar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

enum
{
  C_SPACE = 1 << 0,   /* the ASCII white space the tokenizer skips */
  C_ALNUM = 1 << 1,
  C_DIGIT = 1 << 2,
  C_UPPER = 1 << 3,
  C_LOWER = 1 << 4,
};

#define CL_LOWER (C_ALNUM | C_LOWER)
#define CL_UPPER (C_ALNUM | C_UPPER)
#define CL_DIGIT (C_ALNUM | C_DIGIT)

/* per byte: what the tokenizer needs to know of an ASCII character */
static const guint8 char_class[256] = {
  ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE,
  [' '] = C_SPACE,
  ['0'] = CL_DIGIT, ['1'] = CL_DIGIT, ['2'] = CL_DIGIT, ['3'] = CL_DIGIT, ['4'] = CL_DIGIT,
  ['5'] = CL_DIGIT, ['6'] = CL_DIGIT, ['7'] = CL_DIGIT, ['8'] = CL_DIGIT, ['9'] = CL_DIGIT,
  ['A'] = CL_UPPER, ['B'] = CL_UPPER, ['C'] = CL_UPPER, ['D'] = CL_UPPER, ['E'] = CL_UPPER,
  ['F'] = CL_UPPER, ['G'] = CL_UPPER, ['H'] = CL_UPPER, ['I'] = CL_UPPER, ['J'] = CL_UPPER,
  ['K'] = CL_UPPER, ['L'] = CL_UPPER, ['M'] = CL_UPPER, ['N'] = CL_UPPER, ['O'] = CL_UPPER,
  ['P'] = CL_UPPER, ['Q'] = CL_UPPER, ['R'] = CL_UPPER, ['S'] = CL_UPPER, ['T'] = CL_UPPER,
  ['U'] = CL_UPPER, ['V'] = CL_UPPER, ['W'] = CL_UPPER, ['X'] = CL_UPPER, ['Y'] = CL_UPPER,
  ['Z'] = CL_UPPER,
  ['a'] = CL_LOWER, ['b'] = CL_LOWER, ['c'] = CL_LOWER, ['d'] = CL_LOWER, ['e'] = CL_LOWER,
  ['f'] = CL_LOWER, ['g'] = CL_LOWER, ['h'] = CL_LOWER, ['i'] = CL_LOWER, ['j'] = CL_LOWER,
  ['k'] = CL_LOWER, ['l'] = CL_LOWER, ['m'] = CL_LOWER, ['n'] = CL_LOWER, ['o'] = CL_LOWER,
  ['p'] = CL_LOWER, ['q'] = CL_LOWER, ['r'] = CL_LOWER, ['s'] = CL_LOWER, ['t'] = CL_LOWER,
  ['u'] = CL_LOWER, ['v'] = CL_LOWER, ['w'] = CL_LOWER, ['x'] = CL_LOWER, ['y'] = CL_LOWER,
  ['z'] = CL_LOWER,
};

/* An upper-case ASCII letter lacks the 0x20 bit its lower-case form has;
 * C_UPPER << 2 is that bit. */
G_STATIC_ASSERT (C_UPPER << 2 == 0x20);
#define ASCII_LOWER(d, cls) ((guchar) ((d) | (((cls) & C_UPPER) << 2)))

/* Typographic quotes and dashes fold onto their ASCII forms, so that
 * "Côte d’Ivoire" matches "Côte d'Ivoire" and "–" a hyphen. */
static inline int
fold_punct (const guchar *p,
            gsize         avail)
{
  if (avail >= 3 && p[0] == 0xe2 && p[1] == 0x80)
    {
      switch (p[2])
        {
        case 0x98: case 0x99: case 0xb2:
          return '\'';
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94:
          return '-';
        case 0x9c: case 0x9d:
          return '"';
        default:
          return -1;
        }
    }
  return -1;
}

/* Per byte, for the loop over plain ASCII words: the character folded to
 * lower case in the low byte and its char_class above it, or 0 for a byte
 * that ends such a word. One load then serves the test, the hash and the
 * flags. Filled from char_class on first use. */
static guint16 word_class[256];

static void
init_word_class (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0; c < 256; c++)
        if (char_class[c] & C_ALNUM)
          word_class[c] = (guint16) ((char_class[c] << 8) | ASCII_LOWER (c, char_class[c]));
      g_once_init_leave (&done, 1);
    }
}

/* The common case: a word of ASCII letters and digits only, started at
 * @i. Fills @tok's length, hash and word flags; FALSE when the word goes
 * on with a non-ASCII byte, for the general loop to redo. */
static inline __attribute__((always_inline)) gboolean
fast_ascii_word (const guchar *s,
                 gsize         i,
                 gsize         len,
                 guint         first,
                 ChToken      *tok)
{
  const guint16 *wc = word_class;
  gsize limit = MIN (len, i + (CH_TOKEN_MAX_LEN - 8));
  gsize j = i;
  guint seen = 0;
  guint flags = CH_TOKEN_WORD;

  /* four bytes at a time while four remain before the limit, without
   * a test of the limit per byte */
  for (; j + 4 <= limit; j += 4)
    {
#define WORD_BYTE(k) \
      G_STMT_START { \
        guint v = wc[s[j + (k)]]; \
        if (v == 0) \
          { \
            j += (k); \
            goto end; \
          } \
        seen |= v; \
      } G_STMT_END
      WORD_BYTE (0);
      WORD_BYTE (1);
      WORD_BYTE (2);
      WORD_BYTE (3);
#undef WORD_BYTE
    }
  for (; j < limit; j++)
    {
      guint v = wc[s[j]];

      if (v == 0)
        break;
      seen |= v;
    }
end:
  if (j < limit && s[j] >= 0x80)
    return FALSE;
  seen >>= 8;

  tok->hash = ascii_word_hash (s + i, j - i);
  tok->len = (guint16) (j - i);
  if (seen & C_UPPER)
    flags |= CH_TOKEN_ASCII_UPPER;
  if (first & C_DIGIT)
    flags |= CH_TOKEN_DIGIT;
  else if (first & C_UPPER)
    flags |= CH_TOKEN_UPPER;
  if (!(seen & C_DIGIT))
    {
      flags |= CH_TOKEN_LETTERS;
      if (j - i >= 2 && !(seen & C_LOWER))
        flags |= CH_TOKEN_ALL_UPPER;
    }
  else if (!(seen & C_LOWER) && (seen & C_UPPER))
    {
      /* letters and digits: all upper case needs two letters */
      guint n_letters = 0;

      for (gsize k = i; k < j; k++)
        n_letters += !(char_class[s[k]] & C_DIGIT);
      if (n_letters >= 2)
        flags |= CH_TOKEN_ALL_UPPER;
    }
  tok->flags |= flags;
  return TRUE;
}

#ifdef __SSE2__
/* 16 bytes of 0xff, then 16 of 0: from @16 - n on, a mask of n bytes */
static const guint8 word_masks[32] __attribute__((aligned (16))) = {
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

/* fast_ascii_word() for a word of at most 15 bytes, with 16 bytes
 * readable at @i: the classes of sixteen bytes at once, in a few vector
 * compares and masks, and the hash from the bytes folded to lower case
 * with one step per byte and no test. FALSE when the word is longer, or
 * goes on with a non-ASCII byte: the caller then tries fast_ascii_word(),
 * which decides it the same way. */
static inline __attribute__((always_inline)) gboolean
vector_ascii_word (const guchar *s,
                   gsize         i,
                   ChToken      *tok,
                   guint64      *key_lo,
                   guint64      *key_hi)
{
  const __m128i k20 = _mm_set1_epi8 (0x20);
  __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (s + i));
  __m128i lx = _mm_or_si128 (x, k20);
  /* signed compares: a byte from 0x80 up is negative, and no letter or
   * digit */
  __m128i alpha = _mm_and_si128 (_mm_cmpgt_epi8 (lx, _mm_set1_epi8 ('a' - 1)),
                                 _mm_cmplt_epi8 (lx, _mm_set1_epi8 ('z' + 1)));
  __m128i digit = _mm_and_si128 (_mm_cmpgt_epi8 (x, _mm_set1_epi8 ('0' - 1)),
                                 _mm_cmplt_epi8 (x, _mm_set1_epi8 ('9' + 1)));
  /* a letter whose 0x20 bit is clear is a capital */
  __m128i upper = _mm_andnot_si128 (_mm_cmpeq_epi8 (x, lx), alpha);
  guint alnum = (guint) _mm_movemask_epi8 (_mm_or_si128 (alpha, digit));
  guint end = (guint) __builtin_ctz (~alnum);
  guint wmask, um, dm, lm;
  guint32 hash;
  guint flags = CH_TOKEN_WORD;

  if (end >= 16 || (((guint) _mm_movemask_epi8 (x) >> end) & 1))
    return FALSE;
  wmask = (1u << end) - 1;
  um = (guint) _mm_movemask_epi8 (upper) & wmask;
  dm = (guint) _mm_movemask_epi8 (digit) & wmask;
  lm = alnum & wmask & ~um & ~dm;

  /* the hash of ascii_word_hash(): the word's bytes with their 0x20 bit
   * set, the bytes after it cleared */
  {
    __m128i low = _mm_and_si128 (_mm_or_si128 (x, k20),
                                 _mm_loadu_si128 ((const __m128i *) (const void *) (word_masks + 16 - end)));
    guint64 c0 = (guint64) _mm_cvtsi128_si64 (low);
    guint64 c1 = (guint64) _mm_cvtsi128_si64 (_mm_unpackhi_epi64 (low, low));
    guint64 h = hash_chunk (HASH_SEED, c0);

    if (end > 8)
      h = hash_chunk (h, c1);
    hash = hash_finish (h);
    /* the word's key, as the index compares it (see index_word_is()) */
    *key_lo = c0;
    *key_hi = c1;
  }

  tok->hash = hash;
  tok->len = (guint16) end;
  if (um != 0)
    flags |= CH_TOKEN_ASCII_UPPER;
  if (dm & 1)
    flags |= CH_TOKEN_DIGIT;
  else if (um & 1)
    flags |= CH_TOKEN_UPPER;
  if (dm == 0)
    {
      flags |= CH_TOKEN_LETTERS;
      if (end >= 2 && lm == 0)
        flags |= CH_TOKEN_ALL_UPPER;
    }
  /* letters and digits: all upper case needs two letters */
  else if (lm == 0 && __builtin_popcount (um) >= 2)
    flags |= CH_TOKEN_ALL_UPPER;
  tok->flags |= flags;
  return TRUE;
}
#endif

/* Every token but a plain ASCII word or ASCII punctuation mark, which
 * ch_tokenize() cuts itself: out of line, so that its loop keeps its
 * variables in registers. Returns the offset after what was read, and
 * sets *@made when that was a token, written to @tok, rather than bytes
 * to skip; *@before gains CH_TOKEN_SPACE when they were white space. */
static G_GNUC_NO_INLINE gsize
slow_token (const guchar *s,
            gsize         i,
            gsize         len,
            gboolean      after_token,
            guint        *before,
            ChToken      *tok,
            gboolean     *made)
{
  guchar c = s[i];
  int folded;

  *made = FALSE;
  tok->start = (guint32) i;
  tok->flags = (guint16) *before;

  /* an apostrophe (one byte) or a typographic mark folded to ASCII
   * punctuation (three): punctuation, or with "s" after it a possessive */
  folded = c == '\'' ? '\'' : c >= 0x80 ? fold_punct (s + i, len - i) : -1;
  if (folded >= 0)
    {
      gsize width = c == '\'' ? 1 : 3;

      if (folded == '\'' && i + width < len && (s[i + width] == 's' || s[i + width] == 'S') &&
          (i + width + 1 >= len || !is_ascii_alnum (s[i + width + 1])) &&
          after_token && !(*before & CH_TOKEN_SPACE))
        {
          tok->len = (guint16) (width + 1);
          tok->flags |= CH_TOKEN_POSSESSIVE | CH_TOKEN_PUNCT;
          tok->hash = possessive_hash ();
        }
      else
        {
          tok->len = (guint16) width;
          tok->flags |= CH_TOKEN_PUNCT;
          tok->hash = hash_char ((guchar) folded);
        }
      *made = TRUE;
      return i + tok->len;
    }

  {
    /* a word with non-ASCII letters or digits */
    gsize j = i;
    guint n_letters = 0, n_upper = 0;
    gboolean first = TRUE, letters_only = TRUE;
    KeyHasher kh;

    key_hasher_init (&kh);

    while (j < len && j - i < CH_TOKEN_MAX_LEN - 8)
      {
        guchar d = s[j];

        if (d < 0x80)
          {
            if (!is_ascii_alnum (d))
              break;
            if (d >= '0' && d <= '9')
              {
                letters_only = FALSE;
                if (first)
                  tok->flags |= CH_TOKEN_DIGIT;
              }
            else
              {
                n_letters++;
                if (d <= 'Z')
                  {
                    tok->flags |= CH_TOKEN_ASCII_UPPER;
                    n_upper++;
                    if (first)
                      tok->flags |= CH_TOKEN_UPPER;
                  }
              }
            key_hasher_add (&kh, (d >= 'A' && d <= 'Z') ? d + 32 : d);
            j++;
          }
        else
          {
            gunichar u = g_utf8_get_char_validated ((const char *) s + j,
                                                    (gssize) (len - j));
            const char *next;

            if (u == (gunichar) -1 || u == (gunichar) -2)
              break;
            if (!g_unichar_isalnum (u) && !g_unichar_ismark (u))
              break;
            next = g_utf8_next_char ((const char *) s + j);
            tok->flags |= CH_TOKEN_NON_ASCII;
            if (g_unichar_isalpha (u))
              {
                n_letters++;
                if (g_unichar_isupper (u))
                  {
                    n_upper++;
                    if (first)
                      tok->flags |= CH_TOKEN_UPPER;
                  }
              }
            else if (!g_unichar_ismark (u))
              letters_only = FALSE;
            for (const guchar *q = s + j; q < (const guchar *) next; q++)
              key_hasher_add (&kh, *q);
            j = (const guchar *) next - s;
          }
        first = FALSE;
      }

    if (j == i)
      {
        /* invalid UTF-8 or a non-alphanumeric code point */
        gunichar u = g_utf8_get_char_validated ((const char *) s + i,
                                                (gssize) (len - i));

        if (u == (gunichar) -1 || u == (gunichar) -2)
          return i + 1;
        j = (const guchar *) g_utf8_next_char ((const char *) s + i) - s;
        if (g_unichar_isspace (u))
          {
            *before |= CH_TOKEN_SPACE;
            return j;
          }
        tok->flags |= CH_TOKEN_PUNCT;
        for (gsize q = i; q < j; q++)
          key_hasher_add (&kh, s[q]);
      }
    else
      {
        tok->flags |= CH_TOKEN_WORD;
        if (letters_only)
          tok->flags |= CH_TOKEN_LETTERS;
        if (n_letters >= 2 && n_upper == n_letters)
          tok->flags |= CH_TOKEN_ALL_UPPER;
      }
    tok->hash = key_hasher_finish (&kh);
    tok->len = (guint16) (j - i);
    *made = TRUE;
    return j;
  }
}

/**
 * ch_token_hash:
 * @text: the bytes of one word token
 * @len: their number
 *
 * Returns: the hash ch_tokenize() gives a word token spelled @text (ASCII
 *   letters folded to lower case), so that a token can be told apart from
 *   a word without comparing strings
 */
guint32
ch_token_hash (const char *text,
               gsize       len)
{
  KeyHasher kh;

  g_return_val_if_fail (text != NULL || len == 0, 0);

  key_hasher_init (&kh);
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      key_hasher_add (&kh, (c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
  return key_hasher_finish (&kh);
}

/* Writes the normalised form of a token (ASCII case folded, typographic
 * punctuation folded) to @buf; returns its length, or -1 when too long. */
static int
token_key (const char    *text,
           const ChToken *tok,
           char          *buf)
{
  const guchar *p = (const guchar *) text + tok->start;
  int n = 0;

  if (tok->len > MAX_KEY_LEN)
    return -1;

  if (tok->flags & CH_TOKEN_PUNCT)
    {
      int folded = p[0] >= 0x80 ? fold_punct (p, tok->len) : -1;

      if (tok->flags & CH_TOKEN_POSSESSIVE)
        {
          buf[0] = '\'';
          buf[1] = 's';
          return 2;
        }
      if (folded >= 0)
        {
          buf[0] = (char) folded;
          return 1;
        }
    }

  for (guint i = 0; i < tok->len; i++)
    {
      guchar c = p[i];

      buf[n++] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
  return n;
}

/* Trie */

static inline guint
edge_slot (guint32 parent,
           guint32 hash)
{
  guint32 h = (parent * 0x9e3779b1u) ^ hash;

  h ^= h >> 15;
  h *= 0x2c1b3c6du;
  h ^= h >> 12;
  return h;
}

static guint32
find_child (ChGazetteer *self,
            guint32      parent,
            guint32      hash,
            const char  *key,
            int          key_len)
{
  guint slot = edge_slot (parent, hash) & self->edge_mask;

  for (;;)
    {
      const Edge *e = &self->edges[slot];

      if (e->child == 0)
        return 0;
      if (e->parent == parent && e->hash == hash && e->key_len == (guint32) key_len &&
          memcmp (self->keys->str + e->key_off, key, key_len) == 0)
        return e->child;
      slot = (slot + 1) & self->edge_mask;
    }
}

static void
insert_edge (ChGazetteer *self,
             const Edge  *edge)
{
  guint slot = edge_slot (edge->parent, edge->hash) & self->edge_mask;

  while (self->edges[slot].child != 0)
    slot = (slot + 1) & self->edge_mask;
  self->edges[slot] = *edge;
}

static void
grow_edges (ChGazetteer *self)
{
  Edge *old = self->edges;
  guint old_size = self->edge_mask + 1;

  self->edge_mask = old_size * 2 - 1;
  self->edges = g_new0 (Edge, self->edge_mask + 1);
  for (guint i = 0; i < old_size; i++)
    if (old[i].child != 0)
      insert_edge (self, &old[i]);
  g_free (old);
}

/* Puts @child under @hash in the first free slot from slot_of() on */
static void
insert_slot (RootSlot *slots,
             guint     shift,
             guint     mask,
             guint32   hash,
             guint32   child)
{
  guint slot = slot_of (hash, shift);

  while (slots[slot].child != 0)
    slot = (slot + 1) & mask;
  slots[slot].hash = hash;
  slots[slot].child = child;
}

static void
add_root (ChGazetteer *self,
          guint32      hash,
          guint32      child)
{
  guint size = 1u << (32 - self->root_shift);

  if ((self->n_roots + 1) * 4 > size)
    {
      RootSlot *old = self->roots;

      self->root_shift--;
      self->root_mask = size * 2 - 1;
      self->roots = g_new0 (RootSlot, size * 2);
      for (guint i = 0; i < size; i++)
        if (old[i].child != 0)
          insert_slot (self->roots, self->root_shift, self->root_mask, old[i].hash, old[i].child);
      g_free (old);
    }
  insert_slot (self->roots, self->root_shift, self->root_mask, hash, child);
  self->n_roots++;
}

static guint32
add_child (ChGazetteer *self,
           guint32      parent,
           guint32      hash,
           const char  *key,
           int          key_len)
{
  guint32 child = find_child (self, parent, hash, key, key_len);
  Edge edge;
  Node node = { 0 };

  if (child != 0)
    return child;

  if ((self->n_edges + 1) * 2 > self->edge_mask + 1)
    grow_edges (self);

  child = self->nodes->len;
  node.key_off = (guint32) self->keys->len;
  node.key_len = (guint16) key_len;
  g_array_append_val (self->nodes, node);
  g_array_index (self->nodes, Node, parent).child_bits |= child_bit (hash);

  edge.parent = parent;
  edge.hash = hash;
  edge.child = child;
  edge.key_off = (guint32) self->keys->len;
  edge.key_len = (guint32) key_len;
  g_string_append_len (self->keys, key, key_len);
  /* keys start on a multiple of 8 and are padded with zeros to the next,
   * for word_equals_key() to read them 8 bytes at a time */
  while (self->keys->len % 8 != 0)
    g_string_append_c (self->keys, '\0');
  insert_edge (self, &edge);
  self->n_edges++;

  if (parent == 0)
    add_root (self, hash, child);

  return child;
}

static void
ch_gazetteer_finalize (GObject *object)
{
  ChGazetteer *self = (ChGazetteer *) object;

  g_ptr_array_unref (self->entries);
  g_array_unref (self->nodes);
  g_free (self->roots);
  g_array_unref (self->links);
  g_free (self->edges);
  g_string_free (self->keys, TRUE);
  for (guint i = 0; i < CH_GAZ_N_KINDS; i++)
    g_hash_table_unref (self->names[i]);
  g_hash_table_unref (self->members);

  G_OBJECT_CLASS (ch_gazetteer_parent_class)->finalize (object);
}

static void
ch_gazetteer_class_init (ChGazetteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  gazetteer_type = G_TYPE_FROM_CLASS (klass);

  object_class->finalize = ch_gazetteer_finalize;
}

static void
ch_gazetteer_init (ChGazetteer *self)
{
  Node root = { 0 };

  self->entries = g_ptr_array_new_with_free_func (g_free);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  g_array_append_val (self->nodes, root);
  self->root_shift = 32 - 10;
  self->root_mask = (1u << 10) - 1;
  self->roots = g_new0 (RootSlot, 1u << 10);
  self->links = g_array_new (FALSE, FALSE, sizeof (Link));
  self->edge_mask = 1023;
  self->edges = g_new0 (Edge, self->edge_mask + 1);
  self->keys = g_string_new (NULL);
  for (guint i = 0; i < CH_GAZ_N_KINDS; i++)
    self->names[i] = g_hash_table_new (g_str_hash, g_str_equal);
  self->members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/**
 * ch_gazetteer_new:
 *
 * Returns: (transfer full): an empty gazetteer, to fill with
 *   ch_gazetteer_load_xml() and ch_gazetteer_add() before sharing it
 */
ChGazetteer *
ch_gazetteer_new (void)
{
  return g_object_new (CH_TYPE_GAZETTEER, NULL);
}

static const char *
intern_or_null (const char *s)
{
  return s != NULL && *s != '\0' ? g_intern_string (s) : NULL;
}

static const ChGazEntry *
add_form (ChGazetteer *self,
          ChGazKind    kind,
          const char  *form,
          const char  *name,
          const char  *code,
          const char  *extra,
          guint        flags,
          guint        value)
{
  g_autoptr(GArray) tokens = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (form));
  ChGazEntry *entry;
  guint32 node = 0;
  guint n_words = 0;
  Link link;
  guint32 *head;

  tokens = ch_tokenize (stripped, strlen (stripped));
  if (tokens->len == 0 || tokens->len > MAX_DEPTH)
    return NULL;

  entry = g_new0 (ChGazEntry, 1);
  entry->kind = kind;
  entry->flags = (guint16) flags;
  entry->value = (guint16) value;
  entry->name = g_intern_string (name);
  entry->code = intern_or_null (code);
  entry->extra = intern_or_null (extra);
  entry->n_tokens = (guint8) tokens->len;

  for (guint i = 0; i < tokens->len; i++)
    {
      const ChToken *tok = &g_array_index (tokens, ChToken, i);
      char key[MAX_KEY_LEN];
      int key_len = token_key (stripped, tok, key);

      if (key_len < 0)
        {
          g_free (entry);
          return NULL;
        }
      if (tok->flags & CH_TOKEN_UPPER)
        entry->upper_mask |= 1u << i;
      if (tok->flags & CH_TOKEN_ALL_UPPER)
        entry->caps_mask |= 1u << i;
      if (tok->flags & CH_TOKEN_WORD)
        n_words++;
      node = add_child (self, node, tok->hash, key, key_len);
    }

  if (n_words == 0)
    {
      g_free (entry);
      return NULL;
    }

  g_ptr_array_add (self->entries, entry);
  link.entry = self->entries->len - 1;
  head = &g_array_index (self->nodes, Node, node).head;
  link.next = *head;
  g_array_append_val (self->links, link);
  *head = self->links->len;

  if (!(flags & (CH_GAZ_FLAG_ALIAS | CH_GAZ_FLAG_DEMONYM)) &&
      !g_hash_table_contains (self->names[kind], entry->name))
    {
      g_hash_table_insert (self->names[kind], (gpointer) entry->name, entry);
      self->counts[kind]++;
    }

  return entry;
}

/**
 * ch_gazetteer_add:
 * @form: the words as written in prose
 * @name: the canonical value the form stands for
 * @code: (nullable): an ISO 3166-1 alpha-2 code
 * @extra: (nullable): see #ChGazEntry
 *
 * Adds one form, and its variant without a leading "the". Only for a
 * gazetteer that no other thread uses yet.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL when @form has
 *   no words
 */
const ChGazEntry *
ch_gazetteer_add (ChGazetteer *self,
                  ChGazKind    kind,
                  const char  *form,
                  const char  *name,
                  const char  *code,
                  const char  *extra,
                  guint        flags,
                  guint        value)
{
  const ChGazEntry *entry;

  g_return_val_if_fail (CH_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail ((guint) kind < CH_GAZ_N_KINDS, NULL);
  g_return_val_if_fail (form != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* Titles and cues are matched without regard to case; a topic term only
   * when written in lower case ("energy", but not "IT" or "LNG"). */
  if (kind == CH_GAZ_TITLE || (kind == CH_GAZ_CUE && !(flags & CH_GAZ_FLAG_CASE_SENSITIVE)))
    flags |= CH_GAZ_FLAG_CASE_INSENSITIVE;
  if (kind == CH_GAZ_TOPIC)
    {
      gboolean lower = TRUE;

      for (const char *p = form; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isupper (g_utf8_get_char (p)))
          lower = FALSE;
      if (lower)
        flags |= CH_GAZ_FLAG_CASE_INSENSITIVE;
    }
  flags &= ~CH_GAZ_FLAG_CASE_SENSITIVE;

  entry = add_form (self, kind, form, name, code, extra, flags, value);

  /* "The Gambia" is also written "Gambia" after another determiner */
  if (kind != CH_GAZ_CUE && g_ascii_strncasecmp (form, "the ", 4) == 0 && form[4] != '\0')
    add_form (self, kind, form + 4, name, code, extra, flags | CH_GAZ_FLAG_ALIAS, value);

  return entry;
}

/* XML */

static char *
get_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *ret;

  if (value == NULL)
    return NULL;
  ret = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  return ret;
}

static char *
get_text (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *ret;

  if (value == NULL)
    return NULL;
  ret = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  return ret;
}

static gboolean
kind_from_element (const char *element,
                   ChGazKind  *kind)
{
  static const struct { const char *element; ChGazKind kind; } map[] = {
    { "country", CH_GAZ_COUNTRY },
    { "city", CH_GAZ_CITY },
    { "venue", CH_GAZ_VENUE },
    { "organization", CH_GAZ_ORGANIZATION },
    { "institution", CH_GAZ_INSTITUTION },
    { "title", CH_GAZ_TITLE },
    { "topic", CH_GAZ_TOPIC },
    { "person", CH_GAZ_PERSON },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (strcmp (map[i].element, element) == 0)
      {
        *kind = map[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* The plural of a lower-case English noun: "dispute" -> "disputes",
 * "economy" -> "economies", "tax" -> "taxes"; NULL for a word that has
 * no plural of its own (an adjective, a participle, a word in -s). */
static char *
english_plural (const char *word)
{
  static const char *const no_plural[] = { "al", "ed", "ing", "ful", "ous", "ive", "s" };
  gsize n = strlen (word);

  if (n < 4)
    return NULL;
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_islower (*p))
      return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (no_plural); i++)
    if (g_str_has_suffix (word, no_plural[i]))
      return NULL;
  if (word[n - 1] == 'y' && strchr ("aeiou", word[n - 2]) == NULL)
    return g_strdup_printf ("%.*sies", (int) (n - 1), word);
  if (word[n - 1] == 'x' || word[n - 1] == 'z' || g_str_has_suffix (word, "ch") ||
      g_str_has_suffix (word, "sh"))
    return g_strconcat (word, "es", NULL);
  return g_strconcat (word, "s", NULL);
}

/* The lexicon lists a topic's terms as they are usually written; news
 * copy puts the same words in the plural as often ("border disputes",
 * "natural disasters", "free elections", "new roads"). Each term whose
 * last word is a lower-case noun also stands for its plural, unless the
 * lexicon already lists that form (for this topic or another, or as an
 * exclusion). */
static void
add_topic_plurals (ChGazetteer *self,
                   xmlNode     *node,
                   const char  *slug)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      g_autofree char *plural = NULL;
      g_autofree char *form = NULL;
      const char *last;
      gboolean exclude;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      exclude = strcmp ((const char *) child->name, "exclude") == 0;
      if (!exclude && strcmp ((const char *) child->name, "term") != 0)
        continue;
      text = get_text (child);
      if (text == NULL || *text == '\0')
        continue;
      last = strrchr (text, ' ');
      last = last != NULL ? last + 1 : text;
      plural = english_plural (last);
      if (plural == NULL)
        continue;
      form = g_strdup_printf ("%.*s%s", (int) (last - text), text, plural);
      if (ch_gazetteer_lookup (self, CH_GAZ_TOPIC, form) != NULL)
        continue;
      ch_gazetteer_add (self, CH_GAZ_TOPIC, form, slug, NULL, NULL,
                        CH_GAZ_FLAG_ALIAS | (exclude ? CH_GAZ_FLAG_EXCLUDE : 0), 0);
    }
}

static void
load_item (ChGazetteer *self,
           ChGazKind    kind,
           xmlNode     *node)
{
  g_autofree char *name = get_prop (node, "name");
  g_autofree char *code = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *ambiguous = get_prop (node, "ambiguous");
  const char *canonical;
  guint flags = 0;

  if (g_strcmp0 (ambiguous, "yes") == 0)
    flags |= CH_GAZ_FLAG_AMBIGUOUS;

  switch (kind)
    {
    case CH_GAZ_COUNTRY:
      code = get_prop (node, "code");
      if (code == NULL || strlen (code) != 2)
        return;
      break;
    case CH_GAZ_CITY:
      code = get_prop (node, "country");
      extra = get_prop (node, "capital");
      if (extra != NULL && g_strcmp0 (extra, "yes") == 0)
        flags |= CH_GAZ_FLAG_CAPITAL;
      g_clear_pointer (&extra, g_free);
      break;
    case CH_GAZ_VENUE:
      code = get_prop (node, "country");
      extra = get_prop (node, "city");
      break;
    case CH_GAZ_ORGANIZATION:
      acronym = get_prop (node, "acronym");
      extra = g_strdup (name);
      break;
    case CH_GAZ_INSTITUTION:
    case CH_GAZ_PERSON:
      code = get_prop (node, "country");
      break;
    case CH_GAZ_TITLE:
      extra = get_prop (node, "rank");
      break;
    case CH_GAZ_TOPIC:
      g_free (name);
      name = get_prop (node, "slug");
      break;
    case CH_GAZ_CUE:
    default:
      return;
    }

  if (name == NULL || *name == '\0')
    return;

  canonical = acronym != NULL && *acronym != '\0' ? acronym : name;

  if (kind != CH_GAZ_TOPIC)
    ch_gazetteer_add (self, kind, name, canonical, code, extra, flags, 0);
  if (kind == CH_GAZ_ORGANIZATION)
    {
      g_autofree char *members = get_prop (node, "members");

      if (members != NULL)
        ch_gazetteer_set_members (self, canonical, members);
    }
  if (acronym != NULL && *acronym != '\0')
    ch_gazetteer_add (self, kind, acronym, canonical, code, extra,
                      flags | CH_GAZ_FLAG_ALIAS, 0);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      g_autofree char *child_ambiguous = NULL;
      guint child_flags = flags;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (strcmp ((const char *) child->name, "alias") == 0 ||
          strcmp ((const char *) child->name, "term") == 0)
        child_flags |= CH_GAZ_FLAG_ALIAS;
      else if (strcmp ((const char *) child->name, "demonym") == 0)
        child_flags |= CH_GAZ_FLAG_DEMONYM;
      else if (strcmp ((const char *) child->name, "exclude") == 0)
        child_flags |= CH_GAZ_FLAG_ALIAS | CH_GAZ_FLAG_EXCLUDE;
      else
        continue;
      child_ambiguous = get_prop (child, "ambiguous");
      if (g_strcmp0 (child_ambiguous, "yes") == 0)
        child_flags |= CH_GAZ_FLAG_AMBIGUOUS;

      text = get_text (child);
      if (text == NULL || *text == '\0')
        continue;

      /* a topic's first term also registers the slug as a canonical entry */
      if (kind == CH_GAZ_TOPIC && !(child_flags & CH_GAZ_FLAG_EXCLUDE) &&
          !g_hash_table_contains (self->names[kind], g_intern_string (name)))
        child_flags &= ~CH_GAZ_FLAG_ALIAS;

      ch_gazetteer_add (self, kind, text, canonical, code, extra, child_flags, 0);
    }

  if (kind == CH_GAZ_TOPIC)
    add_topic_plurals (self, node, canonical);
}

/**
 * ch_gazetteer_load_xml:
 * @data: the bytes of one gazetteer file
 * @name: the file's name, for messages
 *
 * Parses one file of the format of data/gazetteer (no network, no
 * external entities, no DTD) and adds its entries.
 *
 * Returns: %TRUE on success
 */
gboolean
ch_gazetteer_load_xml (ChGazetteer  *self,
                       const char   *data,
                       gsize         len,
                       const char   *name,
                       GError      **error)
{
  xmlDoc *doc;
  xmlNode *root;

  g_return_val_if_fail (CH_IS_GAZETTEER (self), FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (len > MAX_XML_SIZE || len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: %s", name, len == 0 ? "empty file" : "file too large");
      return FALSE;
    }

  ch_xml_init ();
  doc = xmlReadMemory (data, (int) len, name, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: not well-formed XML", name);
      return FALSE;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL || strcmp ((const char *) root->name, "gazetteer") != 0)
    {
      xmlFreeDoc (doc);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: the root element is not <gazetteer>", name);
      return FALSE;
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      ChGazKind kind;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (!kind_from_element ((const char *) node->name, &kind))
        continue;
      load_item (self, kind, node);
    }

  xmlFreeDoc (doc);
  return TRUE;
}

/**
 * ch_gazetteer_new_from_directory:
 * @directory: a folder holding gazetteer XML files
 *
 * Returns: (transfer full) (nullable): a gazetteer of every *.xml file of
 *   @directory, or %NULL with @error set
 */
ChGazetteer *
ch_gazetteer_new_from_directory (const char  *directory,
                                 GError     **error)
{
  g_autoptr(ChGazetteer) self = ch_gazetteer_new ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_return_val_if_fail (directory != NULL, NULL);

  dir = g_dir_open (directory, 0, error);
  if (dir == NULL)
    return NULL;

  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".xml"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (directory, names->pdata[i], NULL);
      g_autofree char *contents = NULL;
      gsize len;

      if (!g_file_get_contents (path, &contents, &len, error))
        return NULL;
      if (!ch_gazetteer_load_xml (self, contents, len, path, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/* The gazetteer's own resource bundle, read directly rather than through
 * the process-wide list: the bundle takes itself off that list when the
 * program ends, and a worker thread may still be loading the gazetteer
 * then (a window closed during an import). The reference taken here
 * keeps the compiled-in data readable to the end. */
static gpointer
load_default (gpointer data)
{
  ChGazetteer *self = ch_gazetteer_new ();
  GResource *bundle = ch_gazetteer_get_resource ();
  g_autoptr(GResource) resource = NULL;
  g_auto(GStrv) children = NULL;

  if (bundle != NULL)
    resource = g_resource_ref (bundle);
  if (resource != NULL)
    children = g_resource_enumerate_children (resource, RESOURCE_DIR, 0, NULL);
  if (children == NULL)
    {
      g_debug ("The gazetteer resources are missing from this build");
      return self;
    }

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_DIR, children[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gsize len;
      const char *contents;

      if (!g_str_has_suffix (children[i], ".xml"))
        continue;
      bytes = g_resource_lookup_data (resource, path, 0, &error);
      if (bytes == NULL)
        {
          g_warning ("%s: %s", path, error->message);
          continue;
        }
      contents = g_bytes_get_data (bytes, &len);
      if (!ch_gazetteer_load_xml (self, contents, len, children[i], &error))
        g_warning ("%s", error->message);
    }

  return self;
}

/**
 * ch_gazetteer_get_default:
 *
 * The gazetteer compiled into the program, loaded once and shared by
 * every thread.
 *
 * Returns: (transfer none): the shared gazetteer
 */
ChGazetteer *
ch_gazetteer_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_default, NULL);
}

/* Queries */

guint
ch_gazetteer_get_n_entries (ChGazetteer *self,
                            ChGazKind    kind)
{
  g_return_val_if_fail (CH_IS_GAZETTEER (self), 0);
  g_return_val_if_fail ((guint) kind < CH_GAZ_N_KINDS, 0);

  return self->counts[kind];
}

/**
 * ch_gazetteer_find_name:
 * @name: a canonical value
 *
 * Returns: (transfer none) (nullable): the canonical entry of @kind named @name
 */
const ChGazEntry *
ch_gazetteer_find_name (ChGazetteer *self,
                        ChGazKind    kind,
                        const char  *name)
{
  g_return_val_if_fail (CH_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail ((guint) kind < CH_GAZ_N_KINDS, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->names[kind], name);
}

/**
 * ch_gazetteer_set_members:
 * @organization: an organization's canonical name
 * @members: the ISO codes of its member states, separated by spaces
 *
 * Sets the member states of @organization, replacing any set before.
 */
void
ch_gazetteer_set_members (ChGazetteer *self,
                          const char  *organization,
                          const char  *members)
{
  g_auto(GStrv) parts = NULL;
  const char **codes;
  guint n = 0;

  g_return_if_fail (CH_IS_GAZETTEER (self));
  g_return_if_fail (organization != NULL);
  g_return_if_fail (members != NULL);

  parts = g_strsplit_set (members, " \t\n", -1);
  codes = g_new0 (const char *, g_strv_length (parts) + 1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strlen (parts[i]) == 2)
      codes[n++] = g_intern_string (parts[i]);
  if (n == 0)
    {
      g_free (codes);
      g_hash_table_remove (self->members, g_intern_string (organization));
      return;
    }
  g_hash_table_replace (self->members, (gpointer) g_intern_string (organization), codes);
}

/**
 * ch_gazetteer_get_members:
 * @organization: an organization's canonical name
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the ISO
 *   codes of the member states of @organization, interned, when the
 *   gazetteer lists them: groups whose membership is small and settled
 *   (the Gulf Cooperation Council, ASEAN, the G7), not large or changing
 *   ones
 */
const char * const *
ch_gazetteer_get_members (ChGazetteer *self,
                          const char  *organization)
{
  g_return_val_if_fail (CH_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (organization != NULL, NULL);

  return g_hash_table_lookup (self->members, organization);
}

/**
 * ch_gazetteer_list:
 *
 * Returns: (transfer container) (element-type ChGazEntry): the canonical
 *   entries of @kind
 */
GPtrArray *
ch_gazetteer_list (ChGazetteer *self,
                   ChGazKind    kind)
{
  GPtrArray *ret;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (CH_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail ((guint) kind < CH_GAZ_N_KINDS, NULL);

  ret = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->names[kind]);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (ret, value);
  return ret;
}

static G_GNUC_NO_INLINE gboolean
case_matches_slow (const ChGazEntry *entry,
                   const ChToken    *tokens);

/* Whether the words at @tokens are written in the case @entry needs;
 * most entries take any case, which is told inline */
static inline gboolean
case_matches (const ChGazEntry *entry,
              const ChToken    *tokens)
{
  if (entry->flags & CH_GAZ_FLAG_CASE_INSENSITIVE)
    return TRUE;
  return case_matches_slow (entry, tokens);
}

static gboolean
case_matches_slow (const ChGazEntry *entry,
                   const ChToken    *tokens)
{
  for (guint i = 0; i < entry->n_tokens; i++)
    {
      gboolean form_upper = (entry->upper_mask >> i) & 1;
      guint flags = tokens[i].flags;

      if (!(flags & CH_TOKEN_WORD))
        continue;
      /* an acronym is only an acronym in capitals: "IT", not "It" */
      if (((entry->caps_mask >> i) & 1) && !(flags & CH_TOKEN_ALL_UPPER))
        return FALSE;
      if (flags & CH_TOKEN_ALL_UPPER)
        continue;
      if (form_upper != ((flags & CH_TOKEN_UPPER) != 0))
        return FALSE;
    }
  return TRUE;
}

/* token_equals_key() for a punctuation token, as token_key() folds it */
static gboolean
punct_equals_key (const guchar  *p,
                  const ChToken *tok,
                  const char    *key,
                  guint32        key_len)
{
  if (tok->len > MAX_KEY_LEN)
    return FALSE;
  if (tok->flags & CH_TOKEN_POSSESSIVE)
    return key_len == 2 && key[0] == '\'' && key[1] == 's';
  if (p[0] >= 0x80)
    {
      int folded = fold_punct (p, tok->len);

      if (folded >= 0)
        return key_len == 1 && (guchar) key[0] == folded;
    }
  if (tok->len != key_len)
    return FALSE;
  for (guint i = 0; i < key_len; i++)
    {
      guchar c = p[i];

      if ((guchar) ((c >= 'A' && c <= 'Z') ? c + 32 : c) != (guchar) key[i])
        return FALSE;
    }
  return TRUE;
}

static inline guint64
load64 (const void *p)
{
  guint64 v;

  memcpy (&v, p, sizeof v);
  return v;
}

/* per length up to 8, the bytes of a word of that length in a load64_le() */
static const guint64 len_masks[9] = {
  0, 0xff, 0xffff, 0xffffff, 0xffffffff, G_GUINT64_CONSTANT (0xffffffffff),
  G_GUINT64_CONSTANT (0xffffffffffff), G_GUINT64_CONSTANT (0xffffffffffffff),
  G_GUINT64_CONSTANT (0xffffffffffffffff),
};

/* Whether @tok, to be compared with a key of @key_len bytes, is a word of
 * ASCII letters and digits that one load holds, with eight bytes
 * readable at its start (@limit is the end of what may be read) */
static inline gboolean
short_ascii_word (guint32        limit,
                  const ChToken *tok,
                  guint32        key_len)
{
  return !(tok->flags & (CH_TOKEN_PUNCT | CH_TOKEN_NON_ASCII)) && key_len <= 8 &&
         (guint64) tok->start + 8 <= limit;
}

/* For a word short_ascii_word() accepts: whether it is the key whose
 * bytes, padded with zeros, load64_le() reads as @key8. Setting the 0x20
 * bit of every byte folds letters to lower case, and digits have it. */
static inline gboolean
short_ascii_word_is (const char    *text,
                     const ChToken *tok,
                     guint64        key8,
                     guint32        key_len)
{
  return tok->len == key_len &&
         ((load64_le (text + tok->start) | G_GUINT64_CONSTANT (0x2020202020202020)) &
          len_masks[key_len]) == key8;
}

/* Whether the @len bytes at @p, ORed with @fold per byte, are @key: 8
 * bytes at a time. @key is padded (see add_child()); the caller knows that
 * 8 bytes past the end of the token may be read. */
static inline __attribute__((always_inline)) gboolean
word_equals_key (const guchar *p,
                 guint         len,
                 const char   *key,
                 guint64       fold)
{
  guint i = 0;

  for (; i + 8 <= len; i += 8)
    if (((load64 (p + i) | fold) ^ load64 (key + i)) != 0)
      return FALSE;
  if (i < len)
    {
      guint64 mask = (G_GUINT64_CONSTANT (1) << (8 * (len - i))) - 1;

      if ((((load64 (p + i) | fold) ^ load64 (key + i)) & mask) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether a document's token normalises to @key (see token_key()),
 * without writing the normalised form out. Keys are a few bytes long:
 * a loop of its own costs less than a call to memcmp(). @limit is the end
 * of the last token of the text. */
static inline __attribute__((always_inline)) gboolean
token_equals_key (const char    *text,
                  guint32        limit,
                  const ChToken *tok,
                  const char    *key,
                  guint32        key_len)
{
  const guchar *p = (const guchar *) text + tok->start;

  if (G_LIKELY (short_ascii_word (limit, tok, key_len)))
    return short_ascii_word_is (text, tok, load64_le (key), key_len);
  if (G_UNLIKELY (tok->flags & CH_TOKEN_PUNCT))
    return punct_equals_key (p, tok, key, key_len);
  if (tok->len != key_len)
    return FALSE;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  /* an ASCII word folds to lower case by setting the 0x20 bit of every
   * byte: letters turn lower case, digits have it already */
  if (G_LIKELY ((guint64) tok->start + key_len + 8 <= limit) &&
      (!(tok->flags & CH_TOKEN_ASCII_UPPER) || !(tok->flags & CH_TOKEN_NON_ASCII)))
    return word_equals_key (p, key_len, key,
                            (tok->flags & CH_TOKEN_ASCII_UPPER) ? G_GUINT64_CONSTANT (0x2020202020202020) : 0);
#endif
  /* keys are lower case: a word without ASCII capitals compares as it is */
  if (!(tok->flags & CH_TOKEN_ASCII_UPPER))
    {
      for (guint i = 0; i < key_len; i++)
        if (p[i] != (guchar) key[i])
          return FALSE;
      return TRUE;
    }
  for (guint i = 0; i < key_len; i++)
    {
      guchar c = p[i];

      if (ASCII_LOWER (c, char_class[c]) != (guchar) key[i])
        return FALSE;
    }
  return TRUE;
}

/* Tokenizer, with an index */

/* The index's word whose key is that of @tok, a word cut from @text
 * (@limit: how far it may be read), or NULL */
static inline __attribute__((always_inline)) const IndexWord *
index_find (const ChGazIndex *index,
            const char       *text,
            guint32           limit,
            const ChToken    *tok)
{
  const RootSlot *slots = index->slots;
  const IndexWord *iw = (const IndexWord *) index->words->data;

  for (guint slot = slot_of (tok->hash, index->shift); slots[slot].child != 0;
       slot = (slot + 1) & index->mask)
    if (slots[slot].hash == tok->hash)
      {
        const IndexWord *w = &iw[slots[slot].child];
        gboolean same;

        /* the key's first bytes are in the word itself: no load from the
         * keys for most words */
        if (G_LIKELY (short_ascii_word (limit, tok, w->key_len)))
          same = short_ascii_word_is (text, tok, w->key8, w->key_len);
        else
          same = token_equals_key (text, limit, tok, index->keys->str + w->key_off, w->key_len);
        if (same)
          return w;
      }
  return NULL;
}

#ifdef __SSE2__
/* index_find() for a word vector_ascii_word() cut: its key, folded to
 * lower case and padded with zeros, is @key_lo and @key_hi already, and
 * the index's keys are padded the same way */
static inline __attribute__((always_inline)) const IndexWord *
index_find_short (const ChGazIndex *index,
                  const ChToken    *tok,
                  guint64           key_lo,
                  guint64           key_hi)
{
  const RootSlot *slots = index->slots;
  const IndexWord *iw = (const IndexWord *) index->words->data;

  for (guint slot = slot_of (tok->hash, index->shift); slots[slot].child != 0;
       slot = (slot + 1) & index->mask)
    if (slots[slot].hash == tok->hash)
      {
        const IndexWord *w = &iw[slots[slot].child];

        if (w->key_len == tok->len && w->key8 == key_lo &&
            (tok->len <= 8 || load64_le (index->keys->str + w->key_off + 8) == key_hi))
          return w;
      }
  return NULL;
}
#endif

/* What ch_gaz_index_scan() adds to the word of a token that only starts
 * longer entries, @w, once the token after it, @next, is known: the bits
 * of the gazetteers where a match may go on */
static inline guint32
continuation (const IndexWord *w,
              const ChToken   *next)
{
  guint32 bits = 0;

  if (may_continue (next - 1, 2, 0, w->cont_bits))
    for (guint k = 0; k < CH_GAZ_INDEX_MAX; k++)
      if (((w->cont >> k) & 1) && may_continue (next - 1, 2, 0, w->child_bits[k]))
        bits |= 1u << k;
  return bits;
}

/* The tokenizer: ch_tokenize() with @index NULL; with an index, every
 * word is looked up as soon as it is cut, while its hash and its bytes
 * are at hand, and @scan gets what ch_gaz_index_scan() would write */
static inline __attribute__((always_inline)) GArray *
tokenize (const char       *text,
          gsize             len,
          const ChGazIndex *index,
          ChGazScan        *scan)
{
  const guchar *s = (const guchar *) text;
  GArray *tokens;
  ChToken *out;
  guint n_out = 0, cap;
  gsize i = 0;
  /* CH_TOKEN_SPACE, _NEWLINE and _PARAGRAPH for the next token */
  guint before = 0;
  guint32 *words = NULL;
  guint16 *classes = NULL;
  /* the word of the last token when it only starts longer entries: the
   * next token tells whether a match may start there */
  const IndexWord *pending = NULL;

  G_STATIC_ASSERT (CH_TOKEN_PARAGRAPH == CH_TOKEN_NEWLINE << 1);

  init_word_class ();
  /* tokens are written in place and the array grown by hand: appending
   * through g_array_append_val costs a call per token */
  cap = (guint) MIN (len / 5 + 16, G_MAXUINT / 4);
  tokens = g_array_sized_new (FALSE, FALSE, sizeof (ChToken), cap);
  g_array_set_size (tokens, cap);
  out = (ChToken *) tokens->data;
  if (index != NULL)
    {
      words = g_new (guint32, cap + 1);
      classes = g_new (guint16, cap + 1);
    }

  while (i < len)
    {
      guchar c = s[i];
      guint cls = char_class[c];
      ChToken *tok;
      const IndexWord *w = NULL;

      if (cls & C_SPACE)
        {
          /* a second line break makes a paragraph */
          if (c == '\n')
            before |= ((before & CH_TOKEN_NEWLINE) << 1) | CH_TOKEN_NEWLINE;
          before |= CH_TOKEN_SPACE;
          i++;
          continue;
        }

      if (G_UNLIKELY (n_out == cap))
        {
          cap *= 2;
          g_array_set_size (tokens, cap);
          out = (ChToken *) tokens->data;
          if (index != NULL)
            {
              words = g_renew (guint32, words, cap + 1);
              classes = g_renew (guint16, classes, cap + 1);
            }
        }
      tok = &out[n_out];
      tok->start = (guint32) i;
      tok->flags = (guint16) before;

      if (cls & C_ALNUM)
        {
#ifdef __SSE2__
          guint64 key_lo, key_hi;

          if (G_LIKELY (i + 16 <= len) && vector_ascii_word (s, i, tok, &key_lo, &key_hi))
            {
              i += tok->len;
              if (index != NULL)
                w = index_find_short (index, tok, key_lo, key_hi);
              goto token_made;
            }
#endif
          if (fast_ascii_word (s, i, len, cls, tok))
            {
              i += tok->len;
              goto word_made;
            }
        }
      if (c < 0x80 && !(cls & C_ALNUM) && c != '\'')
        {
          /* ASCII punctuation */
          tok->len = 1;
          tok->flags |= CH_TOKEN_PUNCT;
          tok->hash = hash_char (c);
          i++;
          goto token_made;
        }
      else
        {
          gboolean made;
          /* a copy, so that the loop's own stays in a register */
          guint b = before;

          i = slow_token (s, i, len, n_out > 0, &b, tok, &made);
          before = b;
          if (!made)
            continue;
          if (!(tok->flags & CH_TOKEN_WORD))
            goto token_made;
        }
    word_made:
      if (index != NULL)
        w = index_find (index, text, (guint32) len, tok);
    token_made:
      if (index != NULL)
        {
          if (G_UNLIKELY (pending != NULL))
            {
              words[n_out - 1] |= continuation (pending, tok);
              pending = NULL;
            }
          if (w != NULL)
            {
              words[n_out] = w->code;
              classes[n_out] = w->classes;
              if (G_UNLIKELY (w->cont_bits != 0))
                pending = w;
            }
          else
            {
              words[n_out] = 0;
              classes[n_out] = 0;
            }
        }
      n_out++;
      before = 0;
      /* most tokens are followed by one space: taken here, without a turn
       * of the loop */
      if (i < len && s[i] == ' ')
        {
          before = CH_TOKEN_SPACE;
          i++;
        }
    }

  g_array_set_size (tokens, n_out);
  if (index != NULL)
    {
      words[n_out] = 0;
      classes[n_out] = 0;
      scan->words = words;
      scan->classes = classes;
    }
  return tokens;
}

/**
 * ch_tokenize:
 * @text: UTF-8 text (invalid bytes are skipped)
 * @len: its length in bytes
 *
 * Cuts @text into word and punctuation tokens. Every punctuation mark is a
 * token of its own, except a possessive "'s" / "’s", which is one token.
 *
 * Returns: (transfer full) (element-type ChToken): the tokens
 */
GArray *
ch_tokenize (const char *text,
             gsize       len)
{
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  return tokenize (text, len, NULL, NULL);
}

/**
 * ch_gaz_index_tokenize:
 * @index: an index
 * @text: UTF-8 text (invalid bytes are skipped)
 * @len: its length in bytes
 * @scan: (out caller-allocates): per token, what ch_gaz_index_scan() would
 *   write, for ch_gaz_scan_clear()
 *
 * ch_tokenize() and ch_gaz_index_scan() in one pass over @text: a word is
 * looked up while its hash and bytes are at hand, and the tokens are not
 * read a second time.
 *
 * Returns: (transfer full) (element-type ChToken): the tokens
 */
GArray *
ch_gaz_index_tokenize (const ChGazIndex *index,
                       const char       *text,
                       gsize             len,
                       ChGazScan        *scan)
{
  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (scan != NULL, NULL);

  return tokenize (text, len, index, scan);
}

/**
 * ch_gaz_scan_clear:
 * @scan: what ch_gaz_index_tokenize() filled
 *
 * Frees the arrays of @scan.
 */
void
ch_gaz_scan_clear (ChGazScan *scan)
{
  g_return_if_fail (scan != NULL);

  g_clear_pointer (&scan->words, g_free);
  g_clear_pointer (&scan->classes, g_free);
}

/* find_child() for a token of a document: the token's key is only compared
 * once an edge with its hash turns up, which for most tokens (words no
 * entry has) is never. */
static inline guint32
find_token_child (ChGazetteer   *self,
                  guint32        parent,
                  const char    *text,
                  guint32        limit,
                  const ChToken *tok)
{
  guint32 hash = tok->hash;
  guint slot = edge_slot (parent, hash) & self->edge_mask;

  for (;;)
    {
      const Edge *e = &self->edges[slot];

      if (e->child == 0)
        return 0;
      if (e->parent == parent && e->hash == hash &&
          token_equals_key (text, limit, tok, self->keys->str + e->key_off, e->key_len))
        return e->child;
      slot = (slot + 1) & self->edge_mask;
    }
}

static guint match_root (ChGazetteer   *self,
                         const char    *text,
                         const ChToken *tokens,
                         guint          n_tokens,
                         guint          pos,
                         guint          slot,
                         ChGazMatch    *matches,
                         guint          max_matches);

/**
 * ch_gazetteer_match:
 * @text: the text @tokens were cut from
 * @pos: the index of the token where a match must start
 * @matches: (out caller-allocates) (array length=max_matches): the matches
 *
 * Finds every entry whose form starts at token @pos, shortest first.
 *
 * Returns: the number of matches written to @matches
 */
guint
ch_gazetteer_match (ChGazetteer   *self,
                    const char    *text,
                    const ChToken *tokens,
                    guint          n_tokens,
                    guint          pos,
                    ChGazMatch    *matches,
                    guint          max_matches)
{
  const RootSlot *roots;
  guint32 hash;
  guint slot;

  /* CH_IS_GAZETTEER() calls ch_gazetteer_get_type(), and this runs twice
   * per word of every document: the type is final, so comparing the
   * instance's type with the one class_init saw checks the same */
  g_return_val_if_fail (self != NULL && G_TYPE_FROM_INSTANCE (self) == gazetteer_type, 0);

  if (pos >= n_tokens)
    return 0;

  /* most tokens start no entry: the root slots say so in a load or two,
   * and only a slot of the same hash goes on to compare the words */
  hash = tokens[pos].hash;
  roots = self->roots;
  for (slot = slot_of (hash, self->root_shift); roots[slot].child != 0; slot = (slot + 1) & self->root_mask)
    if (roots[slot].hash == hash)
      return match_root (self, text, tokens, n_tokens, pos, slot, matches, max_matches);
  return 0;
}

/* The walk down the trie from @node, the child of the root that token
 * @pos leads to: every entry on the way whose case agrees, shortest
 * first. */
static inline __attribute__((always_inline)) guint
match_from (ChGazetteer   *self,
            const char    *text,
            const ChToken *tokens,
            guint          n_tokens,
            guint          pos,
            guint32        node,
            guint32        limit,
            ChGazMatch    *matches,
            guint          max_matches)
{
  const Node *nodes = (const Node *) self->nodes->data;
  const Link *links = (const Link *) self->links->data;
  const ChToken *first = &tokens[pos];
  guint n = 0;

  for (guint i = pos;;)
    {
      guint32 head = nodes[node].head;

      while (head != 0 && n < max_matches)
        {
          const Link *link = &links[head - 1];
          const ChGazEntry *entry = self->entries->pdata[link->entry];

          if (case_matches (entry, first))
            {
              matches[n].entry = entry;
              matches[n].n_tokens = i - pos + 1;
              n++;
            }
          head = link->next;
        }

      if (nodes[node].child_bits == 0)
        break;
      i++;
      if (i >= n_tokens || i - pos >= MAX_DEPTH)
        break;
      if (tokens[i].flags & CH_TOKEN_PARAGRAPH)
        break;
      if (tokens[i].len > MAX_KEY_LEN)
        break;
      if (!(nodes[node].child_bits & child_bit (tokens[i].hash)))
        break;
      node = find_token_child (self, node, text, limit, &tokens[i]);
      if (node == 0)
        break;
    }

  return n;
}

/* ch_gazetteer_match() past its quick test, from the root slot @slot
 * whose hash is the first token's; out of line so that the test costs no
 * register saving */
static G_GNUC_NO_INLINE guint
match_root (ChGazetteer   *self,
            const char    *text,
            const ChToken *tokens,
            guint          n_tokens,
            guint          pos,
            guint          slot,
            ChGazMatch    *matches,
            guint          max_matches)
{
  const Node *nodes = (const Node *) self->nodes->data;
  const char *keys = self->keys->str;
  const ChToken *first = &tokens[pos];
  guint32 limit = tokens[n_tokens - 1].start + tokens[n_tokens - 1].len;
  guint32 node = 0;

  /* the first token: the slots of its hash, until its words agree */
  for (; self->roots[slot].child != 0; slot = (slot + 1) & self->root_mask)
    {
      const RootSlot *root = &self->roots[slot];

      if (root->hash == first->hash &&
          token_equals_key (text, limit, first, keys + nodes[root->child].key_off,
                            nodes[root->child].key_len))
        {
          node = root->child;
          break;
        }
    }
  if (node == 0)
    return 0;

  return match_from (self, text, tokens, n_tokens, pos, node, limit, matches, max_matches);
}

/* The word of @key, added when the index has none yet */
static guint32
index_find_or_add (ChGazIndex *index,
                   guint32     hash,
                   const char *key,
                   guint       key_len)
{
  IndexWord w = { 0 };
  guint slot = slot_of (hash, index->shift);
  guint32 word;

  for (; index->slots[slot].child != 0; slot = (slot + 1) & index->mask)
    {
      const IndexWord *old = &g_array_index (index->words, IndexWord, index->slots[slot].child);

      if (old->hash == hash && old->key_len == key_len &&
          memcmp (index->keys->str + old->key_off, key, key_len) == 0)
        return index->slots[slot].child;
    }

  /* a quarter full at most, so that a miss ends at the first slot or two */
  if (index->words->len * 4 > index->mask + 1)
    {
      guint size = (index->mask + 1) * 2;

      g_free (index->slots);
      index->slots = g_new0 (RootSlot, size);
      index->mask = size - 1;
      index->shift = 32 - (guint) g_bit_storage (size - 1);
      for (guint32 k = 1; k < index->words->len; k++)
        insert_slot (index->slots, index->shift, index->mask,
                     g_array_index (index->words, IndexWord, k).hash, k);
    }

  w.hash = hash;
  w.key_off = (guint32) index->keys->len;
  w.key_len = key_len;
  for (guint k = 0; k < MIN (key_len, 8u); k++)
    w.key8 |= (guint64) (guchar) key[k] << (8 * k);
  g_string_append_len (index->keys, key, key_len);
  while (index->keys->len % 8 != 0)
    g_string_append_c (index->keys, '\0');
  word = index->words->len;
  w.code = word << CH_GAZ_INDEX_MAX;
  g_array_append_val (index->words, w);
  insert_slot (index->slots, index->shift, index->mask, hash, word);
  return word;
}

/**
 * ch_gaz_index_new:
 * @gazetteers: (array length=n_gazetteers): the gazetteers, which must not
 *   change any more
 * @n_gazetteers: their number, at most %CH_GAZ_INDEX_MAX
 *
 * Gathers the first words of the entries of several gazetteers into one
 * table, so that a document's word is looked up once for all of them
 * (ch_gaz_index_scan()) and a gazetteer's trie is walked only from the
 * words that start one of its entries (ch_gaz_index_match()).
 *
 * Returns: (transfer full): the index, for ch_gaz_index_free()
 */
ChGazIndex *
ch_gaz_index_new (ChGazetteer *const *gazetteers,
                  guint               n_gazetteers)
{
  ChGazIndex *index;
  IndexWord none = { 0 };
  guint n_roots = 0, size = 16;

  g_return_val_if_fail (n_gazetteers >= 1 && n_gazetteers <= CH_GAZ_INDEX_MAX, NULL);

  for (guint k = 0; k < n_gazetteers; k++)
    {
      g_return_val_if_fail (CH_IS_GAZETTEER (gazetteers[k]), NULL);
      n_roots += gazetteers[k]->n_roots;
    }
  while (size < n_roots * 4)
    size *= 2;

  index = g_new0 (ChGazIndex, 1);
  index->n_gazetteers = n_gazetteers;
  index->words = g_array_new (FALSE, FALSE, sizeof (IndexWord));
  g_array_append_val (index->words, none);
  index->keys = g_string_new (NULL);
  index->slots = g_new0 (RootSlot, size);
  index->mask = size - 1;
  index->shift = 32 - (guint) g_bit_storage (size - 1);

  for (guint k = 0; k < n_gazetteers; k++)
    {
      ChGazetteer *gaz = gazetteers[k];
      const Node *nodes = (const Node *) gaz->nodes->data;
      guint gaz_size = gaz->root_mask + 1;

      index->gazetteers[k] = g_object_ref (gaz);
      for (guint s = 0; s < gaz_size; s++)
        {
          const RootSlot *root = &gaz->roots[s];
          const Node *child;
          const char *key;
          guint32 word;

          if (root->child == 0)
            continue;
          child = &nodes[root->child];
          key = gaz->keys->str + child->key_off;
          word = index_find_or_add (index, root->hash, key, child->key_len);
          {
            IndexWord *w = &g_array_index (index->words, IndexWord, word);
            const Link *links = (const Link *) gaz->links->data;
            guint n_entries = 0;
            gboolean plain = TRUE;

            w->node[k] = root->child;
            w->child_bits[k] = child->child_bits;
            /* the entries of the first word alone, in match_from()'s order:
             * ch_gaz_index_longest() keeps the last */
            for (guint32 head = child->head; head != 0; head = links[head - 1].next)
              {
                const ChGazEntry *entry = gaz->entries->pdata[links[head - 1].entry];

                n_entries++;
                if (!(entry->flags & CH_GAZ_FLAG_CASE_INSENSITIVE))
                  plain = FALSE;
                w->single[k] = entry->value;
              }
            if (n_entries > 0)
              {
                w->root[k] |= ROOT_ENTRIES;
                w->code |= 1u << k;
              }
            else
              w->cont |= 1u << k;
            if (n_entries > 0 && n_entries <= 64 && plain)
              w->root[k] |= ROOT_PLAIN;
          }
        }
    }

  for (guint32 k = 1; k < index->words->len; k++)
    {
      IndexWord *w = &g_array_index (index->words, IndexWord, k);

      for (guint g = 0; g < CH_GAZ_INDEX_MAX; g++)
        if ((w->cont >> g) & 1)
          w->cont_bits |= w->child_bits[g];
    }

  return index;
}

void
ch_gaz_index_free (ChGazIndex *index)
{
  if (index == NULL)
    return;
  for (guint k = 0; k < index->n_gazetteers; k++)
    g_object_unref (index->gazetteers[k]);
  g_array_unref (index->words);
  g_string_free (index->keys, TRUE);
  g_free (index->slots);
  g_free (index);
}

/**
 * ch_gaz_index_add_class:
 * @word: one word
 * @classes: bits of the caller's own meaning
 *
 * Gives @word (in any case) the bits @classes, which ch_gaz_index_scan()
 * then reports for every token that is @word. Only before the index is
 * shared with other threads.
 *
 * Returns: FALSE when @word is not one word token
 */
gboolean
ch_gaz_index_add_class (ChGazIndex *index,
                        const char *word,
                        guint16     classes)
{
  g_autoptr(GArray) tokens = NULL;
  const ChToken *tok;
  char key[MAX_KEY_LEN];
  int key_len;
  guint32 id;

  g_return_val_if_fail (index != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  tokens = ch_tokenize (word, strlen (word));
  if (tokens->len != 1)
    return FALSE;
  tok = &g_array_index (tokens, ChToken, 0);
  if (!(tok->flags & CH_TOKEN_WORD))
    return FALSE;
  key_len = token_key (word, tok, key);
  if (key_len < 0)
    return FALSE;
  id = index_find_or_add (index, tok->hash, key, (guint) key_len);
  g_array_index (index->words, IndexWord, id).classes |= classes;
  return TRUE;
}

/**
 * ch_gaz_index_scan:
 * @text: the text @tokens were cut from
 * @words: (out caller-allocates) (array length=n_tokens): per token, the
 *   index's word it is, 0 when no entry of any gazetteer starts with it;
 *   CH_GAZ_INDEX_STARTS() tells for which gazetteers a match may start
 *   there (when it does not, ch_gaz_index_match() finds none)
 * @classes: (out caller-allocates) (array length=n_tokens) (nullable): per
 *   token, the bits ch_gaz_index_add_class() gave its word, or 0
 *
 * Looks every word token up once. Punctuation tokens get 0: matches start
 * on words.
 */
void
ch_gaz_index_scan (const ChGazIndex *index,
                   const char       *text,
                   const ChToken    *tokens,
                   guint             n_tokens,
                   guint32          *words,
                   guint16          *classes)
{
  guint32 limit;

  g_return_if_fail (index != NULL);
  g_return_if_fail (n_tokens == 0 || (text != NULL && tokens != NULL && words != NULL));

  if (n_tokens == 0)
    return;
  limit = tokens[n_tokens - 1].start + tokens[n_tokens - 1].len;

  for (guint i = 0; i < n_tokens; i++)
    {
      const ChToken *t = &tokens[i];
      const IndexWord *w = (t->flags & CH_TOKEN_WORD) ? index_find (index, text, limit, t) : NULL;
      guint32 word = 0;
      guint16 word_classes = 0;

      if (w != NULL)
        {
          /* a gazetteer's bit only where a match may start: the word is
           * an entry, or the next word may go on */
          word = w->code;
          word_classes = w->classes;
          if (G_UNLIKELY (w->cont_bits != 0) && i + 1 < n_tokens)
            word |= continuation (w, &tokens[i + 1]);
        }
      words[i] = word;
      if (classes != NULL)
        classes[i] = word_classes;
    }
}

/**
 * ch_gaz_index_match:
 * @which: the position of a gazetteer in the array given to ch_gaz_index_new()
 * @word: what ch_gaz_index_scan() wrote for token @pos
 * @text: the text @tokens were cut from
 * @pos: the index of the token where a match must start
 * @matches: (out caller-allocates) (array length=max_matches): the matches
 *
 * ch_gazetteer_match() on the gazetteer @which for a token already
 * looked up.
 *
 * Returns: the number of matches written to @matches
 */
guint
ch_gaz_index_match (const ChGazIndex *index,
                    guint             which,
                    guint32           word,
                    const char       *text,
                    const ChToken    *tokens,
                    guint             n_tokens,
                    guint             pos,
                    ChGazMatch       *matches,
                    guint             max_matches)
{
  guint32 node;

  g_return_val_if_fail (index != NULL, 0);
  g_return_val_if_fail (which < index->n_gazetteers &&
                        (word >> CH_GAZ_INDEX_MAX) < index->words->len, 0);

  if (pos >= n_tokens)
    return 0;
  node = ((const IndexWord *) index->words->data)[word >> CH_GAZ_INDEX_MAX].node[which];
  if (node == 0)
    return 0;
  return match_from (index->gazetteers[which], text, tokens, n_tokens, pos, node,
                     tokens[n_tokens - 1].start + tokens[n_tokens - 1].len,
                     matches, max_matches);
}

/**
 * ch_gazetteer_lookup:
 * @form: words as written
 *
 * Returns: (transfer none) (nullable): the entry of @kind whose form is
 *   exactly @form
 */
const ChGazEntry *
ch_gazetteer_lookup (ChGazetteer *self,
                     ChGazKind    kind,
                     const char  *form)
{
  g_autoptr(GArray) tokens = NULL;
  ChGazMatch matches[32];
  guint n;

  g_return_val_if_fail (CH_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (form != NULL, NULL);

  tokens = ch_tokenize (form, strlen (form));
  if (tokens->len == 0)
    return NULL;
  n = ch_gazetteer_match (self, form, (const ChToken *) tokens->data, tokens->len, 0,
                          matches, G_N_ELEMENTS (matches));
  for (guint i = 0; i < n; i++)
    if (matches[i].n_tokens == tokens->len && matches[i].entry->kind == kind)
      return matches[i].entry;
  return NULL;
}

const char *
ch_gazetteer_kind_to_string (ChGazKind kind)
{
  g_return_val_if_fail ((guint) kind < CH_GAZ_N_KINDS, NULL);
  return kind_names[kind];
}

/**
 * ch_gaz_index_longest:
 * @which: the position of a gazetteer in the array given to ch_gaz_index_new()
 * @text: the text @tokens were cut from
 * @words: (array length=n_tokens): what ch_gaz_index_scan() wrote
 * @values: (array length=n_tokens): per token, set to the value of the
 *   longest entry of the gazetteer that starts there (of entries of one
 *   length, the one added first), when there is one; values must be
 *   below 256
 * @lengths: (array length=n_tokens): the length of that entry in tokens
 *
 * The longest match at every token, as ch_gaz_index_match() would find
 * them one by one; a token where no entry starts keeps its value and
 * length.
 */
void
ch_gaz_index_longest (const ChGazIndex *index,
                      guint             which,
                      const char       *text,
                      const ChToken    *tokens,
                      guint             n_tokens,
                      const guint32    *words,
                      guint8           *values,
                      guint8           *lengths)
{
  const IndexWord *iw;
  ChGazetteer *gaz;
  guint32 limit;

  g_return_if_fail (index != NULL);
  g_return_if_fail (which < index->n_gazetteers);

  if (n_tokens == 0)
    return;
  iw = (const IndexWord *) index->words->data;
  gaz = index->gazetteers[which];
  limit = tokens[n_tokens - 1].start + tokens[n_tokens - 1].len;

  for (guint i = 0; i < n_tokens; i++)
    {
      ChGazMatch matches[64];
      const IndexWord *w;
      guint k;

      if (!CH_GAZ_INDEX_STARTS (words[i], which))
        continue;
      w = &iw[words[i] >> CH_GAZ_INDEX_MAX];
      if ((w->root[which] & ROOT_PLAIN) &&
          !may_continue (tokens, n_tokens, i, w->child_bits[which]))
        {
          /* the first word alone, and its entries match in any case */
          if (1 >= lengths[i])
            {
              values[i] = (guint8) w->single[which];
              lengths[i] = 1;
            }
          continue;
        }
      k = match_from (gaz, text, tokens, n_tokens, i, w->node[which],
                      limit, matches, G_N_ELEMENTS (matches));
      /* shortest first, and of one length the entry added last first */
      for (guint j = 0; j < k; j++)
        if (matches[j].n_tokens >= lengths[i])
          {
            values[i] = (guint8) matches[j].entry->value;
            lengths[i] = (guint8) matches[j].n_tokens;
          }
    }
}
