package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.provider.FacilityItemProviderAdapterFactory;

/** The .edit bundle in OSGi: its adapter factory, labels from plugin.properties, icons and property descriptors. */
class ItemProvidersTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(new FacilityItemProviderAdapterFactory()));

	@Test
	void deviceLabelIconAndProperties() {
		FacilityWorkbook wb = Fixtures.smallClinic();
		Device server = Fixtures.device(wb, "電子カルテサーバ");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(server, IItemLabelProvider.class);
		String text = labels.getText(server);
		assertTrue(text.endsWith("電子カルテサーバ"), text);
		assertTrue(text.length() > "電子カルテサーバ".length(), "the type name comes first: " + text);
		assertNotNull(labels.getImage(server), "icon from icons/full/obj16");

		IItemPropertySource properties = (IItemPropertySource) factory.adapt(server, IItemPropertySource.class);
		IItemPropertyDescriptor ip = properties.getPropertyDescriptor(server, FacilityPackage.Literals.DEVICE__IP_ADDRESSES);
		assertNotNull(ip);
		assertEquals(List.of("192.168.10.10"), ((org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper) ip.getPropertyValue(server))
				.getEditableValue(server));
	}

	@Test
	void accountsAreLabelledByUserNameAndIdsAreReadOnly() {
		FacilityWorkbook wb = Fixtures.smallClinic();
		var account = wb.getAccounts().get(0);
		account.setId("5b1e0c34-0000-4000-8000-000000000001");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(account, IItemLabelProvider.class);
		// named by user and device (Administrator@EHR-SV01), so accounts of the same name are told apart; never by id
		String where = account.getDevice() != null ? account.getDevice().getName() : account.getSystem();
		assertEquals(where == null || where.isBlank() ? "Administrator" : "Administrator@" + where, labels.getText(account));
		assertTrue(!labels.getText(account).contains(account.getId()), labels.getText(account));
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(account, IItemPropertySource.class);
		assertTrue(!properties.getPropertyDescriptor(account, FacilityPackage.Literals.IDENTIFIED__ID).canSetProperty(account), "ids are never edited");
		assertTrue(properties.getPropertyDescriptor(account, FacilityPackage.Literals.ACCOUNT__USER_NAME).canSetProperty(account));
	}

	@Test
	void passwordAssessmentHasNoPasswordProperty() {
		FacilityWorkbook wb = Fixtures.smallClinic();
		var assessment = wb.getAccounts().get(0).getPasswordAssessment();
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(assessment, IItemPropertySource.class);
		for (IItemPropertyDescriptor d : properties.getPropertyDescriptors(assessment)) {
			String id = d.getId(assessment).toLowerCase(java.util.Locale.ROOT);
			assertTrue(!id.equals("password") && !id.equals("plaintext"), id);
		}
		assertTrue(FacilityPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof org.eclipse.emf.ecore.EClass).map(c -> (org.eclipse.emf.ecore.EClass) c)
				.flatMap(c -> c.getEStructuralFeatures().stream())
				.noneMatch(f -> f.getName().equalsIgnoreCase("password")), "no feature of the model is called password");
	}

	@Test
	void everyLabelHasAJapaneseTranslation() throws java.io.IOException {
		org.osgi.framework.Bundle edit = org.osgi.framework.FrameworkUtil.getBundle(FacilityItemProviderAdapterFactory.class);
		java.util.Properties en = new java.util.Properties();
		java.util.Properties ja = new java.util.Properties();
		try (var in = edit.getEntry("plugin.properties").openStream(); var inJa = edit.getEntry("plugin_ja.properties").openStream()) {
			en.load(in);
			ja.load(inJa);
		}
		java.util.Set<Object> missing = new java.util.TreeSet<>(en.keySet());
		missing.removeAll(ja.keySet());
		assertEquals(java.util.Set.of(), missing, "keys of plugin.properties without Japanese text");
		assertEquals("機器", ja.getProperty("_UI_Device_type"));
		assertEquals("いいえ", ja.getProperty("_UI_Answer_NO_literal"));
	}
}
