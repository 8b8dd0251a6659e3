/* ch-date.c: date expressions, datelines and relative dates
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner runs over the tokens of ch_tokenize() and only looks closer
 * at tokens that can start a date (digits, month and weekday names, a few
 * words such as "yesterday" or "last"), so it costs little on long texts.
 * Relative expressions are resolved against the reference date the caller
 * gives, which is the document's own date: never the clock. Without a
 * reference they are reported with an all-zero day so that no date is
 * invented.
 */

#define G_LOG_DOMAIN "ch-date"

#include "config.h"

#include <string.h>

#include "ch-date.h"

typedef struct
{
  const char    *text;
  const ChToken *tokens;
  guint          n;
  const ChDay   *ref;
} Scan;

static const char *month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static const char *weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* g_ascii_tolower() without a call */
static inline guchar
ascii_lower (guchar c)
{
  return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* A set of lower-case ASCII letters as a bit mask: testing a letter
 * against it costs no strchr() call per token */
#define L(c) (1u << ((c) - 'a'))

static inline gboolean
letter_in (guchar  c,
           guint32 mask)
{
  return c >= 'a' && c <= 'z' && ((mask >> (c - 'a')) & 1);
}

static inline __attribute__((always_inline)) gboolean
tok_is (const Scan *s,
        guint       i,
        const char *word)
{
  const ChToken *t;
  const guchar *p;
  /* strlen of a literal folds away once inlined */
  gsize wlen = __builtin_strlen (word);

  if (i >= s->n)
    return FALSE;
  t = &s->tokens[i];
  if (t->len != wlen)
    return FALSE;
  /* the first letter folded to lower case must be @word's as written,
   * the others equal in either case (g_ascii_strncasecmp() in line: this
   * runs for the frequent "on", "in" and "the" of every text) */
  p = (const guchar *) s->text + t->start;
  if (ascii_lower (p[0]) != (guchar) word[0])
    return FALSE;
  for (gsize k = 1; k < wlen; k++)
    if (ascii_lower (p[k]) != ascii_lower ((guchar) word[k]))
      return FALSE;
  return TRUE;
}

static gboolean
tok_is_punct (const Scan *s,
              guint       i,
              char        c)
{
  return i < s->n && (s->tokens[i].flags & CH_TOKEN_PUNCT) && s->tokens[i].len == 1 &&
         s->text[s->tokens[i].start] == c;
}

/* A line break between tokens ends any date expression. */
static gboolean
same_line (const Scan *s,
           guint       i)
{
  return i < s->n && !(s->tokens[i].flags & CH_TOKEN_NEWLINE);
}

static int
tok_number (const Scan *s,
            guint       i,
            guint       max_digits)
{
  const ChToken *t;
  int v = 0;

  if (i >= s->n)
    return -1;
  t = &s->tokens[i];
  if (!(t->flags & CH_TOKEN_DIGIT) || t->len > max_digits)
    return -1;
  for (guint k = 0; k < t->len; k++)
    {
      char c = s->text[t->start + k];

      if (c < '0' || c > '9')
        return -1;
      v = v * 10 + (c - '0');
    }
  return v;
}

/* "14", "14th", "1st", "22nd", "3rd" */
static int
tok_day (const Scan *s,
         guint       i)
{
  const ChToken *t;
  int v = 0;
  guint k;

  if (i >= s->n)
    return -1;
  t = &s->tokens[i];
  if (!(t->flags & CH_TOKEN_DIGIT) || t->len > 4)
    return -1;
  for (k = 0; k < t->len && g_ascii_isdigit (s->text[t->start + k]); k++)
    v = v * 10 + (s->text[t->start + k] - '0');
  if (k == 0 || k > 2)
    return -1;
  if (k < t->len)
    {
      const char *suffix = s->text + t->start + k;
      guint slen = t->len - k;

      if (slen != 2 ||
          !(g_ascii_strncasecmp (suffix, "st", 2) == 0 || g_ascii_strncasecmp (suffix, "nd", 2) == 0 ||
            g_ascii_strncasecmp (suffix, "rd", 2) == 0 || g_ascii_strncasecmp (suffix, "th", 2) == 0))
        return -1;
    }
  return v >= 1 && v <= 31 ? v : -1;
}

static int
tok_year (const Scan *s,
          guint       i)
{
  int v = tok_number (s, i, 4);

  if (i >= s->n || s->tokens[i].len != 4)
    return -1;
  return v >= 1900 && v <= 2100 ? v : -1;
}

/* Returns the month 1-12 and the number of tokens used ("Apr." is two). */
static int tok_weekday (const Scan *s,
                        guint       i);

static int
tok_month (const Scan *s,
           guint       i,
           guint      *used)
{
  const ChToken *t;

  if (i >= s->n)
    return 0;
  t = &s->tokens[i];
  if (!(t->flags & CH_TOKEN_LETTERS) || t->len < 3 || t->len > 9 ||
      !letter_in (ascii_lower ((guchar) s->text[t->start]),
                  L ('j') | L ('f') | L ('m') | L ('a') | L ('s') | L ('o') | L ('n') | L ('d')))
    return 0;

  for (guint m = 0; m < 12; m++)
    {
      const char *name = month_names[m];
      gsize nlen;

      /* a name or an abbreviation starts with the token's first letter:
       * the other months need no comparison */
      if ((guchar) name[0] != ascii_lower ((guchar) s->text[t->start]))
        continue;
      nlen = strlen (name);
      if (t->len == nlen && g_ascii_strncasecmp (s->text + t->start, name, nlen) == 0)
        {
          /* "may" is a verb far more often than a month */
          if (m == 4 && !(t->flags & CH_TOKEN_UPPER))
            return 0;
          /* "when Theresa May hosted Macron": a surname after a given
           * name, unless a number follows ("Tuesday May 5") or the word
           * before is one that introduces a month ("In May") */
          if (m == 4 && i > 0 && (s->tokens[i - 1].flags & CH_TOKEN_UPPER) &&
              (s->tokens[i - 1].flags & CH_TOKEN_LETTERS) &&
              !(i + 1 < s->n && (s->tokens[i + 1].flags & CH_TOKEN_DIGIT)) &&
              tok_weekday (s, i - 1) == 0)
            {
              static const char *const lead[] = {
                "in", "on", "by", "since", "until", "till", "from", "through", "before",
                "after", "during", "early", "late", "mid", "last", "next", "this", "of",
                "to", "between", "and", "or", "around", "about", "throughout", "that",
              };
              gboolean leads = FALSE;

              for (guint k = 0; k < G_N_ELEMENTS (lead) && !leads; k++)
                leads = tok_is (s, i - 1, lead[k]);
              if (!leads)
                return 0;
            }
          *used = 1;
          return m + 1;
        }
      /* abbreviations: Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec */
      if (m != 4 && (t->len == 3 || (m == 8 && t->len == 4)) && (t->flags & CH_TOKEN_UPPER) &&
          g_ascii_strncasecmp (s->text + t->start, name, t->len) == 0)
        {
          *used = tok_is_punct (s, i + 1, '.') && !(s->tokens[i + 1].flags & CH_TOKEN_SPACE) ? 2 : 1;
          return m + 1;
        }
    }
  return 0;
}

static int
tok_weekday (const Scan *s,
             guint       i)
{
  if (i >= s->n || !(s->tokens[i].flags & CH_TOKEN_UPPER) || s->tokens[i].len < 6 ||
      s->tokens[i].len > 9)
    return 0;
  for (guint d = 0; d < 7; d++)
    if ((guchar) weekday_names[d][0] == ascii_lower ((guchar) s->text[s->tokens[i].start]) &&
        tok_is (s, i, weekday_names[d]) && (s->tokens[i].flags & CH_TOKEN_UPPER))
      return d + 1;
  return 0;
}

void
ch_day_add_days (ChDay *day,
                 int    n_days)
{
  GDate date;

  g_return_if_fail (day != NULL);

  if (ch_day_get_precision (day) != CH_DATE_PRECISION_DAY || !ch_day_is_valid (day))
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day->day, day->month, day->year);
  if (n_days >= 0)
    g_date_add_days (&date, n_days);
  else
    g_date_subtract_days (&date, -n_days);
  day->year = g_date_get_year (&date);
  day->month = g_date_get_month (&date);
  day->day = g_date_get_day (&date);
}

