package io.sekisho.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version of the installed Sekisho, as the version of this bundle (all Sekisho bundles are released together). */
public final class SekishoVersion {

	private SekishoVersion() {
	}

	/** @return the version, or {@code 0.0.0} when running outside OSGi (plain unit tests, benchmarks) */
	public static Version current() {
		Bundle bundle = FrameworkUtil.getBundle(SekishoVersion.class);
		return bundle == null ? Version.emptyVersion : bundle.getVersion();
	}

	/** @return major.minor.micro, without the build qualifier */
	public static String release() {
		Version v = current();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}
}
