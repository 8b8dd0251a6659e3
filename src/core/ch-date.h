/* ch-date.h: date expressions, datelines and relative dates
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ch-gazetteer.h"
#include "ch-types.h"

G_BEGIN_DECLS

/**
 * ChDateMatch:
 * @start: byte offset of the expression's first byte
 * @end: byte offset past the expression
 * @day: the date, as precise as the words allow; all zero when the
 *   expression is relative and there was no reference date to resolve it
 * @relative: whether the expression needed the reference date
 * @first_token: index of the expression's first token
 * @n_tokens: how many tokens it spans
 */
typedef struct
{
  guint    start;
  guint    end;
  ChDay    day;
  gboolean relative;
  guint    first_token;
  guint    n_tokens;
} ChDateMatch;

/**
 * ChDateline:
 * @city_start: byte offset of the dateline's place name
 * @city_end: byte offset past it
 * @day: the date the dateline gives, or all zero
 * @end: byte offset just past the dateline (and its ":" or "-")
 * @agency_start: byte offset of the news agency in parentheses, or 0
 * @agency_end: byte offset past it, or 0
 */
typedef struct
{
  guint city_start;
  guint city_end;
  ChDay day;
  guint end;
  guint agency_start;
  guint agency_end;
} ChDateline;

GArray   *ch_date_scan           (const char    *text,
                                  gsize          len,
                                  const ChDay   *reference);
GArray   *ch_date_scan_tokens    (const char    *text,
                                  const ChToken *tokens,
                                  guint          n_tokens,
                                  const ChDay   *reference);
GArray   *ch_date_scan_tokens_classes (const char    *text,
                                       const ChToken *tokens,
                                       guint          n_tokens,
                                       const guint16 *classes,
                                       guint16        date_class,
                                       const ChDay   *reference);
const char * const *ch_date_get_words (guint        *n_words);
void      ch_date_resolve        (const char    *text,
                                  const ChToken *tokens,
                                  guint          n_tokens,
                                  GArray        *matches,
                                  const ChDay   *reference);
gboolean  ch_date_parse          (const char    *text,
                                  const ChDay   *reference,
                                  ChDay         *day);
gboolean  ch_date_parse_dateline (const char    *text,
                                  gsize          len,
                                  const ChDay   *reference,
                                  ChDateline    *dateline);
gboolean  ch_date_parse_dateline_tokens (const char    *text,
                                         gsize          len,
                                         const ChToken *tokens,
                                         guint          n_tokens,
                                         guint          first,
                                         const ChDay   *reference,
                                         ChDateline    *dateline);
void      ch_day_add_days        (ChDay         *day,
                                  int            n_days);

G_END_DECLS
