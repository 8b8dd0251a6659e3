/* ch-import.c: files -> documents
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns what a user hands us (plain text in any common encoding, HTML pages
 * saved from a browser, RSS 2.0 and Atom feeds, folders of these) into
 * ChDocuments whose text is clean, NFC-normalised UTF-8 with "\n" line ends.
 *
 * Everything here may run in worker threads, several at once: the only
 * global state is libxml2's, set up once in ensure_xml_initialized().
 */

#define G_LOG_DOMAIN "ch-import"

#include "config.h"

#include "ch-date.h"
#include "ch-import.h"
#include "ch-xml.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <uchardet.h>

typedef enum
{
  FORMAT_TEXT,
  FORMAT_HTML,
  FORMAT_RSS,
  FORMAT_ATOM,
  FORMAT_XML,
} Format;

/* Deeper nesting than this is not an article; it also keeps our recursive
 * walks far away from the end of a worker thread's stack. */
#define MAX_TREE_DEPTH 400

/* Titles made from a first line or paragraph are cut here (in characters). */
#define MAX_TITLE_CHARS 160

/* libxml2 options. Never NOENT (entity substitution, which with an external
 * entity reads local files), DTDLOAD, HUGE or XINCLUDE; IGNORE_ENC because
 * the bytes are already UTF-8 when they reach the parser, whatever the
 * document's own declaration says. */
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                     XML_PARSE_IGNORE_ENC | XML_PARSE_NOCDATA)
#define HTML_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | \
                      HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC)

G_DEFINE_QUARK (ch-import-error-quark, ch_import_error)

/* ------------------------------------------------------------------------ */
/* libxml2 set-up                                                           */
/* ------------------------------------------------------------------------ */

static void
ensure_xml_initialized (void)
{
  ch_xml_init ();
}

/* ------------------------------------------------------------------------ */
/* Small string helpers                                                     */
/* ------------------------------------------------------------------------ */

static gboolean
has_prefix_ci (const char *s,
               gsize       len,
               const char *prefix)
{
  gsize plen = strlen (prefix);

  g_assert (s != NULL);

  return len >= plen && g_ascii_strncasecmp (s, prefix, plen) == 0;
}

static const char *
find_ci (const char *haystack,
         gsize       len,
         const char *needle)
{
  gsize nlen = strlen (needle);

  if (nlen > len)
    return NULL;
  if (nlen == 0)
    return haystack;
  for (gsize i = 0; i + nlen <= len; i++)
    if (g_ascii_tolower (haystack[i]) == g_ascii_tolower (needle[0]) &&
        g_ascii_strncasecmp (haystack + i, needle, nlen) == 0)
      return haystack + i;
  return NULL;
}

static const char *
path_extension (const char *path)
{
  const char *base;
  const char *dot;

  if (path == NULL)
    return NULL;
  base = strrchr (path, '/');
  base = base != NULL ? base + 1 : path;
  /* The fragment of a feed item's uri is not part of the name. */
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return NULL;
  return dot + 1;
}

static gboolean
extension_is (const char *path,
              const char *const *exts)
{
  const char *ext = path_extension (path);

  if (ext == NULL)
    return FALSE;
  for (guint i = 0; exts[i] != NULL; i++)
    if (g_ascii_strcasecmp (ext, exts[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *const html_extensions[] = { "html", "htm", "xhtml", "shtml", NULL };
static const char *const xml_extensions[] = { "xml", "rss", "atom", NULL };

/* Collapses every run of whitespace to one space and trims both ends. */
static char *
collapse_whitespace (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Cuts a long title at a word boundary, so a one-paragraph text does not
 * become a one-paragraph title. */
static char *
shorten_title (const char *title)
{
  const char *cut;
  const char *space;

  if (g_utf8_strlen (title, -1) <= MAX_TITLE_CHARS)
    return g_strdup (title);

  cut = g_utf8_offset_to_pointer (title, MAX_TITLE_CHARS);
  space = cut;
  while (space > title && *space != ' ')
    space--;
  if (space - title > MAX_TITLE_CHARS / 2)
    cut = space;
  {
    g_autofree char *head = g_strndup (title, cut - title);

    return g_strconcat (head, "…", NULL);
  }
}

/* ------------------------------------------------------------------------ */
/* Dates                                                                    */
/* ------------------------------------------------------------------------ */

static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             guint       *value)
{
  guint n = 0, v = 0;

  while (n < max_digits && g_ascii_isdigit ((*p)[n]))
    {
      v = v * 10 + (guint) ((*p)[n] - '0');
      n++;
    }
  if (n < min_digits || g_ascii_isdigit ((*p)[n]))
    return FALSE;
  *p += n;
  *value = v;
  return TRUE;
}

static gboolean
make_day (guint  year,
          guint  month,
          guint  day,
          ChDay *out)
{
  ChDay d = { 0 };

  if (year < 1000 || year > 9999)
    return FALSE;
  d.year = (guint16) year;
  d.month = (guint8) month;
  d.day = (guint8) day;
  if (!ch_day_is_valid (&d))
    return FALSE;
  *out = d;
  return TRUE;
}

/* "2025-04-06", "2025-04-06T10:00:00+05:00", "2025/04/06", "20250406",
 * "2025-04". The date is taken as the publisher wrote it: shifting it to
 * another time zone would move late-evening articles to the wrong day. */
static gboolean
parse_iso_date (const char *text,
                ChDay      *out)
{
  const char *p = text;
  guint y, m = 0, d = 0;

  while (g_ascii_isspace (*p))
    p++;

  if (strlen (p) >= 8 && read_number (&p, 8, 8, &y))
    return make_day (y / 10000, (y / 100) % 100, y % 100, out);

  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (!read_number (&p, 4, 4, &y))
    return FALSE;
  if (*p != '-' && *p != '/' && *p != '.')
    return FALSE;
  p++;
  if (!read_number (&p, 1, 2, &m))
    return FALSE;
  if (*p == '-' || *p == '/' || *p == '.')
    {
      p++;
      if (!read_number (&p, 1, 2, &d))
        return FALSE;
    }
  return make_day (y, m, d, out);
}

static guint
month_from_name (const char *word,
                 gsize       len)
{
  static const char *const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun",
    "jul", "aug", "sep", "oct", "nov", "dec",
  };

  if (len < 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strncasecmp (word, months[i], 3) == 0)
      return i + 1;
  return 0;
}

/* RFC 822 / 2822 dates as RSS writes them ("Tue, 08 Apr 2025 10:30:00
 * +0500", "8 Apr 25"), and the "April 8, 2025" some feeds use instead. */
static gboolean
parse_rfc822_date (const char *text,
                   ChDay      *out)
{
  guint numbers[3];
  guint n_numbers = 0;
  guint month = 0;
  gboolean month_first = FALSE;
  const char *p = text;
  guint year, day;

  while (*p != '\0' && n_numbers < G_N_ELEMENTS (numbers))
    {
      if (g_ascii_isalpha (*p))
        {
          const char *start = p;
          guint m;

          while (g_ascii_isalpha (*p))
            p++;
          m = month_from_name (start, p - start);
          if (m != 0 && month == 0)
            {
              month = m;
              month_first = n_numbers == 0;
            }
        }
      else if (g_ascii_isdigit (*p))
        {
          guint v = 0;
          guint digits = 0;

          while (g_ascii_isdigit (*p) && digits < 6)
            {
              v = v * 10 + (guint) (*p - '0');
              p++;
              digits++;
            }
          /* A time of day ends the date part. */
          if (*p == ':')
            break;
          numbers[n_numbers++] = v;
        }
      else
        p++;
    }

  if (month == 0 || n_numbers < 2)
    return FALSE;

  /* "8 Apr 2025" and "Apr 8, 2025" both give day then year. */
  day = numbers[0];
  year = numbers[1];
  if (month_first && day > 31)
    return FALSE;
  if (year < 100)
    year += year < 50 ? 2000 : 1900;
  return make_day (year, month, day, out);
}

static gboolean
parse_any_date (const char *text,
                ChDay      *out)
{
  if (text == NULL)
    return FALSE;
  return parse_iso_date (text, out) || parse_rfc822_date (text, out);
}

/* ------------------------------------------------------------------------ */
/* Encodings                                                                */
/* ------------------------------------------------------------------------ */

static const struct
{
  const char *magic;
  gsize length;
  const char *what;
} binary_signatures[] = {
  { "\x89PNG\r\n\x1a\n", 8, "PNG image" },
  { "GIF87a", 6, "GIF image" },
  { "GIF89a", 6, "GIF image" },
  { "\xff\xd8\xff", 3, "JPEG image" },
  { "%PDF-", 5, "PDF document" },
  { "PK\x03\x04", 4, "ZIP archive or office document" },
  { "\x1f\x8b", 2, "gzip archive" },
  { "BZh", 3, "bzip2 archive" },
  { "\xfd" "7zXZ\x00", 6, "xz archive" },
  { "7z\xbc\xaf\x27\x1c", 6, "7-Zip archive" },
  { "Rar!\x1a\x07", 6, "RAR archive" },
  { "\x7f" "ELF", 4, "executable" },
  { "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "office document" },
  { "OggS", 4, "audio file" },
  { "ID3", 3, "audio file" },
  { "RIFF", 4, "media file" },
  { "SQLite format 3", 15, "database" },
};

static gboolean
is_stray_control (guchar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
         c == 0x7f;
}

/* Decides whether @data is something other than text in an ASCII-based
 * encoding. Sets @what to a description when it is. */
static gboolean
looks_binary (const guchar  *data,
              gsize          length,
              const char   **what)
{
  gsize controls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (binary_signatures); i++)
    if (length >= binary_signatures[i].length &&
        memcmp (data, binary_signatures[i].magic, binary_signatures[i].length) == 0)
      {
        *what = binary_signatures[i].what;
        return TRUE;
      }

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == 0)
        {
          *what = "binary data";
          return TRUE;
        }
      if (is_stray_control (data[i]))
        controls++;
    }

  /* A stray form feed or escape is fine; a text is not 2% control codes. */
  if (controls > 0 && controls * 50 > length)
    {
      *what = "binary data";
      return TRUE;
    }
  return FALSE;
}

/* UTF-16 without a byte order mark: one byte of each pair is almost always
 * zero for Latin-script text. Returns the encoding name or NULL. */
static const char *
guess_bomless_utf16 (const guchar *data,
                     gsize         length)
{
  gsize pairs = MIN (length / 2, 8192);
  gsize zero_even = 0, zero_odd = 0;

  if (pairs < 2)
    return NULL;
  for (gsize i = 0; i < pairs; i++)
    {
      zero_even += data[2 * i] == 0;
      zero_odd += data[2 * i + 1] == 0;
    }
  if (zero_odd * 10 >= pairs * 4 && zero_even * 100 < pairs)
    return "UTF-16LE";
  if (zero_even * 10 >= pairs * 4 && zero_odd * 100 < pairs)
    return "UTF-16BE";
  return NULL;
}

static gboolean
is_unlikely_char (gunichar c)
{
  GUnicodeType type;

  if (c == 0xfffd || (c >= 0x80 && c < 0xa0))
    return TRUE;
  /* Box drawing and block elements: what Cyrillic code pages turn into
   * when read with the wrong table. */
  if (c >= 0x2500 && c <= 0x259f)
    return TRUE;
  type = g_unichar_type (c);
  return type == G_UNICODE_PRIVATE_USE || type == G_UNICODE_UNASSIGNED ||
         type == G_UNICODE_SURROGATE;
}

/* A number or symbol sign between two letters ("Wa³êsa" is Windows-1250
 * read as Windows-1252): no language writes a word that way. */
static gboolean
is_symbol_inside_word (const char *text,
                       const char *p)
{
  const char *prev = g_utf8_find_prev_char (text, p);
  const char *next = g_utf8_next_char (p);

  GUnicodeType type = g_unichar_type (g_utf8_get_char (p));

  if (type != G_UNICODE_OTHER_NUMBER && type != G_UNICODE_OTHER_SYMBOL &&
      type != G_UNICODE_MATH_SYMBOL && type != G_UNICODE_CURRENCY_SYMBOL &&
      type != G_UNICODE_MODIFIER_SYMBOL)
    return FALSE;
  return prev != NULL && g_unichar_isalpha (g_utf8_get_char (prev)) &&
         g_unichar_isalpha (g_utf8_get_char (next));
}

/* Judges whether a decoding produced language rather than mojibake: no
 * replacement or control characters, no words that mix scripts or switch
 * from lower to upper case in the middle ("рТЙЧЕФ" is KOI8-R read as
 * Windows-1251), few long words made mostly of accented letters ("Ïðèâåò"
 * is Windows-1251 read as Windows-1252). */
static gboolean
text_is_plausible (const char *text,
                   gsize       length)
{
  gsize non_ascii = 0, unlikely = 0, words = 0, bad_words = 0;
  const char *p = text;
  /* A wrong decoding shows within the first few hundred kilobytes. */
  const char *stop = text + MIN (length, 256 * 1024);

  while (p < stop && *p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          GUnicodeScript script = G_UNICODE_SCRIPT_COMMON;
          gboolean mixed = FALSE, case_flip = FALSE, prev_lower = FALSE;
          guint letters = 0, accented = 0;

          while (*p != '\0')
            {
              GUnicodeScript s;

              c = g_utf8_get_char (p);
              if (!g_unichar_isalpha (c) && !g_unichar_ismark (c))
                break;
              letters++;
              if (c >= 0x80)
                {
                  non_ascii++;
                  accented++;
                }
              s = g_unichar_get_script (c);
              if (s != G_UNICODE_SCRIPT_COMMON && s != G_UNICODE_SCRIPT_INHERITED)
                {
                  if (script != G_UNICODE_SCRIPT_COMMON && s != script)
                    mixed = TRUE;
                  script = s;
                }
              if (prev_lower && g_unichar_isupper (c) && c >= 0x80)
                case_flip = TRUE;
              prev_lower = g_unichar_islower (c);
              p = g_utf8_next_char (p);
            }

          if (accented > 0)
            {
              words++;
              if (mixed || case_flip ||
                  (letters >= 5 && script == G_UNICODE_SCRIPT_LATIN && accented * 10 > letters * 6))
                bad_words++;
            }
          continue;
        }

      if (c >= 0x80)
        {
          non_ascii++;
          if (is_unlikely_char (c) || is_symbol_inside_word (text, p))
            unlikely++;
        }
      p = g_utf8_next_char (p);
    }

  if (unlikely > 0 && unlikely * 10 > non_ascii)
    return FALSE;
  if (bad_words > 0 && bad_words * 5 > words)
    return FALSE;
  return TRUE;
}

