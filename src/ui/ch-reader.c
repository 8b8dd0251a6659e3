/* ch-reader.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-reader"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ch-reader-private.h"
#include "ch-labels.h"

/*
 * ChReader shows the document an event was read from: a header (title,
 * source, date), the text in a read-only GtkTextView and a legend of
 * entity kinds.
 *
 * The text is never parsed here. Every highlight comes from the entity
 * spans the extractor stored on the ChDocument (byte offsets, converted
 * once to character offsets for GtkTextBuffer) and from the evidence
 * offsets of the events. One GtkTextTag per legend kind is created once;
 * hiding a kind switches its tag's colours off rather than removing it, so
 * showing it again costs nothing.
 */

#define N_LEGEND_KINDS (CH_ENTITY_TOPIC + 1)

typedef struct
{
  glong        start;
  glong        end;
  ChEntityKind kind;
  const char  *value;
} Span;

typedef struct
{
  glong    start;
  glong    end;
  ChEvent *event;
} OtherEvidence;

struct _ChReader
{
  GtkWidget      parent_instance;

  /* Children */
  GtkWidget     *stack;
  GtkWidget     *empty_page;
  GtkWidget     *document_page;
  GtkWidget     *title_label;
  GtkWidget     *source_label;
  GtkWidget     *event_label;
  GtkWidget     *aliases_box;
  GtkWidget     *scroller;
  GtkTextView   *view;
  GtkTextBuffer *buffer;
  GtkWidget     *legend;
  GtkWidget     *toggles[N_LEGEND_KINDS];
  GtkWidget     *swatches[N_LEGEND_KINDS];

  /* Tags and marks, owned by the buffer */
  GtkTextTag    *kind_tags[N_LEGEND_KINDS];
  GtkTextTag    *evidence_tag;
  GtkTextTag    *other_tag;
  GtkTextMark   *evidence_mark;

  /* Owned references */
  ChEvent       *event;
  GListModel    *model;
  ChAliases     *aliases;
  GHashTable    *document_index;
  char         **hidden_kinds;
  GArray        *spans;
  GArray        *others;

  guint          follow_id;
  guint          following_evidence : 1;
  guint          updating_toggles : 1;
  guint          dark : 1;
  guint          high_contrast : 1;
};

G_DEFINE_FINAL_TYPE (ChReader, ch_reader, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_MODEL,
  PROP_ALIASES,
  PROP_HIDDEN_KINDS,
  N_PROPS
};

enum {
  ENTITY_ACTIVATED,
  EVENT_ACTIVATED,
  SEPARATE_SPELLING,
  MERGE_SPELLING,
  CLOSE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Highlight colours per legend kind, from the GNOME palette: person blue,
 * country green, city brown, organization purple, date orange, topic
 * yellow. Light backgrounds get pale tints under dark text; dark ones get
 * deep tones under light text; high contrast makes them opaque and adds an
 * underline so that colour is never the only cue. */
static const struct
{
  const char *light;
  const char *dark;
  const char *hc_light;
  const char *hc_dark;
} kind_colors[N_LEGEND_KINDS] = {
  { "rgba(153,193,241,0.55)", "rgba(53,132,228,0.45)", "#99c1f1", "#1a5fb4" },
  { "rgba(143,240,164,0.55)", "rgba(38,162,105,0.45)", "#8ff0a4", "#1d7a4c" },
  { "rgba(205,171,143,0.55)", "rgba(134,94,60,0.55)", "#cdab8f", "#63452c" },
  { "rgba(220,138,221,0.50)", "rgba(145,65,172,0.50)", "#dc8add", "#613583" },
  { "rgba(255,190,111,0.60)", "rgba(198,70,0,0.50)", "#ffbe6f", "#a33c00" },
  { "rgba(249,240,107,0.75)", "rgba(229,165,10,0.35)", "#f9f06b", "#7a5a00" },
};

static const char *
kind_label (ChEntityKind kind)
{
  switch (kind)
    {
    case CH_ENTITY_PERSON:
      return _("Person");
    case CH_ENTITY_COUNTRY:
      return _("Country");
    case CH_ENTITY_CITY:
      return _("City");
    case CH_ENTITY_ORGANIZATION:
      return _("Organization");
    case CH_ENTITY_DATE:
      return _("Date");
    case CH_ENTITY_TOPIC:
      return _("Topic");
    case CH_ENTITY_VENUE:
      return _("Venue");
    case CH_ENTITY_INSTITUTION:
      return _("Institution");
    case CH_ENTITY_ROLE:
      return _("Role");
    default:
      return _("Entity");
    }
}

static const char *
kind_toggle_name (ChEntityKind kind)
{
  switch (kind)
    {
    case CH_ENTITY_PERSON:
      return _("Highlight people");
    case CH_ENTITY_COUNTRY:
      return _("Highlight countries");
    case CH_ENTITY_CITY:
      return _("Highlight cities and venues");
    case CH_ENTITY_ORGANIZATION:
      return _("Highlight organizations and institutions");
    case CH_ENTITY_DATE:
      return _("Highlight dates");
    case CH_ENTITY_TOPIC:
      return _("Highlight topics");
    case CH_ENTITY_VENUE:
    case CH_ENTITY_INSTITUTION:
    case CH_ENTITY_ROLE:
    default:
      return NULL;
    }
}

/* Venues look like cities, institutions like organizations and roles like
 * people: the legend stays at the six kinds users filter by. */
static ChEntityKind
legend_kind (ChEntityKind kind)
{
  switch (kind)
    {
    case CH_ENTITY_VENUE:
      return CH_ENTITY_CITY;
    case CH_ENTITY_INSTITUTION:
      return CH_ENTITY_ORGANIZATION;
    case CH_ENTITY_ROLE:
      return CH_ENTITY_PERSON;
    case CH_ENTITY_PERSON:
    case CH_ENTITY_COUNTRY:
    case CH_ENTITY_CITY:
    case CH_ENTITY_ORGANIZATION:
    case CH_ENTITY_DATE:
    case CH_ENTITY_TOPIC:
    default:
      return (guint) kind < N_LEGEND_KINDS ? kind : CH_ENTITY_TOPIC;
    }
}

static gboolean
kind_is_hidden (ChReader     *self,
                ChEntityKind  kind)
{
  const char *name = ch_entity_kind_to_string (legend_kind (kind));

  return self->hidden_kinds != NULL && g_strv_contains ((const char * const *) self->hidden_kinds, name);
}

static void
kind_color (ChReader     *self,
            ChEntityKind  kind,
            GdkRGBA      *color)
{
  const char *spec;

  if (self->high_contrast)
    spec = self->dark ? kind_colors[kind].hc_dark : kind_colors[kind].hc_light;
  else
    spec = self->dark ? kind_colors[kind].dark : kind_colors[kind].light;
  gdk_rgba_parse (color, spec);
}

/* Styling */

static void
apply_tag_styles (ChReader *self)
{
  GdkRGBA accent;
  GdkRGBA evidence_bg;
  GdkRGBA other_line;

  self->dark = FALSE;
  self->high_contrast = FALSE;
  if (adw_is_initialized ())
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();

      self->dark = adw_style_manager_get_dark (manager);
      self->high_contrast = adw_style_manager_get_high_contrast (manager);
    }

