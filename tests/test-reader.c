/* test-reader.c: ChReader in a real window
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ch-test-render.h"
#include "ch-corpus.h"
#include "ch-labels.h"
#include "ch-reader-private.h"

/* Made-up text; the non-ASCII words before the spans make byte and
 * character offsets differ. */
static const char text[] =
  "Łódź — Премьер Ayesha Khan met Борис Волков in Moscow on 14 March 2023. "
  "They discussed trade and energy.\n"
  "In 2021, Pakistan and Russia signed an MoU within the SCO framework.";

static const struct
{
  ChEntityKind kind;
  const char  *span;
  const char  *value;
} entities[] = {
  { CH_ENTITY_PERSON, "Ayesha Khan", "Ayesha Khan" },
  { CH_ENTITY_PERSON, "Борис Волков", "Boris Volkov" },
  { CH_ENTITY_CITY, "Moscow", "Moscow" },
  { CH_ENTITY_DATE, "14 March 2023", "2023-03-14" },
  { CH_ENTITY_TOPIC, "trade", "trade" },
  { CH_ENTITY_TOPIC, "energy", "energy" },
  { CH_ENTITY_DATE, "2021", "2021" },
  { CH_ENTITY_COUNTRY, "Pakistan", "PK" },
  { CH_ENTITY_COUNTRY, "Russia", "RU" },
  { CH_ENTITY_ORGANIZATION, "SCO", "SCO" },
};

typedef struct
{
  GtkWindow  *window;
  ChReader   *reader;
  ChCorpus   *corpus;
  ChDocument *document;
  ChEvent    *meeting;
  ChEvent    *agreement;
  ChEvent    *activated_event;
  guint       activated_kind;
  char       *activated_value;
  guint       n_entity_activated;
  guint       n_event_activated;
} Fixture;

static guint
byte_of (const char *haystack,
         const char *needle)
{
  const char *p = strstr (haystack, needle);

  g_assert_nonnull (p);
  return (guint) (p - haystack);
}