/* The names pages use for an encoding, mapped the way browsers map them:
 * a page labelled ISO-8859-1 is in practice Windows-1252. */
static const char *
canonical_charset (const char *name)
{
  static const struct { const char *label; const char *charset; } aliases[] = {
    { "iso-8859-1", "WINDOWS-1252" },
    { "iso8859-1", "WINDOWS-1252" },
    { "latin1", "WINDOWS-1252" },
    { "latin-1", "WINDOWS-1252" },
    { "l1", "WINDOWS-1252" },
    { "us-ascii", "WINDOWS-1252" },
    { "ascii", "WINDOWS-1252" },
    { "cp1252", "WINDOWS-1252" },
    { "cp1251", "WINDOWS-1251" },
    { "x-cp1251", "WINDOWS-1251" },
    { "koi8r", "KOI8-R" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (name, aliases[i].label) == 0)
      return aliases[i].charset;
  return name;
}

static char *
convert_checked (const char *data,
                 gsize       length,
                 const char *charset,
                 gboolean    with_fallback)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize written = 0;

  if (with_fallback)
    converted = g_convert_with_fallback (data, length, "UTF-8", charset, "\xef\xbf\xbd",
                                         NULL, &written, &error);
  else
    converted = g_convert (data, length, "UTF-8", charset, NULL, &written, &error);

  if (converted == NULL)
    return NULL;
  if (memchr (converted, '\0', written) != NULL || !g_utf8_validate_len (converted, written, NULL))
    return NULL;
  if (!text_is_plausible (converted, written))
    return NULL;
  return g_steal_pointer (&converted);
}

/* The Latin single-byte code pages other than Windows-1252 and Latin-1. */
static gboolean
is_other_latin_charset (const char *name)
{
  static const char * const names[] = {
    "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-9", "ISO-8859-10",
    "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
    "WINDOWS-1250", "WINDOWS-1254", "WINDOWS-1257", "WINDOWS-1258", NULL
  };

  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gsize
count_high_bytes (const char *data,
                  gsize       length)
{
  gsize n = 0;

  for (gsize i = 0; i < length; i++)
    n += (guchar) data[i] >= 0x80;
  return n;
}

static char *
detect_and_convert (const char *data,
                    gsize       length)
{
  uchardet_t detector = uchardet_new ();
  g_autofree char *charset = NULL;
  char *converted = NULL;

  /* A megabyte is plenty to recognise an encoding by. */
  if (uchardet_handle_data (detector, data, MIN (length, 1024 * 1024)) == 0)
    {
      uchardet_data_end (detector);
      charset = g_strdup (uchardet_get_charset (detector));
    }
  uchardet_delete (detector);

  if (charset != NULL && *charset != '\0')
    {
      const char *name = canonical_charset (charset);

      /* On a few accented letters libuchardet often names some other Latin
       * code page (ISO-8859-13 for an English text with "Bogotá" and
       * "Noël"). With so little evidence the web's default decides,
       * wherever it reads as language. */
      if (is_other_latin_charset (name) && count_high_bytes (data, length) < 16)
        converted = convert_checked (data, length, "WINDOWS-1252", FALSE);
      if (converted == NULL)
        converted = convert_checked (data, length, name, FALSE);
    }
  return converted;
}

/* Whether a run of non-ASCII text is certainly in NFC already: no
 * combining marks, and only blocks without singleton decompositions or
 * composition exclusions. Anything else goes through g_utf8_normalize(). */
static gboolean
is_nfc_stable (const char *p,
               const char *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_combining_class (c) != 0)
        return FALSE;
      if (!(c < 0x250 ||                        /* Latin-1, Latin Extended A/B */
            (c >= 0x400 && c < 0x530) ||        /* Cyrillic */
            (c >= 0x600 && c < 0x700) ||        /* Arabic */
            (c >= 0x750 && c < 0x780) ||
            (c >= 0x2002 && c < 0x2070) ||      /* General Punctuation */
            (c >= 0x20a0 && c < 0x20d0) ||      /* currency signs */
            (c >= 0x2100 && c < 0x2126) ||
            (c >= 0x3000 && c < 0x3100) ||      /* CJK punctuation, kana */
            (c >= 0x4e00 && c < 0xa000) ||      /* CJK ideographs */
            (c >= 0xac00 && c < 0xd7a4)))       /* Hangul syllables */
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* NFC, normalising only where it can change something. ASCII is stable and
 * never the second half of a composition, so the text can be cut before
 * any ASCII character; a non-ASCII run is normalised together with the
 * character before it, which a combining mark may compose with. Whole
 * texts through g_utf8_normalize() cost 50 ms per MB. */
static void
append_nfc (GString    *out,
            const char *text,
            gsize       length)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *q = p;
      const char *start, *stop;

      while (q < end && (guchar) *q < 0x80)
        q++;
      if (q == end)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      start = q > p ? q - 1 : q;
      g_string_append_len (out, p, start - p);
      stop = q;
      while (stop < end && (guchar) *stop >= 0x80)
        stop++;

      if (is_nfc_stable (q, stop))
        g_string_append_len (out, start, stop - start);
      else
        {
          g_autofree char *normalized = g_utf8_normalize (start, stop - start, G_NORMALIZE_NFC);

          if (normalized != NULL)
            g_string_append (out, normalized);
        }
      p = stop;
    }
}

/* Line ends become "\n", stray control characters, byte order marks and
 * soft hyphens go, and the text is put in NFC so that "é" is one code point
 * whatever the source did. @utf8 must be valid UTF-8. */
static char *
finish_text_len (const char *utf8,
                 gsize       length)
{
  GString *clean = g_string_sized_new (length);
  GString *out;
  const char *p = utf8;
  const char *end = utf8 + length;
  const char *run = p;

  while (p < end)
    {
      guchar b = (guchar) *p;

      /* Bytes kept as they are, in runs. Continuation bytes (0x80-0xbf)
       * never look like the lead bytes tested below. */
      if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\t' ||
          (b >= 0x80 && b != 0xc2 && b != 0xe2 && b != 0xef) ||
          (b == 0xc2 && (guchar) p[1] >= 0xa0 && (guchar) p[1] != 0xad) ||
          (b == 0xe2 && !((guchar) p[1] == 0x80 && ((guchar) p[2] == 0xa8 || (guchar) p[2] == 0xa9))) ||
          (b == 0xef && !((guchar) p[1] == 0xbb && (guchar) p[2] == 0xbf)))
        {
          p++;
          continue;
        }

      g_string_append_len (clean, run, p - run);
      if (b == '\r')
        {
          g_string_append_c (clean, '\n');
          p++;
          if (p < end && *p == '\n')
            p++;
        }
      else if (b == '\f' || b == '\v')
        {
          g_string_append_c (clean, '\n');
          p++;
        }
      else if (b < 0x80)
        p++;                                    /* other control codes */
      else
        {
          gunichar c = g_utf8_get_char (p);

          /* NEL and the Unicode line and paragraph separators end lines;
           * C1 controls, soft hyphens and byte order marks go. */
          if (c == 0x85 || c == 0x2028 || c == 0x2029)
            g_string_append_c (clean, '\n');
          p = g_utf8_next_char (p);
        }
      run = p;
    }
  g_string_append_len (clean, run, p - run);

  out = g_string_sized_new (clean->len);
  append_nfc (out, clean->str, clean->len);
  g_string_free (clean, TRUE);
  return g_string_free (out, FALSE);
}

