package io.sekisho.firmware.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.ChangeCommand;

import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.match.DeviceProducts.Products;
import io.sekisho.firmware.match.MatchResult;
import io.sekisho.firmware.match.Matcher;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;

/**
 * The firmware register of a facility, filled by matching: one {@link FirmwareRecord} per device with firmware
 * (network devices, and any device with a firmware version or a record), its vulnerabilities and status, and one
 * finding per affected device. {@link #evaluate} only reads the model; {@link #command} writes the results as one
 * EMF command (undoable in the rich client; the command line executes it directly). What the integrator wrote (plan,
 * planned date, vendor mitigation, latest version) is kept; matching again updates, never duplicates.
 */
public final class FirmwareRegister {

	private final Matcher matcher;
	private final LocalDate today;

	public FirmwareRegister(Matcher matcher, LocalDate today) {
		this.matcher = matcher;
		this.today = today;
	}

	/** @return the devices the register covers: in use or planned, and with firmware */
	public static List<Device> devices(FacilityWorkbook workbook) {
		Map<Device, FirmwareRecord> records = records(workbook);
		List<Device> result = new ArrayList<>();
		for (Device device : workbook.getDevices()) {
			if (device.getStatus() == DeviceStatus.DECOMMISSIONED) {
				continue;
			}
			boolean firmware = device.getCategory() == DeviceCategory.NETWORK_DEVICE || notBlank(device.getFirmwareVersion())
					|| records.containsKey(device);
			if (firmware) {
				result.add(device);
			}
		}
		return result;
	}

	/** @return the first record of each device (older files may hold more; matching updates the first) */
	static Map<Device, FirmwareRecord> records(FacilityWorkbook workbook) {
		return workbook.getFirmwareRecords().stream().filter(r -> r.getDevice() != null)
				.collect(Collectors.toMap(FirmwareRecord::getDevice, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	/** Matches every device of the register; changes nothing. */
	public List<DeviceMatch> evaluate(FacilityWorkbook workbook) {
		return evaluate(workbook, null);
	}

	/**
	 * Matches every device of the register, one unit of work per device; changes nothing. Reads only the workbook's
	 * devices and firmware records, so a job may run it on a copy of them.
	 *
	 * @param monitor progress and cancel, or null
	 * @throws OperationCanceledException the monitor was cancelled
	 */
	public List<DeviceMatch> evaluate(FacilityWorkbook workbook, IProgressMonitor monitor) {
		Map<Device, FirmwareRecord> records = records(workbook);
		Matcher run = matcher.cached();
		Map<List<String>, Optional<Products>> products = new java.util.HashMap<>();
		List<Device> devices = devices(workbook);
		SubMonitor progress = SubMonitor.convert(monitor, devices.size());
		List<DeviceMatch> result = new ArrayList<>();
		for (Device device : devices) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			result.add(evaluate(run, products, device, records.get(device)));
			progress.worked(1);
		}
		return result;
	}

	private DeviceMatch evaluate(Matcher run, Map<List<String>, Optional<Products>> known, Device device, FirmwareRecord record) {
		String productId = record == null ? null : record.getProductId();
		String hardwareId = record == null ? null : record.getHardwareId();
		// the devices of a facility repeat a few products: work each out once per run
		Optional<Products> products = known.computeIfAbsent(
				java.util.Arrays.asList(device.getManufacturer(), device.getModel(), device.getOperatingSystem(), productId, hardwareId),
				k -> DeviceProducts.of(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4)));
		String version = notBlank(device.getFirmwareVersion()) ? device.getFirmwareVersion().strip()
				: record != null && notBlank(record.getInstalledVersion()) ? record.getInstalledVersion().strip() : null;
		Optional<MatchResult> match = products.filter(p -> version != null).map(p -> run.match(p.query(version)));
		FirmwareStatus status = RegisterStatus.of(device, match, products.isPresent(), version, today);
		return new DeviceMatch(device, products, version, match, status);
	}

	/** @return one command that writes the results into the workbook's register and findings */
	public Command command(FacilityWorkbook workbook, List<DeviceMatch> results) {
		return new ChangeCommand(workbook) {
			@Override
			protected void doExecute() {
				new RegisterWriter(workbook, today).write(results);
			}

			@Override
			public String getLabel() {
				return Messages.Register_commandLabel;
			}
		};
	}

	/** Matches and writes in one go, outside an editor (command line, demo); returns what was matched. */
	public List<DeviceMatch> apply(FacilityWorkbook workbook) {
		List<DeviceMatch> results = evaluate(workbook);
		Command command = command(workbook, results);
		if (command.canExecute()) {
			command.execute();
		}
		return results;
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