static gboolean
set_day (ChDay *out,
         int    y,
         int    m,
         int    d)
{
  ChDay day = { (guint16) y, (guint8) m, (guint8) d };

  if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31 || !ch_day_is_valid (&day))
    return FALSE;
  *out = day;
  return TRUE;
}

static gboolean
has_ref_day (const Scan *s)
{
  return s->ref != NULL && ch_day_get_precision (s->ref) == CH_DATE_PRECISION_DAY;
}

static gboolean
has_ref_year (const Scan *s)
{
  return s->ref != NULL && s->ref->year != 0;
}

/* A month and day without a year: the year of the reference date, or the
 * one before when that would put the day well after the reference. */
static void
resolve_month_day (const Scan *s,
                   int         m,
                   int         d,
                   ChDay      *out)
{
  int y;

  memset (out, 0, sizeof *out);
  if (!has_ref_year (s))
    return;
  y = s->ref->year;
  if (s->ref->month != 0 && (m > s->ref->month + 2 || (m - s->ref->month) < -10))
    y--;
  if (d == 0)
    {
      if (s->ref->month != 0 && m > s->ref->month)
        y = s->ref->year - 1;
      else
        y = s->ref->year;
    }
  set_day (out, y, m, d);
}

static void
resolve_weekday (const Scan *s,
                 int         wd,
                 gboolean    last,
                 ChDay      *out)
{
  GDate date;
  int back;

  memset (out, 0, sizeof *out);
  if (!has_ref_day (s))
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, s->ref->day, s->ref->month, s->ref->year);
  back = ((int) g_date_get_weekday (&date) - wd + 7) % 7;
  if (last && back == 0)
    back = 7;
  *out = *s->ref;
  ch_day_add_days (out, -back);
}

static gboolean
is_daypart (const Scan *s,
            guint       i)
{
  return same_line (s, i) &&
         (tok_is (s, i, "morning") || tok_is (s, i, "afternoon") ||
          tok_is (s, i, "evening") || tok_is (s, i, "night"));
}

/* "February 23 last year", "6 May this year": a month and day followed by
 * the year they fall in, which the reference alone would put in the
 * latest such day.  Returns the tokens of "last|this year" (0 if none). */
static guint
month_day_year_after (const Scan *s,
                      guint       k,
                      int         m,
                      int         d,
                      ChDay      *day)
{
  if (!(same_line (s, k) && same_line (s, k + 1) && (tok_is (s, k, "last") || tok_is (s, k, "this")) &&
        tok_is (s, k + 1, "year")))
    return 0;
  memset (day, 0, sizeof *day);
  if (has_ref_year (s))
    set_day (day, s->ref->year - (tok_is (s, k, "last") ? 1 : 0), m, d);
  return 2;
}