static char *
finish_text (const char *utf8)
{
  return finish_text_len (utf8, strlen (utf8));
}

/**
 * ch_import_to_utf8:
 * @data: the bytes of a text
 * @length: their length
 * @declared_charset: (nullable): the encoding the document declares itself
 *   (an HTML meta charset, an XML declaration), if any
 * @error: where to report a failure
 *
 * Decodes a text: a byte order mark first, then UTF-8 when the bytes are
 * valid UTF-8, then the declared encoding, then the encoding libuchardet
 * recognises, then Windows-1252. A decoding that yields mojibake is
 * rejected rather than passed on.
 *
 * Returns: (transfer full) (nullable): NFC-normalised UTF-8 with "\n" line
 *   ends, or %NULL with @error set to %CH_IMPORT_ERROR_BINARY or
 *   %CH_IMPORT_ERROR_ENCODING
 */
char *
ch_import_to_utf8 (const char  *data,
                   gsize        length,
                   const char  *declared_charset,
                   GError     **error)
{
  const guchar *bytes = (const guchar *) data;
  g_autofree char *converted = NULL;
  const char *bom_charset = NULL;
  const char *what = NULL;
  gsize skip = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    return g_strdup ("");

  if (length >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    bom_charset = "UTF-8", skip = 3;
  else if (length >= 2 && memcmp (bytes, "\xff\xfe", 2) == 0)
    bom_charset = "UTF-16LE", skip = 2;
  else if (length >= 2 && memcmp (bytes, "\xfe\xff", 2) == 0)
    bom_charset = "UTF-16BE", skip = 2;
  else if (memchr (bytes, '\0', length) != NULL)
    bom_charset = guess_bomless_utf16 (bytes, length);

  if (bom_charset != NULL && g_str_has_prefix (bom_charset, "UTF-16"))
    {
      /* An odd trailing byte is a truncated file: drop it. */
      gsize even = skip + ((length - skip) & ~(gsize) 1);
      gsize written = 0;
      g_autofree char *utf8 = g_convert (data + skip, even - skip, "UTF-8", bom_charset,
                                         NULL, &written, NULL);

      if (utf8 == NULL)
        {
          g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_ENCODING,
                       "not readable as %s text (invalid characters)", bom_charset);
          return NULL;
        }
      if (looks_binary ((const guchar *) utf8, written, &what))
        {
          g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_BINARY,
                       "not a text file (%s)", what);
          return NULL;
        }
      return finish_text_len (utf8, written);
    }

  if (bom_charset == NULL && looks_binary (bytes, length, &what))
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_BINARY,
                   "not a text file (%s)", what);
      return NULL;
    }

  data += skip;
  length -= skip;

  if (g_utf8_validate_len (data, length, NULL))
    return finish_text_len (data, length);

  if (bom_charset != NULL && looks_binary ((const guchar *) data, length, &what))
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_BINARY,
                   "not a text file (%s)", what);
      return NULL;
    }

  /* A declared UTF-8 that does not validate is a wrong label: go on. */
  if (declared_charset != NULL && *declared_charset != '\0' &&
      g_ascii_strncasecmp (declared_charset, "utf", 3) != 0)
    converted = convert_checked (data, length, canonical_charset (declared_charset), FALSE);

  if (converted == NULL)
    converted = detect_and_convert (data, length);

  if (converted == NULL)
    converted = convert_checked (data, length, "WINDOWS-1252", TRUE);

  if (converted == NULL)
    {
      g_set_error_literal (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_ENCODING,
                           "text in an unknown encoding (not UTF-8, and no other "
                           "encoding gives readable text)");
      return NULL;
    }

  return finish_text (converted);
}

/* Finds the encoding a document declares in its first bytes: an XML
 * declaration's encoding="…" or an HTML <meta charset> / http-equiv. */
static char *
sniff_declared_charset (const char *data,
                        gsize       length)
{
  gsize window = MIN (length, 8192);
  const char *p = data;
  const char *end = data + window;

  if (window >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (has_prefix_ci (p, end - p, "<?xml"))
    {
      const char *close = g_strstr_len (p, end - p, "?>");
      const char *enc = close != NULL ? find_ci (p, close - p, "encoding") : NULL;

      if (enc != NULL)
        {
          enc += strlen ("encoding");
          while (enc < close && (g_ascii_isspace (*enc) || *enc == '='))
            enc++;
          if (enc < close && (*enc == '"' || *enc == '\''))
            {
              char quote = *enc++;
              const char *stop = memchr (enc, quote, close - enc);

              if (stop != NULL && stop > enc)
                return g_strndup (enc, stop - enc);
            }
        }
    }

  for (const char *meta = find_ci (p, end - p, "<meta");
       meta != NULL;
       meta = find_ci (meta + 5, end - meta - 5, "<meta"))
    {
      const char *close = memchr (meta, '>', end - meta);
      const char *cs;

      if (close == NULL)
        break;
      cs = find_ci (meta, close - meta, "charset");
      if (cs != NULL)
        {
          const char *value = cs + strlen ("charset");
          const char *stop;

          while (value < close && (g_ascii_isspace (*value) || *value == '=' ||
                                   *value == '"' || *value == '\''))
            value++;
          stop = value;
          while (stop < close && (g_ascii_isalnum (*stop) || strchr ("-_.:", *stop) != NULL))
            stop++;
          if (stop > value)
            return g_strndup (value, stop - value);
        }
    }

  return NULL;
}

/* ------------------------------------------------------------------------ */
/* HTML to text                                                             */
/* ------------------------------------------------------------------------ */

static gboolean
name_is (const xmlNode *node,
         const char    *name)
{
  /* The HTML parser lowercases names; XHTML writes them in lower case. */
  return node->name != NULL && strcmp ((const char *) node->name, name) == 0;
}

static gboolean
name_in (const xmlNode     *node,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (name_is (node, names[i]))
      return TRUE;
  return FALSE;
}

static const char *const dropped_tags[] = {
  "script", "style", "noscript", "nav", "header", "footer", "aside", "form",
  "button", "iframe", "svg", "template", "select", "textarea", "input",
  "object", "embed", "canvas", "video", "audio", "menu", "dialog", "head",
  "title", "link", "meta",
  NULL
};

static const char *const block_tags[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
  "dd", "blockquote", "section", "article", "main", "pre", "table", "tr",
  "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "address",
  "hr", "center", "details", "summary", "body", "html",
  NULL
};

/* Words in a class or id that mark page furniture. A token matches when it
 * starts with one of them ("comments", "navbar", "advertisement"). */
static const char *const boilerplate_words[] = {
  "share", "sharing", "social", "comment", "related", "menu", "nav",
  "sidebar", "breadcrumb", "advert", "newsletter", "subscribe", "cookie",
  "promo", "popup", "outbrain", "taboola", "header", "footer", "masthead",
  "widget", "toolbar",
  NULL
};

/* The same words at the end of a token: "topnav", "mainmenu", "sitefooter". */
static const char *const boilerplate_suffixes[] = {
  "nav", "menu", "navigation", "sidebar", "header", "footer", "widget", "widgets",
  NULL
};

/* Tokens that mark furniture only as whole words: bylines, tag lists and
 * "meta" rows of author and date. */
static const char *const boilerplate_tokens[] = {
  "ad", "ads", "byline", "author", "authors", "tags", "meta", "kicker",
  NULL
};

/* Tokens that start like furniture but are article text. */
static const char *const boilerplate_exceptions[] = {
  "commentary", "navy",
  NULL
};

static const char *const dropped_roles[] = {
  "navigation", "complementary", "banner", "contentinfo", "search", "dialog",
  "menu", "menubar", "alert",
  NULL
};

/* An attribute's value, read in place (no copy), or NULL. */
static const char *
peek_attr (const xmlNode *node,
           const char    *name)
{
  if (node->type != XML_ELEMENT_NODE)
    return NULL;
  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->name != NULL && strcmp ((const char *) attr->name, name) == 0)
      {
        const xmlNode *value = attr->children;

        if (value != NULL && value->type == XML_TEXT_NODE && value->next == NULL)
          return (const char *) value->content;
        return "";
      }
  return NULL;
}