  for (guint k = 0; k < N_LEGEND_KINDS; k++)
    {
      gboolean hidden = kind_is_hidden (self, k);
      GdkRGBA color;

      kind_color (self, k, &color);
      g_object_set (self->kind_tags[k],
                    "background-rgba", &color,
                    "background-set", !hidden,
                    "underline", self->high_contrast ? PANGO_UNDERLINE_SINGLE : PANGO_UNDERLINE_NONE,
                    "underline-set", self->high_contrast && !hidden,
                    NULL);
      gtk_widget_queue_draw (self->swatches[k]);
    }

  gdk_rgba_parse (&accent, self->dark ? "#78aeed" : "#1c71d8");
  evidence_bg = accent;
  evidence_bg.alpha = self->high_contrast ? 0.3f : 0.14f;
  g_object_set (self->evidence_tag,
                "background-rgba", &evidence_bg,
                "underline", PANGO_UNDERLINE_SINGLE,
                "underline-rgba", &accent,
                NULL);

  other_line = accent;
  other_line.alpha = 0.6f;
  g_object_set (self->other_tag,
                "underline", PANGO_UNDERLINE_SINGLE,
                "underline-rgba", &other_line,
                NULL);
}

static void
swatch_draw (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  ChReader *self = g_object_get_data (G_OBJECT (area), "reader");
  ChEntityKind kind = GPOINTER_TO_UINT (user_data);
  GdkRGBA color;

  kind_color (self, kind, &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_fill_preserve (cr);
  /* A thin outline keeps pale swatches visible on any background. */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.6);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* Content */

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const ChEntity *ea = a, *eb = b;

  if (ea->start != eb->start)
    return ea->start < eb->start ? -1 : 1;
  return ea->end < eb->end ? -1 : ea->end > eb->end;
}

static gboolean
is_char_boundary (const char *text,
                  gsize       length,
                  guint       offset)
{
  return offset <= length && (offset == length || ((guchar) text[offset] & 0xC0) != 0x80);
}

static void
get_iter_at_char (ChReader    *self,
                  GtkTextIter *iter,
                  glong        offset)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, iter, (int) offset);
}

static void
apply_entities (ChReader   *self,
                ChDocument *document)
{
  g_autofree ChEntity *sorted = NULL;
  const ChEntity *entities;
  const char *text = ch_document_get_text (document);
  gsize length = ch_document_get_text_length (document);
  guint n_entities = 0;
  guint prev_byte = 0;
  glong prev_char = 0;

  entities = ch_document_get_entities (document, &n_entities);
  if (n_entities == 0)
    return;

  /* Convert byte offsets to characters in one pass over the text, in
   * order, rather than from the start for every span. */
  sorted = g_memdup2 (entities, sizeof (ChEntity) * n_entities);
  qsort (sorted, n_entities, sizeof (ChEntity), compare_entities);

  for (guint i = 0; i < n_entities; i++)
    {
      const ChEntity *entity = &sorted[i];
      GtkTextIter start, end;
      Span span;

      if (entity->end <= entity->start ||
          !is_char_boundary (text, length, entity->start) ||
          !is_char_boundary (text, length, entity->end) ||
          (guint) entity->kind >= CH_N_ENTITY_KINDS)
        {
          g_debug ("Skipping an entity span %u-%u outside the text of %s",
                   entity->start, entity->end, ch_document_get_uri (document));
          continue;
        }

      span.start = prev_char + g_utf8_pointer_to_offset (text + prev_byte, text + entity->start);
      span.end = span.start + g_utf8_pointer_to_offset (text + entity->start, text + entity->end);
      span.kind = entity->kind;
      span.value = entity->value;
      prev_byte = entity->start;
      prev_char = span.start;
      g_array_append_val (self->spans, span);

      get_iter_at_char (self, &start, span.start);
      get_iter_at_char (self, &end, span.end);
      gtk_text_buffer_apply_tag (self->buffer, self->kind_tags[legend_kind (span.kind)], &start, &end);
    }
}

static gboolean
evidence_span (ChDocument *document,
               ChEvent    *event,
               glong      *start,
               glong      *end)
{
  const char *text = ch_document_get_text (document);
  gsize length = ch_document_get_text_length (document);
  guint bstart = ch_event_get_evidence_start (event);
  guint bend = ch_event_get_evidence_end (event);

  if (bend <= bstart || !is_char_boundary (text, length, bstart) || !is_char_boundary (text, length, bend))
    return FALSE;
  *start = ch_document_char_offset (document, bstart);
  *end = *start + g_utf8_pointer_to_offset (text + bstart, text + bend);
  return TRUE;
}