/* Absolute forms with a month name. Returns the tokens used, 0 if none. */
static guint
match_month_forms (const Scan *s,
                   guint       i,
                   ChDay      *day,
                   gboolean   *relative)
{
  guint used, j;
  int m, d, y;

  /* Month Day[,] Year | Month Day | Month Year */
  if ((m = tok_month (s, i, &used)) != 0)
    {
      j = i + used;
      if (same_line (s, j) && (d = tok_day (s, j)) > 0 &&
          !(j + 1 < s->n && tok_is_punct (s, j + 1, ':')))
        {
          guint k = j + 1;

          if (tok_is_punct (s, k, ',') && same_line (s, k))
            k++;
          if (same_line (s, k) && (y = tok_year (s, k)) > 0 && set_day (day, y, m, d))
            return k + 1 - i;
          *relative = TRUE;
          if ((used = month_day_year_after (s, j + 1, m, d, day)) > 0)
            return j + 1 + used - i;
          resolve_month_day (s, m, d, day);
          return j + 1 - i;
        }
      if (same_line (s, j) && (y = tok_year (s, j)) > 0 && set_day (day, y, m, 0))
        return j + 1 - i;
      if (tok_is_punct (s, j, ',') && same_line (s, j + 1) && (y = tok_year (s, j + 1)) > 0 &&
          set_day (day, y, m, 0))
        return j + 2 - i;
      return 0;
    }

  /* Day [of] Month [,] [Year] */
  if ((d = tok_day (s, i)) > 0)
    {
      j = i + 1;
      if (tok_is (s, j, "of") && same_line (s, j))
        j++;
      if (same_line (s, j) && (m = tok_month (s, j, &used)) != 0)
        {
          guint k = j + used;

          if (tok_is_punct (s, k, ',') && same_line (s, k))
            k++;
          if (same_line (s, k) && (y = tok_year (s, k)) > 0 && set_day (day, y, m, d))
            return k + 1 - i;
          *relative = TRUE;
          if ((k = month_day_year_after (s, j + used, m, d, day)) > 0)
            return j + used + k - i;
          resolve_month_day (s, m, d, day);
          return j + used - i;
        }
    }

  return 0;
}

/* 2023-04-14, 2023/04/14, 14/04/2023, 14.04.2023 */
static guint
match_numeric (const Scan *s,
               guint       i,
               ChDay      *day)
{
  int a, b, c;
  char sep;

  if (i + 4 >= s->n)
    return 0;
  if (!(s->tokens[i + 1].flags & CH_TOKEN_PUNCT) || s->tokens[i + 1].len != 1)
    return 0;
  sep = s->text[s->tokens[i + 1].start];
  if (sep != '-' && sep != '/' && sep != '.')
    return 0;
  if (!tok_is_punct (s, i + 3, sep))
    return 0;
  for (guint k = i + 1; k <= i + 4; k++)
    if (s->tokens[k].flags & (CH_TOKEN_SPACE | CH_TOKEN_NEWLINE))
      return 0;
  /* not part of a longer run such as an IP address or a version */
  if (i + 5 < s->n && tok_is_punct (s, i + 5, sep) && !(s->tokens[i + 5].flags & CH_TOKEN_SPACE) &&
      i + 6 < s->n && (s->tokens[i + 6].flags & CH_TOKEN_DIGIT))
    return 0;

  if ((a = tok_year (s, i)) > 0)
    {
      b = tok_number (s, i + 2, 2);
      c = tok_number (s, i + 4, 2);
      if (b > 0 && c > 0 && set_day (day, a, b, c))
        return 5;
      return 0;
    }

  a = tok_number (s, i, 2);
  b = tok_number (s, i + 2, 2);
  c = tok_year (s, i + 4);
  if (a <= 0 || b <= 0 || c <= 0 || sep == '-')
    return 0;
  /* Day first, as English outside the United States writes it; the
   * month-first reading is taken only when the day-first one is impossible
   * ("04/14/2023"). */
  if (b <= 12 && set_day (day, c, b, a))
    return 5;
  if (a <= 12 && set_day (day, c, a, b))
    return 5;
  return 0;
}