static glong
char_of (const char *haystack,
         guint       byte)
{
  return g_utf8_pointer_to_offset (haystack, haystack + byte);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  /* Let idles queued by that frame (the scroll to the evidence) run. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
load_style (void)
{
  static gboolean loaded;
  g_autofree char *path = NULL;
  GtkCssProvider *provider;

  if (loaded)
    return;
  loaded = TRUE;
  path = g_test_build_filename (G_TEST_DIST, "..", "resources", "style.css", NULL);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_path (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
}

static void
entity_activated_cb (ChReader   *reader,
                     guint       kind,
                     const char *value,
                     Fixture    *fixture)
{
  fixture->n_entity_activated++;
  fixture->activated_kind = kind;
  g_free (fixture->activated_value);
  fixture->activated_value = g_strdup (value);
}

static void
event_activated_cb (ChReader *reader,
                    ChEvent  *event,
                    Fixture  *fixture)
{
  fixture->n_event_activated++;
  fixture->activated_event = event;
}

static ChEvent *
make_event (ChDocument  *document,
            ChEventType  type,
            const char  *date,
            const char  *evidence)
{
  ChEvent *event = ch_event_new ();
  ChDay day = { 0 };
  guint start = byte_of (ch_document_get_text (document), evidence);

  g_assert_true (ch_day_parse_iso (date, &day));
  ch_event_set_date (event, &day);
  ch_event_set_event_type (event, type);
  ch_event_set_document (event, document);
  ch_event_set_evidence (event, evidence, start, start + (guint) strlen (evidence));
  return event;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  ChEvent *events[2];

  load_style ();
  fixture->document = ch_document_new ("file:///tmp/dispatch.txt", "Talks in Moscow", text);
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      guint start = byte_of (text, entities[i].span);

      ch_document_add_entity (fixture->document, entities[i].kind, start,
                              start + (guint) strlen (entities[i].span),
                              g_intern_string (entities[i].value));
    }

  fixture->meeting = make_event (fixture->document, CH_EVENT_TYPE_MEETING, "2023-03-14",
                                 "Премьер Ayesha Khan met Борис Волков in Moscow on 14 March 2023.");
  fixture->agreement = make_event (fixture->document, CH_EVENT_TYPE_AGREEMENT, "2021",
                                   "In 2021, Pakistan and Russia signed an MoU within the SCO framework.");
  fixture->corpus = ch_corpus_new ();
  events[0] = fixture->meeting;
  events[1] = fixture->agreement;
  ch_corpus_add_events (fixture->corpus, events, 2);

  fixture->reader = CH_READER (ch_reader_new ());
  g_signal_connect (fixture->reader, "entity-activated", G_CALLBACK (entity_activated_cb), fixture);
  g_signal_connect (fixture->reader, "event-activated", G_CALLBACK (event_activated_cb), fixture);
  ch_reader_set_model (fixture->reader, G_LIST_MODEL (fixture->corpus));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 720, 480);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->reader));
  gtk_window_present (fixture->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->reader)))
    g_main_context_iteration (NULL, TRUE);

  g_object_set (fixture->reader, "event", fixture->meeting, NULL);
  wait_for_frame (GTK_WIDGET (fixture->reader));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_free (fixture->activated_value);
  g_object_unref (fixture->meeting);
  g_object_unref (fixture->agreement);
  g_assert_finalize_object (fixture->corpus);
  g_assert_finalize_object (fixture->document);
}

static GtkTextTag *
tag_for (ChReader     *reader,
         const char   *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_ch_reader_get_text_view (reader));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);

  g_assert_nonnull (tag);
  return tag;
}

static void
assert_tag_covers (ChReader   *reader,
                   const char *tag_name,
                   glong       start,
                   glong       end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_ch_reader_get_text_view (reader));
  GtkTextTag *tag = tag_for (reader, tag_name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start);
  g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) end - 1);
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) end);
  g_assert_true (gtk_text_iter_ends_tag (&iter, tag));
  if (start > 0)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) start - 1);
      g_assert_false (gtk_text_iter_has_tag (&iter, tag));
    }
}

static void
test_text_and_tags (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_ch_reader_get_text_view (fixture->reader));
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  g_assert_false (_ch_reader_is_showing_empty (fixture->reader));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (shown, ==, text);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      guint byte = byte_of (text, entities[i].span);
      glong from = char_of (text, byte);
      glong to = char_of (text, byte + (guint) strlen (entities[i].span));

      /* The check is not fooled by the bytes: Moscow's character offset
       * is well below its byte offset. */
      if (i == 2)
        g_assert_cmpint (from, <, (glong) byte - 10);
      assert_tag_covers (fixture->reader, ch_entity_kind_to_string (entities[i].kind), from, to);
    }
}

static void
test_evidence (Fixture       *fixture,
               gconstpointer  data)
{
  const char *evidence = ch_event_get_evidence (fixture->meeting);
  const char *other = ch_event_get_evidence (fixture->agreement);
  guint byte = byte_of (text, evidence);
  guint other_byte = byte_of (text, other);

  assert_tag_covers (fixture->reader, "evidence",
                     char_of (text, byte), char_of (text, byte + (guint) strlen (evidence)));
  assert_tag_covers (fixture->reader, "other-evidence",
                     char_of (text, other_byte), char_of (text, other_byte + (guint) strlen (other)));

  /* Reading the other event swaps the two. */
  ch_reader_set_event (fixture->reader, fixture->agreement);
  assert_tag_covers (fixture->reader, "evidence",
                     char_of (text, other_byte), char_of (text, other_byte + (guint) strlen (other)));
  assert_tag_covers (fixture->reader, "other-evidence",
                     char_of (text, byte), char_of (text, byte + (guint) strlen (evidence)));
}