static void
ensure_document_index (ChReader *self)
{
  guint n;

  if (self->document_index != NULL || self->model == NULL)
    return;

  /* One pass over the corpus, then each selection finds its document's
   * other events at once. */
  self->document_index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  n = g_list_model_get_n_items (self->model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ChEvent) event = g_list_model_get_item (self->model, i);
      ChDocument *document;
      GPtrArray *events;

      if (event == NULL || (document = ch_event_get_document (event)) == NULL)
        continue;
      events = g_hash_table_lookup (self->document_index, document);
      if (events == NULL)
        {
          events = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->document_index, document, events);
        }
      g_ptr_array_add (events, g_object_ref (event));
    }
}

static void
apply_other_evidence (ChReader   *self,
                      ChDocument *document)
{
  GPtrArray *events;

  ensure_document_index (self);
  if (self->document_index == NULL ||
      (events = g_hash_table_lookup (self->document_index, document)) == NULL)
    return;

  for (guint i = 0; i < events->len; i++)
    {
      ChEvent *other = g_ptr_array_index (events, i);
      OtherEvidence evidence;
      GtkTextIter start, end;

      if (other == self->event ||
          (ch_event_get_evidence_start (other) == ch_event_get_evidence_start (self->event) &&
           ch_event_get_evidence_end (other) == ch_event_get_evidence_end (self->event)))
        continue;
      if (!evidence_span (document, other, &evidence.start, &evidence.end))
        continue;

      evidence.event = g_object_ref (other);
      g_array_append_val (self->others, evidence);
      get_iter_at_char (self, &start, evidence.start);
      get_iter_at_char (self, &end, evidence.end);
      gtk_text_buffer_apply_tag (self->buffer, self->other_tag, &start, &end);
    }
}

/* Puts the evidence sentence a quarter down the view.  The adjustment is
 * set directly: gtk_text_view_scroll_to_mark() animates the scroll, and
 * GTK 4.8 can then log a critical about the frame clock when the reader's
 * page is hidden (the selection emptied) before the animation ends. */
static void
scroll_evidence_into_view (ChReader *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  GdkRectangle visible, location;
  GtkTextIter iter;
  double value;

  /* Before the view has its size there is no place to aim at; the
   * adjustment's "changed" brings the reader back here once it has. */
  if (vadjustment == NULL || gtk_adjustment_get_page_size (vadjustment) <= 0)
    return;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->evidence_mark);
  gtk_text_view_get_visible_rect (self->view, &visible);
  gtk_text_view_get_iter_location (self->view, &iter, &location);
  value = gtk_adjustment_get_value (vadjustment) + location.y - (visible.y + 0.25 * visible.height);
  value = CLAMP (value, gtk_adjustment_get_lower (vadjustment),
                 gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
  if (ABS (value - gtk_adjustment_get_value (vadjustment)) >= 1)
    gtk_adjustment_set_value (vadjustment, value);
}

static gboolean
follow_evidence_cb (gpointer user_data)
{
  ChReader *self = user_data;

  self->follow_id = 0;
  if (self->following_evidence)
    scroll_evidence_into_view (self);
  return G_SOURCE_REMOVE;
}

/* GtkTextView learns the height of its lines lazily, in idles after the
 * text was set: until a line is laid out it counts for nothing, so the
 * evidence's place read before that is too high, and the view keeps its
 * first line in place while the lines below it grow, pushing the
 * sentence down.  Every such growth changes the adjustment's upper bound
 * (and the first allocation its page size): aim again after each, until
 * the user scrolls or the reader shows something else.  The aim is taken
 * in an idle, out of the text view's own allocation, and before the
 * next frame is drawn. */
static void
vadjustment_changed_cb (ChReader *self)
{
  if (self->following_evidence && self->follow_id == 0)
    self->follow_id = g_idle_add_full (GDK_PRIORITY_REDRAW - 10, follow_evidence_cb, self, NULL);
}

static void
cancel_scroll (ChReader *self)
{
  self->following_evidence = FALSE;
  g_clear_handle_id (&self->follow_id, g_source_remove);
}

static void
queue_scroll_to_evidence (ChReader *self)
{
  cancel_scroll (self);
  self->following_evidence = TRUE;
  scroll_evidence_into_view (self);
  self->follow_id = g_idle_add_full (GDK_PRIORITY_REDRAW - 10, follow_evidence_cb, self, NULL);
}

/* Any input into the document (a click, a wheel or touchpad scroll, a
 * key, a drag of the scroll bar) hands scrolling over to the user. */
static gboolean
scroller_event_cb (ChReader *self,
                   GdkEvent *event)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_SCROLL:
    case GDK_KEY_PRESS:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      cancel_scroll (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

/* A local file is named the way a file manager names it: "~/News/a.txt"
 * under the home folder, else its path; anything else by its URI. */
static char *
display_location (const char *uri)
{
  g_autofree char *path = NULL;
  const char *home = g_get_home_dir ();
  gsize home_len;

  if (uri == NULL)
    return g_strdup ("");
  if (g_path_is_absolute (uri))
    path = g_strdup (uri);
  else if (g_str_has_prefix (uri, "file:"))
    path = g_filename_from_uri (uri, NULL, NULL);
  if (path == NULL)
    return g_strdup (uri);
  home_len = home != NULL ? strlen (home) : 0;
  if (home_len > 1 && g_str_has_prefix (path, home) && path[home_len] == G_DIR_SEPARATOR)
    return g_strconcat ("~", path + home_len, NULL);
  return g_filename_display_name (path);
}

/* Merged spellings
 *
 * EVENTS.md asks that the user sees which spellings were merged into one
 * person and can undo a merge. Under the header, each participant with
 * more than one spelling gets a line naming the others and a menu that
 * separates one of them (or merges a separated one back). The reader only
 * asks: the window changes the aliases and consolidates the corpus again,
 * since that replaces every event. */

static GMenu *
spellings_menu (const char * const *separable,
                const char * const *mergeable)
{
  GMenu *menu = g_menu_new ();

  if (separable != NULL && separable[0] != NULL)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; separable[i] != NULL; i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (separable[i], NULL);

          g_menu_item_set_action_and_target (item, "reader.separate-spelling", "s", separable[i]);
          g_menu_append_item (section, item);
        }
      g_menu_append_section (menu, _("Separate Spelling"), G_MENU_MODEL (section));
    }
  if (mergeable != NULL && mergeable[0] != NULL)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; mergeable[i] != NULL; i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (mergeable[i], NULL);

          g_menu_item_set_action_and_target (item, "reader.merge-spelling", "s", mergeable[i]);
          g_menu_append_item (section, item);
        }
      g_menu_append_section (menu, _("Merge Again"), G_MENU_MODEL (section));
    }
  return menu;
}

