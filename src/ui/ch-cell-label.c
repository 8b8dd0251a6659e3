/* ch-cell-label.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-cell-label"

#include "config.h"

#include "ch-cell-label.h"

/*
 * A cell of the event list: one line of text, ellipsized at the end, in a
 * column whose width the list fixes. A GtkLabel measures an ellipsized
 * text on copies of its layout, so each new text was shaped three or four
 * times, and a filter change gives most of the ~1,400 cells of the rows
 * the list keeps a new text, though only a tenth of them are on screen.
 * Here the height is the font's line height, known without shaping; a
 * text is shaped once, at the cell's width, when it is first drawn; an
 * unchanged text does nothing at all. A line taller than the font's (a
 * fallback font of another script) asks for its height when drawn. It is
 * styled as a label (CSS name "label") and is one for assistive
 * technologies.
 */

struct _ChCellLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;
  guint        context_serial;
  int          line_h;     /* the font's line height, for the context */
  int          text_h;     /* the drawn text's, when taller */
  float        xalign;
  guint        numeric : 1;
};

G_DEFINE_FINAL_TYPE (ChCellLabel, ch_cell_label, GTK_TYPE_WIDGET)

static void
update_attributes (ChCellLabel *self)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  g_assert (self->layout != NULL);

  /* Tabular figures, as the "numeric" style class asks of a label, so
   * that dates and scores line up. */
  if (self->numeric)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
    }
  pango_layout_set_attributes (self->layout, attrs);
}

/* The layout, made on first use and brought up to date when the widget's
 * font or direction changed. */
static PangoLayout *
ensure_layout (ChCellLabel *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      update_attributes (self);
      self->context_serial = pango_context_get_serial (context);
      self->line_h = -1;
    }
  else if (self->context_serial != pango_context_get_serial (context))
    {
      pango_layout_context_changed (self->layout);
      self->context_serial = pango_context_get_serial (context);
      self->line_h = -1;
      self->text_h = 0;
    }
  return self->layout;
}

static void
ch_cell_label_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  ChCellLabel *self = CH_CELL_LABEL (widget);
  PangoLayout *layout = ensure_layout (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The column gives the width; the text is ellipsized to it. */
      *minimum = *natural = 0;
      return;
    }

  /* One line of the font, whatever the text: the metrics are the
   * context's, cached by Pango, and no text is shaped. */
  if (self->line_h < 0)
    {
      PangoContext *context = pango_layout_get_context (layout);
      PangoFontMetrics *metrics =
        pango_context_get_metrics (context,
                                   pango_context_get_font_description (context),
                                   pango_context_get_language (context));

      self->line_h = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                        pango_font_metrics_get_descent (metrics));
      pango_font_metrics_unref (metrics);
    }
  *minimum = *natural = MAX (self->line_h, self->text_h);
}

static void
ch_cell_label_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  ChCellLabel *self = CH_CELL_LABEL (widget);
  PangoLayout *layout = ensure_layout (self);

  if (pango_layout_get_width (layout) != width * PANGO_SCALE)
    pango_layout_set_width (layout, width * PANGO_SCALE);
}

static void
ch_cell_label_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ChCellLabel *self = CH_CELL_LABEL (widget);
  PangoLayout *layout;
  GdkRGBA color;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int text_w, text_h;
  float xalign = self->xalign;

  if (self->text == NULL || self->text[0] == '\0')
    return;

  layout = ensure_layout (self);
  if (pango_layout_get_width (layout) != width * PANGO_SCALE)
    pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &text_w, &text_h);
  if (text_h > MAX (self->line_h, self->text_h))
    {
      self->text_h = text_h;
      gtk_widget_queue_resize (widget);
    }
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    xalign = 1.0f - xalign;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floorf (MAX (0, width - text_w) * xalign),
                                                         floorf (MAX (0, height - text_h) / 2.0f)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
ch_cell_label_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  ChCellLabel *self = CH_CELL_LABEL (widget);

  if (self->layout != NULL)
    pango_layout_context_changed (self->layout);
  self->line_h = -1;
  self->text_h = 0;
  gtk_widget_queue_resize (widget);
}

static void
ch_cell_label_finalize (GObject *object)
{
  ChCellLabel *self = CH_CELL_LABEL (object);

  g_clear_object (&self->layout);
  g_free (self->text);

  G_OBJECT_CLASS (ch_cell_label_parent_class)->finalize (object);
}

static void
ch_cell_label_class_init (ChCellLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ch_cell_label_finalize;
  widget_class->measure = ch_cell_label_measure;
  widget_class->size_allocate = ch_cell_label_size_allocate;
  widget_class->snapshot = ch_cell_label_snapshot;
  widget_class->direction_changed = ch_cell_label_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
ch_cell_label_init (ChCellLabel *self)
{
  self->line_h = -1;
  self->text = g_strdup ("");
}

GtkWidget *
ch_cell_label_new (void)
{
  return g_object_new (CH_TYPE_CELL_LABEL, NULL);
}

const char *
ch_cell_label_get_text (ChCellLabel *self)
{
  g_return_val_if_fail (CH_IS_CELL_LABEL (self), NULL);
  return self->text;
}

/**
 * ch_cell_label_set_text:
 * @text: (nullable): the text; %NULL for none
 *
 * Shows @text. The same text again costs nothing.
 */
void
ch_cell_label_set_text (ChCellLabel *self,
                        const char  *text)
{
  g_return_if_fail (CH_IS_CELL_LABEL (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text,
                                  -1);

  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text, -1);

  /* Shaped when drawn, if it is; a cell that was taller than the font's
   * line goes back to it. */
  if (self->text_h > 0)
    {
      self->text_h = 0;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ch_cell_label_set_xalign (ChCellLabel *self,
                          float        xalign)
{
  g_return_if_fail (CH_IS_CELL_LABEL (self));

  self->xalign = CLAMP (xalign, 0.0f, 1.0f);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ch_cell_label_set_numeric (ChCellLabel *self,
                           gboolean     numeric)
{
  g_return_if_fail (CH_IS_CELL_LABEL (self));

  self->numeric = !!numeric;
  if (self->layout != NULL)
    {
      update_attributes (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/**
 * ch_cell_label_is_ellipsized:
 *
 * Returns: whether the text is cut short at the cell's width
 */
gboolean
ch_cell_label_is_ellipsized (ChCellLabel *self)
{
  g_return_val_if_fail (CH_IS_CELL_LABEL (self), FALSE);

  return self->layout != NULL && pango_layout_is_ellipsized (self->layout);
}
