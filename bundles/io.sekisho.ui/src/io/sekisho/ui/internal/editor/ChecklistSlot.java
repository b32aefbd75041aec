package io.sekisho.ui.internal.editor;

import io.sekisho.checklist.catalog.Item;

/** One answer slot of a checklist form: an item, and one of its device columns ("" when the item has none). */
record ChecklistSlot(Item item, String columnId) {
}
