package io.sekisho.checklist.benchmarks;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.ItemEvaluator;

/** The evaluators io.sekisho.checklist registers in its plugin.xml, read without OSGi: exactly what sekishoc runs. */
final class ShippedEvaluators {

	private ShippedEvaluators() {
	}

	static EvaluatorRegistry load() throws Exception {
		for (URL url : Collections.list(ShippedEvaluators.class.getClassLoader().getResources("plugin.xml"))) {
			List<EvaluatorRegistry.Binding> bindings = read(url);
			if (!bindings.isEmpty()) {
				return EvaluatorRegistry.of(bindings);
			}
		}
		throw new IllegalStateException("no plugin.xml with io.sekisho.checklist.evaluators on the class path");
	}

	private static List<EvaluatorRegistry.Binding> read(URL url) throws Exception {
		List<EvaluatorRegistry.Binding> result = new ArrayList<>();
		try (InputStream in = url.openStream()) {
			NodeList extensions = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("extension");
			for (int i = 0; i < extensions.getLength(); i++) {
				Element extension = (Element) extensions.item(i);
				if (!EvaluatorRegistry.EXTENSION_POINT.equals(extension.getAttribute("point"))) {
					continue;
				}
				NodeList evaluators = extension.getElementsByTagName("evaluator");
				for (int j = 0; j < evaluators.getLength(); j++) {
					Element evaluator = (Element) evaluators.item(j);
					ItemEvaluator instance = (ItemEvaluator) Class.forName(evaluator.getAttribute("class")).getDeclaredConstructor().newInstance();
					NodeList items = evaluator.getElementsByTagName("item");
					for (int k = 0; k < items.getLength(); k++) {
						Element item = (Element) items.item(k);
						result.add(new EvaluatorRegistry.Binding(item.getAttribute("edition"), item.getAttribute("id"),
								new EvaluatorRegistry.Registered(evaluator.getAttribute("id"), instance)));
					}
				}
			}
		}
		return result;
	}
}