static void
test_hidden_kinds (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const only_person[] = { "person", NULL };
  gboolean set = TRUE;
  guint notified = 0;
  const char * const *hidden;

  g_signal_connect_swapped (fixture->reader, "notify::hidden-kinds", G_CALLBACK (g_atomic_int_inc), &notified);

  g_object_get (tag_for (fixture->reader, "person"), "background-set", &set, NULL);
  g_assert_true (set);

  ch_reader_set_hidden_kinds (fixture->reader, only_person);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (tag_for (fixture->reader, "person"), "background-set", &set, NULL);
  g_assert_false (set);
  g_object_get (tag_for (fixture->reader, "country"), "background-set", &set, NULL);
  g_assert_true (set);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (_ch_reader_get_legend_toggle (fixture->reader, CH_ENTITY_PERSON))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (_ch_reader_get_legend_toggle (fixture->reader, CH_ENTITY_COUNTRY))));

  /* The same value again is no change. */
  ch_reader_set_hidden_kinds (fixture->reader, only_person);
  g_assert_cmpuint (notified, ==, 1);

  /* The legend's toggle sets the property. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (_ch_reader_get_legend_toggle (fixture->reader, CH_ENTITY_TOPIC)), FALSE);
  g_assert_cmpuint (notified, ==, 2);
  hidden = ch_reader_get_hidden_kinds (fixture->reader);
  g_assert_true (g_strv_contains (hidden, "person"));
  g_assert_true (g_strv_contains (hidden, "topic"));
  g_assert_cmpuint (g_strv_length ((char **) hidden), ==, 2);
  g_object_get (tag_for (fixture->reader, "topic"), "background-set", &set, NULL);
  g_assert_false (set);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (_ch_reader_get_legend_toggle (fixture->reader, CH_ENTITY_PERSON)), TRUE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (_ch_reader_get_legend_toggle (fixture->reader, CH_ENTITY_TOPIC)), TRUE);
  g_assert_null (ch_reader_get_hidden_kinds (fixture->reader));
  g_object_get (tag_for (fixture->reader, "person"), "background-set", &set, NULL);
  g_assert_true (set);
}

/* Where the middle of a span is, in the text view's coordinates. */
static void
locate (Fixture    *fixture,
        const char *word,
        double     *x,
        double     *y)
{
  GtkTextView *view = _ch_reader_get_text_view (fixture->reader);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;
  GdkRectangle rect;
  glong offset = char_of (text, byte_of (text, word)) + g_utf8_strlen (word, -1) / 2;
  int wx, wy;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x + 1, rect.y + rect.height / 2, &wx, &wy);
  *x = wx;
  *y = wy;
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  const char * const hide_city[] = { "city", NULL };
  double x, y;

  locate (fixture, "Moscow", &x, &y);
  g_assert_true (_ch_reader_click (fixture->reader, x, y));
  g_assert_cmpuint (fixture->n_entity_activated, ==, 1);
  g_assert_cmpuint (fixture->activated_kind, ==, CH_ENTITY_CITY);
  g_assert_cmpstr (fixture->activated_value, ==, "Moscow");

  locate (fixture, "Волков", &x, &y);
  g_assert_true (_ch_reader_click (fixture->reader, x, y));
  g_assert_cmpuint (fixture->activated_kind, ==, CH_ENTITY_PERSON);
  g_assert_cmpstr (fixture->activated_value, ==, "Boris Volkov");

  /* An entity inside another event's sentence is still an entity. */
  locate (fixture, "Pakistan", &x, &y);
  g_assert_true (_ch_reader_click (fixture->reader, x, y));
  g_assert_cmpuint (fixture->activated_kind, ==, CH_ENTITY_COUNTRY);
  g_assert_cmpstr (fixture->activated_value, ==, "PK");
  g_assert_cmpuint (fixture->n_event_activated, ==, 0);

  /* Plain words of another event's sentence select that event. */
  locate (fixture, "signed", &x, &y);
  g_assert_true (_ch_reader_click (fixture->reader, x, y));
  g_assert_cmpuint (fixture->n_event_activated, ==, 1);
  g_assert_true (fixture->activated_event == fixture->agreement);

  /* Plain text does nothing. */
  locate (fixture, "discussed", &x, &y);
  g_assert_false (_ch_reader_click (fixture->reader, x, y));
  g_assert_cmpuint (fixture->n_entity_activated, ==, 3);

  /* A hidden kind is plain text. */
  ch_reader_set_hidden_kinds (fixture->reader, hide_city);
  locate (fixture, "Moscow", &x, &y);
  g_assert_false (_ch_reader_click (fixture->reader, x, y));
  g_assert_cmpuint (fixture->n_entity_activated, ==, 3);

  /* The tooltip names the entity. */
  {
    g_autofree char *tip = NULL;

    locate (fixture, "SCO", &x, &y);
    tip = _ch_reader_dup_tooltip_at (fixture->reader, x, y);
    g_assert_nonnull (tip);
    g_assert_nonnull (strstr (tip, "SCO"));
  }

  /* A person's tooltip lists the spellings merged into it. */
  {
    g_autoptr(ChAliases) aliases = ch_aliases_new ();
    g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
    static const char * const spellings[][2] = {
      { "Boris Volkov", NULL }, { "Borys Volkov", NULL }, { "Boris Volkov", NULL },
    };
    g_autofree char *tip = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
      {
        ChEvent *event = ch_event_new ();

        ch_event_set_mentions (event, spellings[i]);
        g_ptr_array_add (events, event);
      }
    ch_aliases_rebuild (aliases, events);
    g_assert_cmpstr (ch_aliases_lookup (aliases, "Borys Volkov"), ==, "Boris Volkov");

    locate (fixture, "Волков", &x, &y);
    tip = _ch_reader_dup_tooltip_at (fixture->reader, x, y);
    g_assert_nonnull (tip);
    g_assert_null (strstr (tip, "Borys"));

    g_object_set (fixture->reader, "aliases", aliases, NULL);
    g_clear_pointer (&tip, g_free);
    tip = _ch_reader_dup_tooltip_at (fixture->reader, x, y);
    g_assert_nonnull (strstr (tip, "Also spelt: Borys Volkov"));
    g_object_set (fixture->reader, "aliases", NULL, NULL);
  }
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect_swapped (fixture->reader, "notify::event", G_CALLBACK (g_atomic_int_inc), &notified);
  ch_reader_set_event (fixture->reader, NULL);
  g_assert_true (_ch_reader_is_showing_empty (fixture->reader));
  g_assert_cmpuint (notified, ==, 1);
  ch_reader_set_event (fixture->reader, NULL);
  g_assert_cmpuint (notified, ==, 1);
  ch_reader_set_event (fixture->reader, fixture->agreement);
  g_assert_false (_ch_reader_is_showing_empty (fixture->reader));
}

