package io.sekisho.firmware.ui.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.register.DeviceMatch;
import io.sekisho.firmware.register.FirmwareRegister;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Matches a facility's register in the background, cancellable, one unit of progress per device. The model belongs
 * to the UI thread, so the job works on a copy of the devices and firmware records taken when it is created (on the
 * UI thread); its {@link #results()} name the original devices, for the page to write as one command on the UI
 * thread. Nothing of the model is changed here.
 */
final class MatchJob extends Job {
	private static final String PLUGIN_ID = "io.sekisho.firmware.ui"; //$NON-NLS-1$

	private final FacilityWorkbook copy;
	private final Map<EObject, EObject> originals = new HashMap<>();
	private final LocalDate today;
	private volatile FirmwareRegister register;
	private volatile List<DeviceMatch> results;
	private volatile LocalDate dataDate;
	private volatile Thread ranIn;

	/** Call on the UI thread: copies what matching reads. */
	MatchJob(FacilityWorkbook facility, LocalDate today) {
		super(Messages.Match_job);
		this.today = today;
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<EObject> devices = new ArrayList<>(copier.copyAll(facility.getDevices()));
		List<EObject> records = new ArrayList<>(copier.copyAll(facility.getFirmwareRecords()));
		copier.copyReferences();
		copier.forEach((original, copied) -> originals.put(copied, original));
		copy = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		devices.forEach(d -> copy.getDevices().add((Device) d));
		records.forEach(r -> copy.getFirmwareRecords().add((io.sekisho.model.facility.FirmwareRecord) r));
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		ranIn = Thread.currentThread();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Match_job, 100);
		progress.subTask(VulnerabilityStores.needsRebuild(VulnerabilityStores.defaultDirectory()) ? Messages.Match_rebuilding
				: Messages.Match_opening);
		try (VulnerabilityStore store = openStore()) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.worked(5);
			FirmwareRegister matching = new FirmwareRegister(new Matcher(store, VersionSchemes.fromPlatform()), today);
			progress.subTask(NLS.bind(Messages.Match_devices, Integer.valueOf(FirmwareRegister.devices(copy).size())));
			List<DeviceMatch> matched = matching.evaluate(copy, progress.split(95));
			List<DeviceMatch> onOriginals = new ArrayList<>(matched.size());
			for (DeviceMatch m : matched) {
				onOriginals.add(new DeviceMatch((Device) originals.get(m.device()), m.products(), m.version(), m.result(), m.status()));
			}
			dataDate = store.status().dataDate();
			register = matching;
			results = List.copyOf(onOriginals);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.Page_matchFailed, e.getMessage()), e);
		}
	}

	/** The installation's store once something was imported, else the snapshot shipped with Sekisho. */
	static VulnerabilityStore openStore() throws IOException {
		VulnerabilityStore installed = VulnerabilityStores.openDefault();
		if (!installed.status().isEmpty()) {
			return installed;
		}
		installed.close();
		return VulnerabilityStores.openShippedSnapshot();
	}

	/** After an OK run: the register that wrote nothing yet (its {@code command} writes the results). */
	FirmwareRegister register() {
		return register;
	}

	/** After an OK run: one result per device of the register, naming the original devices. */
	List<DeviceMatch> results() {
		return results;
	}

	LocalDate dataDate() {
		return dataDate;
	}

	/** The thread the matching ran in (for the test that it was not the UI thread). */
	Thread ranIn() {
		return ranIn;
	}
}
