package io.sekisho.ui.internal.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.AddressFormats;
import io.sekisho.ui.editor.FeatureValues;
import io.sekisho.workbook.devicelist.SourceTable;

/**
 * What importing a device list would do, row by row, before anything changes: a row whose name is a device of the
 * facility updates the cells it fills (an empty cell changes nothing: the import never erases), any other row
 * adds a device. A cell that cannot be read is a problem with its row and column, and then nothing is applied.
 */
final class DeviceListPlan {

	enum Action { ADD, UPDATE, UNCHANGED, ERROR }

	/** One source row: what it does, the device it adds or updates, and its problems. */
	record RowPlan(SourceTable.Row row, Action action, String name, List<String> problems, Map<DeviceColumns.Target, Object> values) {
	}

	private final List<RowPlan> rows;
	private final FacilityWorkbook facility;

	private DeviceListPlan(FacilityWorkbook facility, List<RowPlan> rows) {
		this.facility = facility;
		this.rows = rows;
	}

	static DeviceListPlan of(FacilityWorkbook facility, SourceTable table, List<DeviceColumns.Target> mapping, FeatureValues values) {
		Map<String, Device> byName = new HashMap<>();
		facility.getDevices().forEach(d -> byName.putIfAbsent(key(d.getName()), d));
		int nameColumn = mapping.indexOf(DeviceColumns.TARGETS.get(0));
		Map<String, Integer> seen = new HashMap<>();
		List<RowPlan> plans = new ArrayList<>();
		for (SourceTable.Row row : table.rows()) {
			List<String> problems = new ArrayList<>();
			String name = nameColumn < 0 ? "" : row.cell(nameColumn); //$NON-NLS-1$
			if (name.isEmpty()) {
				problems.add(NLS.bind(Messages.ImportDevices_noName, row.number(), nameColumn < 0 ? Messages.ImportDevices_noNameColumn : cellName(nameColumn)));
			} else if (seen.putIfAbsent(key(name), row.number()) != null) {
				problems.add(NLS.bind(Messages.ImportDevices_duplicate, new Object[] { row.number(), name, seen.get(key(name)) }));
			}
			Device existing = byName.get(key(name));
			Device owner = existing != null ? existing : FacilityFactory.eINSTANCE.createDevice();
			Map<DeviceColumns.Target, Object> parsed = new HashMap<>();
			for (int c = 0; c < mapping.size(); c++) {
				DeviceColumns.Target target = mapping.get(c);
				String text = row.cell(c);
				if (target == null || text.isEmpty()) {
					continue;
				}
				try {
					Object value = values.parse(owner, target.feature(), text, target.label());
					if (target.feature() == FacilityPackage.Literals.DEVICE__IP_ADDRESSES) {
						((List<?>) value).stream().map(String::valueOf).filter(ip -> !AddressFormats.isIpAddress(ip)).findFirst()
								.ifPresent(ip -> { throw new IllegalArgumentException(NLS.bind(Messages.ImportDevices_badIp, ip)); });
					}
					parsed.put(target, value);
				} catch (IllegalArgumentException e) {
					problems.add(NLS.bind(Messages.ImportDevices_cellProblem, new Object[] { row.number(), cellName(c), e.getMessage() }));
				}
			}
			Action action = !problems.isEmpty() ? Action.ERROR
					: existing == null ? Action.ADD : changes(existing, parsed) ? Action.UPDATE : Action.UNCHANGED;
			plans.add(new RowPlan(row, action, name, List.copyOf(problems), parsed));
		}
		return new DeviceListPlan(facility, List.copyOf(plans));
	}

	private static boolean changes(Device device, Map<DeviceColumns.Target, Object> values) {
		return values.entrySet().stream().anyMatch(e -> !Objects.equals(device.eGet(e.getKey().feature()), e.getValue()));
	}

	/** Names are compared as a person reads them: full-width and half-width alike, without case. */
	private static String key(String name) {
		return name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** "C" for the third column, as Excel heads it */
	static String cellName(int column) {
		return io.sekisho.workbook.read.SheetCells.reference(0, column).replaceAll("\\d", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	List<RowPlan> rows() {
		return rows;
	}

	long count(Action action) {
		return rows.stream().filter(r -> r.action() == action).count();
	}

	boolean applicable() {
		return count(Action.ERROR) == 0 && (count(Action.ADD) + count(Action.UPDATE)) > 0;
	}

	/** One command: added devices and changed cells, undone together. */
	Command command(EditingDomain domain) {
		CompoundCommand compound = new CompoundCommand(Messages.ImportDevices_command);
		Map<String, Device> byName = new HashMap<>();
		facility.getDevices().forEach(d -> byName.putIfAbsent(key(d.getName()), d));
		for (RowPlan plan : rows) {
			if (plan.action() == Action.ADD) {
				Device device = FacilityFactory.eINSTANCE.createDevice();
				io.sekisho.model.ModelIds.ensureIds(device);
				plan.values().forEach((target, value) -> device.eSet(target.feature(), value));
				compound.append(AddCommand.create(domain, facility, FacilityPackage.Literals.FACILITY_WORKBOOK__DEVICES, device));
			} else if (plan.action() == Action.UPDATE) {
				Device device = byName.get(key(plan.name()));
				plan.values().forEach((target, value) -> {
					if (!Objects.equals(device.eGet(target.feature()), value)) {
						compound.append(SetCommand.create(domain, device, target.feature(), value));
					}
				});
			}
		}
		return compound;
	}
}