static guint
match_relative (const Scan *s,
                guint       i,
                ChDay      *day,
                gboolean   *relative)
{
  int wd, m;
  guint used;

  memset (day, 0, sizeof *day);

  if (tok_is (s, i, "yesterday"))
    {
      *relative = TRUE;
      if (has_ref_day (s))
        {
          *day = *s->ref;
          ch_day_add_days (day, -1);
        }
      return 1 + (is_daypart (s, i + 1) ? 1 : 0);
    }
  if (tok_is (s, i, "today") && !tok_is_punct (s, i + 1, '\''))
    {
      *relative = TRUE;
      if (has_ref_day (s))
        *day = *s->ref;
      return 1;
    }

  /* on Tuesday [evening], last Tuesday */
  if ((tok_is (s, i, "on") || tok_is (s, i, "last") || tok_is (s, i, "this")) &&
      same_line (s, i + 1) && (wd = tok_weekday (s, i + 1)) != 0)
    {
      guint n = 2;

      /* "on Tuesday, September 20" is absolute: let the month form take it */
      if (tok_is_punct (s, i + 2, ',') && tok_month (s, i + 3, &used) != 0)
        return 0;
      if (tok_month (s, i + 2, &used) != 0 || tok_day (s, i + 2) > 0)
        return 0;
      *relative = TRUE;
      resolve_weekday (s, wd, tok_is (s, i, "last"), day);
      if (is_daypart (s, i + n))
        n++;
      return n;
    }

  /* "on New Year's Day", "on Christmas Eve": a fixed day of the year,
   * the latest one before the reference */
  if (tok_is (s, i, "on") && same_line (s, i + 1))
    {
      guint n = 0;
      int hm = 0, hd = 0;

      if (tok_is (s, i + 1, "new") && tok_is (s, i + 2, "year") && i + 3 < s->n &&
          (s->tokens[i + 3].flags & CH_TOKEN_POSSESSIVE))
        {
          if (tok_is (s, i + 4, "day"))
            n = 5, hm = 1, hd = 1;
          else if (tok_is (s, i + 4, "eve"))
            n = 5, hm = 12, hd = 31;
        }
      else if (tok_is (s, i + 1, "christmas"))
        {
          if (tok_is (s, i + 2, "day"))
            n = 3, hm = 12, hd = 25;
          else if (tok_is (s, i + 2, "eve"))
            n = 3, hm = 12, hd = 24;
        }
      if (n != 0)
        {
          *relative = TRUE;
          memset (day, 0, sizeof *day);
          if (has_ref_day (s))
            set_day (day, s->ref->year - (hm > s->ref->month || (hm == s->ref->month && hd > s->ref->day) ? 1 : 0),
                     hm, hd);
          return n;
        }
    }

  /* the previous day, the day before */
  if (tok_is (s, i, "the") && tok_is (s, i + 2, "day") &&
      (tok_is (s, i + 1, "previous") || tok_is (s, i + 1, "preceding")))
    {
      *relative = TRUE;
      if (has_ref_day (s))
        {
          *day = *s->ref;
          ch_day_add_days (day, -1);
        }
      return 3;
    }

  /* [early|mid|late] Month last|this year */
  {
    guint j = i;

    if (tok_is (s, j, "early") || tok_is (s, j, "late") || tok_is (s, j, "mid") ||
        tok_is (s, j, "earlier") || tok_is (s, j, "in"))
      {
        j++;
        if (tok_is_punct (s, j, '-'))
          j++;
      }
    if (same_line (s, j) && (m = tok_month (s, j, &used)) != 0 &&
        (tok_is (s, j + used, "last") || tok_is (s, j + used, "this")) &&
        tok_is (s, j + used + 1, "year"))
      {
        *relative = TRUE;
        if (has_ref_year (s))
          set_day (day, s->ref->year - (tok_is (s, j + used, "last") ? 1 : 0), m, 0);
        return j + used + 2 - i;
      }
    /* "last December", "this March": the latest such month before the
     * reference ("last" never the reference's own month) */
    if (j == i && (tok_is (s, i, "last") || tok_is (s, i, "this")) && same_line (s, i + 1) &&
        (m = tok_month (s, i + 1, &used)) != 0 && tok_day (s, i + 1 + used) < 0 &&
        tok_year (s, i + 1 + used) < 0 && !tok_is (s, i + 1 + used, "year") &&
        !(i > 0 && tok_is (s, i - 1, "the")))
      {
        *relative = TRUE;
        if (has_ref_year (s))
          {
            int y = s->ref->year;

            if (s->ref->month != 0 &&
                (m > s->ref->month || (m == s->ref->month && tok_is (s, i, "last"))))
              y--;
            set_day (day, y, m, 0);
          }
        return 1 + used;
      }
    /* "in late June", "in mid-March" (no year): as "in June" */
    if (tok_is (s, i, "in") && (tok_is (s, i + 1, "early") || tok_is (s, i + 1, "late") ||
                                tok_is (s, i + 1, "mid")))
      {
        guint k = i + 2;

        if (tok_is_punct (s, k, '-'))
          k++;
        if (same_line (s, k) && (m = tok_month (s, k, &used)) != 0 &&
            tok_day (s, k + used) < 0 && tok_year (s, k + used) < 0 &&
            !tok_is (s, k + used, "last") && !tok_is (s, k + used, "this") &&
            !(tok_is_punct (s, k + used, ',') && tok_year (s, k + used + 1) > 0))
          {
            *relative = TRUE;
            resolve_month_day (s, m, 0, day);
            return k + used - i;
          }
      }
    /* in February (no year): the latest February up to the reference */
    if (j > i && (tok_is (s, i, "in") || tok_is (s, i, "early") || tok_is (s, i, "late") ||
                  tok_is (s, i, "mid")) &&
        same_line (s, j) && (m = tok_month (s, j, &used)) != 0 &&
        tok_day (s, j + used) < 0 && tok_year (s, j + used) < 0 &&
        !(tok_is_punct (s, j + used, ',') && tok_year (s, j + used + 1) > 0))
      {
        *relative = TRUE;
        resolve_month_day (s, m, 0, day);
        return j + used - i;
      }
  }

  /* last week|month|year, this month|year, earlier this month|week|year */
  {
    guint j = i;
    gboolean last;

    if (tok_is (s, j, "earlier") || tok_is (s, j, "later"))
      j++;
    last = tok_is (s, j, "last") || tok_is (s, j, "past");
    if ((last || tok_is (s, j, "this")) && same_line (s, j + 1))
      {
        gboolean is_week = tok_is (s, j + 1, "week");
        gboolean is_month = tok_is (s, j + 1, "month");
        gboolean is_year = tok_is (s, j + 1, "year");

        if (!is_week && !is_month && !is_year)
          return 0;
        /* "last year's" is still last year; "the last year" is a span */
        if (i > 0 && tok_is (s, i - 1, "the"))
          return 0;
        *relative = TRUE;
        if (is_year && has_ref_year (s))
          set_day (day, s->ref->year - (last ? 1 : 0), 0, 0);
        else if (is_month && s->ref != NULL && s->ref->month != 0)
          {
            int y = s->ref->year, mm = s->ref->month - (last ? 1 : 0);

            if (mm == 0)
              {
                mm = 12;
                y--;
              }
            set_day (day, y, mm, 0);
          }
        else if (is_week && has_ref_day (s))
          {
            ChDay d = *s->ref;

            ch_day_add_days (&d, last ? -7 : 0);
            set_day (day, d.year, d.month, 0);
          }
        return j + 2 - i;
      }
  }

  return 0;
}