static char *
get_attr (const xmlNode *node,
          const char    *name)
{
  xmlChar *value;
  char *copy;

  if (node->type != XML_ELEMENT_NODE)
    return NULL;
  value = xmlGetProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
token_is (const char *token,
          gsize       length,
          const char *word)
{
  return strlen (word) == length && g_ascii_strncasecmp (token, word, length) == 0;
}

/* Splits a class or id into alphanumeric tokens ("article-share_bar" ->
 * article, share, bar) and looks for furniture words among them. */
static gboolean
attr_says_boilerplate (const char *value)
{
  const char *p = value;

  if (value == NULL)
    return FALSE;

  /* Two-word names that tokens would split. */
  if (find_ci (value, strlen (value), "read-more") != NULL ||
      find_ci (value, strlen (value), "read_more") != NULL ||
      find_ci (value, strlen (value), "readmore") != NULL ||
      find_ci (value, strlen (value), "also-read") != NULL)
    return TRUE;

  while (*p != '\0')
    {
      const char *token;
      gsize length;
      gboolean exception = FALSE;

      while (*p != '\0' && !g_ascii_isalnum (*p))
        p++;
      token = p;
      while (g_ascii_isalnum (*p))
        p++;
      length = p - token;
      if (length == 0)
        continue;

      for (guint j = 0; boilerplate_tokens[j] != NULL; j++)
        if (token_is (token, length, boilerplate_tokens[j]))
          return TRUE;
      for (guint j = 0; boilerplate_exceptions[j] != NULL; j++)
        exception |= token_is (token, length, boilerplate_exceptions[j]);
      if (exception)
        continue;
      for (guint j = 0; boilerplate_words[j] != NULL; j++)
        {
          gsize wlen = strlen (boilerplate_words[j]);

          if (length >= wlen && g_ascii_strncasecmp (token, boilerplate_words[j], wlen) == 0)
            return TRUE;
        }
      for (guint j = 0; boilerplate_suffixes[j] != NULL; j++)
        {
          gsize wlen = strlen (boilerplate_suffixes[j]);

          if (length > wlen &&
              g_ascii_strncasecmp (token + length - wlen, boilerplate_suffixes[j], wlen) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the element is page furniture by its name, role, hidden state,
 * or by its class or id (the last only when @by_class). */
static gboolean
is_dropped_element (const xmlNode *node,
                    gboolean       by_class)
{
  const char *role, *hidden;

  if (name_in (node, dropped_tags))
    return TRUE;
  if (node->properties == NULL)
    return FALSE;

  role = peek_attr (node, "role");
  if (role != NULL)
    for (guint i = 0; dropped_roles[i] != NULL; i++)
      if (g_ascii_strcasecmp (role, dropped_roles[i]) == 0)
        return TRUE;

  if (peek_attr (node, "hidden") != NULL)
    return TRUE;
  hidden = peek_attr (node, "aria-hidden");
  if (hidden != NULL && g_ascii_strcasecmp (hidden, "true") == 0)
    return TRUE;

  if (!by_class)
    return FALSE;

  return attr_says_boilerplate (peek_attr (node, "class")) ||
         attr_says_boilerplate (peek_attr (node, "id"));
}

typedef struct
{
  GString *out;        /* finished paragraphs, separated by a blank line */
  GString *para;       /* the paragraph being built */
  gboolean space;      /* whitespace seen since the last character */
  gboolean by_class;   /* drop elements whose class or id says furniture */
  gsize root_length;   /* text length of the whole root, for by_class */
} TextBuilder;

/* Paragraphs that point elsewhere ("Read more: …") or announce an
 * advertisement, whatever markup carries them. */
static gboolean
is_promo_paragraph (const GString *para)
{
  static const char *const prefixes[] = {
    "read more:", "read also:", "also read:", "see also:", "related:", "read:",
    "more:", "watch:", "click here", "advertisement", "sponsored",
    NULL
  };

  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      gsize len = strlen (prefixes[i]);

      if (para->len >= len && g_ascii_strncasecmp (para->str, prefixes[i], len) == 0 &&
          (prefixes[i][len - 1] == ':' || para->len < 40))
        return TRUE;
    }
  return FALSE;
}

static void
builder_flush (TextBuilder *tb)
{
  while (tb->para->len > 0 &&
         (tb->para->str[tb->para->len - 1] == ' ' || tb->para->str[tb->para->len - 1] == '\n'))
    g_string_truncate (tb->para, tb->para->len - 1);

  if (is_promo_paragraph (tb->para))
    g_string_truncate (tb->para, 0);

  if (tb->para->len > 0)
    {
      if (tb->out->len > 0)
        g_string_append (tb->out, "\n\n");
      g_string_append_len (tb->out, tb->para->str, tb->para->len);
      g_string_truncate (tb->para, 0);
    }
  tb->space = FALSE;
}

static void
builder_line_break (TextBuilder *tb)
{
  /* Two <br> in a row are how many pages separate paragraphs. */
  if (tb->para->len > 0 && tb->para->str[tb->para->len - 1] == '\n')
    builder_flush (tb);
  else if (tb->para->len > 0)
    g_string_append_c (tb->para, '\n');
  tb->space = FALSE;
}

static void
builder_append (TextBuilder *tb,
                const char  *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      guchar b = (guchar) *p;
      const char *next;

      if (b < 0x80)
        {
          next = p + 1;
          if (b <= 0x20 || b == 0x7f)
            {
              tb->space = TRUE;
              p = next;
              continue;
            }
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          next = g_utf8_next_char (p);
          /* Invisible characters that would split a name in two. */
          if (c == 0xad || c == 0x200b || c == 0x2060 || c == 0xfeff)
            {
              p = next;
              continue;
            }
          if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
            {
              tb->space = TRUE;
              p = next;
              continue;
            }
        }

      if (tb->space && tb->para->len > 0 && tb->para->str[tb->para->len - 1] != '\n')
        g_string_append_c (tb->para, ' ');
      tb->space = FALSE;
      if (next - p == 1)
        g_string_append_c (tb->para, *p);
      else
        g_string_append_len (tb->para, p, next - p);
      p = next;
    }
}

/* The text an internal entity reference stands for. External entities
 * are never read. Internal ones are expanded one level only, as literal
 * text (nested references are how an entity bomb grows), and within a
 * budget for the whole document that import_feed() keeps in the
 * document's _private field: one 100 kB entity referenced 20,000 times in
 * a 160 kB file would otherwise make 2 GB of text. */
static const char *
expand_entity (const xmlNode *node)
{
  gsize *budget = node->doc != NULL ? node->doc->_private : NULL;
  xmlEntityPtr entity;
  gsize length;

  if (budget == NULL)
    return NULL;
  entity = xmlGetDocEntity (node->doc, node->name);
  if (entity == NULL || entity->etype != XML_INTERNAL_GENERAL_ENTITY || entity->content == NULL)
    return NULL;
  length = strlen ((const char *) entity->content);
  if (length > *budget)
    {
      *budget = 0;
      return NULL;
    }
  *budget -= length;
  return (const char *) entity->content;
}

static void
append_entity_text (TextBuilder   *tb,
                    const xmlNode *node)
{
  const char *text = expand_entity (node);

  if (text != NULL)
    builder_append (tb, text);
}

static gsize
visible_length (const xmlNode *node,
                guint          depth)
{
  gsize length = 0;

  if (depth > MAX_TREE_DEPTH)
    return 0;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          for (const xmlChar *c = n->content; c != NULL && *c != '\0'; c++)
            length += !g_ascii_isspace (*c);
        }
      else if (n->type == XML_ELEMENT_NODE && !is_dropped_element (n, FALSE))
        length += visible_length (n, depth + 1);
    }
  return length;
}

static void
builder_walk (TextBuilder   *tb,
              const xmlNode *node,
              guint          depth)
{
  if (depth > MAX_TREE_DEPTH)
    return;

  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      switch (n->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (n->content != NULL)
            builder_append (tb, (const char *) n->content);
          break;

        case XML_ENTITY_REF_NODE:
          append_entity_text (tb, n);
          break;

        case XML_ELEMENT_NODE:
          {
            gboolean block;

            if (is_dropped_element (n, FALSE))
              break;
            /* A class that says "comments" on a wrapper holding most of
             * the page is a layout class, not a comment box. */
            if (tb->by_class && is_dropped_element (n, TRUE) &&
                visible_length (n, depth + 1) * 2 < tb->root_length)
              break;

            if (name_is (n, "br"))
              {
                builder_line_break (tb);
                break;
              }
            block = name_in (n, block_tags);
            if (block)
              builder_flush (tb);
            else if (name_is (n, "td") || name_is (n, "th") || name_is (n, "img"))
              tb->space = TRUE;
            builder_walk (tb, n, depth + 1);
            if (block)
              builder_flush (tb);
            else if (name_is (n, "td") || name_is (n, "th"))
              tb->space = TRUE;
          }
          break;

        case XML_ATTRIBUTE_NODE:
        case XML_ENTITY_NODE:
        case XML_PI_NODE:
        case XML_COMMENT_NODE:
        case XML_DOCUMENT_NODE:
        case XML_DOCUMENT_TYPE_NODE:
        case XML_DOCUMENT_FRAG_NODE:
        case XML_NOTATION_NODE:
        case XML_HTML_DOCUMENT_NODE:
        case XML_DTD_NODE:
        case XML_ELEMENT_DECL:
        case XML_ATTRIBUTE_DECL:
        case XML_ENTITY_DECL:
        case XML_NAMESPACE_DECL:
        case XML_XINCLUDE_START:
        case XML_XINCLUDE_END:
#ifdef LIBXML_DOCB_ENABLED
        case XML_DOCB_DOCUMENT_NODE:
#endif
        default:
          break;
        }
    }
}

/* The text of the blocks under @root: paragraphs separated by a blank line,
 * whitespace collapsed inside them, page furniture left out. */
static char *
node_to_text (const xmlNode *root)
{
  TextBuilder tb = { 0 };
  g_autofree char *raw = NULL;

  tb.out = g_string_new (NULL);
  tb.para = g_string_new (NULL);
  tb.by_class = TRUE;
  tb.root_length = visible_length (root, 0);

  builder_walk (&tb, root, 0);
  builder_flush (&tb);

  g_string_free (tb.para, TRUE);
  raw = g_string_free (tb.out, FALSE);
  return finish_text (raw);
}

static const xmlNode *
find_element (const xmlNode *node,
              const char    *name,
              guint          depth)
{
  if (depth > MAX_TREE_DEPTH)
    return NULL;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      const xmlNode *found;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (name_is (n, name))
        return n;
      found = find_element (n, name, depth + 1);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_elements (const xmlNode *node,
                  const char    *name,
                  const char    *role,
                  GPtrArray     *found,
                  guint          depth)
{
  if (depth > MAX_TREE_DEPTH)
    return;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      g_autofree char *node_role = NULL;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      /* An <article> teaser in an <aside> is not the article; one in a
       * "related" box is outweighed by the article's own length. */
      if (is_dropped_element (n, FALSE))
        continue;
      node_role = role != NULL ? get_attr (n, "role") : NULL;
      if (name_is (n, name) || (node_role != NULL && g_ascii_strcasecmp (node_role, role) == 0))
        g_ptr_array_add (found, (gpointer) n);
      collect_elements (n, name, role, found, depth + 1);
    }
}

static const xmlNode *
largest_element (const xmlNode *top,
                  const char    *name,
                  const char    *role)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  const xmlNode *best = NULL;
  gsize best_length = 0;

  collect_elements (top, name, role, found, 0);
  for (guint i = 0; i < found->len; i++)
    {
      gsize length = visible_length (found->pdata[i], 0);

      if (best == NULL || length > best_length)
        {
          best = found->pdata[i];
          best_length = length;
        }
    }
  return best_length > 0 ? best : NULL;
}

/* Paragraph text counted for each element in @scores (a paragraph fully
 * for its parent, half for its grandparent: the Readability heuristic) and
 * in @totals (fully for every ancestor). */
static void
add_score (GHashTable    *scores,
           GPtrArray     *order,
           const xmlNode *node,
           gsize          amount)
{
  gpointer value;

  if (g_hash_table_lookup_extended (scores, node, NULL, &value))
    g_hash_table_insert (scores, (gpointer) node, GSIZE_TO_POINTER (GPOINTER_TO_SIZE (value) + amount));
  else
    {
      g_hash_table_insert (scores, (gpointer) node, GSIZE_TO_POINTER (amount));
      g_ptr_array_add (order, (gpointer) node);
    }
}

static void
score_paragraphs (const xmlNode *node,
                  GHashTable    *scores,
                  GPtrArray     *order,
                  GHashTable    *totals,
                  guint          depth)
{
  if (depth > MAX_TREE_DEPTH)
    return;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE || is_dropped_element (n, TRUE))
        continue;
      if (name_is (n, "p") || name_is (n, "pre"))
        {
          gsize length = visible_length (n, depth + 1);

          /* Short paragraphs are captions, labels and link lines. */
          if (length >= 25)
            {
              add_score (scores, order, node, length);
              if (node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
                add_score (scores, order, node->parent, length / 2);
              for (const xmlNode *a = node; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
                {
                  gsize total = GPOINTER_TO_SIZE (g_hash_table_lookup (totals, a));

                  g_hash_table_insert (totals, (gpointer) a, GSIZE_TO_POINTER (total + length));
                }
            }
          continue;
        }
      score_paragraphs (n, scores, order, totals, depth + 1);
    }
}