/* A line that mixes the interface's language with names, file paths or
 * places in Latin script takes its direction from its first letter: in a
 * right-to-left language, "Raúl Castro — <Urdu>: Raul Castro" or
 * "~/Articles/… · <date> · HAVANA" would be laid out left to right, with
 * the colon and the separators on the wrong side of the words they follow.
 * A right-to-left mark in front makes the line follow the interface. */
static void
set_line_text (ChReader   *self,
               GtkWidget  *label,
               const char *text)
{
  g_assert (CH_IS_READER (self));
  g_assert (GTK_IS_LABEL (label));

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL && text != NULL && *text)
    {
      g_autofree char *marked = g_strconcat ("\u200F", text, NULL);

      gtk_label_set_text (GTK_LABEL (label), marked);
    }
  else
    gtk_label_set_text (GTK_LABEL (label), text);
}

static void
add_spellings_line (ChReader           *self,
                    const char         *name,
                    const char * const *separable,
                    const char * const *mergeable,
                    gboolean            is_split)
{
  g_autoptr(GMenu) menu = spellings_menu (separable, mergeable);
  g_autofree char *text = NULL;
  g_autofree char *button_name = NULL;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;
  GtkWidget *button;

  if (separable != NULL && separable[0] != NULL)
    {
      g_autofree char *others = g_strjoinv (", ", (char **) separable);

      /* Translators: a person's name, then the other spellings merged into it */
      text = g_strdup_printf (_("%s — also written: %s"), name, others);
    }
  else if (is_split)
    /* Translators: a person's name the user separated from its other spellings */
    text = g_strdup_printf (_("%s — kept apart from similar spellings"), name);
  else
    {
      g_autofree char *others = g_strjoinv (", ", (char **) mergeable);

      /* Translators: a person's name, then similar spellings the user kept apart */
      text = g_strdup_printf (_("%s — kept apart: %s"), name, others);
    }

  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "hexpand", TRUE,
                        NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "spellings-label");
  set_line_text (self, label, text);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button),
                             separable != NULL && separable[0] != NULL
                             ? _("Separate…") : _("Merge Again…"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "caption");
  /* Translators: tooltip of the menu that separates or merges a person's spellings */
  button_name = g_strdup_printf (_("Separate or merge the spellings of %s"), name);
  gtk_widget_set_tooltip_text (button, button_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_name,
                                  -1);

  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (self->aliases_box), row);
}

static void
update_spellings (ChReader *self)
{
  const char * const *participants;
  g_auto(GStrv) splits = NULL;
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (self->aliases_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->aliases_box), child);

  if (self->event == NULL || self->aliases == NULL)
    {
      gtk_widget_set_visible (self->aliases_box, FALSE);
      return;
    }

  splits = ch_aliases_dup_splits (self->aliases);
  participants = ch_event_get_participants (self->event);
  for (guint i = 0; participants != NULL && participants[i] != NULL; i++)
    {
      const char *name = participants[i];
      g_auto(GStrv) spellings = ch_aliases_dup_spellings (self->aliases, name);
      g_autoptr(GStrvBuilder) separable = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) mergeable = g_strv_builder_new ();
      g_auto(GStrv) sep = NULL;
      g_auto(GStrv) mer = NULL;
      gboolean is_split = g_strv_contains ((const char * const *) splits, name);

      for (guint k = 0; spellings != NULL && spellings[k] != NULL; k++)
        if (g_strcmp0 (spellings[k], name) != 0)
          g_strv_builder_add (separable, spellings[k]);
      /* A separated spelling can join its person again, whether the event
       * names the person or the separated spelling itself. */
      for (guint k = 0; splits[k] != NULL; k++)
        if (g_strcmp0 (splits[k], name) == 0 || ch_alias_names_match (splits[k], name))
          g_strv_builder_add (mergeable, splits[k]);

      sep = g_strv_builder_end (separable);
      mer = g_strv_builder_end (mergeable);
      if (sep[0] == NULL && mer[0] == NULL)
        continue;
      add_spellings_line (self, name, (const char * const *) sep,
                          (const char * const *) mer, is_split);
      any = TRUE;
    }

  gtk_widget_set_visible (self->aliases_box, any);
}

static void
spelling_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChReader *self = CH_READER (widget);
  const char *spelling = g_variant_get_string (parameter, NULL);

  if (g_str_equal (action_name, "reader.separate-spelling"))
    g_signal_emit (self, signals[SEPARATE_SPELLING], 0, spelling);
  else
    g_signal_emit (self, signals[MERGE_SPELLING], 0, spelling);
}

static void
close_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSE_REQUESTED], 0);
}

