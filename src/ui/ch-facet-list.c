/* ch-facet-list.c
 *
 * Copyright 2026 The Chancery authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-facet-list"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "ch-facet-list.h"
#include "ch-labels.h"

/*
 * A facet in the sidebar: a heading, and a check box per value with its
 * live count (how many events would match if it were ticked, under the
 * other active filters).
 *
 * A facet of the corpus's values shows only its TOP_ROWS most frequent
 * ones, with "Show All (N)" beside the heading, so that every facet's
 * heading is in sight in a window of ordinary height; a long one (more
 * than SEARCH_MIN_ROWS values) has a search button that opens an entry
 * looking through all the values. Ticked values are always shown, so
 * they can be unticked.
 *
 * A corpus can have thousands of participants, so even "all" is at most
 * MAX_ROWS values, the most frequent first; the search reaches the
 * others. Counts are updated in place on every filter change; rows are
 * rebuilt only when the corpus, the search or the expansion changes.
 */

#define MAX_ROWS        60
#define SEARCH_MIN_ROWS 8
#define TOP_ROWS        3

struct _ChFacetList
{
  GtkWidget   parent_instance;

  ChFilter   *filter;
  ChFacet     facet;

  GtkWidget  *box;
  GtkWidget  *heading;
  GtkWidget  *search_button;
  GtkWidget  *expand_button;
  GtkWidget  *search;
  GtkWidget  *list;
  GtkWidget  *more;

  char       *search_folded;
  gboolean    updating;
  gboolean    expanded;
};

G_DEFINE_FINAL_TYPE (ChFacetList, ch_facet_list, GTK_TYPE_WIDGET)

typedef struct
{
  guint       id;
  guint       total;
  const char *label;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->total != cb->total)
    return ca->total > cb->total ? -1 : 1;
  return g_utf8_collate (ca->label, cb->label);
}

static void
update_row (ChFacetList   *self,
            GtkListBoxRow *row)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "value-id"));
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
  GtkWidget *count = g_object_get_data (G_OBJECT (row), "count");
  guint n = ch_filter_get_count (self->filter, self->facet, id);
  gboolean selected = ch_filter_get_selected (self->filter, self->facet, id);
  char text[32];

  g_snprintf (text, sizeof text, "%'u", n);
  gtk_label_set_text (GTK_LABEL (count), text);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), selected);
  if (n == 0 && !selected)
    gtk_widget_add_css_class (GTK_WIDGET (row), "empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "empty");
}

static void
update_counts (ChFacetList *self)
{
  self->updating = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (self->list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      update_row (self, GTK_LIST_BOX_ROW (child));
  self->updating = FALSE;
}

static void
on_check_toggled_cb (ChFacetList    *self,
                     GtkCheckButton *check)
{
  guint id;

  if (self->updating)
    return;

  id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "value-id"));
  ch_filter_set_selected (self->filter, self->facet, id,
                          gtk_check_button_get_active (check));
}

static GtkWidget *
create_row (ChFacetList *self,
            guint        id,
            const char  *label)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *check_label = gtk_widget_get_last_child (check);

  if (GTK_IS_LABEL (check_label))
    {
      gtk_label_set_ellipsize (GTK_LABEL (check_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (check_label), 0.0);
    }
  gtk_widget_set_hexpand (check, TRUE);
  gtk_widget_set_tooltip_text (check, label);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "facet-count");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  g_object_set_data (G_OBJECT (row), "value-id", GUINT_TO_POINTER (id));
  g_object_set_data (G_OBJECT (check), "value-id", GUINT_TO_POINTER (id));
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "count", count);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  return row;
}

