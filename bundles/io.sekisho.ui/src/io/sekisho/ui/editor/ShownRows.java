package io.sekisho.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

/**
 * The rows a {@link ModelTable} shows and their order: the model's list, filtered by the typed text and sorted by
 * the sort column. The table's viewer is virtual and asks only for the rows in view, by position; this index answers
 * it, so sorting and filtering never touch the widgets of rows out of view. The texts the filter searches are
 * computed once per row and kept until the model changes ({@link #forgetTexts()}).
 */
final class ShownRows {

	/** Between the texts of two cells: typed text cannot match across a cell boundary. */
	private static final char CELL_BOUNDARY = '\u0000';

	private final Function<EObject, String> rowText;
	private final Map<EObject, String> texts = new IdentityHashMap<>();
	private List<EObject> model = List.of();
	private List<EObject> shown = List.of();
	private Map<EObject, Integer> positions;
	private String filter = ""; //$NON-NLS-1$

	/** @param rowText the texts of a row's cells, joined with {@link #joiner()} */
	ShownRows(Function<EObject, String> rowText) {
		this.rowText = rowText;
	}

	/** @return what separates the cell texts of a row for the filter */
	static String joiner() {
		return String.valueOf(CELL_BOUNDARY);
	}

	/**
	 * Computes the rows again.
	 *
	 * @param rows the model's list, in model order
	 * @param typed the filter text as typed (case and surrounding blanks do not matter)
	 * @param accept further filters (those of the viewer), or null
	 * @param sortKey the value each row sorts by, or null for model order
	 * @param order the order of the sort values (empty values are already taken care of: they come last)
	 */
	void compute(List<EObject> rows, String typed, Predicate<EObject> accept, Function<EObject, ?> sortKey, Comparator<Object> order) {
		model = List.copyOf(rows);
		filter = typed;
		String wanted = typed.strip().toLowerCase(Locale.ROOT);
		List<EObject> result = new ArrayList<>(model.size());
		for (EObject row : model) {
			if ((wanted.isEmpty() || text(row).contains(wanted)) && (accept == null || accept.test(row))) {
				result.add(row);
			}
		}
		if (sortKey != null) {
			result = sorted(result, sortKey, order);
		}
		shown = result;
		positions = null;
	}

	/** Sorts by keys computed once per row (not once per comparison); empty keys last; ties keep the model order. */
	private static List<EObject> sorted(List<EObject> rows, Function<EObject, ?> sortKey, Comparator<Object> order) {
		record Keyed(EObject row, Object key) {
		}
		List<Keyed> keyed = new ArrayList<>(rows.size());
		List<EObject> empty = new ArrayList<>();
		for (EObject row : rows) {
			Object key = sortKey.apply(row);
			if (ValueOrder.isEmpty(key)) {
				empty.add(row);
			} else {
				keyed.add(new Keyed(row, key));
			}
		}
		keyed.sort((a, b) -> order.compare(a.key(), b.key())); // stable
		List<EObject> result = new ArrayList<>(rows.size());
		for (Keyed k : keyed) {
			result.add(k.row());
		}
		result.addAll(empty);
		return result;
	}

	private String text(EObject row) {
		return texts.computeIfAbsent(row, r -> rowText.apply(r).toLowerCase(Locale.ROOT));
	}

	/** Makes the text the filter searches in {@code row} now, if it is not made yet. */
	void prepare(EObject row) {
		text(row);
	}

	/** The model changed: the texts the filter searches are made again when next needed. */
	void forgetTexts() {
		texts.clear();
	}

	/** @return the model's list as last computed */
	List<EObject> model() {
		return model;
	}

	/** @return the filter text the rows were last computed with, as typed */
	String filter() {
		return filter;
	}

	int size() {
		return shown.size();
	}

	EObject get(int position) {
		return shown.get(position);
	}

	/** @return the rows shown, in their order on screen */
	List<EObject> all() {
		return java.util.Collections.unmodifiableList(shown);
	}

	/** @return the position of {@code row} on screen, or -1 when it is not shown */
	int positionOf(Object row) {
		if (positions == null) {
			positions = new IdentityHashMap<>(shown.size() * 2);
			for (int i = 0; i < shown.size(); i++) {
				positions.put(shown.get(i), i);
			}
		}
		Integer position = positions.get(row);
		return position == null ? -1 : position;
	}
}