static void
update_header (ChReader   *self,
               ChDocument *document)
{
  g_autoptr(GString) source = g_string_new (NULL);
  g_autoptr(GString) what = g_string_new (NULL);
  g_autofree char *event_date = ch_label_for_date (ch_event_get_date (self->event));
  const char *title = NULL;
  const char *where = ch_event_get_location (self->event);

  if (document != NULL)
    {
      g_autofree char *doc_date = ch_label_for_date (ch_document_get_date (document));
      const char *link = ch_document_get_link (document);

      g_autofree char *shown = link != NULL && *link
                               ? g_strdup (link)
                               : display_location (ch_document_get_uri (document));

      title = ch_document_get_title (document);

      /* A path or address is one left-to-right word: isolated, its
       * leading "~/" or "/" stays in front of it in a right-to-left line. */
      if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
        g_string_append_printf (source, "\u2068%s\u2069", shown);
      else
        g_string_append (source, shown);
      if (doc_date != NULL)
        g_string_append_printf (source, " · %s", doc_date);
      if (ch_document_get_dateline (document) != NULL && *ch_document_get_dateline (document))
        g_string_append_printf (source, " · %s", ch_document_get_dateline (document));
    }
  if (title == NULL || *title == '\0')
    title = ch_event_get_source_title (self->event);
  if (title == NULL || *title == '\0')
    title = _("Untitled document");

  g_string_append (what, ch_label_for_type (ch_event_get_event_type (self->event)));
  if (event_date != NULL)
    g_string_append_printf (what, " · %s", event_date);
  if (where != NULL && *where)
    g_string_append_printf (what, " · %s", where);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_widget_set_tooltip_text (self->title_label, title);
  set_line_text (self, self->source_label, source->str);
  gtk_widget_set_tooltip_text (self->source_label, source->str);
  gtk_widget_set_visible (self->source_label, source->len > 0);
  set_line_text (self, self->event_label, what->str);
}

static void
clear_content (ChReader *self)
{
  g_array_set_size (self->spans, 0);
  g_array_set_size (self->others, 0);
  gtk_text_buffer_set_text (self->buffer, "", 0);
  cancel_scroll (self);
}

static void
update_content (ChReader *self)
{
  ChDocument *document;
  GtkTextIter start, end;
  glong ev_start, ev_end;

  clear_content (self);

  if (self->event == NULL)
    {
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty_page);
      return;
    }

  document = ch_event_get_document (self->event);
  update_header (self, document);
  update_spellings (self);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->document_page);

  if (document == NULL)
    {
      /* Without its document an event still has its evidence sentence. */
      const char *evidence = ch_event_get_evidence (self->event);

      gtk_text_buffer_set_text (self->buffer, evidence ? evidence : "", -1);
      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      gtk_text_buffer_apply_tag (self->buffer, self->evidence_tag, &start, &end);
      gtk_text_buffer_move_mark (self->buffer, self->evidence_mark, &start);
      return;
    }

  gtk_text_buffer_set_text (self->buffer, ch_document_get_text (document),
                            (int) ch_document_get_text_length (document));
  apply_entities (self, document);
  apply_other_evidence (self, document);

  if (evidence_span (document, self->event, &ev_start, &ev_end))
    {
      get_iter_at_char (self, &start, ev_start);
      get_iter_at_char (self, &end, ev_end);
      gtk_text_buffer_apply_tag (self->buffer, self->evidence_tag, &start, &end);
    }
  else
    gtk_text_buffer_get_start_iter (self->buffer, &start);
  gtk_text_buffer_move_mark (self->buffer, self->evidence_mark, &start);

  queue_scroll_to_evidence (self);
}

/* Hit testing */

static gboolean
offset_at (ChReader *self,
           double    x,
           double    y,
           glong    *offset)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->view, &iter, bx, by))
    return FALSE;
  *offset = gtk_text_iter_get_offset (&iter);
  return TRUE;
}

static const Span *
span_at (ChReader *self,
         glong     offset)
{
  const Span *found = NULL;

  /* Spans are sorted by start; when they nest, the innermost (last
   * starting) one wins. */
  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->start > offset)
        break;
      if (offset < span->end && !kind_is_hidden (self, span->kind))
        found = span;
    }
  return found;
}

static const OtherEvidence *
other_at (ChReader *self,
          glong     offset)
{
  for (guint i = 0; i < self->others->len; i++)
    {
      const OtherEvidence *other = &g_array_index (self->others, OtherEvidence, i);

      if (other->start <= offset && offset < other->end)
        return other;
    }
  return NULL;
}

gboolean
_ch_reader_click (ChReader *self,
                  double    x,
                  double    y)
{
  const Span *span;
  const OtherEvidence *other;
  glong offset;

  g_return_val_if_fail (CH_IS_READER (self), FALSE);

  if (self->event == NULL || !offset_at (self, x, y, &offset))
    return FALSE;

  if ((span = span_at (self, offset)) != NULL)
    {
      g_autofree char *value = g_strdup (span->value);

      g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, (guint) span->kind, value);
      return TRUE;
    }

  if ((other = other_at (self, offset)) != NULL)
    {
      g_autoptr(ChEvent) event = g_object_ref (other->event);

      g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
      return TRUE;
    }

  return FALSE;
}

