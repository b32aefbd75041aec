package io.sekisho.netmap.layout;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * ELK set up by hand: under Equinox ELK's ServiceLoader lookup of layout providers finds nothing, so the layered
 * algorithm's meta data is registered here once. The progress monitor bridges Eclipse cancellation into ELK.
 */
final class Elk {

	private static boolean registered;

	private Elk() {
	}

	static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService service = LayoutMetaDataService.getInstance();
			if (service.getOptionData(CoreOptions.ALGORITHM.getId()) == null) {
				service.registerLayoutMetaDataProviders(new CoreOptions());
			}
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/** An ELK monitor that reports cancellation of the Eclipse one. */
	static final class Monitor extends BasicProgressMonitor {
		private final IProgressMonitor eclipse;

		Monitor(IProgressMonitor eclipse) {
			this.eclipse = eclipse;
		}

		@Override
		public boolean isCanceled() {
			return eclipse != null && eclipse.isCanceled();
		}
	}
}