static void
rebuild (ChFacetList *self)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_values = ch_filter_get_n_values (self->filter, self->facet);
  GtkWidget *child;
  gboolean is_long = n_values > SEARCH_MIN_ROWS;
  /* The six event types are a closed set, shown whole; the corpus's
   * values are shown a few at a time once that hides two or more. */
  gboolean collapsible = self->facet != CH_FACET_TYPE && n_values > TOP_ROWS + 1;
  gboolean collapsed = collapsible && !self->expanded && self->search_folded == NULL;
  guint limit, shown = 0;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  for (guint id = 0; id < n_values; id++)
    {
      Candidate c;

      c.id = id;
      c.total = ch_filter_get_total (self->filter, self->facet, id);
      c.label = ch_label_for_value (self->facet, ch_filter_get_value (self->filter, self->facet, id));

      /* Selected values are always shown, so they can be unticked. */
      if (self->search_folded != NULL &&
          !ch_filter_get_selected (self->filter, self->facet, id))
        {
          g_autofree char *folded = g_utf8_casefold (c.label, -1);

          if (strstr (folded, self->search_folded) == NULL)
            continue;
        }
      g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);

  limit = collapsed ? TOP_ROWS : MAX_ROWS;
  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);

      if (i >= limit && !ch_filter_get_selected (self->filter, self->facet, c->id))
        continue;
      gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (self, c->id, c->label));
      shown++;
    }

  gtk_widget_set_visible (self->search_button, is_long);
  gtk_widget_set_visible (self->search,
                          is_long && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->search_button)));
  gtk_widget_set_visible (self->list, shown > 0);

  /* The toggle is there while it changes something: a search shows every
   * match anyway. */
  gtk_widget_set_visible (self->expand_button,
                          collapsible && self->search_folded == NULL && candidates->len > TOP_ROWS);
  if (self->expanded)
    /* Translators: a button beside a facet's heading that shows its most
     * frequent values only; keep it short, it shares a narrow line with
     * the heading and a search button */
    gtk_button_set_label (GTK_BUTTON (self->expand_button), _("Show Fewer"));
  else
    {
      /* Translators: a button beside a facet's heading that shows all of
       * its values; %u is how many there are. Keep it short: it shares a
       * narrow line with the heading and a search button */
      g_autofree char *label = g_strdup_printf (_("Show All (%u)"), candidates->len);

      gtk_button_set_label (GTK_BUTTON (self->expand_button), label);
    }

  if (collapsed)
    gtk_widget_set_visible (self->more, FALSE);
  else if (candidates->len > shown)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%'u more value: search to find it",
                                   "%'u more values: search to find them",
                                   candidates->len - shown),
                         candidates->len - shown);
      gtk_label_set_text (GTK_LABEL (self->more), text);
      gtk_widget_set_visible (self->more, TRUE);
    }
  else if (candidates->len == 0 && n_values > 0)
    {
      gtk_label_set_text (GTK_LABEL (self->more), _("No matching values"));
      gtk_widget_set_visible (self->more, TRUE);
    }
  else
    gtk_widget_set_visible (self->more, FALSE);

  /* A facet without values (no organizations in this corpus) says so by
   * staying out of the way. */
  gtk_widget_set_visible (GTK_WIDGET (self), n_values > 0);

  update_counts (self);
}

/* Whether every value ticked in this facet has a row: one ticked from
 * elsewhere (a click in the reader, a project) may be beyond the few
 * shown. */
static gboolean
shows_all_selected (ChFacetList *self)
{
  guint n_selected = 0, n_checked = 0;
  g_autofree guint *selected = ch_filter_dup_selected (self->filter, self->facet, &n_selected);

  for (GtkWidget *child = gtk_widget_get_first_child (self->list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (child), "check");

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        n_checked++;
    }
  return n_checked == n_selected;
}

static void
on_filter_changed_cb (ChFilter    *filter,
                      guint        change,
                      ChFacetList *self)
{
  update_counts (self);
  if (!shows_all_selected (self))
    rebuild (self);
}

static void
on_index_changed_cb (ChFilter    *filter,
                     guint        position,
                     guint        removed,
                     guint        added,
                     ChFacetList *self)
{
  rebuild (self);
}

static void
on_search_changed_cb (ChFacetList    *self,
                      GtkSearchEntry *entry)
{
  ch_facet_list_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* The search button opens the entry and puts the keyboard in it; closing
 * it drops the search. */
static void
on_search_toggled_cb (ChFacetList     *self,
                      GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  gtk_widget_set_visible (self->search, active);
  if (active)
    gtk_widget_grab_focus (self->search);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      ch_facet_list_set_search_text (self, NULL);
    }
}

static void
on_stop_search_cb (ChFacetList    *self,
                   GtkSearchEntry *entry)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), FALSE);
  gtk_widget_grab_focus (self->search_button);
}

static void
on_expand_clicked_cb (ChFacetList *self,
                      GtkButton   *button)
{
  ch_facet_list_set_expanded (self, !self->expanded);
}

static void
ch_facet_list_dispose (GObject *object)
{
  ChFacetList *self = (ChFacetList *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->search_folded, g_free);

  G_OBJECT_CLASS (ch_facet_list_parent_class)->dispose (object);
}