/* Where a page without <article> or <main> keeps its text: the element
 * whose paragraphs score highest, widened to its parent while the parent
 * holds clearly more paragraph text (an article split across siblings). */
static const xmlNode *
densest_element (const xmlNode *body)
{
  g_autoptr(GHashTable) scores = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) totals = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const xmlNode *best = NULL;
  gsize best_score = 0;

  /* The first best in document order, so that the choice never depends
   * on a hash table's order. */
  score_paragraphs (body, scores, order, totals, 0);
  for (guint i = 0; i < order->len; i++)
    {
      gsize score = GPOINTER_TO_SIZE (g_hash_table_lookup (scores, order->pdata[i]));

      if (score > best_score)
        {
          best = order->pdata[i];
          best_score = score;
        }
    }
  if (best == NULL)
    return NULL;

  while (best != body && best->parent != NULL && best->parent->type == XML_ELEMENT_NODE)
    {
      gsize own = GPOINTER_TO_SIZE (g_hash_table_lookup (totals, best));
      gsize wider = GPOINTER_TO_SIZE (g_hash_table_lookup (totals, best->parent));

      if (wider * 4 < own * 5)
        break;
      best = best->parent;
    }
  return best;
}

static char *
element_text (const xmlNode *node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;
  content = xmlNodeGetContent (node);
  text = collapse_whitespace ((const char *) content);
  xmlFree (content);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

typedef struct
{
  char *og_title;
  char *site_name;
  char *date;
} HtmlMeta;

static void
html_meta_clear (HtmlMeta *meta)
{
  g_clear_pointer (&meta->og_title, g_free);
  g_clear_pointer (&meta->site_name, g_free);
  g_clear_pointer (&meta->date, g_free);
}

/* The "datePublished" of a page's schema.org JSON-LD block, found by
 * looking for the key rather than parsing JSON: the core has no JSON
 * parser, and the value is always a plain string. */
static char *
json_ld_date (const xmlNode *script)
{
  g_autofree char *json = element_text (script);
  const char *p = json != NULL ? strstr (json, "\"datePublished\"") : NULL;
  const char *end;
  ChDay day;

  if (p == NULL)
    return NULL;
  p += strlen ("\"datePublished\"");
  while (*p == ' ' || *p == ':')
    p++;
  if (*p != '"')
    return NULL;
  p++;
  end = strchr (p, '"');
  if (end == NULL || end - p > 64)
    return NULL;
  {
    g_autofree char *value = g_strndup (p, end - p);

    return parse_any_date (value, &day) ? g_steal_pointer (&value) : NULL;
  }
}

static const char *const date_meta_names[] = {
  "article:published_time", "og:published_time", "datepublished", "date",
  "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
  "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published",
  NULL
};

static void
read_meta_tags (const xmlNode *node,
                HtmlMeta      *meta,
                guint          depth)
{
  if (depth > MAX_TREE_DEPTH)
    return;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (name_is (n, "script"))
        {
          const char *type = peek_attr (n, "type");

          if (meta->date == NULL && type != NULL &&
              g_ascii_strcasecmp (type, "application/ld+json") == 0)
            meta->date = json_ld_date (n);
          continue;
        }
      if (name_is (n, "meta"))
        {
          const char *keys[] = { "property", "name", "itemprop" };
          g_autofree char *content = get_attr (n, "content");

          if (content == NULL)
            continue;
          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            {
              g_autofree char *key = get_attr (n, keys[k]);

              if (key == NULL)
                continue;
              if (meta->og_title == NULL && g_ascii_strcasecmp (key, "og:title") == 0)
                meta->og_title = collapse_whitespace (content);
              if (meta->site_name == NULL && (g_ascii_strcasecmp (key, "og:site_name") == 0 ||
                                              g_ascii_strcasecmp (key, "application-name") == 0))
                meta->site_name = collapse_whitespace (content);
              for (guint i = 0; meta->date == NULL && date_meta_names[i] != NULL; i++)
                if (g_ascii_strcasecmp (key, date_meta_names[i]) == 0)
                  {
                    ChDay day;

                    if (parse_any_date (content, &day))
                      meta->date = g_strdup (content);
                  }
            }
          continue;
        }
      read_meta_tags (n, meta, depth + 1);
    }
}

/* The first <time datetime> (or itemprop=datePublished element) that
 * parses as a date. */
static gboolean
find_time_element (const xmlNode *node,
                   ChDay         *day,
                   guint          depth)
{
  if (depth > MAX_TREE_DEPTH)
    return FALSE;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      /* An article's <header> is where its <time> usually is. */
      if (n->type != XML_ELEMENT_NODE || (is_dropped_element (n, TRUE) && !name_is (n, "header")))
        continue;
      if (name_is (n, "time"))
        {
          g_autofree char *datetime = get_attr (n, "datetime");
          g_autofree char *text = datetime == NULL ? element_text (n) : NULL;

          if (parse_any_date (datetime != NULL ? datetime : text, day))
            return TRUE;
        }
      else
        {
          g_autofree char *itemprop = get_attr (n, "itemprop");

          if (itemprop != NULL && g_ascii_strcasecmp (itemprop, "datePublished") == 0)
            {
              g_autofree char *text = element_text (n);

              if (parse_any_date (text, day))
                return TRUE;
            }
        }
      if (find_time_element (n, day, depth + 1))
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

/* "Headline | Site", "Headline - Site", "Site — Headline": keeps the
 * headline when the page's h1 or og:title confirms which part it is, or
 * its og:site_name which part is not. */
static char *
strip_site_name (const char *title,
                 const char *h1,
                 const char *og_title,
                 const char *site_name)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", NULL };
  const char *confirm[] = { h1, og_title };

  if (site_name != NULL && *site_name != '\0')
    {
      gsize nlen = strlen (site_name);
      gsize tlen = strlen (title);

      for (guint s = 0; separators[s] != NULL; s++)
        {
          const char *sep = separators[s];
          gsize slen = strlen (sep);

          if (tlen <= nlen + slen)
            continue;
          if (strncmp (title + tlen - nlen - slen, sep, slen) == 0 &&
              same_text (title + tlen - nlen, site_name))
            return g_strndup (title, tlen - nlen - slen);
          if (strncmp (title + nlen, sep, slen) == 0)
            {
              g_autofree char *head = g_strndup (title, nlen);

              if (same_text (head, site_name))
                return g_strdup (title + nlen + slen);
            }
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (confirm); c++)
    {
      gsize clen;

      if (confirm[c] == NULL)
        continue;
      clen = strlen (confirm[c]);
      if (same_text (title, confirm[c]))
        return g_strdup (title);

      for (guint s = 0; separators[s] != NULL; s++)
        {
          const char *sep = separators[s];
          gsize slen = strlen (sep);
          gsize tlen = strlen (title);

          if (tlen > clen + slen && strncmp (title + clen, sep, slen) == 0)
            {
              g_autofree char *head = g_strndup (title, clen);

              if (same_text (head, confirm[c]))
                return g_steal_pointer (&head);
            }
          if (tlen > clen + slen && strncmp (title + tlen - clen - slen, sep, slen) == 0 &&
              same_text (title + tlen - clen, confirm[c]))
            return g_strdup (title + tlen - clen);
        }
    }
  return g_strdup (title);
}

static ChDocument *
make_document (const char  *uri,
               const char  *title,
               const char  *text,
               const ChDay *date)
{
  g_autofree char *fallback = NULL;
  ChDocument *document;

  if (title == NULL || *title == '\0')
    {
      const char *eol = strchr (text, '\n');
      g_autofree char *line = eol != NULL ? g_strndup (text, eol - text) : g_strdup (text);
      g_autofree char *collapsed = collapse_whitespace (line);

      fallback = shorten_title (collapsed);
      title = fallback;
    }

  document = ch_document_new (uri, title, text);
  if (date != NULL && date->year != 0)
    ch_document_set_date (document, date);
  return document;
}

static htmlDocPtr
parse_html (const char *utf8)
{
  ensure_xml_initialized ();
  return htmlReadMemory (utf8, (int) strlen (utf8), NULL, "UTF-8", HTML_OPTIONS);
}

static char *html_fragment_to_text (const char *html);

/* A description without markup: its blank lines still separate paragraphs,
 * and it may still hold (double-escaped) entities. */
static char *
plain_fragment_to_text (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  GString *para = g_string_new (NULL);

  for (guint i = 0; ; i++)
    {
      gboolean blank = lines[i] == NULL || *g_strstrip (lines[i]) == '\0';

      if (!blank)
        {
          if (para->len > 0)
            g_string_append_c (para, ' ');
          g_string_append (para, lines[i]);
        }
      else if (para->len > 0)
        {
          g_autofree char *clean = NULL;

          if (strchr (para->str, '&') != NULL)
            {
              g_autofree char *escaped = g_strconcat ("<p>", para->str, "</p>", NULL);
              clean = html_fragment_to_text (escaped);
            }
          else
            clean = collapse_whitespace (para->str);
          if (*clean != '\0')
            {
              if (out->len > 0)
                g_string_append (out, "\n\n");
              g_string_append (out, clean);
            }
          g_string_truncate (para, 0);
        }
      if (lines[i] == NULL)
        break;
    }
  g_string_free (para, TRUE);
  {
    g_autofree char *raw = g_string_free (out, FALSE);
    return finish_text (raw);
  }
}

/* An HTML fragment (a feed item's description) as text. */
static char *
html_fragment_to_text (const char *html)
{
  htmlDocPtr doc;
  const xmlNode *root;
  char *text;

  if (html == NULL || *html == '\0')
    return g_strdup ("");

  if (strchr (html, '<') == NULL)
    return plain_fragment_to_text (html);

  /* Wrapping keeps a bare text fragment from being read as a document
   * head, where it would be dropped. */
  {
    g_autofree char *wrapped = g_strconcat ("<html><body><div>", html, "</div></body></html>", NULL);
    doc = parse_html (wrapped);
  }
  if (doc == NULL)
    return g_strdup ("");
  root = xmlDocGetRootElement (doc);
  text = root != NULL ? node_to_text (root) : g_strdup ("");
  xmlFreeDoc (doc);
  return text;
}

static GPtrArray *
import_html (const char  *utf8,
             const char  *uri,
             const char  *name,
             GError     **error)
{
  htmlDocPtr doc = parse_html (utf8);
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *h1 = NULL;
  g_autofree char *page_title = NULL;
  HtmlMeta meta = { 0 };
  const xmlNode *top, *root;
  ChDay day = { 0 };

  if (doc == NULL || (top = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE,
                   "%s: not readable as an HTML page", name);
      return NULL;
    }

  read_meta_tags (top, &meta, 0);

  root = largest_element (top, "article", NULL);
  if (root == NULL)
    root = largest_element (top, "main", "main");
  if (root == NULL)
    {
      const xmlNode *body = find_element (top, "body", 0);

      root = body != NULL ? body : top;
      body = densest_element (root);
      if (body != NULL)
        root = body;
    }

  text = node_to_text (root);

  page_title = element_text (find_element (top, "title", 0));
  h1 = element_text (find_element (root, "h1", 0));
  if (h1 == NULL)
    h1 = element_text (find_element (top, "h1", 0));
  /* A <title> that is only the site's name says nothing of the article. */
  if (page_title != NULL && same_text (page_title, meta.site_name))
    g_clear_pointer (&page_title, g_free);
  if (page_title != NULL && h1 == NULL)
    {
      /* Older pages give the headline as an h2: good enough to confirm. */
      g_autofree char *h2 = element_text (find_element (root, "h2", 0));

      title = strip_site_name (page_title, h2, meta.og_title, meta.site_name);
    }
  else if (page_title != NULL)
    title = strip_site_name (page_title, h1, meta.og_title, meta.site_name);
  else if (meta.og_title != NULL && *meta.og_title != '\0')
    title = g_strdup (meta.og_title);
  else
    title = g_strdup (h1);

  if (meta.date == NULL || !parse_any_date (meta.date, &day))
    if (!find_time_element (root, &day, 0))
      memset (&day, 0, sizeof day);

  html_meta_clear (&meta);
  xmlFreeDoc (doc);

  if (*text == '\0')
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_EMPTY,
                   "%s: the page has no article text", name);
      return NULL;
    }

  documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (documents, make_document (uri, title, text, &day));
  return g_steal_pointer (&documents);
}