/* in 2021, since 2019, during 2020 */
static guint
match_year (const Scan *s,
            guint       i,
            ChDay      *day)
{
  int y;

  if (!(tok_is (s, i, "in") || tok_is (s, i, "since") || tok_is (s, i, "during") ||
        tok_is (s, i, "early") || tok_is (s, i, "late") || tok_is (s, i, "mid")))
    return 0;
  if (!same_line (s, i + 1) || (y = tok_year (s, i + 1)) < 0)
    return 0;
  /* "in 2021-22" is a span of years, "in 2021 votes" fine */
  if (tok_is_punct (s, i + 2, '-') && (s->tokens[i + 2].flags & CH_TOKEN_SPACE) == 0 &&
      tok_number (s, i + 3, 4) >= 0)
    return 0;
  set_day (day, y, 0, 0);
  return 2;
}

static gboolean
may_start_date (const ChToken *t,
                const char    *text)
{
  char c;

  if (t->flags & CH_TOKEN_DIGIT)
    return TRUE;
  if (!(t->flags & CH_TOKEN_LETTERS) || t->len < 2 || t->len > 9)
    return FALSE;
  c = (char) ascii_lower ((guchar) text[t->start]);
  /* a, d, e, f, i, j, l, m, n, o, p, s, t, w, y */
  return letter_in ((guchar) c, L ('a') | L ('d') | L ('e') | L ('f') | L ('i') | L ('j') | L ('l') |
                                L ('m') | L ('n') | L ('o') | L ('p') | L ('s') | L ('t') | L ('w') |
                                L ('y'));
}

static gboolean
is_month_or_weekday (const Scan *s,
                     guint       i)
{
  guint used;

  return tok_month (s, i, &used) != 0 || tok_weekday (s, i) != 0;
}

/* Cheap look at a token and the next one before the real matchers: most
 * words of a text cannot start a date expression. */
static gboolean
worth_trying (const Scan *s,
              guint       i)
{
  const ChToken *t = &s->tokens[i];
  char c;

  if (t->flags & CH_TOKEN_DIGIT)
    return TRUE;
  c = (char) ascii_lower ((guchar) s->text[t->start]);
  switch (t->len)
    {
    case 2:
      if (tok_is (s, i, "on"))
        return tok_weekday (s, i + 1) != 0 || tok_is (s, i + 1, "new") || tok_is (s, i + 1, "christmas");
      if (tok_is (s, i, "in"))
        return i + 1 < s->n && ((s->tokens[i + 1].flags & CH_TOKEN_DIGIT) ||
                                is_month_or_weekday (s, i + 1) || tok_is (s, i + 1, "early") ||
                                tok_is (s, i + 1, "late") || tok_is (s, i + 1, "mid"));
      return FALSE;
    case 3:
      if (tok_is (s, i, "the"))
        return tok_is (s, i + 1, "previous") || tok_is (s, i + 1, "preceding");
      if (tok_is (s, i, "mid"))
        return TRUE;
      break;
    default:
      break;
    }
  if ((c == 'l' || c == 't' || c == 'p' || c == 'e') && t->len <= 9)
    {
      /* last, this, past, early, earlier, late, later, today */
      return tok_is (s, i, "last") || tok_is (s, i, "this") || tok_is (s, i, "past") ||
             tok_is (s, i, "early") || tok_is (s, i, "earlier") || tok_is (s, i, "late") ||
             tok_is (s, i, "later") || tok_is (s, i, "today") || is_month_or_weekday (s, i);
    }
  if (tok_is (s, i, "yesterday") || tok_is (s, i, "since") || tok_is (s, i, "during"))
    return TRUE;
  return (t->flags & CH_TOKEN_UPPER) && is_month_or_weekday (s, i);
}

/* Every word that can start a date expression on its own, or that
 * worth_trying() looks at first ("on Friday", "the previous"), as the token
 * hash of its lower-case form: most tokens of a text are then passed over
 * with one probe of a small table instead of a row of string comparisons. */
static const char *date_words[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "on", "in", "the", "mid", "last", "this", "past", "early", "earlier", "late", "later",
  "today", "yesterday", "since", "during",
};

#define DATE_WORD_SLOTS 2048

static guint32 date_word_table[DATE_WORD_SLOTS];   /* 0 = empty */

static inline guint
date_word_slot (guint32 hash)
{
  return (hash ^ (hash >> 16)) & (DATE_WORD_SLOTS - 1);
}

static void
init_date_words (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint w = 0; w < G_N_ELEMENTS (date_words); w++)
        {
          /* the tokenizer's hash of a lower-case ASCII word */
          guint32 h = ch_token_hash (date_words[w], strlen (date_words[w]));
          guint slot;

          g_assert (h != 0);
          slot = date_word_slot (h);
          while (date_word_table[slot] != 0 && date_word_table[slot] != h)
            slot = (slot + 1) & (DATE_WORD_SLOTS - 1);
          date_word_table[slot] = h;
        }
      g_once_init_leave (&done, 1);
    }
}

/* FALSE when the token is certainly none of date_words (ASCII tokens only:
 * the others cannot equal an ASCII word anyway). */
static inline gboolean
may_be_date_word (const ChToken *t)
{
  guint slot;

  if (t->flags & CH_TOKEN_NON_ASCII)
    return FALSE;
  slot = date_word_slot (t->hash);
  while (date_word_table[slot] != 0)
    {
      if (date_word_table[slot] == t->hash)
        return TRUE;
      slot = (slot + 1) & (DATE_WORD_SLOTS - 1);
    }
  return FALSE;
}

/* The date expression that starts at token @i, tried the way
 * ch_date_scan_tokens() tries every token that gets past its filters:
 * returns the number of tokens, 0 when none starts there. Which tokens an
 * expression spans never depends on the reference date, only the day of
 * a relative one does (see ch_date_resolve()). */