static void
ch_facet_list_class_init (ChFacetListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_facet_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "facetlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ch_facet_list_init (ChFacetList *self)
{
  GtkWidget *header;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (header, "facet-header");
  gtk_box_append (GTK_BOX (self->box), header);

  self->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (self->heading), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->heading, TRUE);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_box_append (GTK_BOX (header), self->heading);

  self->search_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->search_button), "system-search-symbolic");
  gtk_widget_add_css_class (self->search_button, "flat");
  gtk_widget_set_valign (self->search_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), self->search_button);
  g_signal_connect_object (self->search_button, "toggled",
                           G_CALLBACK (on_search_toggled_cb), self, G_CONNECT_SWAPPED);

  self->expand_button = gtk_button_new_with_label ("");
  gtk_widget_add_css_class (self->expand_button, "flat");
  gtk_widget_set_valign (self->expand_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), self->expand_button);
  g_signal_connect_object (self->expand_button, "clicked",
                           G_CALLBACK (on_expand_clicked_cb), self, G_CONNECT_SWAPPED);

  self->search = gtk_search_entry_new ();
  gtk_widget_set_visible (self->search, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->search);
  g_signal_connect_object (self->search, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "stop-search",
                           G_CALLBACK (on_stop_search_cb), self, G_CONNECT_SWAPPED);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_box_append (GTK_BOX (self->box), self->list);

  self->more = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->more), 0.0);
  gtk_label_set_wrap (GTK_LABEL (self->more), TRUE);
  gtk_widget_add_css_class (self->more, "dim-label");
  gtk_widget_add_css_class (self->more, "caption");
  gtk_box_append (GTK_BOX (self->box), self->more);
}

/**
 * ch_facet_list_new:
 *
 * Returns: (transfer floating): a list of @facet's values in @filter
 */
GtkWidget *
ch_facet_list_new (ChFilter *filter,
                   ChFacet   facet)
{
  ChFacetList *self;
  g_autofree char *placeholder = NULL;
  const char *title;

  g_return_val_if_fail (CH_IS_FILTER (filter), NULL);
  g_return_val_if_fail (facet < CH_N_FACETS, NULL);

  self = g_object_new (CH_TYPE_FACET_LIST, NULL);
  self->filter = g_object_ref (filter);
  self->facet = facet;

  title = ch_label_for_facet (facet);
  gtk_label_set_text (GTK_LABEL (self->heading), title);
  /* Translators: placeholder of the search entry of a facet such as "Participants" */
  placeholder = g_strdup_printf (_("Search %s"), title);
  g_object_set (self->search, "placeholder-text", placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_set_tooltip_text (self->search_button, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  /* "Show All (12)" says which facet it shows to whoever does not see
   * the heading beside it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expand_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->expand_button),
                                  GTK_ACCESSIBLE_RELATION_CONTROLS, self->list, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  g_signal_connect_object (filter, "changed", G_CALLBACK (on_filter_changed_cb), self, 0);
  g_signal_connect_object (filter, "index-changed", G_CALLBACK (on_index_changed_cb), self, 0);
  rebuild (self);

  return GTK_WIDGET (self);
}

ChFacet
ch_facet_list_get_facet (ChFacetList *self)
{
  g_return_val_if_fail (CH_IS_FACET_LIST (self), 0);
  return self->facet;
}

/**
 * ch_facet_list_get_n_rows:
 *
 * Returns: how many values are shown
 */
guint
ch_facet_list_get_n_rows (ChFacetList *self)
{
  guint n = 0;

  g_return_val_if_fail (CH_IS_FACET_LIST (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (self->list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

void
ch_facet_list_set_search_text (ChFacetList *self,
                               const char  *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (CH_IS_FACET_LIST (self));

  if (text != NULL && text[0] != '\0')
    folded = g_utf8_casefold (text, -1);
  if (g_strcmp0 (folded, self->search_folded) == 0)
    return;

  g_free (self->search_folded);
  self->search_folded = g_steal_pointer (&folded);
  rebuild (self);
}

/**
 * ch_facet_list_get_expanded:
 *
 * Returns: whether a long facet shows all its values rather than the
 *   most frequent few
 */
gboolean
ch_facet_list_get_expanded (ChFacetList *self)
{
  g_return_val_if_fail (CH_IS_FACET_LIST (self), FALSE);
  return self->expanded;
}

void
ch_facet_list_set_expanded (ChFacetList *self,
                            gboolean     expanded)
{
  g_return_if_fail (CH_IS_FACET_LIST (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;
  self->expanded = expanded;
  rebuild (self);
}