char *
_ch_reader_dup_tooltip_at (ChReader *self,
                           double    x,
                           double    y)
{
  const Span *span;
  const OtherEvidence *other;
  glong offset;

  g_return_val_if_fail (CH_IS_READER (self), NULL);

  if (self->event == NULL || !offset_at (self, x, y, &offset))
    return NULL;

  if ((span = span_at (self, offset)) != NULL)
    {
      g_autofree char *value = g_markup_escape_text (span->value ? span->value : "", -1);
      g_autoptr(GString) markup = g_string_new (NULL);

      g_string_append_printf (markup, "<b>%s</b> %s", kind_label (span->kind), value);

      /* A person's tooltip says which spellings were merged into it. */
      if (span->kind == CH_ENTITY_PERSON && self->aliases != NULL && span->value != NULL)
        {
          g_auto(GStrv) spellings = ch_aliases_dup_spellings (self->aliases, span->value);
          g_autoptr(GString) others = g_string_new (NULL);

          for (guint i = 0; spellings != NULL && spellings[i] != NULL; i++)
            {
              g_autofree char *escaped = NULL;

              if (g_strcmp0 (spellings[i], span->value) == 0)
                continue;
              escaped = g_markup_escape_text (spellings[i], -1);
              if (others->len > 0)
                g_string_append (others, ", ");
              g_string_append (others, escaped);
            }
          if (others->len > 0)
            {
              g_string_append_c (markup, '\n');
              /* Translators: followed by other spellings of a person's name */
              g_string_append_printf (markup, _("Also spelt: %s"), others->str);
            }
        }

      g_string_append_c (markup, '\n');
      g_string_append (markup, _("Click to filter by it"));
      return g_string_free (g_steal_pointer (&markup), FALSE);
    }

  if ((other = other_at (self, offset)) != NULL)
    {
      g_autofree char *date = ch_label_for_date (ch_event_get_date (other->event));
      g_autofree char *escaped = g_markup_escape_text (date != NULL ? date : "", -1);

      /* Translators: the type and date of another event the document reports */
      return g_strdup_printf (_("<b>%s</b> %s\nClick to select this event"),
                              ch_label_for_type (ch_event_get_event_type (other->event)), escaped);
    }

  return NULL;
}

/* Callbacks */

static void
click_released_cb (ChReader        *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  /* A drag that selected text is not a click on what it ends on. */
  if (gtk_text_buffer_get_has_selection (self->buffer))
    return;
  _ch_reader_click (self, x, y);
}

static void
motion_cb (ChReader                 *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  glong offset;
  gboolean active = FALSE;

  if (self->event != NULL && offset_at (self, x, y, &offset))
    active = span_at (self, offset) != NULL || other_at (self, offset) != NULL;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->view), active ? "pointer" : "text");
}

static gboolean
query_tooltip_cb (ChReader   *self,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  GtkWidget  *view)
{
  g_autofree char *markup = NULL;

  if (keyboard)
    return FALSE;
  markup = _ch_reader_dup_tooltip_at (self, x, y);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
toggle_toggled_cb (ChReader        *self,
                   GtkToggleButton *toggle)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) hidden = NULL;

  if (self->updating_toggles)
    return;

  builder = g_strv_builder_new ();
  for (guint k = 0; k < N_LEGEND_KINDS; k++)
    if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->toggles[k])))
      g_strv_builder_add (builder, ch_entity_kind_to_string (k));
  /* Keep names the legend does not know, so that a newer version's kinds
   * survive in the settings. */
  for (guint i = 0; self->hidden_kinds != NULL && self->hidden_kinds[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint k = 0; k < N_LEGEND_KINDS; k++)
        known |= g_strcmp0 (self->hidden_kinds[i], ch_entity_kind_to_string (k)) == 0;
      if (!known)
        g_strv_builder_add (builder, self->hidden_kinds[i]);
    }
  hidden = g_strv_builder_end (builder);
  ch_reader_set_hidden_kinds (self, (const char * const *) hidden);
}

static void
items_changed_cb (ChReader   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  g_clear_pointer (&self->document_index, g_hash_table_unref);
}

static void
style_manager_changed_cb (ChReader *self)
{
  apply_tag_styles (self);
}

/* Construction */