/* An event whose evidence comes after @n_lines lines of background, so
 * that the reader has to scroll to it. */
static ChEvent *
long_event_new (guint       n_lines,
                const char *evidence,
                guint      *evidence_start)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(ChDocument) document = NULL;
  ChEvent *event = ch_event_new ();
  guint start;

  for (guint i = 0; i < n_lines; i++)
    g_string_append_printf (long_text, "Paragraph %u of background that no one reads.\n", i);
  start = (guint) long_text->len;
  g_string_append (long_text, evidence);
  g_string_append (long_text, "\nThe end.\n");
  document = ch_document_new ("file:///tmp/long.txt", "Long", long_text->str);
  ch_event_set_document (event, document);
  ch_event_set_evidence (event, evidence, start, start + (guint) strlen (evidence));
  if (evidence_start != NULL)
    *evidence_start = start;
  return event;
}

/* A 600x400 window showing @reader, once it is on screen. */
static GtkWidget *
present_reader (ChReader *reader)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (reader));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (reader)))
    g_main_context_iteration (NULL, TRUE);
  return window;
}

/* Asserts that the character at @start of @event's document is inside
 * the visible part of @view. */
static void
assert_in_view (GtkTextView *view,
                ChEvent     *event,
                guint        start)
{
  const char *long_text = ch_document_get_text (ch_event_get_document (event));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) g_utf8_pointer_to_offset (long_text, long_text + start));
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &iter, &location);
  g_assert_cmpint (visible.y, >, 0);
  g_assert_cmpint (location.y, >=, visible.y);
  g_assert_cmpint (location.y + location.height, <=, visible.y + visible.height);
}

