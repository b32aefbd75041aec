package io.sekisho.vendors.internal;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * Runs the standard p2 director application (org.eclipse.equinox.p2.director) inside this product, the same
 * application an integrator can start by hand. Looked up through the extension registry, so Sekisho compiles
 * against no p2 API.
 */
public final class P2Director {

	static final String APPLICATION_ID = "org.eclipse.equinox.p2.director"; //$NON-NLS-1$
	private static final String APPLICATIONS_POINT = "org.eclipse.core.runtime.applications"; //$NON-NLS-1$

	private final IExtensionRegistry registry;

	public P2Director(IExtensionRegistry registry) {
		this.registry = registry;
	}

	public boolean isAvailable() {
		return registry.getExtension(APPLICATIONS_POINT, APPLICATION_ID) != null;
	}

	/** @return the director's exit code (0 when done) */
	public int run(String... arguments) throws CoreException {
		IExtension extension = registry.getExtension(APPLICATIONS_POINT, APPLICATION_ID);
		IConfigurationElement run = Arrays.stream(extension.getConfigurationElements())
				.flatMap(e -> Arrays.stream(e.getChildren("run"))).findFirst().orElseThrow(); //$NON-NLS-1$
		IApplication application = (IApplication) run.createExecutableExtension("class"); //$NON-NLS-1$
		try {
			Object result = application.start(new Context(arguments));
			return result instanceof Integer code ? code : 0;
		} catch (CoreException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The arguments an application reads, and nothing of branding (there is no product branding to give). */
	private record Context(String[] arguments) implements IApplicationContext {
		@Override
		public Map<String, Object> getArguments() {
			return Map.of(APPLICATION_ARGS, arguments);
		}

		@Override
		public void applicationRunning() {
			// no splash screen to take down
		}

		@Override
		public String getBrandingApplication() {
			return null;
		}

		@Override
		public String getBrandingName() {
			return null;
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, IApplication application) {
			// the director runs synchronously: its result is the return value of start
		}
	}
}
