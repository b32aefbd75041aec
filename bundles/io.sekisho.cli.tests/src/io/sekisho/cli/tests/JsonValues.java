package io.sekisho.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * JSON output of sekishoc read with Jackson's parser into maps, lists, strings, numbers, booleans and nulls, so
 * tests look at values instead of searching the text. Malformed output fails the test.
 */
public final class JsonValues {

	private static final JsonFactory FACTORY = new JsonFactory();

	private JsonValues() {
	}

	/** @return the one JSON value of the text (an object, an array ...); trailing content fails */
	public static Object parse(String text) {
		try (JsonParser parser = FACTORY.createParser(text)) {
			Object value = read(parser, parser.nextToken());
			if (parser.nextToken() != null) {
				throw new AssertionError("more than one JSON value: " + text);
			}
			return value;
		} catch (IOException e) {
			throw new UncheckedIOException("not JSON: " + text, e);
		}
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(Object value) {
		if (!(value instanceof Map)) {
			throw new AssertionError("not a JSON object: " + value);
		}
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	public static List<Object> array(Object value) {
		if (!(value instanceof List)) {
			throw new AssertionError("not a JSON array: " + value);
		}
		return (List<Object>) value;
	}

	/** @return every string value (not the keys) in the value and what it contains */
	public static List<String> strings(Object value) {
		List<String> all = new ArrayList<>();
		if (value instanceof String text) {
			all.add(text);
		} else if (value instanceof Map<?, ?> map) {
			map.values().forEach(v -> all.addAll(strings(v)));
		} else if (value instanceof List<?> list) {
			list.forEach(v -> all.addAll(strings(v)));
		}
		return all;
	}

	private static Object read(JsonParser parser, JsonToken token) throws IOException {
		if (token == null) {
			throw new AssertionError("no JSON value");
		}
		switch (token) {
		case START_OBJECT: {
			Map<String, Object> map = new LinkedHashMap<>();
			for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
				String name = parser.currentName();
				if (map.containsKey(name)) {
					throw new AssertionError("key " + name + " twice");
				}
				map.put(name, read(parser, parser.nextToken()));
			}
			return map;
		}
		case START_ARRAY: {
			List<Object> list = new ArrayList<>();
			for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
				list.add(read(parser, t));
			}
			return list;
		}
		case VALUE_STRING:
			return parser.getText();
		case VALUE_NUMBER_INT:
			return parser.getLongValue();
		case VALUE_NUMBER_FLOAT:
			return parser.getDoubleValue();
		case VALUE_TRUE:
			return Boolean.TRUE;
		case VALUE_FALSE:
			return Boolean.FALSE;
		case VALUE_NULL:
			return null;
		default:
			throw new AssertionError("unexpected " + token);
		}
	}
}
