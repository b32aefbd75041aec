package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;

/**
 * Collects, per device column of an item, what speaks against the measure (bad), what shows it in place (good) and
 * what the model does not tell (unknown). A column gets いいえ with any bad evidence, はい only when everything
 * relevant is known and good, and no proposal otherwise.
 */
final class Evidence {

	private final Item item;
	private final Map<String, List<Reason>> bad = new LinkedHashMap<>();
	private final Map<String, List<EObject>> good = new LinkedHashMap<>();
	private final Set<String> unknown = new HashSet<>();

	Evidence(Item item) {
		this.item = item;
	}

	/**
	 * @return the column of the item a device is answered in: its own category's column, else 全般 when the item has
	 *         it; null when the item does not cover the device
	 */
	String columnOf(Device device) {
		List<String> columns = Editions.columnIds(item);
		String own = switch (device.getCategory()) {
		case SERVER -> DeviceColumn.SERVER.getLiteral();
		case CLIENT_PC -> DeviceColumn.CLIENT_PC.getLiteral();
		case NETWORK_DEVICE -> DeviceColumn.NETWORK_DEVICE.getLiteral();
		default -> null;
		};
		if (own != null && columns.contains(own)) {
			return own;
		}
		boolean systemDevice = device.getCategory() == DeviceCategory.SERVER || device.getCategory() == DeviceCategory.CLIENT_PC
				|| device.getCategory() == DeviceCategory.NETWORK_DEVICE;
		return systemDevice && columns.contains(DeviceColumn.GENERAL.getLiteral()) ? DeviceColumn.GENERAL.getLiteral() : null;
	}

	void bad(String column, Reason reason) {
		if (column != null) {
			bad.computeIfAbsent(column, c -> new ArrayList<>()).add(reason);
		}
	}

	/** For the worst evidence (a known exploited vulnerability): listed before everything else. */
	void worst(String column, Reason reason) {
		if (column != null) {
			bad.computeIfAbsent(column, c -> new ArrayList<>()).add(0, reason);
		}
	}

	void good(String column, EObject element) {
		if (column != null) {
			good.computeIfAbsent(column, c -> new ArrayList<>()).add(element);
		}
	}

	void unknown(String column) {
		if (column != null) {
			unknown.add(column);
		}
	}

	/** @param yes the reason for はい from the elements that show the measure in place */
	List<Proposal> proposals(Function<List<EObject>, Reason> yes) {
		List<Proposal> result = new ArrayList<>();
		for (String column : Editions.columnIds(item)) {
			if (bad.containsKey(column)) {
				result.add(new Proposal(column, Answer.NO, bad.get(column)));
			} else if (good.containsKey(column) && !unknown.contains(column)) {
				result.add(new Proposal(column, Answer.YES, List.of(yes.apply(good.get(column)))));
			}
		}
		return result;
	}
}