static guint
match_at (const Scan  *s,
          guint        i,
          ChDateMatch *match)
{
  guint n = 0;

  memset (match, 0, sizeof *match);

  /* a weekday before an absolute date belongs to it:
   * "Friday, September 20, 2024", "on Friday, 20 September 2024" */
  if (tok_weekday (s, i) != 0)
    {
      guint j = i + 1;

      if (tok_is_punct (s, j, ','))
        j++;
      if (same_line (s, j))
        {
          n = match_month_forms (s, j, &match->day, &match->relative);
          if (n > 0)
            n += j - i;
        }
    }
  if (n == 0 && tok_is (s, i, "on") && tok_weekday (s, i + 1) != 0)
    {
      guint j = i + 2;

      if (tok_is_punct (s, j, ','))
        j++;
      n = match_month_forms (s, j, &match->day, &match->relative);
      if (n > 0)
        n += j - i;
    }
  if (n == 0)
    n = match_month_forms (s, i, &match->day, &match->relative);
  if (n == 0)
    n = match_numeric (s, i, &match->day);
  if (n == 0)
    n = match_relative (s, i, &match->day, &match->relative);
  if (n == 0)
    n = match_year (s, i, &match->day);

  if (n > 0)
    {
      match->first_token = i;
      match->n_tokens = n;
      match->start = s->tokens[i].start;
      match->end = s->tokens[i + n - 1].start + s->tokens[i + n - 1].len;
    }
  return n;
}

/* ch_date_scan_tokens() with, when @classes is not %NULL, the bit
 * @date_class of each token telling whether it is one of date_words */
static GArray *
scan_tokens (const char    *text,
             const ChToken *tokens,
             guint          n_tokens,
             const guint16 *classes,
             guint16        date_class,
             const ChDay   *reference)
{
  Scan s = { text, tokens, n_tokens, reference };
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (ChDateMatch));
  guint i = 0;

  if (classes == NULL)
    init_date_words ();

  while (i < n_tokens)
    {
      ChDateMatch match;
      guint n;

      if (classes != NULL)
        {
          /* most tokens are neither a number nor a date word: pass them
           * over four at a time, with one test of their classes and one
           * of their flags together, then with a test of two bits each */
          const guint64 lanes = (guint64) date_class * G_GUINT64_CONSTANT (0x0001000100010001);

          while (i + 4 <= n_tokens)
            {
              guint64 four;

              memcpy (&four, classes + i, sizeof four);
              if ((four & lanes) != 0 ||
                  ((tokens[i].flags | tokens[i + 1].flags | tokens[i + 2].flags | tokens[i + 3].flags) &
                   CH_TOKEN_DIGIT))
                break;
              i += 4;
            }
          while (i < n_tokens && !(tokens[i].flags & CH_TOKEN_DIGIT) && !(classes[i] & date_class))
            i++;
          if (i == n_tokens)
            break;
        }
      else if (!(tokens[i].flags & CH_TOKEN_DIGIT) && !may_be_date_word (&tokens[i]))
        {
          i++;
          continue;
        }
      if (!may_start_date (&tokens[i], text) || !worth_trying (&s, i))
        {
          i++;
          continue;
        }

      n = match_at (&s, i, &match);
      if (n == 0)
        {
          i++;
          continue;
        }
      g_array_append_val (matches, match);
      i += n;
    }

  return matches;
}

/**
 * ch_date_scan_tokens:
 * @text: the text @tokens were cut from
 * @reference: (nullable): the document's own date
 *
 * Finds every date expression, in text order, none overlapping.
 *
 * Returns: (transfer full) (element-type ChDateMatch): the matches
 */
GArray *
ch_date_scan_tokens (const char    *text,
                     const ChToken *tokens,
                     guint          n_tokens,
                     const ChDay   *reference)
{
  g_return_val_if_fail (text != NULL || n_tokens == 0, NULL);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, NULL);

  return scan_tokens (text, tokens, n_tokens, NULL, 0, reference);
}

/**
 * ch_date_get_words:
 * @n_words: (out): the number of words
 *
 * The words that may start a date expression, or that the scanner looks
 * at before one, in lower case: a caller that looks every token up in a
 * table of its own anyway can mark them there for
 * ch_date_scan_tokens_classes().
 *
 * Returns: (transfer none) (array length=n_words): the words
 */
const char * const *
ch_date_get_words (guint *n_words)
{
  g_return_val_if_fail (n_words != NULL, NULL);

  *n_words = G_N_ELEMENTS (date_words);
  return date_words;
}

/**
 * ch_date_scan_tokens_classes:
 * @text: the text @tokens were cut from
 * @classes: (array length=n_tokens): per token, bits of the caller's, of
 *   which @date_class is set exactly on the word tokens that are one of
 *   ch_date_get_words() in any case
 * @date_class: that bit
 * @reference: (nullable): the document's own date
 *
 * ch_date_scan_tokens() for a caller who already knows which tokens are
 * date words: the same matches, without a lookup per token.
 *
 * Returns: (transfer full) (element-type ChDateMatch): the matches
 */
GArray *
ch_date_scan_tokens_classes (const char    *text,
                             const ChToken *tokens,
                             guint          n_tokens,
                             const guint16 *classes,
                             guint16        date_class,
                             const ChDay   *reference)
{
  g_return_val_if_fail (text != NULL || n_tokens == 0, NULL);
  g_return_val_if_fail (tokens != NULL || n_tokens == 0, NULL);
  g_return_val_if_fail (classes != NULL || n_tokens == 0, NULL);
  g_return_val_if_fail (date_class != 0, NULL);

  return scan_tokens (text, tokens, n_tokens, classes, date_class, reference);
}