static void
test_scroll_to_evidence (void)
{
  const char *evidence = "At last, the two delegations met in Tashkent.";
  guint start;
  g_autoptr(ChEvent) event = long_event_new (200, evidence, &start);
  ChReader *reader = CH_READER (ch_reader_new ());
  GtkWidget *window = present_reader (reader);
  GtkTextView *view = _ch_reader_get_text_view (reader);

  ch_reader_set_event (reader, event);
  /* The reader settles within a few frames. */
  for (guint i = 0; i < 20; i++)
    wait_for_frame (GTK_WIDGET (view));
  assert_in_view (view, event, start);

  /* Until the user scrolls, the reader keeps the sentence in view when
   * the view changes size: narrower, the lines above it wrap and push
   * it down. */
  gtk_window_set_default_size (GTK_WINDOW (window), 250, 300);
  for (guint i = 0; i < 20; i++)
    wait_for_frame (GTK_WIDGET (view));
  assert_in_view (view, event, start);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An event set before the reader is on screen (a project opened at
 * start): its sentence is in view once the window shows. */
static void
test_scroll_before_shown (void)
{
  const char *evidence = "Finally the envoys met in Montevideo.";
  guint start;
  g_autoptr(ChEvent) event = long_event_new (250, evidence, &start);
  ChReader *reader = CH_READER (ch_reader_new ());
  GtkTextView *view = _ch_reader_get_text_view (reader);
  GtkWidget *window;

  g_object_ref_sink (reader);
  ch_reader_set_event (reader, event);
  window = present_reader (reader);
  for (guint i = 0; i < 20; i++)
    wait_for_frame (GTK_WIDGET (view));
  assert_in_view (view, event, start);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (reader);
}

/* Emptying the reader while it scrolls to the evidence hides its page in
 * the middle of the scroll; no critical may come of it (the tests make
 * criticals fatal). */
static void
test_hide_while_scrolling (void)
{
  g_autoptr(ChEvent) event = long_event_new (300, "In the end, the ministers met in Accra.", NULL);
  ChReader *reader = CH_READER (ch_reader_new ());
  GtkWidget *window = present_reader (reader);
  GtkTextView *view = _ch_reader_get_text_view (reader);

  for (guint round = 0; round < 8; round++)
    {
      ch_reader_set_event (reader, event);
      for (guint i = 0; i < round % 3; i++)
        wait_for_frame (GTK_WIDGET (view));
      ch_reader_set_event (reader, NULL);
      g_assert_true (_ch_reader_is_showing_empty (reader));
      wait_for_frame (GTK_WIDGET (reader));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *root = GTK_WIDGET (fixture->window);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_for_frame (root);
  ch_test_save_png (root, "reader-light.png");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_frame (root);
  ch_test_save_png (root, "reader-dark.png");

  {
    const char * const hidden[] = { "person", "date", NULL };

    ch_reader_set_hidden_kinds (fixture->reader, hidden);
    wait_for_frame (root);
    ch_test_save_png (root, "reader-dark-hidden.png");
  }

  ch_reader_set_event (fixture->reader, NULL);
  wait_for_frame (root);
  ch_test_save_png (root, "reader-empty-dark.png");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
collect_label_texts (GtkWidget *widget,
                     GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        g_ptr_array_add (out, g_strdup (gtk_label_get_text (GTK_LABEL (child))));
      collect_label_texts (child, out);
    }
}

/* TRUE if a visible label of the reader contains @wanted. */
static gboolean
header_shows (ChReader   *reader,
              const char *wanted)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  collect_label_texts (GTK_WIDGET (reader), texts);
  for (guint i = 0; i < texts->len; i++)
    if (strstr (texts->pdata[i], wanted) != NULL)
      {
        g_test_message ("header: %s", (char *) texts->pdata[i]);
        return TRUE;
      }
  return FALSE;
}

/* The header writes dates as the locale does, as precise as they are: a
 * day, a month and year, or a year alone; never ISO 8601. */
static void
test_header_dates (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) march = g_date_time_new_utc (2023, 3, 1, 0, 0, 0);
  g_autoptr(GDateTime) april = g_date_time_new_utc (2015, 4, 1, 0, 0, 0);
  g_autofree char *mar = g_date_time_format (march, "%b");
  g_autofree char *apr = g_date_time_format (april, "%b");
  g_autofree char *meeting = g_strdup_printf ("%s · 14 %s 2023", ch_label_for_type (CH_EVENT_TYPE_MEETING), mar);
  g_autofree char *published = g_strdup_printf (" · 15 %s 2023", mar);
  g_autofree char *month = g_strdup_printf ("%s · %s 2015", ch_label_for_type (CH_EVENT_TYPE_AGREEMENT), apr);
  g_autofree char *year = g_strdup_printf ("%s · 2021", ch_label_for_type (CH_EVENT_TYPE_AGREEMENT));
  ChDay day = { 0 };

  g_assert_true (ch_day_parse_iso ("2023-03-15", &day));
  ch_document_set_date (fixture->document, &day);
  g_object_set (fixture->reader, "event", fixture->agreement, NULL);
  g_object_set (fixture->reader, "event", fixture->meeting, NULL);
  wait_for_frame (GTK_WIDGET (fixture->reader));
  g_assert_true (header_shows (fixture->reader, meeting));
  g_assert_true (header_shows (fixture->reader, published));
  g_assert_false (header_shows (fixture->reader, "2023-03-14"));
  g_assert_false (header_shows (fixture->reader, "2023-03-15"));

  g_object_set (fixture->reader, "event", fixture->agreement, NULL);
  wait_for_frame (GTK_WIDGET (fixture->reader));
  g_assert_true (header_shows (fixture->reader, year));

  g_assert_true (ch_day_parse_iso ("2015-04", &day));
  ch_event_set_date (fixture->agreement, &day);
  g_object_set (fixture->reader, "event", fixture->meeting, NULL);
  g_object_set (fixture->reader, "event", fixture->agreement, NULL);
  wait_for_frame (GTK_WIDGET (fixture->reader));
  g_assert_true (header_shows (fixture->reader, month));
  g_assert_false (header_shows (fixture->reader, "2015-04"));
}

