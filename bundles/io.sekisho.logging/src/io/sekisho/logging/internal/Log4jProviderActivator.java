package io.sekisho.logging.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Gives the Log4j API (through which Apache POI logs) a provider inside OSGi: Log4j's simple logger, which writes
 * errors to stderr and drops the rest.
 * <p>
 * Why: the Log4j API bundle's activator takes a startup lock and releases it only once a provider is registered.
 * Were that bundle activated on a thread and no provider came, the lock would stay held by that thread forever,
 * and the first POI class loaded on any other thread (every workbook export) would wait for it forever. This bundle
 * is started on the framework's start-level thread (autoStart in the product); loading this activator's Log4j
 * classes activates the (lazy) Log4j API bundle on that same thread, and its activator finds the Provider service
 * when this bundle's STARTED event arrives, which releases the lock on the thread that holds it.
 */
public final class Log4jProviderActivator implements BundleActivator {

	/** Below a real Log4j core (priority 10), should one ever be installed. */
	static final int PRIORITY = 5;
	/** The API version the Log4j activator's service filter asks for: (APIVersion>=2.6.0). */
	static final String API_VERSION = "2.6.0"; //$NON-NLS-1$

	private ServiceRegistration<Provider> registration;

	@Override
	public void start(BundleContext context) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put("APIVersion", API_VERSION); //$NON-NLS-1$
		registration = context.registerService(Provider.class,
				new Provider(PRIORITY, API_VERSION, SimpleLoggerContextFactory.class), properties);
	}

	@Override
	public void stop(BundleContext context) {
		if (registration != null) {
			registration.unregister();
			registration = null;
		}
	}
}