/**
 * ch_date_resolve:
 * @text: the text @tokens were cut from
 * @matches: (element-type ChDateMatch): what ch_date_scan_tokens() found
 *   in @tokens, with any reference or none
 * @reference: the document's own date
 *
 * Gives the relative expressions of @matches the days @reference makes
 * them, so that @matches become what ch_date_scan_tokens() with
 * @reference finds: the expressions and their tokens are the same with any
 * reference, and only the relative ones have other days, so only they are
 * read again.
 */
void
ch_date_resolve (const char    *text,
                 const ChToken *tokens,
                 guint          n_tokens,
                 GArray        *matches,
                 const ChDay   *reference)
{
  Scan s = { text, tokens, n_tokens, reference };

  g_return_if_fail (matches != NULL);
  g_return_if_fail (reference != NULL);

  for (guint k = 0; k < matches->len; k++)
    {
      ChDateMatch *old = &g_array_index (matches, ChDateMatch, k);
      ChDateMatch match;

      if (!old->relative)
        continue;
      g_return_if_fail (old->first_token + old->n_tokens <= n_tokens);
      if (match_at (&s, old->first_token, &match) == old->n_tokens)
        *old = match;
      else
        g_warn_if_reached ();
    }
}

/**
 * ch_date_scan:
 * @text: UTF-8 text
 * @reference: (nullable): the document's own date
 *
 * Returns: (transfer full) (element-type ChDateMatch): the date
 *   expressions of @text
 */
GArray *
ch_date_scan (const char  *text,
              gsize        len,
              const ChDay *reference)
{
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  tokens = ch_tokenize (text, len);
  return ch_date_scan_tokens (text, (const ChToken *) tokens->data, tokens->len, reference);
}

/**
 * ch_date_parse:
 * @text: a date expression and nothing else (surrounding spaces allowed)
 * @reference: (nullable): the date relative expressions refer to
 * @day: (out): the date
 *
 * Returns: %TRUE when the whole of @text is one date expression that could
 *   be resolved
 */
gboolean
ch_date_parse (const char  *text,
               const ChDay *reference,
               ChDay       *day)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) matches = NULL;
  const ChDateMatch *m;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  memset (day, 0, sizeof *day);
  tokens = ch_tokenize (text, strlen (text));
  matches = ch_date_scan_tokens (text, (const ChToken *) tokens->data, tokens->len, reference);
  if (matches->len != 1)
    return FALSE;
  m = &g_array_index (matches, ChDateMatch, 0);
  if (m->first_token != 0 || m->n_tokens != tokens->len || m->day.year == 0)
    return FALSE;
  *day = m->day;
  return TRUE;
}

static gboolean
is_dash (const Scan *s,
         guint       i)
{
  const ChToken *t;

  if (i >= s->n || !(s->tokens[i].flags & CH_TOKEN_PUNCT))
    return FALSE;
  t = &s->tokens[i];
  if (t->len == 1)
    return s->text[t->start] == '-';
  return t->len == 3 && (guchar) s->text[t->start] == 0xe2 && (guchar) s->text[t->start + 1] == 0x80 &&
         ((guchar) s->text[t->start + 2] == 0x93 || (guchar) s->text[t->start + 2] == 0x94);
}

/* A dateline is looked for in this many bytes at most */
#define DATELINE_MAX_BYTES 400

static gboolean parse_dateline (const char    *text,
                                const ChToken *tokens,
                                guint          n_tokens,
                                const ChDay   *reference,
                                ChDateline    *dateline);

/**
 * ch_date_parse_dateline:
 * @text: the start of an article's body
 * @reference: (nullable): the document's date, for a dateline without year
 * @dateline: (out): what the dateline says
 *
 * Recognises the shapes of a dateline: `ISLAMABAD:`, `Islamabad, …`,
 * `Samarkand, 14 April 2023 (TDI):`, `NEW DELHI, July 8 (Reuters) -`,
 * `MOSCOW (AP) —`, and a leading `date 2025-04-06` header. Whether the
 * place is a known city is for the caller to decide.
 *
 * Returns: %TRUE when @text starts with a dateline
 */
gboolean
ch_date_parse_dateline (const char  *text,
                        gsize        len,
                        const ChDay *reference,
                        ChDateline  *dateline)
{
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (dateline != NULL, FALSE);

  /* only the first line can hold a dateline */
  len = MIN (len, DATELINE_MAX_BYTES);
  tokens = ch_tokenize (text, len);
  return parse_dateline (text, (const ChToken *) tokens->data, tokens->len, reference, dateline);
}

/**
 * ch_date_parse_dateline_tokens:
 * @text: a document's text
 * @len: its length in bytes
 * @tokens: its tokens, from ch_tokenize()
 * @n_tokens: their number
 * @first: the token the dateline would start with
 * @reference: (nullable): the document's date, for a dateline without year
 * @dateline: (out): what the dateline says, in byte offsets from the start
 *   of token @first
 *
 * ch_date_parse_dateline() on the text from token @first on, with the
 * tokens already cut rather than cutting that text again.
 *
 * Returns: %TRUE when the text from token @first starts with a dateline
 */
