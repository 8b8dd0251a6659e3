/* ch-gazetteer.h: the curated lists of data/gazetteer compiled into matchers
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-types.h"

G_BEGIN_DECLS

#define CH_TYPE_GAZETTEER (ch_gazetteer_get_type ())

G_DECLARE_FINAL_TYPE (ChGazetteer, ch_gazetteer, CH, GAZETTEER, GObject)

typedef enum
{
  CH_GAZ_COUNTRY,
  CH_GAZ_CITY,
  CH_GAZ_VENUE,
  CH_GAZ_ORGANIZATION,
  CH_GAZ_INSTITUTION,
  CH_GAZ_TITLE,
  CH_GAZ_TOPIC,
  CH_GAZ_PERSON,
  CH_GAZ_CUE,
} ChGazKind;

#define CH_GAZ_N_KINDS (CH_GAZ_CUE + 1)

typedef enum
{
  CH_GAZ_FLAG_ALIAS            = 1 << 0,
  CH_GAZ_FLAG_DEMONYM          = 1 << 1,
  CH_GAZ_FLAG_CAPITAL          = 1 << 2,
  CH_GAZ_FLAG_CASE_INSENSITIVE = 1 << 3,
  CH_GAZ_FLAG_AMBIGUOUS        = 1 << 4,   /* trust only with supporting context */
  CH_GAZ_FLAG_EXCLUDE          = 1 << 5,   /* a phrase that cancels a topic term */
  CH_GAZ_FLAG_CASE_SENSITIVE   = 1 << 6,   /* ch_gazetteer_add(): keep case for a cue */
} ChGazFlags;

/**
 * ChGazEntry:
 * @kind: which list the entry comes from
 * @flags: #ChGazFlags
 * @value: a small integer the list gives meaning to (a cue's class)
 * @name: the canonical value: a country's common name, a city, a venue,
 *   an organization's usual acronym (its name when it has none), an
 *   institution, a title, a topic slug, a person's curated spelling
 * @code: the ISO 3166-1 alpha-2 code the entry belongs to, or %NULL
 * @extra: a venue's city, a title's rank, an organization's full name
 *
 * All strings are interned. Entries live as long as their gazetteer.
 */
typedef struct
{
  ChGazKind   kind;
  guint16     flags;
  guint16     value;
  const char *name;
  const char *code;
  const char *extra;
  /* private: which tokens of the written form start upper case */
  guint32     upper_mask;
  guint32     caps_mask;
  guint8      n_tokens;
} ChGazEntry;

typedef enum
{
  CH_TOKEN_WORD        = 1 << 0,
  CH_TOKEN_UPPER       = 1 << 1,   /* starts with an upper-case letter */
  CH_TOKEN_ALL_UPPER   = 1 << 2,   /* two or more letters, all upper case */
  CH_TOKEN_DIGIT       = 1 << 3,   /* starts with a digit */
  CH_TOKEN_PUNCT       = 1 << 4,
  CH_TOKEN_SPACE       = 1 << 5,   /* white space before the token */
  CH_TOKEN_NEWLINE     = 1 << 6,   /* a line break before the token */
  CH_TOKEN_PARAGRAPH   = 1 << 7,   /* a blank line before the token */
  CH_TOKEN_POSSESSIVE  = 1 << 8,   /* the token is 's or ’s */
  CH_TOKEN_NON_ASCII   = 1 << 9,
  CH_TOKEN_LETTERS     = 1 << 10,  /* letters only */
  CH_TOKEN_ASCII_UPPER = 1 << 11,  /* an ASCII upper-case letter anywhere in a word */
} ChTokenFlags;

/**
 * ChToken:
 * @start: byte offset in the text
 * @len: length in bytes
 * @flags: #ChTokenFlags
 * @hash: hash of the normalised (case-folded) token
 */
typedef struct
{
  guint32 start;
  guint16 len;
  guint16 flags;
  guint32 hash;
} ChToken;

/**
 * ChGazMatch:
 * @entry: the entry matched
 * @n_tokens: how many tokens the match spans
 */
typedef struct
{
  const ChGazEntry *entry;
  guint             n_tokens;
} ChGazMatch;

#define CH_TOKEN_MAX_LEN 0xffff