/* ------------------------------------------------------------------------ */
/* Plain text                                                               */
/* ------------------------------------------------------------------------ */

/* Some article collections start each file with " date YYYY-MM-DD " on the
 * same line as the text. Returns the length of the header, 0 if none. */
static gsize
parse_date_header (const char *text,
                   ChDay      *day)
{
  const char *p = text;
  char iso[11];

  while (*p == ' ' || *p == '\t')
    p++;
  if (strncmp (p, "date", 4) != 0 || (p[4] != ' ' && p[4] != '\t'))
    return 0;
  p += 4;
  while (*p == ' ' || *p == '\t')
    p++;
  if (strlen (p) < 10)
    return 0;
  memcpy (iso, p, 10);
  iso[10] = '\0';
  if (!ch_day_parse_iso (iso, day))
    return 0;
  p += 10;
  if (*p != '\0' && !g_ascii_isspace (*p))
    return 0;
  while (*p == ' ' || *p == '\t')
    p++;
  return p - text;
}

/* Page furniture above a plain text's headline: a menu or a metadata
 * line ("Home | World | Sport", "Dhaka | June 6, 2015 | Bengal Wire"), or
 * a line of one or two words that is a number, a date or a section's
 * name in capitals ("31°C Cairo", "Friday, 20 September", "ANALYSIS"),
 * or a single word, which names a section ("Pakistan", "World").
 * A short headline in ordinary case ("Talks collapse") is not. */
static gboolean
is_furniture_line (const char *line)
{
  guint words = 0;
  gboolean digit = FALSE, lower = FALSE;
  guint letters = 0;

  if (strchr (line, '|') != NULL)
    return TRUE;
  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          letters++;
          lower |= g_unichar_islower (c);
        }
      else
        {
          if (letters >= 2)
            words++;
          letters = 0;
          digit |= g_unichar_isdigit (c);
        }
    }
  if (letters >= 2)
    words++;
  if (words <= 1 && strchr (line, ' ') == NULL)
    return TRUE;
  return words < 3 && (digit || !lower);
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == '.' || c == '!' || c == '?';
}

/* Where the first sentence of @text ends (past its full stop), or %NULL
 * when it runs to the end. A stop before a space ends a sentence after a
 * lower-case word ("in 88 years. The"), or before a capital after a
 * capitalised word or a number ("on Monday. The", "in 2023. Both") that
 * is no title's abbreviation: "U.S. President", "Sept. 4" and "Gen.
 * Smith" go on. */
static const char *
first_sentence_end (const char *text)
{
  static const char * const abbreviations[] = {
    "Adm", "Capt", "Col", "Cpl", "Gen", "Gov", "Hon", "Maj", "Mrs", "Messrs", "Prof",
    "Rep", "Rev", "Sen", "Sgt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Ave", "Corp", "Inc", "Ltd", "Nos", NULL
  };

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *w = p;
      const char *next = p + 1;

      if (!is_sentence_end (*p))
        continue;
      if (*next == '\0')
        return next;
      if (*next != ' ')
        continue;
      while (*next == ' ')
        next++;
      while (w > text && (g_ascii_isalnum (w[-1])))
        w--;
      if (w > text && w[-1] != ' ' && w[-1] != '-' && w[-1] != '(')
        continue;
      if (p - w >= 2 && g_ascii_islower (*w))
        return p + 1;
      if (p - w >= 3 && g_ascii_isupper (*next) &&
          (g_ascii_isdigit (*w) || (g_ascii_isupper (*w) && g_ascii_islower (p[-1]))))
        {
          g_autofree char *word = g_strndup (w, p - w);

          if (!g_strv_contains (abbreviations, word))
            return p + 1;
        }
    }
  return NULL;
}

/* A dash or a colon that ends a dateline: " - ", " -- ", " — ", ": ". */
static const char *
after_dateline_separator (const char *p,
                          const char *limit)
{
  for (; p < limit && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == ':' && p[1] == ' ') ||
          ((c == '-' || c == 0x2013 || c == 0x2014) && p[-1] == ' '))
        {
          while (*p == ' ' || *p == ':' || *p == '-' ||
                 g_utf8_get_char (p) == 0x2013 || g_utf8_get_char (p) == 0x2014)
            p = g_utf8_next_char (p);
          return p;
        }
    }
  return NULL;
}

/* A plain text's title from its headline line. A line that is the lede
 * rather than a headline ("HAVANA (Caribbean Desk) - President Barack
 * Obama and … held talks … on Monday, …") loses its dateline, which is
 * the place, date and agency of the report and never its title, and is
 * cut to its first sentence. A headline that looks like a dateline
 * ("Pakistan, Russia sign protocol", "ANALYSIS: Why …") is a short line
 * without a full stop, and stays whole. */
static char *
headline_of (const char *line)
{
  gsize len = strlen (line);
  ChDateline dateline;
  const char *rest = line;
  const char *end;
  gboolean lede;

  if (len == 0)
    return g_strdup (line);
  lede = len > MAX_TITLE_CHARS || is_sentence_end (line[len - 1]);
  if (ch_date_parse_dateline (line, len, NULL, &dateline) && dateline.end > 0 &&
      (lede || dateline.day.year != 0 || dateline.day.month != 0 || dateline.agency_end > 0))
    {
      /* "PSARADES, Greece - …" and "SOCHI, Russia, Sept. 4, 2023 (Wire
       * Service) -- …": the parser stops at the place's comma, the
       * dateline goes on to its dash. */
      const char *limit = line + MIN (len, (gsize) dateline.end + 80);
      const char *sep = after_dateline_separator (line + dateline.city_end, limit);

      rest = sep != NULL ? sep : line + dateline.end;
      while (*rest == ' ')
        rest++;
      if (*rest == '\0')
        rest = line;
      else
        lede = TRUE;
    }
  if (lede && (end = first_sentence_end (rest)) != NULL)
    {
      /* A headline has no full stop. */
      g_autofree char *sentence = g_strndup (rest, end - rest - (end[-1] == '.' ? 1 : 0));

      return shorten_title (sentence);
    }
  return shorten_title (rest);
}

static GPtrArray *
import_text (const char  *utf8,
             const char  *uri,
             const char  *name,
             GError     **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  ChDay day = { 0 };
  const char *body = utf8;
  const char *line, *eol;
  guint n_furniture;
  gsize header;

  /* Leading blank lines are not part of the text. */
  for (const char *p = body; *p == ' ' || *p == '\t' || *p == '\n'; p++)
    if (*p == '\n')
      body = p + 1;

  header = parse_date_header (body, &day);
  body += header;
  while (*body == ' ' || *body == '\t' || (header > 0 && *body == '\n'))
    body++;

  text = g_strdup (body);
  g_strchomp (text);

  if (*text == '\0')
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_EMPTY, "%s: the file has no text", name);
      return NULL;
    }

  /* The headline is the first line that is not page furniture; with
   * nothing but furniture in sight, the first line. */
  line = text;
  while (*line == '\n')
    line++;
  n_furniture = 0;
  for (const char *l = line; l != NULL && *l != '\0'; l = eol != NULL ? eol + 1 : NULL)
    {
      static const guint max_lines = 6;
      g_autofree char *candidate = NULL;

      eol = strchr (l, '\n');
      candidate = eol != NULL ? g_strndup (l, eol - l) : g_strdup (l);
      g_strstrip (candidate);
      if (*candidate == '\0')
        continue;
      if (!is_furniture_line (candidate))
        {
          line = l;
          break;
        }
      if (++n_furniture >= max_lines)
        break;
    }
  eol = strchr (line, '\n');
  {
    g_autofree char *first = eol != NULL ? g_strndup (line, eol - line) : g_strdup (line);
    g_autofree char *collapsed = collapse_whitespace (first);
    const char *t = collapsed;

    /* A Markdown heading's marks are not part of the title. */
    if (extension_is (uri, (const char *const[]) { "md", "markdown", NULL }))
      while (*t == '#' || *t == ' ')
        t++;
    title = headline_of (t);
  }

  documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (documents, make_document (uri, title, text, &day));
  return g_steal_pointer (&documents);
}

/* ------------------------------------------------------------------------ */
/* Feeds                                                                    */
/* ------------------------------------------------------------------------ */

static gboolean
is_xml_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.' || c == ':';
}

/* Names the document's internal DTD subset declares with <!ENTITY name …>:
 * those references are left to the parser (and its defences). */
static GHashTable *
declared_entities (const char *xml)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *doctype = find_ci (xml, MIN (strlen (xml), 65536), "<!DOCTYPE");
  const char *p;

  if (doctype == NULL)
    return names;
  for (p = strstr (doctype, "<!ENTITY"); p != NULL; p = strstr (p, "<!ENTITY"))
    {
      const char *start;

      p += strlen ("<!ENTITY");
      while (g_ascii_isspace (*p))
        p++;
      if (*p == '%')
        continue;
      start = p;
      while (is_xml_name_char (*p))
        p++;
      if (p > start)
        g_hash_table_add (names, g_strndup (start, p - start));
    }
  return names;
}

/* Replaces HTML named entities (&nbsp; &rsquo; …), which XML does not
 * know and libxml2 silently drops (gluing the words around them), with
 * numeric references; an unknown name is kept as text, and a bare "&"
 * is escaped. CDATA sections and comments are left alone. */
