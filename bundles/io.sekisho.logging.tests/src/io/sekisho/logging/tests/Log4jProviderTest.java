package io.sekisho.logging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.sekisho.logging.internal.Log4jProviderActivator;

/**
 * The contract with Log4j's OSGi activator: once this bundle is started, a Provider service matches the filter the
 * activator looks providers up with. (The hang itself needs SPI Fly and the product's start levels; the product
 * check releng/scripts/workbook-check.sh exports through the real product with a time limit.)
 */
class Log4jProviderTest {

	@Test
	void theStartedBundleOffersAProviderTheLog4jActivatorFinds() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(Log4jProviderActivator.class);
		bundle.start();
		BundleContext context = bundle.getBundleContext();
		// the very filter of org.apache.logging.log4j.util.Activator
		Collection<ServiceReference<Provider>> references = context.getServiceReferences(Provider.class, "(APIVersion>=2.6.0)");
		assertEquals(1, references.size());
		Provider provider = context.getService(references.iterator().next());
		assertEquals(SimpleLoggerContextFactory.class, provider.loadLoggerContextFactory());
		context.ungetService(references.iterator().next());
	}
}
