package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.testing.messages.MessageBundles;

/** The shared completeness check finds what it must (so that the one test of every bundle can fail), and passes the model. */
class MessageBundlesTest {

	private static Properties of(String... keyValues) {
		Properties p = new Properties();
		for (int i = 0; i < keyValues.length; i += 2) {
			p.setProperty(keyValues[i], keyValues[i + 1]);
		}
		return p;
	}

	@Test
	void aMissingKeyAnEmptyTextAndADifferentPlaceholderAreEachReported() {
		Properties en = of("a", "{0} was saved", "b", "Backup", "c", "Cancel", "d", "{0} of {1}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		Properties ja = of("a", "{0} を保存しました", "b", "", "d", "{0} / {2}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(List.of("x: b is empty in Japanese", "x: c missing in Japanese", //$NON-NLS-1$ //$NON-NLS-2$
				"x: d has placeholders [{0}, {1}] in English, [{0}, {2}] in Japanese"), MessageBundles.problems("x", en, ja)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), MessageBundles.problems("x", of("a", "{0,number} 件", "s", "\u3000"), of("a", "{0} items", "s", " "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	}

	@Test
	void theModelBundlesTextsAreComplete() {
		MessageBundles.assertComplete(FrameworkUtil.getBundle(MessageBundlesTest.class));
	}

	@Test
	void aBundleWithoutAnyPairFails() {
		assertThrows(AssertionError.class, () -> MessageBundles.assertComplete(FrameworkUtil.getBundle(org.junit.jupiter.api.Test.class)));
	}
}