static char *
fix_feed_entities (const char *xml)
{
  static const char *const xml_entities[] = { "amp", "lt", "gt", "quot", "apos", NULL };
  g_autoptr(GHashTable) declared = declared_entities (xml);
  GString *out = g_string_sized_new (strlen (xml) + 64);
  const char *p = xml;

  while (*p != '\0')
    {
      const char *amp = strpbrk (p, "&<");

      if (amp == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, amp - p);
      p = amp;

      if (*p == '<')
        {
          const char *skip_end = NULL;

          if (g_str_has_prefix (p, "<![CDATA["))
            {
              skip_end = strstr (p, "]]>");
              skip_end = skip_end != NULL ? skip_end + 3 : p + strlen (p);
            }
          else if (g_str_has_prefix (p, "<!--"))
            {
              skip_end = strstr (p + 4, "-->");
              skip_end = skip_end != NULL ? skip_end + 3 : p + strlen (p);
            }
          else
            skip_end = p + 1;
          g_string_append_len (out, p, skip_end - p);
          p = skip_end;
          continue;
        }

      /* p points at '&'. */
      if (p[1] == '#')
        {
          const char *q = p + 2;

          if (*q == 'x' || *q == 'X')
            q++;
          while (g_ascii_isxdigit (*q))
            q++;
          if (*q == ';' && q > p + 2)
            {
              g_string_append_len (out, p, q + 1 - p);
              p = q + 1;
            }
          else
            {
              g_string_append (out, "&amp;");
              p++;
            }
          continue;
        }

      {
        const char *q = p + 1;
        g_autofree char *entity_name = NULL;
        const htmlEntityDesc *desc;

        while (is_xml_name_char (*q) && q - p < 40)
          q++;
        if (*q != ';' || q == p + 1)
          {
            g_string_append (out, "&amp;");
            p++;
            continue;
          }
        entity_name = g_strndup (p + 1, q - p - 1);
        if (g_strv_contains (xml_entities, entity_name) ||
            g_hash_table_contains (declared, entity_name))
          g_string_append_len (out, p, q + 1 - p);
        else if ((desc = htmlEntityLookup ((const xmlChar *) entity_name)) != NULL)
          g_string_append_printf (out, "&#%u;", desc->value);
        else
          g_string_append_printf (out, "&amp;%s;", entity_name);
        p = q + 1;
      }
    }

  return g_string_free (out, FALSE);
}

static gboolean
local_name_is (const xmlNode *node,
               const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp ((const char *) node->name, name) == 0;
}

static const xmlNode *
child_element (const xmlNode *parent,
               const char    *name)
{
  for (const xmlNode *n = parent->children; n != NULL; n = n->next)
    if (local_name_is (n, name))
      return n;
  return NULL;
}

/* The text content of an XML element, internal entities included one level
 * deep as literal text (see append_entity_text). */
static char *
xml_text (const xmlNode *node)
{
  GString *out;

  if (node == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL)
        g_string_append (out, (const char *) n->content);
      else if (n->type == XML_ENTITY_REF_NODE)
        {
          const char *text = expand_entity (n);

          if (text != NULL)
            g_string_append (out, text);
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          g_autofree char *inner = xml_text (n);
          g_string_append (out, inner);
        }
    }
  return g_string_free (out, FALSE);
}

/* The first child called @name with some text: an item may hold an empty
 * <atom:link/> beside its RSS <link>. */
static char *
first_child_text (const xmlNode *parent,
                  const char    *name)
{
  for (const xmlNode *n = parent->children; n != NULL; n = n->next)
    if (local_name_is (n, name))
      {
        g_autofree char *text = xml_text (n);
        g_autofree char *clean = collapse_whitespace (text);

        if (*clean != '\0')
          return g_steal_pointer (&clean);
      }
  return NULL;
}

/* A feed title may carry markup or double-escaped entities. */
static char *
feed_title_text (const char *raw)
{
  if (raw == NULL)
    return NULL;
  if (strpbrk (raw, "<&") != NULL)
    {
      g_autofree char *text = html_fragment_to_text (raw);
      return collapse_whitespace (text);
    }
  return collapse_whitespace (raw);
}

static char *
plain_to_text (const char *raw)
{
  g_autofree char *text = finish_text (raw != NULL ? raw : "");

  return g_strstrip (g_steal_pointer (&text));
}

static void
add_item (GPtrArray   *documents,
          const char  *uri,
          guint        index,
          const char  *title,
          const char  *link,
          const char  *text,
          const ChDay *day)
{
  g_autofree char *item_uri = NULL;
  g_autofree char *clean_link = NULL;
  ChDocument *document;

  /* An item with no text has nothing to extract from. */
  if (text == NULL || *text == '\0')
    return;

  item_uri = g_strdup_printf ("%s#%u", uri, index);
  document = make_document (item_uri, title, text, day);
  clean_link = link != NULL ? collapse_whitespace (link) : NULL;
  if (clean_link != NULL && *clean_link != '\0')
    ch_document_set_link (document, clean_link);
  g_ptr_array_add (documents, document);
}

static void
collect_rss_items (const xmlNode *node,
                   const char    *uri,
                   GPtrArray     *documents,
                   guint         *n_items,
                   guint          depth)
{
  if (depth > 4)
    return;
  for (const xmlNode *n = node->children; n != NULL; n = n->next)
    {
      g_autofree char *raw_title = NULL;
      g_autofree char *title = NULL;
      g_autofree char *link = NULL;
      g_autofree char *body = NULL;
      g_autofree char *text = NULL;
      g_autofree char *date = NULL;
      const xmlNode *content;
      ChDay day = { 0 };

      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (!local_name_is (n, "item"))
        {
          /* RSS 2.0 items sit in <channel>; RSS 1.0 puts them beside it. */
          if (local_name_is (n, "channel"))
            collect_rss_items (n, uri, documents, n_items, depth + 1);
          continue;
        }

      (*n_items)++;
      raw_title = xml_text (child_element (n, "title"));
      title = feed_title_text (raw_title);
      link = first_child_text (n, "link");
      if (link == NULL || *link == '\0')
        {
          const xmlNode *guid = child_element (n, "guid");
          g_autofree char *permalink = guid != NULL ? get_attr (guid, "isPermaLink") : NULL;

          if (guid != NULL && g_strcmp0 (permalink, "false") != 0)
            {
              g_free (link);
              link = xml_text (guid);
            }
        }

      /* The full text when the feed has it, else the description. */
      content = child_element (n, "encoded");
      body = xml_text (content);
      text = html_fragment_to_text (body);
      if (*text == '\0')
        {
          g_free (body);
          g_free (text);
          body = xml_text (child_element (n, "description"));
          text = html_fragment_to_text (body);
        }

      date = xml_text (child_element (n, "pubDate"));
      if (date == NULL)
        date = xml_text (child_element (n, "date"));
      if (date == NULL)
        date = xml_text (child_element (n, "published"));
      if (!parse_any_date (date, &day))
        memset (&day, 0, sizeof day);

      add_item (documents, uri, *n_items, title, link, text, &day);
    }
}

/* Atom text constructs: type="text" (the default), "html" or "xhtml". */
static char *
atom_text (const xmlNode *node,
           gboolean       as_title)
{
  g_autofree char *type = NULL;

  if (node == NULL)
    return NULL;
  type = get_attr (node, "type");

  if (type != NULL && (g_str_equal (type, "xhtml") || g_str_has_suffix (type, "xhtml+xml")))
    {
      g_autofree char *text = node_to_text (node);
      return as_title ? collapse_whitespace (text) : g_steal_pointer (&text);
    }
  else
    {
      g_autofree char *raw = xml_text (node);

      if (type != NULL && (g_str_equal (type, "html") || g_str_equal (type, "text/html")))
        {
          g_autofree char *text = html_fragment_to_text (raw);
          return as_title ? collapse_whitespace (text) : g_steal_pointer (&text);
        }
      return as_title ? collapse_whitespace (raw) : plain_to_text (raw);
    }
}

static char *
atom_link (const xmlNode *entry)
{
  char *first = NULL;

  for (const xmlNode *n = entry->children; n != NULL; n = n->next)
    {
      g_autofree char *rel = NULL;
      char *href;

      if (!local_name_is (n, "link"))
        continue;
      href = get_attr (n, "href");
      if (href == NULL)
        continue;
      rel = get_attr (n, "rel");
      if (rel == NULL || g_str_equal (rel, "alternate"))
        {
          g_free (first);
          return href;
        }
      if (first == NULL)
        first = href;
      else
        g_free (href);
    }
  return first;
}

static void
collect_atom_entries (const xmlNode *feed,
                      const char    *uri,
                      GPtrArray     *documents,
                      guint         *n_items)
{
  for (const xmlNode *n = feed->children; n != NULL; n = n->next)
    {
      g_autofree char *title = NULL;
      g_autofree char *link = NULL;
      g_autofree char *text = NULL;
      g_autofree char *date = NULL;
      const xmlNode *content;
      ChDay day = { 0 };

      if (!local_name_is (n, "entry"))
        continue;

      (*n_items)++;
      title = atom_text (child_element (n, "title"), TRUE);
      link = atom_link (n);
      /* Content given by reference (src) is not fetched: the summary
       * stands in, as it does for an empty content. */
      content = child_element (n, "content");
      if (content != NULL && peek_attr (content, "src") == NULL)
        text = atom_text (content, FALSE);
      if (text == NULL || *text == '\0')
        {
          g_free (text);
          text = atom_text (child_element (n, "summary"), FALSE);
        }

      date = xml_text (child_element (n, "published"));
      if (date == NULL)
        date = xml_text (child_element (n, "updated"));
      if (!parse_any_date (date, &day))
        memset (&day, 0, sizeof day);

      add_item (documents, uri, *n_items, title, link, text, &day);
    }
}

static GPtrArray *
import_feed (const char  *utf8,
             const char  *uri,
             const char  *name,
             GError     **error)
{
  g_autofree char *fixed = fix_feed_entities (utf8);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  const xmlNode *root;
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  guint n_items = 0;
  gsize entity_budget = 1024 * 1024;

  ensure_xml_initialized ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE, "%s: out of memory", name);
      return NULL;
    }
  doc = xmlCtxtReadMemory (ctxt, fixed, (int) strlen (fixed), NULL, "UTF-8", XML_OPTIONS);
  if (doc == NULL)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (ctxt);

      if (xml_error != NULL && xml_error->message != NULL)
        {
          g_autofree char *message = g_strstrip (g_strdup (xml_error->message));
          char *tail = g_strrstr (message, " line ");

          /* "Premature end of data in tag title line 1": the line is
           * told once, before the reason */
          if (tail != NULL && tail[6] != '\0' && strspn (tail + 6, "0123456789") == strlen (tail + 6))
            *tail = '\0';
          g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE,
                       "%s: not a well-formed feed (line %d: %s)", name, xml_error->line,
                       message);
        }
      else
        g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_PARSE,
                     "%s: not a well-formed feed", name);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  doc->_private = &entity_budget;
  root = xmlDocGetRootElement (doc);
  if (root != NULL && local_name_is (root, "feed"))
    collect_atom_entries (root, uri, documents, &n_items);
  else if (root != NULL && (local_name_is (root, "rss") || local_name_is (root, "RDF")))
    collect_rss_items (root, uri, documents, &n_items, 0);
  else
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_UNSUPPORTED,
                   "%s: an XML file that is neither an RSS nor an Atom feed (root element <%s>)",
                   name, root != NULL ? (const char *) root->name : "none");
      doc->_private = NULL;
      xmlFreeDoc (doc);
      return NULL;
    }
  doc->_private = NULL;
  xmlFreeDoc (doc);

  if (n_items == 0)
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_NO_ITEMS,
                   "%s: the feed has no items", name);
      return NULL;
    }
  if (documents->len == 0)
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_EMPTY,
                   "%s: none of the feed's %u items has any text", name, n_items);
      return NULL;
    }
  return g_steal_pointer (&documents);
}