/* The visible label of @reader whose text contains @wanted. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *wanted)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), wanted) != NULL)
        return child;
      if ((found = find_label (child, wanted)) != NULL)
        return found;
    }
  return NULL;
}

/* In a right-to-left interface the header's lines run right to left even
 * when they start with a file path or a name in Latin script, so that the
 * separators fall where the language puts them. */
static void
test_rtl_lines (void)
{
  Fixture fixture = { 0 };
  GtkWidget *source, *what;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  fixture_setup (&fixture, NULL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture.reader)), ==, GTK_TEXT_DIR_RTL);

  source = find_label (GTK_WIDGET (fixture.reader), "/tmp/dispatch.txt");
  what = find_label (GTK_WIDGET (fixture.reader), ch_label_for_type (CH_EVENT_TYPE_MEETING));
  g_assert_nonnull (source);
  g_assert_nonnull (what);
  g_assert_cmpint (pango_layout_get_direction (gtk_label_get_layout (GTK_LABEL (source)), 0), ==,
                   PANGO_DIRECTION_RTL);
  g_assert_cmpint (pango_layout_get_direction (gtk_label_get_layout (GTK_LABEL (what)), 0), ==,
                   PANGO_DIRECTION_RTL);

  fixture_teardown (&fixture, NULL);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add ("/ui/reader/text-and-tags", Fixture, NULL, fixture_setup, test_text_and_tags, fixture_teardown);
  g_test_add ("/ui/reader/evidence", Fixture, NULL, fixture_setup, test_evidence, fixture_teardown);
  g_test_add ("/ui/reader/hidden-kinds", Fixture, NULL, fixture_setup, test_hidden_kinds, fixture_teardown);
  g_test_add ("/ui/reader/click", Fixture, NULL, fixture_setup, test_click, fixture_teardown);
  g_test_add ("/ui/reader/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add_func ("/ui/reader/scroll-to-evidence", test_scroll_to_evidence);
  g_test_add_func ("/ui/reader/scroll-before-shown", test_scroll_before_shown);
  g_test_add_func ("/ui/reader/hide-while-scrolling", test_hide_while_scrolling);
  g_test_add ("/ui/reader/header-dates", Fixture, NULL, fixture_setup, test_header_dates, fixture_teardown);
  g_test_add ("/ui/reader/render", Fixture, NULL, fixture_setup, test_render, fixture_teardown);
  g_test_add_func ("/ui/reader/rtl-lines", test_rtl_lines);

  return g_test_run ();
}