static GtkWidget *
build_legend (ChReader *self)
{
  GtkWidget *box = gtk_flow_box_new ();

  /* Six toggles in one row take some 520 pixels; a flow box wraps them
   * instead of pushing the event list narrower. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), FALSE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), N_LEGEND_KINDS);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 2);
  gtk_widget_add_css_class (box, "reader-legend");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entity highlights"),
                                  -1);

  for (guint k = 0; k < N_LEGEND_KINDS; k++)
    {
      GtkWidget *toggle = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();

      g_object_set_data (G_OBJECT (swatch), "reader", self);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), swatch_draw, GUINT_TO_POINTER (k), NULL);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (content), swatch);
      gtk_box_append (GTK_BOX (content), gtk_label_new (kind_label (k)));

      gtk_button_set_child (GTK_BUTTON (toggle), content);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
      gtk_widget_add_css_class (toggle, "flat");
      gtk_widget_set_tooltip_text (toggle, kind_toggle_name (k));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, kind_toggle_name (k),
                                      -1);
      g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (toggle_toggled_cb), self);
      gtk_flow_box_insert (GTK_FLOW_BOX (box), toggle, -1);
      /* The toggle takes the focus, not the flow box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (toggle), FALSE);

      self->toggles[k] = toggle;
      self->swatches[k] = swatch;
    }

  return box;
}

static void
build_children (ChReader *self)
{
  GtkWidget *header_row, *header, *close_button;
  GtkEventController *controller;
  GtkTextIter start;

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_widget_set_hexpand (self->stack, TRUE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  self->empty_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Event Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page), _("Select an event to read its source"));
  gtk_widget_add_css_class (self->empty_page, "compact");
  gtk_stack_add_child (GTK_STACK (self->stack), self->empty_page);

  self->document_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_stack_add_child (GTK_STACK (self->stack), self->document_page);

  /* The header: the article's title and the event, and beside them the
   * button that closes the reader (its owner decides what that means). */
  header_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (header_row, "reader-header");
  gtk_widget_set_margin_start (header_row, 12);
  gtk_widget_set_margin_end (header_row, 6);
  gtk_widget_set_margin_top (header_row, 8);
  gtk_widget_set_margin_bottom (header_row, 8);
  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (header, TRUE);
  gtk_box_append (GTK_BOX (header_row), header);
  close_button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close_button), "reader.close");
  gtk_widget_set_valign (close_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (close_button, "flat");
  gtk_widget_add_css_class (close_button, "circular");
  gtk_widget_set_tooltip_text (close_button, _("Close Reader"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close Reader"),
                                  -1);
  gtk_box_append (GTK_BOX (header_row), close_button);
  /* Titles of plain text files are their first sentence: two lines at
   * most, the rest in the tooltip. */
  self->title_label = g_object_new (GTK_TYPE_LABEL,
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                    "lines", 2,
                                    "ellipsize", PANGO_ELLIPSIZE_END,
                                    NULL);
  gtk_widget_add_css_class (self->title_label, "title-4");
  self->event_label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, "wrap", TRUE, NULL);
  gtk_widget_add_css_class (self->event_label, "heading");
  self->source_label = g_object_new (GTK_TYPE_LABEL,
                                     "xalign", 0.0f,
                                     "ellipsize", PANGO_ELLIPSIZE_MIDDLE,
                                     "selectable", TRUE,
                                     NULL);
  /* Selectable for copying, but not where the keyboard focus lands first. */
  gtk_widget_set_focusable (self->source_label, FALSE);
  gtk_widget_add_css_class (self->source_label, "dim-label");
  gtk_widget_add_css_class (self->source_label, "caption");
  gtk_box_append (GTK_BOX (header), self->title_label);
  gtk_box_append (GTK_BOX (header), self->event_label);
  gtk_box_append (GTK_BOX (header), self->source_label);
  self->aliases_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->aliases_box, "reader-spellings");
  gtk_widget_set_margin_top (self->aliases_box, 2);
  gtk_widget_set_visible (self->aliases_box, FALSE);
  gtk_box_append (GTK_BOX (header), self->aliases_box);
  gtk_box_append (GTK_BOX (self->document_page), header_row);
  gtk_box_append (GTK_BOX (self->document_page), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->view);
  g_object_set (self->view,
                "editable", FALSE,
                "cursor-visible", FALSE,
                "wrap-mode", GTK_WRAP_WORD_CHAR,
                "left-margin", 12,
                "right-margin", 12,
                "top-margin", 12,
                "bottom-margin", 12,
                "pixels-below-lines", 4,
                NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "reader-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Source text"),
                                  -1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->view), TRUE);
  g_signal_connect_swapped (self->view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (controller, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), controller);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_box_append (GTK_BOX (self->document_page), self->scroller);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view)), "changed",
                           G_CALLBACK (vadjustment_changed_cb), self, G_CONNECT_SWAPPED);
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "event", G_CALLBACK (scroller_event_cb), self);
  gtk_widget_add_controller (self->scroller, controller);

  gtk_box_append (GTK_BOX (self->document_page), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  self->legend = build_legend (self);
  gtk_box_append (GTK_BOX (self->document_page), self->legend);

  /* Tags created later win where they overlap: the evidence and other
   * events' sentences first, so that entities stay visible inside them. */
  self->other_tag = gtk_text_buffer_create_tag (self->buffer, "other-evidence", NULL);
  self->evidence_tag = gtk_text_buffer_create_tag (self->buffer, "evidence", NULL);
  for (guint k = 0; k < N_LEGEND_KINDS; k++)
    self->kind_tags[k] = gtk_text_buffer_create_tag (self->buffer, ch_entity_kind_to_string (k), NULL);

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->evidence_mark = gtk_text_buffer_create_mark (self->buffer, "evidence", &start, TRUE);

  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->empty_page);
}

/* GObject */

static void
ch_reader_dispose (GObject *object)
{
  ChReader *self = CH_READER (object);

  if (self->view != NULL)
    cancel_scroll (self);
  g_clear_object (&self->event);
  g_clear_object (&self->aliases);
  ch_reader_set_model (self, NULL);
  g_clear_pointer (&self->stack, gtk_widget_unparent);
  if (self->others != NULL)
    g_array_set_size (self->others, 0);

  G_OBJECT_CLASS (ch_reader_parent_class)->dispose (object);
}

static void
ch_reader_finalize (GObject *object)
{
  ChReader *self = CH_READER (object);

  g_array_unref (self->spans);
  g_array_unref (self->others);
  g_strfreev (self->hidden_kinds);

  G_OBJECT_CLASS (ch_reader_parent_class)->finalize (object);
}