const char        *ch_gazetteer_kind_to_string     (ChGazKind           kind);
GArray            *ch_tokenize                     (const char         *text,
                                                    gsize               len);
guint32            ch_token_hash                   (const char         *text,
                                                    gsize               len);

ChGazetteer       *ch_gazetteer_get_default        (void);
ChGazetteer       *ch_gazetteer_new                (void);
ChGazetteer       *ch_gazetteer_new_from_directory (const char         *directory,
                                                    GError            **error);
gboolean           ch_gazetteer_load_xml           (ChGazetteer        *self,
                                                    const char         *data,
                                                    gsize               len,
                                                    const char         *name,
                                                    GError            **error);
const ChGazEntry  *ch_gazetteer_add                (ChGazetteer        *self,
                                                    ChGazKind           kind,
                                                    const char         *form,
                                                    const char         *name,
                                                    const char         *code,
                                                    const char         *extra,
                                                    guint               flags,
                                                    guint               value);
guint              ch_gazetteer_get_n_entries      (ChGazetteer        *self,
                                                    ChGazKind           kind);
const ChGazEntry  *ch_gazetteer_lookup             (ChGazetteer        *self,
                                                    ChGazKind           kind,
                                                    const char         *form);
const ChGazEntry  *ch_gazetteer_find_name          (ChGazetteer        *self,
                                                    ChGazKind           kind,
                                                    const char         *name);
GPtrArray         *ch_gazetteer_list               (ChGazetteer        *self,
                                                    ChGazKind           kind);
const char * const *ch_gazetteer_get_members     (ChGazetteer        *self,
                                                    const char         *organization);
void               ch_gazetteer_set_members        (ChGazetteer        *self,
                                                    const char         *organization,
                                                    const char         *members);
guint              ch_gazetteer_match              (ChGazetteer        *self,
                                                    const char         *text,
                                                    const ChToken      *tokens,
                                                    guint               n_tokens,
                                                    guint               pos,
                                                    ChGazMatch         *matches,
                                                    guint               max_matches);

/**
 * ChGazIndex:
 *
 * The first words of several gazetteers' entries in one table: see
 * ch_gaz_index_new().
 */
typedef struct _ChGazIndex ChGazIndex;

#define CH_GAZ_INDEX_MAX 2

/**
 * ChGazScan:
 * @words: per token and one more (0), what ch_gaz_index_scan() writes to
 *   its @words
 * @classes: per token and one more (0), what it writes to its @classes
 */
typedef struct
{
  guint32 *words;
  guint16 *classes;
} ChGazScan;

/* Whether some entry of the gazetteer at @which starts with a token that
 * ch_gaz_index_scan() gave @word */
#define CH_GAZ_INDEX_STARTS(word, which) ((((word) >> (which)) & 1) != 0)

ChGazIndex        *ch_gaz_index_new                (ChGazetteer *const *gazetteers,
                                                    guint               n_gazetteers);
void               ch_gaz_index_free               (ChGazIndex         *index);
GArray            *ch_gaz_index_tokenize           (const ChGazIndex   *index,
                                                    const char         *text,
                                                    gsize               len,
                                                    ChGazScan          *scan);
void               ch_gaz_scan_clear               (ChGazScan          *scan);
void               ch_gaz_index_scan               (const ChGazIndex   *index,
                                                    const char         *text,
                                                    const ChToken      *tokens,
                                                    guint               n_tokens,
                                                    guint32            *words,
                                                    guint16            *classes);
gboolean           ch_gaz_index_add_class          (ChGazIndex         *index,
                                                    const char         *word,
                                                    guint16             classes);
guint              ch_gaz_index_match              (const ChGazIndex   *index,
                                                    guint               which,
                                                    guint32             word,
                                                    const char         *text,
                                                    const ChToken      *tokens,
                                                    guint               n_tokens,
                                                    guint               pos,
                                                    ChGazMatch         *matches,
                                                    guint               max_matches);
void               ch_gaz_index_longest            (const ChGazIndex   *index,
                                                    guint               which,
                                                    const char         *text,
                                                    const ChToken      *tokens,
                                                    guint               n_tokens,
                                                    const guint32      *words,
                                                    guint8             *values,
                                                    guint8             *lengths);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChGazIndex, ch_gaz_index_free)

G_END_DECLS