/* ------------------------------------------------------------------------ */
/* Format sniffing                                                          */
/* ------------------------------------------------------------------------ */

static Format
sniff_format (const char *utf8,
              const char *uri)
{
  const char *p = utf8;
  const char *end = utf8 + strlen (utf8);
  gboolean xml_declared = FALSE;

  /* Skip what may come before the root element. */
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (g_str_has_prefix (p, "<?"))
        {
          const char *close = strstr (p, "?>");

          xml_declared |= has_prefix_ci (p, end - p, "<?xml");
          if (close == NULL)
            break;
          p = close + 2;
        }
      else if (g_str_has_prefix (p, "<!--"))
        {
          const char *close = strstr (p, "-->");

          if (close == NULL)
            break;
          p = close + 3;
        }
      else if (has_prefix_ci (p, end - p, "<!DOCTYPE"))
        {
          const char *q = p + 9;
          const char *gt, *bracket;

          while (q < end && g_ascii_isspace (*q))
            q++;
          if (has_prefix_ci (q, end - q, "html"))
            return FORMAT_HTML;
          gt = strchr (q, '>');
          bracket = strchr (q, '[');
          if (bracket != NULL && (gt == NULL || bracket < gt))
            {
              const char *close = strstr (bracket, "]>");

              while (close == NULL && (close = strchr (bracket, ']')) != NULL)
                {
                  const char *r = close + 1;

                  while (g_ascii_isspace (*r))
                    r++;
                  if (*r == '>')
                    break;
                  bracket = close + 1;
                  close = NULL;
                }
              gt = close != NULL ? strchr (close, '>') : NULL;
            }
          if (gt == NULL)
            break;
          p = gt + 1;
        }
      else
        break;
    }

  if (*p == '<')
    {
      const char *tag_end = strchr (p, '>');
      gsize tag_len = tag_end != NULL ? (gsize) (tag_end - p) : (gsize) (end - p);

      if (has_prefix_ci (p, end - p, "<rss") && (g_ascii_isspace (p[4]) || p[4] == '>'))
        return FORMAT_RSS;
      if (has_prefix_ci (p, end - p, "<rdf:RDF"))
        return FORMAT_RSS;
      if (g_str_has_prefix (p, "<feed") && (g_ascii_isspace (p[5]) || p[5] == '>') &&
          (g_strstr_len (p, tag_len, "http://www.w3.org/2005/Atom") != NULL ||
           extension_is (uri, xml_extensions)))
        return FORMAT_ATOM;
      if (has_prefix_ci (p, end - p, "<html"))
        return FORMAT_HTML;
    }

  if (extension_is (uri, html_extensions))
    return FORMAT_HTML;

  if (*p == '<')
    {
      gsize window = MIN ((gsize) (end - p), 4096);

      if (find_ci (p, window, "<body") != NULL || find_ci (p, window, "<head") != NULL)
        return FORMAT_HTML;
      if (xml_declared || extension_is (uri, xml_extensions))
        return FORMAT_XML;
    }

  return FORMAT_TEXT;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

static const char *
display_name (const char *uri)
{
  return uri != NULL && *uri != '\0' ? uri : "(unnamed)";
}

/**
 * ch_import_bytes:
 * @bytes: the content of a file
 * @uri: the name the documents carry (a path, usually), also used in
 *   messages and as a hint to the format by its extension
 * @error: where to report a failure
 *
 * Reads a text, an HTML page, or an RSS or Atom feed from memory.
 *
 * Returns: (transfer full) (element-type ChDocument): one document for a
 *   text or a page, one per item with text for a feed; %NULL on error
 */
GPtrArray *
ch_import_bytes (GBytes      *bytes,
                 const char  *uri,
                 GError     **error)
{
  g_autofree char *declared = NULL;
  g_autofree char *utf8 = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name = display_name (uri);
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length > CH_IMPORT_MAX_FILE_SIZE)
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_TOO_LARGE,
                   "%s: too large (%" G_GSIZE_FORMAT " MB; at most %d MB)", name,
                   length / (1024 * 1024), CH_IMPORT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_EMPTY, "%s: empty file", name);
      return NULL;
    }

  declared = sniff_declared_charset (data, length);
  utf8 = ch_import_to_utf8 (data, length, declared, &local_error);
  if (utf8 == NULL)
    {
      g_set_error (error, CH_IMPORT_ERROR, local_error->code, "%s: %s", name,
                   local_error->message);
      return NULL;
    }

  {
    const char *p = utf8;

    while (*p != '\0' && g_ascii_isspace (*p))
      p++;
    if (*p == '\0')
      {
        g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_EMPTY,
                     "%s: the file has no text (only blank space)", name);
        return NULL;
      }
  }

  switch (sniff_format (utf8, uri))
    {
    case FORMAT_HTML:
      return import_html (utf8, uri, name, error);
    case FORMAT_RSS:
    case FORMAT_ATOM:
    case FORMAT_XML:
      return import_feed (utf8, uri, name, error);
    case FORMAT_TEXT:
    default:
      return import_text (utf8, uri, name, error);
    }
}

/**
 * ch_import_file:
 * @path: a file name, as the user gave it
 * @cancellable: (nullable): a #GCancellable
 * @error: where to report a failure
 *
 * Reads a file and imports it with ch_import_bytes(). The size is checked
 * before anything is read, so an oversized file costs no memory.
 *
 * Returns: (transfer full) (element-type ChDocument): the documents, or
 *   %NULL on error; messages name @path and the reason
 */
GPtrArray *
ch_import_file (const char    *path,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;
  char *buffer;
  gsize filled = 0;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO, "%s: cannot open (%s)", path,
                   g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO, "%s: cannot read (%s)", path,
                   g_strerror (saved));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO,
                   "%s: a folder, not a file", path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_UNSUPPORTED,
                   "%s: not a regular file", path);
      return NULL;
    }
  if (st.st_size > CH_IMPORT_MAX_FILE_SIZE)
    {
      close (fd);
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_TOO_LARGE,
                   "%s: too large (%lld MB; at most %d MB)", path,
                   (long long) (st.st_size / (1024 * 1024)),
                   CH_IMPORT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* One byte more than the size says, to notice a file that grows while
   * we read it. */
  buffer = g_malloc ((gsize) st.st_size + 1);
  for (;;)
    {
      gssize n;

      if (filled > (gsize) st.st_size || g_cancellable_is_cancelled (cancellable))
        break;
      n = read (fd, buffer + filled, (gsize) st.st_size + 1 - filled);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          g_free (buffer);
          g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO, "%s: cannot read (%s)", path,
                       g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      filled += (gsize) n;
    }
  close (fd);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_free (buffer);
      return NULL;
    }
  if (filled > (gsize) st.st_size)
    {
      g_free (buffer);
      g_set_error (error, CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO,
                   "%s: the file changed while it was being read", path);
      return NULL;
    }

  bytes = g_bytes_new_take (buffer, filled);
  return ch_import_bytes (bytes, path, error);
}

static const char *const article_extensions[] = {
  "txt", "text", "md", "markdown", "htm", "html", "xhtml", "shtml", "xml", "rss", "atom",
  NULL
};

static gboolean
is_article_name (const char *name)
{
  const char *dot = strrchr (name, '.');

  /* Files without an extension are often plain text (README, NEWS). */
  if (dot == NULL || dot == name)
    return TRUE;
  return extension_is (name, article_extensions);
}

typedef struct
{
  GPtrArray *files;
  GPtrArray *failures;
  GHashTable *seen;   /* "dev:inode" of folders and files already visited */
} Walk;

static gboolean
mark_seen (Walk              *walk,
           const struct stat *st)
{
  char *key = g_strdup_printf ("%lu:%lu", (gulong) st->st_dev, (gulong) st->st_ino);

  if (g_hash_table_contains (walk->seen, key))
    {
      g_free (key);
      return FALSE;
    }
  g_hash_table_add (walk->seen, key);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
walk_folder (Walk       *walk,
             const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir;
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  if (dir == NULL)
    {
      g_ptr_array_add (walk->failures,
                       g_error_new (CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO,
                                    "%s: cannot read the folder (%s)", folder,
                                    error->message));
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  /* A stable order, whatever order the file system lists entries in. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      struct stat st;

      /* stat, not lstat: a link to an article or a folder is followed, and
       * the seen set stops a link that leads back up the tree. A dangling
       * link is not an article. */
      if (g_stat (path, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        {
          if (mark_seen (walk, &st))
            walk_folder (walk, path);
        }
      else if (S_ISREG (st.st_mode) && is_article_name (names->pdata[i]) && mark_seen (walk, &st))
        g_ptr_array_add (walk->files, g_steal_pointer (&path));
    }
}

/**
 * ch_import_collect:
 * @path: a file or a folder
 * @files: (element-type utf8): where to append the paths of the files to import
 * @failures: (element-type GError): where to append what could not be read
 *
 * Lists what ch_import_file() should read under @path. A folder is walked
 * recursively in name order, skipping hidden entries, files that are not
 * articles (images, archives, office files) and links that loop; a path
 * that is a regular file is always listed, whatever its extension. A path
 * that is missing or a folder that cannot be read adds a #GError naming it
 * to @failures, and the walk goes on.
 */
void
ch_import_collect (const char *path,
                   GPtrArray  *files,
                   GPtrArray  *failures)
{
  Walk walk;
  struct stat st;

  g_return_if_fail (path != NULL);
  g_return_if_fail (files != NULL);
  g_return_if_fail (failures != NULL);

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_ptr_array_add (failures,
                       g_error_new (CH_IMPORT_ERROR, CH_IMPORT_ERROR_IO, "%s: %s", path,
                                    saved == ENOENT ? "no such file or folder"
                                                    : g_strerror (saved)));
      return;
    }

  if (!S_ISDIR (st.st_mode))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }

  walk.files = files;
  walk.failures = failures;
  walk.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  mark_seen (&walk, &st);
  walk_folder (&walk, path);
  g_hash_table_unref (walk.seen);
}