static void
ch_reader_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChReader *self = CH_READER (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, ch_reader_get_event (self));
      break;
    case PROP_MODEL:
      g_value_set_object (value, ch_reader_get_model (self));
      break;
    case PROP_ALIASES:
      g_value_set_object (value, ch_reader_get_aliases (self));
      break;
    case PROP_HIDDEN_KINDS:
      g_value_set_boxed (value, ch_reader_get_hidden_kinds (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_reader_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ChReader *self = CH_READER (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      ch_reader_set_event (self, g_value_get_object (value));
      break;
    case PROP_MODEL:
      ch_reader_set_model (self, g_value_get_object (value));
      break;
    case PROP_ALIASES:
      ch_reader_set_aliases (self, g_value_get_object (value));
      break;
    case PROP_HIDDEN_KINDS:
      ch_reader_set_hidden_kinds (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
other_evidence_clear (gpointer data)
{
  OtherEvidence *other = data;

  g_clear_object (&other->event);
}

static void
ch_reader_class_init (ChReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_reader_dispose;
  object_class->finalize = ch_reader_finalize;
  object_class->get_property = ch_reader_get_property;
  object_class->set_property = ch_reader_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, CH_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_object ("aliases", NULL, NULL, CH_TYPE_ALIASES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDDEN_KINDS] =
    g_param_spec_boxed ("hidden-kinds", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChReader::entity-activated:
   * @kind: the entity's #ChEntityKind
   * @value: its canonical value
   *
   * The user clicked a highlighted entity.
   */
  signals[ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);

  /**
   * ChReader::event-activated:
   * @event: another event of the same document
   *
   * The user clicked the evidence sentence of another event.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CH_TYPE_EVENT);

  /**
   * ChReader::separate-spelling:
   * @spelling: a spelling merged into a participant's canonical name
   *
   * The user asked to keep @spelling apart as a person of its own.
   */
  signals[SEPARATE_SPELLING] =
    g_signal_new ("separate-spelling", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ChReader::merge-spelling:
   * @spelling: a spelling kept apart earlier
   *
   * The user asked to merge @spelling into its person again.
   */
  signals[MERGE_SPELLING] =
    g_signal_new ("merge-spelling", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * ChReader::close-requested:
   *
   * The user asked to close the reader with its close button.
   */
  signals[CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "reader.close", NULL, close_action_cb);
  gtk_widget_class_install_action (widget_class, "reader.separate-spelling", "s", spelling_action_cb);
  gtk_widget_class_install_action (widget_class, "reader.merge-spelling", "s", spelling_action_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ch_reader_init (ChReader *self)
{
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->others = g_array_new (FALSE, FALSE, sizeof (OtherEvidence));
  g_array_set_clear_func (self->others, other_evidence_clear);

  build_children (self);
  apply_tag_styles (self);

  if (adw_is_initialized ())
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();

      g_signal_connect_object (manager, "notify::dark",
                               G_CALLBACK (style_manager_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (manager, "notify::high-contrast",
                               G_CALLBACK (style_manager_changed_cb), self, G_CONNECT_SWAPPED);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Document reader"),
                                  -1);
}

/* Private API */

GtkTextView *
_ch_reader_get_text_view (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);

  return self->view;
}

GtkWidget *
_ch_reader_get_legend_toggle (ChReader     *self,
                              ChEntityKind  kind)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);
  g_return_val_if_fail ((guint) kind < N_LEGEND_KINDS, NULL);

  return self->toggles[kind];
}

GtkWidget *
_ch_reader_get_spellings_box (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);

  return self->aliases_box;
}

gboolean
_ch_reader_is_showing_empty (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), FALSE);

  return gtk_stack_get_visible_child (GTK_STACK (self->stack)) == self->empty_page;
}

/* Public API */

/**
 * ch_reader_new:
 *
 * Returns: (transfer full): a reader showing its empty state
 */
GtkWidget *
ch_reader_new (void)
{
  return g_object_new (CH_TYPE_READER, NULL);
}

/**
 * ch_reader_get_event:
 *
 * Returns: (transfer none) (nullable): the event whose source is shown
 */
ChEvent *
ch_reader_get_event (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);

  return self->event;
}

/**
 * ch_reader_set_event:
 * @event: (nullable): the event to read, or %NULL for the empty state
 */
void
ch_reader_set_event (ChReader *self,
                     ChEvent  *event)
{
  g_return_if_fail (CH_IS_READER (self));
  g_return_if_fail (event == NULL || CH_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

/**
 * ch_reader_get_model:
 *
 * Returns: (transfer none) (nullable): the events searched for the other
 *   events of a document
 */
GListModel *
ch_reader_get_model (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);

  return self->model;
}

/**
 * ch_reader_set_model:
 * @model: (nullable): a #GListModel of #ChEvent, usually the whole corpus
 *
 * The reader marks the evidence of the other events of the shown document
 * that it finds in @model; a click on one emits #ChReader::event-activated.
 */
void
ch_reader_set_model (ChReader   *self,
                     GListModel *model)
{
  g_return_if_fail (CH_IS_READER (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  g_clear_pointer (&self->document_index, g_hash_table_unref);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb),
                             self, G_CONNECT_SWAPPED);

  if (self->event != NULL)
    update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * ch_reader_get_aliases:
 *
 * Returns: (transfer none) (nullable): the corpus's person aliases
 */
ChAliases *
ch_reader_get_aliases (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);

  return self->aliases;
}

/**
 * ch_reader_set_aliases:
 * @aliases: (nullable): the corpus's person aliases
 *
 * Hovering a person then shows the spellings merged into it, and a line
 * under the header names them with a menu to separate them.
 */
void
ch_reader_set_aliases (ChReader  *self,
                       ChAliases *aliases)
{
  g_return_if_fail (CH_IS_READER (self));
  g_return_if_fail (aliases == NULL || CH_IS_ALIASES (aliases));

  if (!g_set_object (&self->aliases, aliases))
    return;
  update_spellings (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

/**
 * ch_reader_get_hidden_kinds:
 *
 * Returns: (transfer none) (nullable): the names of the entity kinds not
 *   highlighted
 */
const char * const *
ch_reader_get_hidden_kinds (ChReader *self)
{
  g_return_val_if_fail (CH_IS_READER (self), NULL);

  return (const char * const *) self->hidden_kinds;
}

/**
 * ch_reader_set_hidden_kinds:
 * @hidden_kinds: (nullable): names from ch_entity_kind_to_string(), such as
 *   "person" or "topic"
 *
 * Switches the highlight of those kinds off; the legend's toggles follow.
 */
void
ch_reader_set_hidden_kinds (ChReader           *self,
                            const char * const *hidden_kinds)
{
  g_return_if_fail (CH_IS_READER (self));

  if (hidden_kinds != NULL && hidden_kinds[0] == NULL)
    hidden_kinds = NULL;
  if (self->hidden_kinds == NULL && hidden_kinds == NULL)
    return;
  if (self->hidden_kinds != NULL && hidden_kinds != NULL &&
      g_strv_equal ((const char * const *) self->hidden_kinds, hidden_kinds))
    return;

  g_strfreev (self->hidden_kinds);
  self->hidden_kinds = g_strdupv ((char **) hidden_kinds);

  self->updating_toggles = TRUE;
  for (guint k = 0; k < N_LEGEND_KINDS; k++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->toggles[k]), !kind_is_hidden (self, k));
  self->updating_toggles = FALSE;

  apply_tag_styles (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_KINDS]);
}