gboolean
ch_date_parse_dateline_tokens (const char    *text,
                               gsize          len,
                               const ChToken *tokens,
                               guint          n_tokens,
                               guint          first,
                               const ChDay   *reference,
                               ChDateline    *dateline)
{
  ChToken view[DATELINE_MAX_BYTES];
  gsize base, limit;
  guint k = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (tokens != NULL && first < n_tokens, FALSE);
  g_return_val_if_fail (dateline != NULL, FALSE);

  base = tokens[first].start;
  limit = base + MIN (len - base, DATELINE_MAX_BYTES);
  /* Cut alone, those bytes give the same tokens, save for what came
   * before them: no white space before the first, and a first "'s" is no
   * possessive. */
  if (tokens[first].flags & CH_TOKEN_POSSESSIVE)
    return ch_date_parse_dateline (text + base, limit - base, reference, dateline);
  for (; first + k < n_tokens && tokens[first + k].start < limit; k++)
    {
      const ChToken *t = &tokens[first + k];

      if (t->start + (gsize) t->len > limit)
        {
          /* a token running past the limit is cut short there: cut the
           * bytes from its start to the limit again, as they would be
           * with the rest (the same white space before the first) */
          g_autoptr(GArray) tail = ch_tokenize (text + t->start, limit - t->start);
          guint16 before = t->flags & (CH_TOKEN_SPACE | CH_TOKEN_NEWLINE | CH_TOKEN_PARAGRAPH);
          guint32 offset = t->start - (guint32) base;

          for (guint q = 0; q < tail->len && k < G_N_ELEMENTS (view); q++, k++)
            {
              view[k] = g_array_index (tail, ChToken, q);
              view[k].start += offset;
              if (q == 0)
                view[k].flags |= before;
            }
          break;
        }
      view[k] = *t;
      view[k].start -= (guint32) base;
    }
  if (k > 0)
    view[0].flags &= ~(CH_TOKEN_SPACE | CH_TOKEN_NEWLINE | CH_TOKEN_PARAGRAPH);
  return parse_dateline (text + base, view, k, reference, dateline);
}

static gboolean
parse_dateline (const char    *text,
                const ChToken *tokens,
                guint          n_tokens,
                const ChDay   *reference,
                ChDateline    *dateline)
{
  Scan s;
  guint i = 0, city_first, city_last;
  ChDay header = { 0 };

  memset (dateline, 0, sizeof *dateline);
  s.text = text;
  s.tokens = tokens;
  s.n = n_tokens;
  s.ref = reference;

  if (tok_is (&s, 0, "date") && match_numeric (&s, 1, &header) == 5)
    {
      i = 6;
      s.ref = &header;
      dateline->day = header;
    }

  city_first = i;
  while (i < s.n && i - city_first < 4 && (s.tokens[i].flags & CH_TOKEN_UPPER) &&
         (s.tokens[i].flags & CH_TOKEN_LETTERS))
    {
      i++;
      /* St. Petersburg, Nur-Sultan */
      if (((tok_is_punct (&s, i, '.') && !(s.tokens[i].flags & CH_TOKEN_SPACE)) ||
           (tok_is_punct (&s, i, '-') && !(s.tokens[i].flags & CH_TOKEN_SPACE) &&
            i + 1 < s.n && !(s.tokens[i + 1].flags & CH_TOKEN_SPACE))) &&
          i + 1 < s.n && (s.tokens[i + 1].flags & CH_TOKEN_UPPER))
        i++;
    }
  if (i == city_first || i >= s.n)
    return FALSE;
  if (i > city_first + 1 && (s.tokens[i].flags & CH_TOKEN_NEWLINE))
    return FALSE;
  city_last = i - 1;

  dateline->city_start = s.tokens[city_first].start;
  dateline->city_end = s.tokens[city_last].start + s.tokens[city_last].len;

  if (tok_is_punct (&s, i, ':') || is_dash (&s, i))
    {
      dateline->end = s.tokens[i].start + s.tokens[i].len;
      return TRUE;
    }

  if (tok_is_punct (&s, i, ','))
    {
      ChDay day = { 0 };
      gboolean relative = FALSE;
      guint n;

      i++;
      n = match_month_forms (&s, i, &day, &relative);
      if (n == 0)
        n = match_numeric (&s, i, &day);
      /* "OSAKA, Japan, June 28, 2019": the city's country or state
       * between the city and the date */
      if (n == 0)
        {
          guint k = i;

          while (k < s.n && k - i < 3 && (s.tokens[k].flags & CH_TOKEN_UPPER) &&
                 (s.tokens[k].flags & CH_TOKEN_LETTERS))
            k++;
          if (k > i && tok_is_punct (&s, k, ','))
            {
              ChDay region_day = { 0 };
              gboolean region_relative = FALSE;
              guint m = match_month_forms (&s, k + 1, &region_day, &region_relative);

              if (m == 0)
                m = match_numeric (&s, k + 1, &region_day);
              if (m > 0 && region_day.year != 0)
                {
                  day = region_day;
                  n = m;
                  i = k + 1;
                }
            }
        }
      if (n == 0)
        {
          /* "Islamabad, Senator …": a place and a comma */
          dateline->end = s.tokens[i - 1].start + 1;
          return TRUE;
        }
      if (day.year != 0)
        dateline->day = day;
      i += n;
    }

  if (tok_is_punct (&s, i, '('))
    {
      guint j = i + 1;

      while (j < s.n && j - i < 6 && !tok_is_punct (&s, j, ')'))
        j++;
      if (tok_is_punct (&s, j, ')') && j > i + 1)
        {
          dateline->agency_start = s.tokens[i + 1].start;
          dateline->agency_end = s.tokens[j - 1].start + s.tokens[j - 1].len;
          i = j + 1;
        }
    }

  if (tok_is_punct (&s, i, ':') || is_dash (&s, i) || tok_is_punct (&s, i, ','))
    {
      dateline->end = s.tokens[i].start + s.tokens[i].len;
      return TRUE;
    }
  if (dateline->day.year != 0 && i < s.n)
    {
      dateline->end = s.tokens[i - 1].start + s.tokens[i - 1].len;
      return TRUE;
    }

  memset (dateline, 0, sizeof *dateline);
  return FALSE;
}
